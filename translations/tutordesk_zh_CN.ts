<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>tutordesk::AboutBox</name>
    <message>
        <source>No database is open.</source>
        <translation>尚未打开数据库。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;School:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Database:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Data version:&lt;/b&gt; %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;学校：&lt;/b&gt;%1&lt;br&gt;&lt;b&gt;数据库：&lt;/b&gt;%2&lt;br&gt;&lt;b&gt;数据版本：&lt;/b&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TutorDesk %1&lt;/h3&gt;&lt;p&gt;Intensive tutoring, run by need: who gets a seat, who tutors them and when, who attended, and whether it works.&lt;/p&gt;%2&lt;p&gt;Built with Qt %3 (running on Qt %4).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TutorDesk %1&lt;/h3&gt;&lt;p&gt;按需开展的强化辅导：谁获得名额、由谁在何时辅导、谁出席了，以及辅导是否有效。&lt;/p&gt;%2&lt;p&gt;基于 Qt %3 构建（运行于 Qt %4）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About TutorDesk</source>
        <translation>关于 TutorDesk</translation>
    </message>
</context>
<context>
    <name>tutordesk::ActionPanel</name>
    <message>
        <source>Selected action</source>
        <translation>所选事项</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <source>&amp;Log Contact…</source>
        <translation>记录联系(&amp;L)…</translation>
    </message>
    <message>
        <source>Log the call, text or visit; saving resolves the action</source>
        <translation>记录电话、短信或家访；保存后此事项即处理完毕</translation>
    </message>
    <message>
        <source>Schedule &amp;Make-up…</source>
        <translation>安排补课(&amp;M)…</translation>
    </message>
    <message>
        <source>A make-up session for this student</source>
        <translation>为该学生安排一次补课</translation>
    </message>
    <message>
        <source>&amp;Pause and Offer Seat…</source>
        <translation>暂停并让出名额(&amp;P)…</translation>
    </message>
    <message>
        <source>Pause the seat and offer it to the top of the waitlist</source>
        <translation>暂停该名额，并提供给候补名单首位</translation>
    </message>
    <message>
        <source>Find &amp;Cover…</source>
        <translation>寻找代课(&amp;C)…</translation>
    </message>
    <message>
        <source>Open the session on the Schedule page</source>
        <translation>在“课表”页面打开该辅导课</translation>
    </message>
    <message>
        <source>&amp;Write Letter…</source>
        <translation>写信(&amp;W)…</translation>
    </message>
    <message>
        <source>Print or save a missed-session letter in the family&apos;s language; it is logged as a contact</source>
        <translation>以家庭使用的语言打印或保存缺课通知信；该信将记录为一次联系</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>完成(&amp;D)…</translation>
    </message>
    <message>
        <source>Mark the action done, with a note</source>
        <translation>将此事项标记为已完成，并附备注</translation>
    </message>
    <message>
        <source>Not &amp;Needed…</source>
        <translation>无需处理(&amp;N)…</translation>
    </message>
    <message>
        <source>Mark the action not needed, with a note saying why</source>
        <translation>将此事项标记为无需处理，并在备注中说明原因</translation>
    </message>
    <message>
        <source>No action selected</source>
        <translation>未选择事项</translation>
    </message>
    <message>
        <source>Choose an action on the left to see the family and what resolves it.</source>
        <translation>请在左侧选择一个事项，以查看家庭信息及处理方式。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>No guardian on file</source>
        <translation>没有监护人记录</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Family: %1</source>
        <translation>家庭：%1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>none on file</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>语言：%1</translation>
    </message>
    <message>
        <source>Prefers: %1</source>
        <translation>首选：%1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>电子邮件：%1</translation>
    </message>
    <message>
        <source>The dosage could not be read: %1</source>
        <translation>无法读取辅导时长：%1</translation>
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
        <translation>无法创建演示学校。%1</translation>
    </message>
    <message>
        <source>Open a TutorDesk Database</source>
        <translation>打开 TutorDesk 数据库</translation>
    </message>
    <message>
        <source>TutorDesk databases (*.%1);;All files (*)</source>
        <translation>TutorDesk 数据库 (*.%1);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>tutordesk::AssessmentDialog</name>
    <message>
        <source>The student could not be read: %1</source>
        <translation>无法读取该学生：%1</translation>
    </message>
    <message>
        <source>Assessments — %1</source>
        <translation>评估 — %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>科目</translation>
    </message>
    <message>
        <source>Skill or test</source>
        <translation>技能或测试</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>测试时段</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Placement, group or notes</source>
        <translation>定级、小组或备注</translation>
    </message>
    <message>
        <source>Assessment history</source>
        <translation>评估记录</translation>
    </message>
    <message>
        <source>&amp;Remove Selected…</source>
        <translation>删除所选(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove an assessment entered by mistake.</source>
        <translation>删除误录的评估。</translation>
    </message>
    <message>
        <source>Tutor &amp;observation</source>
        <translation>辅导老师观察(&amp;O)</translation>
    </message>
    <message>
        <source>Student &amp;confidence</source>
        <translation>学生信心(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Benchmark</source>
        <translation>基准测试(&amp;B)</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>无小组</translation>
    </message>
    <message>
        <source>The student&apos;s groups could not be read: %1</source>
        <translation>无法读取该学生的小组：%1</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>无评级</translation>
    </message>
    <message>
        <source>1 — beginning</source>
        <translation>1 — 起步</translation>
    </message>
    <message>
        <source>2 — developing</source>
        <translation>2 — 发展中</translation>
    </message>
    <message>
        <source>3 — secure</source>
        <translation>3 — 稳固</translation>
    </message>
    <message>
        <source>4 — independent</source>
        <translation>4 — 独立</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>小组：</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>评级：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Record Observation</source>
        <translation>记录观察</translation>
    </message>
    <message>
        <source>1 — not at all sure</source>
        <translation>1 — 完全没把握</translation>
    </message>
    <message>
        <source>2 — a little sure</source>
        <translation>2 — 有一点把握</translation>
    </message>
    <message>
        <source>3 — somewhat sure</source>
        <translation>3 — 比较有把握</translation>
    </message>
    <message>
        <source>4 — sure</source>
        <translation>4 — 有把握</translation>
    </message>
    <message>
        <source>5 — very sure</source>
        <translation>5 — 非常有把握</translation>
    </message>
    <message>
        <source>How sure the student feels:</source>
        <translation>学生的把握程度：</translation>
    </message>
    <message>
        <source>Record Rating</source>
        <translation>记录评级</translation>
    </message>
    <message>
        <source>e.g. i-Ready Diagnostic</source>
        <translation>例如 i-Ready Diagnostic</translation>
    </message>
    <message>
        <source>e.g. 2 grade levels below</source>
        <translation>例如低于年级水平 2 级</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Grade levels below grade; negative when above grade.</source>
        <translation>低于所在年级的级数；高于年级水平时为负数。</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>科目：</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>测试：</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>测试时段：</translation>
    </message>
    <message>
        <source>Scale score:</source>
        <translation>量表分数：</translation>
    </message>
    <message>
        <source>Placement:</source>
        <translation>定级：</translation>
    </message>
    <message>
        <source>Grade levels below:</source>
        <translation>低于年级水平的级数：</translation>
    </message>
    <message>
        <source>Record Benchmark</source>
        <translation>记录基准测试</translation>
    </message>
    <message>
        <source>The assessments could not be read: %1</source>
        <translation>无法读取评估：%1</translation>
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
        <translation>未记录观察：%1</translation>
    </message>
    <message>
        <source>Observation recorded for %1.</source>
        <translation>已为 %1 记录观察。</translation>
    </message>
    <message>
        <source>The rating was not recorded: %1</source>
        <translation>未记录评级：%1</translation>
    </message>
    <message>
        <source>Confidence %1 of 5 recorded.</source>
        <translation>已记录信心评级 %1（满分 5）。</translation>
    </message>
    <message>
        <source>The benchmark was not recorded: %1</source>
        <translation>未记录基准测试：%1</translation>
    </message>
    <message>
        <source>%1 benchmark recorded.</source>
        <translation>已记录 %1 基准测试。</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 / %2（%3）</translation>
    </message>
    <message>
        <source>Remove Assessment?</source>
        <translation>删除评估？</translation>
    </message>
    <message>
        <source>Remove the %1? Only do this for one entered by mistake.</source>
        <translation>删除%1？仅在误录时才这样做。</translation>
    </message>
    <message>
        <source>Assessment removed.</source>
        <translation>评估已删除。</translation>
    </message>
    <message>
        <source>What the tutor saw, e.g. “Uses arrays for 6×7 without a prompt”</source>
        <translation>辅导老师观察到的情况，例如“无需提示即可用阵列计算 6×7”</translation>
    </message>
</context>
<context>
    <name>tutordesk::AssessmentText</name>
    <message>
        <source>Skill probe</source>
        <translation>技能测评</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>基准测试</translation>
    </message>
    <message>
        <source>Tutor observation</source>
        <translation>辅导老师观察</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>信心</translation>
    </message>
    <message>
        <source>Pre</source>
        <translation>前测</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>后测</translation>
    </message>
    <message>
        <source>Beginning of year</source>
        <translation>学年初</translation>
    </message>
    <message>
        <source>Middle of year</source>
        <translation>学年中</translation>
    </message>
    <message>
        <source>End of year</source>
        <translation>学年末</translation>
    </message>
</context>
<context>
    <name>tutordesk::Assessments</name>
    <message>
        <source>There is no student %1 (they may have been removed). Reload the page.</source>
        <translation>没有学生 %1（可能已被删除）。请重新加载页面。</translation>
    </message>
    <message>
        <source>Choose the day of the assessment.</source>
        <translation>请选择评估日期。</translation>
    </message>
    <message>
        <source>%1 is in the future. Enter an assessment on or after its day.</source>
        <translation>%1 是将来的日期。请在评估当天或之后录入。</translation>
    </message>
    <message>
        <source>There is no group %1 (it may have been removed). Choose another group.</source>
        <translation>没有小组 %1（可能已被删除）。请选择其他小组。</translation>
    </message>
    <message>
        <source>The assessment could not be saved in %1: %2</source>
        <translation>无法在 %1 中保存评估：%2</translation>
    </message>
    <message>
        <source>Write what the tutor observed: an observation needs notes.</source>
        <translation>请填写辅导老师观察到的情况：观察记录需要备注。</translation>
    </message>
    <message>
        <source>The observation rating is %1; it must be 1 to 4, or none.</source>
        <translation>观察评级为 %1；必须为 1 到 4，或不评级。</translation>
    </message>
    <message>
        <source>The confidence rating is %1; it must be 1 (not at all) to 5 (very).</source>
        <translation>信心评级为 %1；必须为 1（完全没把握）到 5（非常有把握）。</translation>
    </message>
    <message>
        <source>Choose the benchmark&apos;s subject.</source>
        <translation>请选择基准测试的科目。</translation>
    </message>
    <message>
        <source>Name the benchmark test, e.g. i-Ready Diagnostic.</source>
        <translation>请填写基准测试名称，例如 i-Ready Diagnostic。</translation>
    </message>
    <message>
        <source>Choose the test window: beginning, middle or end of year.</source>
        <translation>请选择测试时段：学年初、学年中或学年末。</translation>
    </message>
    <message>
        <source>The scale score %1 is below 0. Check the score report.</source>
        <translation>量表分数 %1 小于 0。请核对成绩报告。</translation>
    </message>
    <message>
        <source>Grade levels below is %1; it must be between -3 (above grade) and 12.</source>
        <translation>低于年级水平的级数为 %1；必须在 -3（高于年级水平）到 12 之间。</translation>
    </message>
    <message>
        <source>That assessment is already gone (someone may have removed it). Reload the page.</source>
        <translation>该评估已不存在（可能已被他人删除）。请重新加载页面。</translation>
    </message>
    <message>
        <source>The assessment could not be removed from %1: %2</source>
        <translation>无法从 %1 中删除评估：%2</translation>
    </message>
</context>
<context>
    <name>tutordesk::Attendance</name>
    <message>
        <source>%1 on %2</source>
        <translation>%2 的 %1</translation>
    </message>
    <message>
        <source>%1 was present at %2: the minutes attended must be between 1 and %3, not %4.</source>
        <translation>%1 在 %2 出席：出席分钟数必须在 1 到 %3 之间，而不是 %4。</translation>
    </message>
    <message>
        <source>%1 is only %2 minutes long: record %3 as present or absent.</source>
        <translation>%1 只有 %2 分钟：请将 %3 记录为出席或缺席。</translation>
    </message>
    <message>
        <source>%1 was tardy to %2: give the minutes they attended (1 to %3).</source>
        <translation>%1 在 %2 迟到：请填写其实际出席的分钟数（1 到 %3）。</translation>
    </message>
    <message>
        <source>%1 was tardy to %2: the minutes attended must be between 1 and %3, not %4 (a student who attended all %5 minutes is present).</source>
        <translation>%1 在 %2 迟到：出席分钟数必须在 1 到 %3 之间，而不是 %4（出席全部 %5 分钟的学生应记为出席）。</translation>
    </message>
    <message>
        <source>%1 is on %2: attendance can be taken from that day on.</source>
        <translation>%1 在 %2：从当天起才能记录考勤。</translation>
    </message>
    <message>
        <source>%1 was cancelled: a cancelled session has no attendance. Restore it on the Schedule page first, or record the students at a make-up.</source>
        <translation>%1 已取消：已取消的辅导课没有考勤。请先在“课表”页面恢复该课，或在补课中记录这些学生。</translation>
    </message>
    <message>
        <source>There is no student %1 (they may have been removed). Reload the attendance sheet.</source>
        <translation>没有学生 %1（可能已被删除）。请重新加载考勤表。</translation>
    </message>
    <message>
        <source>%1 is not on the sheet of %2: only the group&apos;s students (or the students a make-up is for) can be recorded there.</source>
        <translation>%1 不在 %2 的考勤表上：只能记录该小组的学生（或补课所针对的学生）。</translation>
    </message>
    <message>
        <source>%1 is marked twice for %2: keep one mark.</source>
        <translation>%1 在 %2 被标记了两次：请只保留一个标记。</translation>
    </message>
    <message>
        <source>%1 is past: changing what was recorded for it needs a reason, which the audit log keeps with who changed it and when. Give the reason for the change.</source>
        <translation>%1 已过去：修改已记录的内容需要说明原因，审计日志会连同修改人和修改时间一并保存。请填写修改原因。</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>辅导课 %1</translation>
    </message>
    <message>
        <source>There is no session %1 (it may have been removed). Reload the schedule.</source>
        <translation>没有辅导课 %1（可能已被删除）。请重新加载课表。</translation>
    </message>
    <message>
        <source>The attendance of %1 could not be saved in %2: %3</source>
        <translation>无法在 %2 中保存 %1 的考勤：%3</translation>
    </message>
    <message>
        <source>No session &quot;%1&quot; in this school. `tutordesk-cli schedule --json` lists them.</source>
        <translation>本校没有辅导课“%1”。`tutordesk-cli schedule --json` 可列出所有辅导课。</translation>
    </message>
    <message>
        <source>No student &quot;%1&quot; in this school: give the student&apos;s district id.</source>
        <translation>本校没有学生“%1”：请提供该学生的学区编号。</translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceDialog</name>
    <message>
        <source>&amp;All Present</source>
        <translation>全部出席(&amp;A)</translation>
    </message>
    <message>
        <source>Take Attendance</source>
        <translation>记录考勤</translation>
    </message>
    <message>
        <source>Skill covered</source>
        <translation>所教技能</translation>
    </message>
    <message>
        <source>What the session worked on</source>
        <translation>本次辅导课的教学内容</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>修改原因</translation>
    </message>
    <message>
        <source>Required: why this past record changes (kept in the audit log)</source>
        <translation>必填：为何修改此过往记录（将保存在审计日志中）</translation>
    </message>
    <message>
        <source>S&amp;kill covered:</source>
        <translation>所教技能(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>修改原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Save the attendance (%1)</source>
        <translation>保存考勤（%1）</translation>
    </message>
    <message>
        <source>Mark every student not marked yet as present (A on the sheet, or %1)</source>
        <translation>将所有尚未标记的学生标记为出席（在考勤表上按 A，或按 %1）</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>辅导课</translation>
    </message>
    <message>
        <source>&lt;b&gt;P&lt;/b&gt; present · &lt;b&gt;T&lt;/b&gt; tardy, then the minutes · &lt;b&gt;E&lt;/b&gt; absent, excused · &lt;b&gt;U&lt;/b&gt; absent, unexcused&lt;br&gt;&lt;b&gt;A&lt;/b&gt; everyone else present · &lt;b&gt;Space&lt;/b&gt; absent from school · &lt;b&gt;%1&lt;/b&gt; save</source>
        <translation>&lt;b&gt;P&lt;/b&gt; 出席 · &lt;b&gt;T&lt;/b&gt; 迟到，然后输入分钟数 · &lt;b&gt;E&lt;/b&gt; 缺席（已请假） · &lt;b&gt;U&lt;/b&gt; 缺席（未请假）&lt;br&gt;&lt;b&gt;A&lt;/b&gt; 其余全部出席 · &lt;b&gt;Space&lt;/b&gt; 当天未到校 · &lt;b&gt;%1&lt;/b&gt; 保存</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>The session&apos;s attendance could not be read: %1</source>
        <translation>无法读取该辅导课的考勤：%1</translation>
    </message>
    <message>
        <source>This session no longer exists. Close this window and choose another session.</source>
        <translation>该辅导课已不存在。请关闭此窗口并选择其他辅导课。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No session&lt;/b&gt;</source>
        <translation>&lt;b&gt;无辅导课&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Attendance — %1</source>
        <translation>考勤 — %1</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>无辅导老师</translation>
    </message>
    <message>
        <source>%1, substituting for %2</source>
        <translation>%1，代替 %2</translation>
    </message>
    <message>
        <source>no room given</source>
        <translation>未填写教室</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · %4</source>
        <comment>group, when · tutor · room</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · %4</translation>
    </message>
    <message>
        <source>&lt;br&gt;Target skill: %1</source>
        <translation>&lt;br&gt;目标技能：%1</translation>
    </message>
    <message>
        <source>Nobody is expected at this session: its group has no students that day.</source>
        <translation>本次辅导课没有应到学生：该小组当天没有学生。</translation>
    </message>
    <message>
        <source>Mark the students first: P present, T tardy, E excused, U unexcused.</source>
        <translation>请先标记学生：P 出席，T 迟到，E 已请假，U 未请假。</translation>
    </message>
    <message>
        <source>This changes attendance already recorded for a past session: give a reason for the change. The audit log keeps it.</source>
        <translation>此操作将修改过往辅导课已记录的考勤：请填写修改原因。审计日志会保存该原因。</translation>
    </message>
    <message>
        <source>Discard Attendance?</source>
        <translation>放弃考勤？</translation>
    </message>
    <message>
        <source>The attendance you entered for this session is not saved yet.</source>
        <translation>您为本次辅导课输入的考勤尚未保存。</translation>
    </message>
    <message>
        <source>Discard it, or go back and save it with %1.</source>
        <translation>请放弃，或返回并按 %1 保存。</translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n 人出席</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tardy</source>
        <translation>
            <numerusform>%n 人迟到</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absent</source>
        <translation>
            <numerusform>%n 人缺席</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Attendance updated for %1: %2.</source>
        <translation>已更新 %1 的考勤：%2。</translation>
    </message>
    <message>
        <source>Attendance saved for %1: %2.</source>
        <translation>已保存 %1 的考勤：%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up action(s) due.</source>
        <translation>
            <numerusform>有 %n 项后续事项待办。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up action(s) no longer needed.</source>
        <translation>
            <numerusform>有 %n 项后续事项已无需处理。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceSheetDelegate</name>
    <message>
        <source>Minutes attended</source>
        <translation>出席分钟数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceSheetModel</name>
    <message>
        <source>District id %1</source>
        <translation>学区编号 %1</translation>
    </message>
    <message>
        <source>Absent from school that day, not only from tutoring (Space)</source>
        <translation>当天未到校，而不只是未参加辅导（Space）</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>未标记</translation>
    </message>
    <message>
        <source>P present · T tardy · E absent, excused · U absent, unexcused</source>
        <translation>P 出席 · T 迟到 · E 缺席（已请假） · U 缺席（未请假）</translation>
    </message>
    <message>
        <source>Type minutes</source>
        <translation>输入分钟数</translation>
    </message>
    <message numerus="yes">
        <source>Minutes attended, less than the session&apos;s %n minute(s)</source>
        <translation>
            <numerusform>出席分钟数，少于本次辅导课的 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes attended (the session&apos;s length unless the student left early)</source>
        <translation>出席分钟数（除非学生提前离开，否则为辅导课时长）</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Absent from school</source>
        <translation>未到校</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceSheetView</name>
    <message>
        <source>Attendance sheet</source>
        <translation>考勤表</translation>
    </message>
    <message>
        <source>P present · T tardy (then type the minutes) · E absent, excused · U absent, unexcused
A: everyone not marked is present · Space: absent from school · Ctrl+Enter: save</source>
        <translation>P 出席 · T 迟到（然后输入分钟数） · E 缺席（已请假） · U 缺席（未请假）
A：所有未标记的学生均为出席 · Space：当天未到校 · Ctrl+Enter：保存</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>未标记</translation>
    </message>
    <message>
        <source>Type minutes</source>
        <translation>输入分钟数</translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceStatuses</name>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Tardy</source>
        <translation>迟到</translation>
    </message>
    <message>
        <source>Absent, excused</source>
        <translation>缺席（已请假）</translation>
    </message>
    <message>
        <source>Absent, unexcused</source>
        <translation>缺席（未请假）</translation>
    </message>
</context>
<context>
    <name>tutordesk::AvailabilityEditor</name>
    <message>
        <source>Add &amp;Time</source>
        <translation>添加时间(&amp;T)</translation>
    </message>
    <message>
        <source>Remove Ti&amp;me</source>
        <translation>删除时间(&amp;M)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Weekly availability</source>
        <translation>每周可用时间</translation>
    </message>
    <message>
        <source>Add a day and the hours the tutor can teach on it</source>
        <translation>添加辅导老师可以上课的日子及时段</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>删除所选行</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>可用开始时间</translation>
    </message>
    <message>
        <source>Available until</source>
        <translation>可用结束时间</translation>
    </message>
</context>
<context>
    <name>tutordesk::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>tutordesk::BundleExport</name>
    <message>
        <source>There is no school in this database yet, so there is nothing to export. Create the school (Settings ▸ School) first.</source>
        <translation>此数据库中还没有学校，因此没有可导出的内容。请先创建学校（设置 ▸ 学校）。</translation>
    </message>
    <message>
        <source>The export was asked without a time. This is a fault in TutorDesk: please report it.</source>
        <translation>导出请求缺少时间。这是 TutorDesk 的故障：请报告此问题。</translation>
    </message>
    <message>
        <source>The bundle could not be made: the database refused (%1). Nothing was put in the outbox; try again, and if it keeps failing, check the disk.</source>
        <translation>无法生成数据包：数据库拒绝了操作（%1）。发件箱中未放入任何内容；请重试，如果仍然失败，请检查磁盘。</translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was put in the outbox.</source>
        <translation>导出已取消。发件箱中未放入任何内容。</translation>
    </message>
    <message>
        <source>The bundle&apos;s zip could not be written (out of memory?). Close other programs and export again.</source>
        <translation>无法写入数据包的 zip 文件（内存不足？）。请关闭其他程序后重新导出。</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarDayDialog</name>
    <message>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>Add Day Off</source>
        <translation>添加休息日</translation>
    </message>
    <message>
        <source>Edit Calendar Days</source>
        <translation>编辑日历日期</translation>
    </message>
    <message>
        <source>Kind of day</source>
        <translation>日期类型</translation>
    </message>
    <message>
        <source>Holidays, breaks and non-instructional days have no sessions; minimum days have shorter ones</source>
        <translation>节假日、假期和非教学日没有辅导课；短课日的辅导课较短</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>e.g. Veterans Day, Winter break, Parent conferences</source>
        <translation>例如：退伍军人节、寒假、家长会</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 至 %2（%n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Days being changed</source>
        <translation>正在修改的日期</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>How many school days this covers</source>
        <translation>涵盖的上课日天数</translation>
    </message>
    <message>
        <source>No weekdays in this range: weekends are never school days.</source>
        <translation>此范围内没有工作日：周末从来不是上课日。</translation>
    </message>
    <message numerus="yes">
        <source>Covers %n weekday(s); weekends are skipped.</source>
        <translation>
            <numerusform>涵盖 %n 个工作日；周末已跳过。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarDaysModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarEditor</name>
    <message>
        <source>A day in the list has no date. Enter the date.</source>
        <translation>列表中有一天没有日期。请输入日期。</translation>
    </message>
    <message>
        <source>%1 is outside the school year (%2 to %3). Choose a day in the year, or change the year&apos;s dates first.</source>
        <translation>%1 不在学年内（%2 至 %3）。请选择学年内的日期，或先修改学年日期。</translation>
    </message>
    <message>
        <source>%1 is a weekend day; the calendar lists weekdays only. Choose a weekday.</source>
        <translation>%1 是周末；日历只列出工作日。请选择一个工作日。</translation>
    </message>
    <message>
        <source>%1: choose school day, minimum day, holiday, break or non-instructional day.</source>
        <translation>%1：请选择上课日、短课日、节假日、假期或非教学日。</translation>
    </message>
    <message>
        <source>There is no school year yet. Set up the school first, then its calendar.</source>
        <translation>尚未设置学年。请先设置学校，然后再设置校历。</translation>
    </message>
    <message>
        <source>The calendar could not be saved in %1: %2</source>
        <translation>无法在 %1 中保存日历：%2</translation>
    </message>
    <message>
        <source>Sessions on a minimum day can last %1 to %2 minutes, not %3. Change the minutes.</source>
        <translation>短课日的辅导课时长可为 %1 到 %2 分钟，而不是 %3。请修改分钟数。</translation>
    </message>
    <message>
        <source>The minimum day length could not be saved in %1: %2</source>
        <translation>无法在 %1 中保存短课日时长：%2</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarImport</name>
    <message>
        <source>There is no school year yet to import %1 into. Set up the school first.</source>
        <translation>尚无学年可导入 %1。请先设置学校。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>The file has no date column. Name the column of days &quot;Date&quot; (the first line of the file holds the column names).</source>
        <translation>文件中没有日期列。请将日期列命名为“Date”（文件第一行为列名）。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>The file has no kind column. Add a column &quot;Kind&quot; saying holiday, break, minimum day, non-instructional or instructional for each line.</source>
        <translation>文件中没有类型列。请添加“Kind”列，每行注明 holiday、break、minimum day、non-instructional 或 instructional。</translation>
    </message>
    <message>
        <source>the school year runs %1 to %2</source>
        <translation>学年为 %1 至 %2</translation>
    </message>
    <message>
        <source>The date is missing. Enter the day as YYYY-MM-DD (2026-11-11) or M/D/YYYY (11/11/2026).</source>
        <translation>缺少日期。请按 YYYY-MM-DD (2026-11-11) 或 M/D/YYYY (11/11/2026) 格式输入。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as YYYY-MM-DD (2026-11-11) or M/D/YYYY (11/11/2026).</source>
        <translation>“%1”不是日期。请按 YYYY-MM-DD (2026-11-11) 或 M/D/YYYY (11/11/2026) 格式填写。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write the last day of the range as YYYY-MM-DD or M/D/YYYY, or leave it empty for one day.</source>
        <translation>“%1”不是日期。请按 YYYY-MM-DD 或 M/D/YYYY 格式填写范围的最后一天，如果只有一天则留空。</translation>
    </message>
    <message>
        <source>The range ends (%1) before it starts (%2). Swap the two dates.</source>
        <translation>范围的结束日期（%1）早于开始日期（%2）。请交换这两个日期。</translation>
    </message>
    <message>
        <source>The kind of day is missing.</source>
        <translation>缺少日期类型。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of day.</source>
        <translation>“%1”不是有效的日期类型。</translation>
    </message>
    <message>
        <source>Write holiday, break, minimum day, non-instructional or instructional.</source>
        <translation>请填写 holiday、break、minimum day、non-instructional 或 instructional。</translation>
    </message>
    <message>
        <source>%1 is outside the school year (%2). Correct the date or remove the line.</source>
        <translation>%1 不在学年内（%2）。请更正日期或删除该行。</translation>
    </message>
    <message>
        <source>%1 is a weekend day; the calendar lists weekdays only. Correct the date or remove the line.</source>
        <translation>%1 是周末；日历只列出工作日。请更正日期或删除该行。</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n line(s) with no values in any column.</source>
        <translation>
            <numerusform>已跳过 %n 个所有列均为空的行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n weekend day(s) inside the ranges: weekends are never school days.</source>
        <translation>
            <numerusform>已跳过范围内的 %n 个周末日：周末从来不是上课日。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no label column, so the days have no names. Add a &quot;Label&quot; column (&quot;Veterans Day&quot;) to show them in the calendar.</source>
        <translation>文件中没有名称列，因此这些日期没有名称。请添加“Label”列（例如“Veterans Day”），以便在日历中显示。</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message>
        <source>Sessions from %1 on: %2 added, %3 removed, %4 changed.</source>
        <translation>自 %1 起的辅导课：新增 %2 节，删除 %3 节，变更 %4 节。</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarMonthView</name>
    <message>
        <source>School year, a month at a time</source>
        <translation>学年（按月显示）</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarPage</name>
    <message>
        <source>&amp;Add Day Off…</source>
        <translation>添加休息日(&amp;A)…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>编辑(&amp;D)…</translation>
    </message>
    <message>
        <source>Make &amp;School Day</source>
        <translation>设为上课日(&amp;S)</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>导入(&amp;M)…</translation>
    </message>
    <message>
        <source>School days this year</source>
        <translation>本学年的上课日</translation>
    </message>
    <message>
        <source>Add a holiday, a break, a minimum day or a non-instructional day</source>
        <translation>添加节假日、假期、短课日或非教学日</translation>
    </message>
    <message>
        <source>Change the kind or description of the selected days (double-click or Enter)</source>
        <translation>修改所选日期的类型或说明（双击或按 Enter）</translation>
    </message>
    <message>
        <source>Make the selected days ordinary school days again; their sessions come back</source>
        <translation>将所选日期恢复为普通上课日；其辅导课将恢复</translation>
    </message>
    <message>
        <source>Bring in the calendar your district sends, saved as CSV</source>
        <translation>导入学区发送的校历（CSV 格式）</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Holidays, breaks and minimum days</source>
        <translation>节假日、假期和短课日</translation>
    </message>
    <message numerus="yes">
        <source>Imported the calendar: %n new day(s), %1 changed, %2 unchanged. Sessions from today on follow it.</source>
        <translation>
            <numerusform>已导入校历：新增 %n 天，变更 %1 天，未变 %2 天。从今天起的辅导课将按此校历安排。</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar could not be read: %1</source>
        <translation>无法读取日历：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n school day(s)</source>
        <translation>
            <numerusform>%n 个上课日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s) and break day(s)</source>
        <translation>
            <numerusform>%n 个节假日和假期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minimum day(s)</source>
        <translation>
            <numerusform>%n 个短课日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n non-instructional day(s)</source>
        <translation>
            <numerusform>%n 个非教学日</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No school year yet. Set up your school with the first and last day of the year, then add its holidays here.</source>
        <translation>尚未设置学年。请先设置学校并填写学年的第一天和最后一天，然后在此添加节假日。</translation>
    </message>
    <message>
        <source>No holidays or breaks yet. Add your days off, or import the calendar your district sends.</source>
        <translation>尚无节假日或假期。请添加休息日，或导入学区发送的校历。</translation>
    </message>
    <message>
        <source>Nothing was saved: the dates chosen are all weekends.</source>
        <translation>未保存任何内容：所选日期全是周末。</translation>
    </message>
    <message>
        <source>The calendar could not be saved: %1</source>
        <translation>无法保存日历：%1</translation>
    </message>
    <message>
        <source>Import Calendar</source>
        <translation>导入日历</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) read.</source>
        <translation>
            <numerusform>已读取 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the file: %2 new, %3 changed, %4 already in the calendar. Sessions from today on will follow the new calendar.</source>
        <translation>文件中共 %1：新增 %2，变更 %3，%4 已在日历中。从今天起的辅导课将按新校历安排。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarSidePanel</name>
    <message>
        <source>Appl&amp;y</source>
        <translation>应用(&amp;Y)</translation>
    </message>
    <message>
        <source>Holiday or break</source>
        <translation>节假日或假期</translation>
    </message>
    <message>
        <source>Minimum day</source>
        <translation>短课日</translation>
    </message>
    <message>
        <source>Non-instructional day</source>
        <translation>非教学日</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <source>The chosen day</source>
        <translation>所选日期</translation>
    </message>
    <message>
        <source>Minimum-day sessions &amp;last at most:</source>
        <translation>短课日辅导课最长(&amp;L)：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Longest session on a minimum day, in minutes</source>
        <translation>短课日辅导课的最长时长（分钟）</translation>
    </message>
    <message>
        <source>Longer sessions are shortened to this on minimum days</source>
        <translation>短课日中较长的辅导课将缩短至此时长</translation>
    </message>
    <message>
        <source>Shorten or lengthen the minimum-day sessions from today on</source>
        <translation>缩短或延长从今天起短课日的辅导课</translation>
    </message>
    <message>
        <source>Holidays, breaks and non-instructional days have no sessions. Every change moves the sessions from today on; sessions already held, and their attendance, stay as they were.</source>
        <translation>节假日、假期和非教学日没有辅导课。每次修改都会调整从今天起的辅导课；已上过的辅导课及其考勤保持不变。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>date: kind of day</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <comment>date: label (kind of day)</comment>
        <translation>%1：%2（%3）</translation>
    </message>
</context>
<context>
    <name>tutordesk::ChartBuilders</name>
    <message>
        <source>Week of</source>
        <translation>周起始日</translation>
    </message>
    <message>
        <source>Cancelled: tutor absent</source>
        <translation>已取消：辅导老师缺勤</translation>
    </message>
    <message>
        <source>Cancelled: school event</source>
        <translation>已取消：学校活动</translation>
    </message>
    <message>
        <source>Cancelled: weather</source>
        <translation>已取消：天气原因</translation>
    </message>
    <message>
        <source>Cancelled: student event</source>
        <translation>已取消：学生活动</translation>
    </message>
    <message>
        <source>Cancelled: other reason</source>
        <translation>已取消：其他原因</translation>
    </message>
    <message>
        <source>Probe scores: %1</source>
        <translation>测评分数：%1</translation>
    </message>
    <message>
        <source>Date of probe</source>
        <translation>测评日期</translation>
    </message>
    <message>
        <source>% of probe maximum</source>
        <translation>占测评满分的百分比</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> （%1）</translation>
    </message>
    <message>
        <source>%1 · %2%3
%4 of %5 points · %6% of maximum</source>
        <translation>%1 · %2%3
%4 / %5 分 · 满分的 %6%</translation>
    </message>
    <message>
        <source>Mastery (%1%)</source>
        <translation>掌握标准（%1%）</translation>
    </message>
    <message>
        <source>Minutes received against planned: %1</source>
        <translation>已接受与计划的分钟数对比：%1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>minutes (cumulative)</source>
        <translation>分钟（累计）</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>%1 · by %2
%3 of %4 planned minutes received</source>
        <translation>%1 · 截至 %2
已接受计划的 %4 分钟中的 %3 分钟</translation>
    </message>
    <message>
        <source>Attendance by week: %1</source>
        <translation>每周考勤：%1</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>已上课次</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>出席课次</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>课次</translation>
    </message>
    <message>
        <source>%1 · week of %2
attended %3 of %4 sessions held</source>
        <translation>%1 · %2 当周
已上 %4 节中出席 %3 节</translation>
    </message>
    <message>
        <source>Growth per student on %1: %2</source>
        <translation>%1 上每名学生的进步幅度：%2</translation>
    </message>
    <message>
        <source>Growth (latest − pre probe)</source>
        <translation>进步幅度（最近一次 − 前测）</translation>
    </message>
    <message>
        <source>%1 (not measured)</source>
        <translation>%1（未测量）</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>growth (% points of probe maximum)</source>
        <translation>进步幅度（占测评满分的百分点）</translation>
    </message>
    <message numerus="yes">
        <source>%1: not measured (%n probe(s) on this skill; growth needs two)</source>
        <translation>
            <numerusform>%1：未测量（该技能有 %n 次测评；计算进步幅度需要两次）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 points (from %3% to %4% of maximum)%5</source>
        <translation>%1：%2 个百分点（从满分的 %3% 到 %4%）%5</translation>
    </message>
    <message>
        <source>, mastered</source>
        <translation>，已掌握</translation>
    </message>
    <message>
        <source>Sessions held against scheduled: %1</source>
        <translation>已上与已排辅导课对比：%1</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已上课</translation>
    </message>
    <message>
        <source>Not marked yet</source>
        <translation>尚未标记</translation>
    </message>
    <message>
        <source>sessions scheduled</source>
        <translation>已排课次</translation>
    </message>
    <message>
        <source>Week of %1: %2 of %3 scheduled sessions held</source>
        <translation>%1 当周：已排 %3 节，已上 %2 节</translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n 节已取消</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n make-up(s) held</source>
        <translation>
            <numerusform>已上 %n 节补课</numerusform>
        </translation>
    </message>
    <message>
        <source>Dosage: students in tutoring by minutes received</source>
        <translation>辅导时长：按已接受分钟数统计的受辅导学生</translation>
    </message>
    <message>
        <source>Students in tutoring</source>
        <translation>受辅导学生</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>minutes received this year</source>
        <translation>本学年已接受的分钟数</translation>
    </message>
    <message>
        <source>students</source>
        <translation>学生</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) received %1 to %2 minutes</source>
        <translation>
            <numerusform>%n 名学生接受了 %1 到 %2 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Growth against dosage (one point per student and skill)</source>
        <translation>进步幅度与辅导时长对比（每名学生每项技能一个点）</translation>
    </message>
    <message>
        <source>minutes received</source>
        <translation>已接受分钟数</translation>
    </message>
    <message>
        <source>growth (% points)</source>
        <translation>进步幅度（百分点）</translation>
    </message>
    <message>
        <source>No growth</source>
        <translation>无进步</translation>
    </message>
    <message>
        <source>%1 (Tier %2, %3)
%4 minutes received · growth %5 points</source>
        <translation>%1（第 %2 层级，%3）
已接受 %4 分钟 · 进步 %5 个百分点</translation>
    </message>
    <message numerus="yes">
        <source>Tier %1 (%n point(s))</source>
        <translation>
            <numerusform>第 %1 层级（%n 个点）</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly attendance rate, whole school</source>
        <translation>全校每周出席率</translation>
    </message>
    <message>
        <source>% of sessions attended</source>
        <translation>出席课次百分比</translation>
    </message>
    <message>
        <source>Attended ÷ (attended + absent)</source>
        <translation>出席 ÷（出席 + 缺席）</translation>
    </message>
    <message>
        <source>Week of %1: %2% attended
%3 attended, %4 absent</source>
        <translation>%1 当周：出席率 %2%
出席 %3，缺席 %4</translation>
    </message>
    <message>
        <source>Students per tier of need, and how many are seated</source>
        <translation>各需求层级的学生人数及已获名额人数</translation>
    </message>
    <message>
        <source>Students with this need</source>
        <translation>有此需求的学生</translation>
    </message>
    <message>
        <source>Seated in tutoring</source>
        <translation>已获辅导名额</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>第 %1 层级</translation>
    </message>
    <message>
        <source>tier of need</source>
        <translation>需求层级</translation>
    </message>
    <message numerus="yes">
        <source>Tier %1: %n student(s), %2 seated</source>
        <translation>
            <numerusform>第 %1 层级：%n 名学生，%2 人已获名额</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::ChartPanel</name>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>将图表另存为 PNG…</translation>
    </message>
    <message>
        <source>Save %1 as PNG</source>
        <translation>将 %1 另存为 PNG</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>打印 %1</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>将图表另存为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>图表未保存</translation>
    </message>
    <message>
        <source>The chart could not be written to %1. Choose a folder you can write to and try again.</source>
        <translation>无法将图表写入 %1。请选择您有写入权限的文件夹后重试。</translation>
    </message>
</context>
<context>
    <name>tutordesk::ClearanceWarningStrip</name>
    <message>
        <source>Clearances that need attention</source>
        <translation>需要处理的背景审查</translation>
    </message>
    <message>
        <source>Tutors whose clearances need attention</source>
        <translation>背景审查需要处理的辅导老师</translation>
    </message>
    <message>
        <source>Click a line or press Enter to select that tutor in the table</source>
        <translation>单击某行或按 Enter，即可在表格中选中该辅导老师</translation>
    </message>
    <message numerus="yes">
        <source>%n clearance(s) need attention</source>
        <translation>
            <numerusform>%n 项背景审查需要处理</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>tutor: clearance problem</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Select %1 in the table</source>
        <translation>在表格中选中 %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::Clearances</name>
    <message>
        <source>Background check</source>
        <translation>背景调查</translation>
    </message>
    <message>
        <source>TB test</source>
        <translation>结核病检测</translation>
    </message>
    <message>
        <source>%1 is not on file</source>
        <translation>没有%1记录</translation>
    </message>
    <message>
        <source>%1 expired on %2</source>
        <translation>%1已于 %2 过期</translation>
    </message>
    <message>
        <source>%1 expires today (%2)</source>
        <translation>%1今天到期（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%1 expires in %n day(s) (%2)</source>
        <translation>
            <numerusform>%1将在 %n 天后到期（%2）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 valid until %2</source>
        <translation>%1有效期至 %2</translation>
    </message>
    <message>
        <source>%1 is inactive: make them active or part of the substitute pool on the Tutors page first.</source>
        <translation>%1 处于停用状态：请先在“辅导老师”页面将其设为启用或加入代课老师库。</translation>
    </message>
    <message>
        <source>%1 has no background check on file: record it on the Tutors page first.</source>
        <translation>%1 没有背景调查记录：请先在“辅导老师”页面记录。</translation>
    </message>
    <message>
        <source>%1 has no TB test on file: record it on the Tutors page first.</source>
        <translation>%1 没有结核病检测记录：请先在“辅导老师”页面记录。</translation>
    </message>
    <message>
        <source>%1&apos;s background check expired on %2: record the new check on the Tutors page first.</source>
        <translation>%1 的背景调查已于 %2 过期：请先在“辅导老师”页面记录新的调查。</translation>
    </message>
    <message>
        <source>%1&apos;s TB test expired on %2: record the new test on the Tutors page first.</source>
        <translation>%1 的结核病检测已于 %2 过期：请先在“辅导老师”页面记录新的检测。</translation>
    </message>
</context>
<context>
    <name>tutordesk::ColumnMapping</name>
    <message>
        <source>%1 is not a mapping file: %2 at character %3.</source>
        <translation>%1 不是映射文件：第 %3 个字符处%2。</translation>
    </message>
    <message>
        <source>%1: a mapping file needs &quot;version&quot;: 1.</source>
        <translation>%1：映射文件需要 &quot;version&quot;: 1。</translation>
    </message>
    <message>
        <source>%1: a mapping file needs a &quot;columns&quot; object of field names and column names.</source>
        <translation>%1：映射文件需要一个由字段名和列名组成的 &quot;columns&quot; 对象。</translation>
    </message>
    <message>
        <source>%1: the column for &quot;%2&quot; must be text (the header name).</source>
        <translation>%1：&quot;%2&quot; 对应的列必须是文本（即表头名称）。</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactEditDialog</name>
    <message>
        <source>An &amp;interpreter helped</source>
        <translation>有翻译人员协助(&amp;I)</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>Outgoing (we contacted the family)</source>
        <translation>外呼（我们联系了家庭）</translation>
    </message>
    <message>
        <source>Incoming (the family contacted us)</source>
        <translation>来电（家庭联系了我们）</translation>
    </message>
    <message>
        <source>Contact again on</source>
        <translation>再次联系日期</translation>
    </message>
    <message>
        <source>e.g. the wrong outcome was picked</source>
        <translation>例如：选错了结果</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>Date and time of the contact</source>
        <translation>联系的日期和时间</translation>
    </message>
    <message>
        <source>&amp;Guardian:</source>
        <translation>监护人(&amp;G)：</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>方向(&amp;D)：</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>目的(&amp;P)：</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>跟进(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>记录人(&amp;B)：</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Why are you changing this &amp;record?</source>
        <translation>您为何要修改此记录(&amp;R)？</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>修改原因</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Remove a contact logged by mistake (the audit log keeps it and your reason)</source>
        <translation>删除误录的联系记录（审计日志会保留该记录及您的原因）</translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation>编辑联系记录</translation>
    </message>
    <message>
        <source>A contact logged on %1. Every change is kept in the audit log with its reason.</source>
        <translation>记录于 %1 的联系。每次修改及其原因都会保存在审计日志中。</translation>
    </message>
    <message>
        <source>This contact is no longer in the log (it may have been deleted). Close this window and reload the page.</source>
        <translation>该联系已不在记录中（可能已被删除）。请关闭此窗口并重新加载页面。</translation>
    </message>
    <message>
        <source>No guardian named</source>
        <translation>未指定监护人</translation>
    </message>
    <message>
        <source>Say why you are changing this record first</source>
        <translation>请先说明修改此记录的原因</translation>
    </message>
    <message>
        <source>Changed the contact of %1.</source>
        <translation>已修改 %1 的联系记录。</translation>
    </message>
    <message>
        <source>Deleted the contact of %1.</source>
        <translation>已删除 %1 的联系记录。</translation>
    </message>
    <message>
        <source>Delete Contact</source>
        <translation>删除联系记录</translation>
    </message>
    <message>
        <source>Delete the contact of %1? The audit log keeps it with your reason.

Why are you deleting this record?</source>
        <translation>删除 %1 的联系记录吗？审计日志会保留该记录及您的原因。

您为何要删除此记录？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Reason for deleting the contact</source>
        <translation>删除联系记录的原因</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactFilterBar</name>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>任何方式</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>任何结果</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Any purpose</source>
        <translation>任何目的</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>任何语言</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Needs &amp;follow-up</source>
        <translation>需要跟进(&amp;F)</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任何时间</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本学年</translation>
    </message>
    <message>
        <source>Dates below</source>
        <translation>下方日期</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>时间段(&amp;P)：</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>从(&amp;R)</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>到(&amp;O)</translation>
    </message>
    <message>
        <source>Search by student, district ID or guardian</source>
        <translation>按学生、学区编号或监护人搜索</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>搜索联系记录</translation>
    </message>
    <message>
        <source>Type part of a student&apos;s name or district ID, or a guardian&apos;s name</source>
        <translation>输入学生姓名或学区编号的一部分，或监护人姓名</translation>
    </message>
    <message>
        <source>Only contacts that asked for a follow-up date</source>
        <translation>仅显示设置了跟进日期的联系</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactLog</name>
    <message>
        <source>There is no contact %1 in the log (it may have been deleted meanwhile). Reload the page.</source>
        <translation>记录中没有联系 %1（可能已在此期间被删除）。请重新加载页面。</translation>
    </message>
    <message>
        <source>That guardian is not listed for this student. Choose one of the student&apos;s guardians.</source>
        <translation>该监护人不在此学生的名单中。请选择该学生的一位监护人。</translation>
    </message>
    <message>
        <source>This contact is the record of the letter “%1” printed on %2, and a printed letter stays on record. If something in it is wrong, correct it with Edit instead.</source>
        <translation>此联系是 %2 打印的信函“%1”的记录，已打印的信函会一直存档。如有错误，请改用“编辑”进行更正。</translation>
    </message>
    <message>
        <source>This contact resolved the due action “%1”. Reopen that action first (on the student&apos;s Tutoring tab), then delete the contact, or correct the contact with Edit instead.</source>
        <translation>此联系已处理了待办事项“%1”。请先重新打开该事项（在学生的“辅导”选项卡中），再删除此联系，或改用“编辑”更正此联系。</translation>
    </message>
    <message>
        <source>Say why you are changing this contact: the reason is kept with the old and new values in the audit log that funding reviews read.</source>
        <translation>请说明修改此联系的原因：该原因会与修改前后的值一起保存在审计日志中，供经费审查查阅。</translation>
    </message>
    <message>
        <source>The contact could not be changed in %1: %2</source>
        <translation>无法在 %1 中修改联系记录：%2</translation>
    </message>
    <message>
        <source>Say why you are deleting this contact: the reason is kept in the audit log that funding reviews read.</source>
        <translation>请说明删除此联系的原因：该原因会保存在审计日志中，供经费审查查阅。</translation>
    </message>
    <message>
        <source>The contact could not be deleted from %1: %2</source>
        <translation>无法从 %1 中删除联系记录：%2</translation>
    </message>
    <message>
        <source>Enrollment and consent</source>
        <translation>登记与同意书</translation>
    </message>
    <message>
        <source>Missed session</source>
        <translation>缺课</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>“%1” is not a way of contacting a family. Choose phone, text, email, letter, home visit, in person or conference.</source>
        <translation>“%1”不是联系家庭的方式。请选择电话、短信、电子邮件、信函、家访、当面或面谈。</translation>
    </message>
    <message>
        <source>“%1” is not a direction. Choose outgoing or incoming.</source>
        <translation>“%1”不是有效方向。请选择外呼或来电。</translation>
    </message>
    <message>
        <source>“%1” is not a purpose. Choose enrollment, missed session, progress or general.</source>
        <translation>“%1”不是有效目的。请选择登记、缺课、进展或一般。</translation>
    </message>
    <message>
        <source>“%1” is not an outcome. Choose reached, left a message, no answer, wrong number, declined or sent.</source>
        <translation>“%1”不是有效结果。请选择已联系上、已留言、无人接听、号码错误、已拒绝或已发送。</translation>
    </message>
    <message>
        <source>Say when the contact happened.</source>
        <translation>请说明联系的时间。</translation>
    </message>
    <message>
        <source>Say in which language the family was contacted.</source>
        <translation>请说明与家庭联系时使用的语言。</translation>
    </message>
    <message>
        <source>There is no student %1 (they may have been removed). Reload the page.</source>
        <translation>没有学生 %1（可能已被删除）。请重新加载页面。</translation>
    </message>
    <message>
        <source>The contact could not be saved in %1: %2</source>
        <translation>无法在 %1 中保存联系记录：%2</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>家访</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>面谈</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>已留言</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactTableModel</name>
    <message>
        <source>The contact log could not be read: %1</source>
        <translation>无法读取联系记录：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>外呼</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>翻译人员</translation>
    </message>
    <message>
        <source>District ID %1</source>
        <translation>学区编号 %1</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>单击按此列排序</translation>
    </message>
    <message>
        <source>The log sorts by date, student, method or outcome</source>
        <translation>记录可按日期、学生、方式或结果排序</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactsPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Contacts shown</source>
        <translation>显示的联系记录</translation>
    </message>
    <message>
        <source>Correct the selected contact (Enter); the audit log keeps your reason</source>
        <translation>更正所选联系记录（Enter）；审计日志会保存您的原因</translation>
    </message>
    <message>
        <source>Remove the selected contact, logged by mistake (Delete)</source>
        <translation>删除误录的所选联系记录（Delete）</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系</translation>
    </message>
    <message>
        <source>Family contacts</source>
        <translation>家庭联系</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Deleted the contact of %1.</source>
        <translation>已删除 %1 的联系记录。</translation>
    </message>
    <message>
        <source>The contact log could not be read: %1</source>
        <translation>无法读取联系记录：%1</translation>
    </message>
    <message>
        <source>1 family reached</source>
        <translation>已联系上 1 个家庭</translation>
    </message>
    <message numerus="yes">
        <source>%n families reached</source>
        <translation>
            <numerusform>已联系上 %n 个家庭</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s): </source>
        <translation>
            <numerusform>%n 次联系： </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s), </source>
        <translation>
            <numerusform>尝试 %n 次， </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reached, </source>
        <translation>
            <numerusform>联系上 %n 次， </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::CoverChoiceBox</name>
    <message>
        <source>Decision for %1 on %2</source>
        <translation>%2 %1 的处理决定</translation>
    </message>
    <message>
        <source>substitute pool</source>
        <translation>代课老师库</translation>
    </message>
    <message>
        <source>speaks their language</source>
        <translation>会说学生的语言</translation>
    </message>
    <message>
        <source>Substitute: %1</source>
        <translation>代课老师：%1</translation>
    </message>
    <message>
        <source>Substitute: %1 (%2)</source>
        <comment>substitute: name (why)</comment>
        <translation>代课老师：%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 is free then, cleared and teaches %2. %3 this week so far.%4</source>
        <translation>%1 届时有空，已通过背景审查，并教授 %2。本周目前已有 %3。%4</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n 节辅导课</numerusform>
        </translation>
    </message>
    <message>
        <source>Speaks the home language most of the students share.</source>
        <translation>会说大多数学生共同的家庭语言。</translation>
    </message>
    <message>
        <source>No substitute is free and cleared at this time</source>
        <translation>此时没有既有空又已通过背景审查的代课老师</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>make-up day and time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Make up %1</source>
        <translation>补课时间：%1</translation>
    </message>
    <message>
        <source>Cancel, make up %1</source>
        <translation>取消，并于 %1 补课</translation>
    </message>
    <message>
        <source>No make-up time in the next school days</source>
        <translation>接下来几个上课日没有可补课的时间</translation>
    </message>
    <message>
        <source>Cancel, no make-up</source>
        <translation>取消，不补课</translation>
    </message>
    <message>
        <source>%1 covers %2 on %3.</source>
        <translation>%1 于 %3 代 %2 的课。</translation>
    </message>
    <message>
        <source>%1 on %2: make-up on %3 at %4.</source>
        <translation>%2 的 %1：于 %3 %4 补课。</translation>
    </message>
    <message>
        <source>%1 on %2 is cancelled.</source>
        <translation>%2 的 %1 已取消。</translation>
    </message>
</context>
<context>
    <name>tutordesk::CoverSessionDialog</name>
    <message>
        <source>Find a Substitute</source>
        <translation>寻找代课老师</translation>
    </message>
    <message>
        <source>Cancel Session</source>
        <translation>取消辅导课</translation>
    </message>
    <message>
        <source>Schedule a Make-up</source>
        <translation>安排补课</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3</translation>
    </message>
    <message>
        <source>&amp;Make-up:</source>
        <translation>补课(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>处理决定(&amp;D)：</translation>
    </message>
    <message>
        <source>Cancel &amp;reason:</source>
        <translation>取消原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Optional: what families or the teacher should know</source>
        <translation>可选：家庭或任课教师需要知道的信息</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Make-up for %1 scheduled on %2 at %3.</source>
        <translation>已为 %1 安排补课：%2 %3。</translation>
    </message>
</context>
<context>
    <name>tutordesk::CsvReader</name>
    <message>
        <source>%1, line %2, column %3: a field of more than %4 characters. This is not a roster file, or a quote (&quot;) opens a field that should have closed much earlier.</source>
        <translation>%1，第 %2 行，第 %3 列：有一个字段超过 %4 个字符。这不是名册文件，或者某个引号 (&quot;) 开启的字段本应早已结束。</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2. Check this line for a missing or extra delimiter, or a quote (&quot;) that is not closed.</source>
        <translation>有 %1 个字段，而表头有 %2 个。请检查此行是否缺少或多了分隔符，或有未闭合的引号 (&quot;)。</translation>
    </message>
    <message>
        <source>%1: there is no such file.</source>
        <translation>%1：文件不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row. Export the roster again from the student system.</source>
        <translation>%1 是空文件：没有表头行。请从学生系统重新导出名册。</translation>
    </message>
    <message>
        <source>%1 is a zip file or an Excel workbook, not CSV. In Excel, use File &gt; Save As &gt; &quot;CSV UTF-8&quot;; a OneRoster export is imported as a zip.</source>
        <translation>%1 是 zip 文件或 Excel 工作簿，而不是 CSV。在 Excel 中请使用“文件 &gt; 另存为 &gt; &quot;CSV UTF-8&quot;”；OneRoster 导出文件以 zip 格式导入。</translation>
    </message>
    <message>
        <source>%1 holds binary data, not text. Choose the CSV file the student system exported.</source>
        <translation>%1 包含二进制数据，而不是文本。请选择学生系统导出的 CSV 文件。</translation>
    </message>
    <message>
        <source>%1: not enough memory to read it.</source>
        <translation>%1：内存不足，无法读取。</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>已取消读取 %1。</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: a quoted field starts here and is never closed. Look for a stray quote (&quot;) in that cell, or save the file from Excel again.</source>
        <translation>%1，第 %2 行，第 %3 列：此处开始的带引号字段没有结束。请查找该单元格中多余的引号 (&quot;)，或从 Excel 重新保存文件。</translation>
    </message>
    <message>
        <source>%1 has no header row. Export the roster again with column names in the first row.</source>
        <translation>%1 没有表头行。请重新导出名册，并在第一行包含列名。</translation>
    </message>
</context>
<context>
    <name>tutordesk::DayListReport</name>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已上课</translation>
    </message>
    <message>
        <source>Make-up</source>
        <translation>补课</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已排课</translation>
    </message>
    <message>
        <source>%1, needs cover</source>
        <translation>%1，需要代课</translation>
    </message>
    <message>
        <source>Substitute: %1 for %2</source>
        <translation>代课老师：%1（代替 %2）</translation>
    </message>
    <message>
        <source>no tutor</source>
        <translation>无辅导老师</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>无辅导老师</translation>
    </message>
    <message>
        <source>Tutor: %1</source>
        <translation>辅导老师：%1</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>无教室</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>District ID</source>
        <translation>学区编号</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>No students hold a seat.</source>
        <translation>没有学生获得名额。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Day list, %1</source>
        <translation>当日名单，%1</translation>
    </message>
    <message>
        <source>Day list</source>
        <translation>当日名单</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No sessions on this day.</source>
        <translation>当天没有辅导课。</translation>
    </message>
    <message>
        <source>No sessions on this day: %1.</source>
        <translation>当天没有辅导课：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s). Tick the box of each student who attended.</source>
        <translation>
            <numerusform>共 %n 节辅导课。请为每名出席的学生勾选方框。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::DayListTab</name>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>The day before</source>
        <translation>前一天</translation>
    </message>
    <message>
        <source>The day after</source>
        <translation>后一天</translation>
    </message>
    <message>
        <source>Print the day list with a column to take attendance by hand</source>
        <translation>打印当日名单，附有手工记录考勤的栏</translation>
    </message>
    <message>
        <source>Save the printable day list as a PDF file</source>
        <translation>将可打印的当日名单另存为 PDF 文件</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>教室</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>辅导老师</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sessions of the day</source>
        <translation>当天的辅导课</translation>
    </message>
    <message>
        <source>The day&apos;s sessions could not be read: %1</source>
        <translation>无法读取当天的辅导课：%1</translation>
    </message>
    <message>
        <source>No sessions on this day.</source>
        <translation>当天没有辅导课。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>sessions · students</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n 节辅导课</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — no school. %2</source>
        <comment>day off — sessions</comment>
        <translation>%1 — 不上课。%2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>The day list could not be made: %1</source>
        <translation>无法生成当日名单：%1</translation>
    </message>
    <message>
        <source>Day list %1</source>
        <translation>当日名单 %1</translation>
    </message>
    <message>
        <source>Print Day List</source>
        <translation>打印当日名单</translation>
    </message>
    <message>
        <source>The day list for %1 was sent to the printer.</source>
        <translation>%1 的当日名单已发送到打印机。</translation>
    </message>
    <message>
        <source>Day list %1.pdf</source>
        <comment>file name</comment>
        <translation>当日名单 %1.pdf</translation>
    </message>
    <message>
        <source>Save Day List as PDF</source>
        <translation>将当日名单另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The day list was saved to %1.</source>
        <translation>当日名单已保存到 %1。</translation>
    </message>
    <message>
        <source>The day list could not be saved to %1: check that the folder exists and that you may write there.</source>
        <translation>无法将当日名单保存到 %1：请确认该文件夹存在且您有写入权限。</translation>
    </message>
</context>
<context>
    <name>tutordesk::Demo</name>
    <message>
        <source>%1 already holds a school; the demo needs an empty database. Choose a new file for the demo school.</source>
        <translation>%1 中已有一所学校；演示需要空数据库。请为演示学校选择一个新文件。</translation>
    </message>
    <message>
        <source>The demo school was cancelled; %1 is as it was.</source>
        <translation>已取消创建演示学校；%1 保持原样。</translation>
    </message>
    <message>
        <source>The demo school could not be made: %1</source>
        <translation>无法创建演示学校：%1</translation>
    </message>
    <message>
        <source>The demo school could not be saved in %1: %2</source>
        <translation>无法在 %1 中保存演示学校：%2</translation>
    </message>
</context>
<context>
    <name>tutordesk::DemoLauncher</name>
    <message>
        <source>Explore a Demo School</source>
        <translation>体验演示学校</translation>
    </message>
    <message>
        <source>Creating the demo school: students, tutors, groups and a school year of sessions…</source>
        <translation>正在创建演示学校：学生、辅导老师、小组以及一个学年的辅导课…</translation>
    </message>
</context>
<context>
    <name>tutordesk::DueActionsModel</name>
    <message>
        <source>Due %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>小组</translation>
    </message>
</context>
<context>
    <name>tutordesk::DueActionsView</name>
    <message>
        <source>Due actions</source>
        <translation>待办事项</translation>
    </message>
</context>
<context>
    <name>tutordesk::Equity</name>
    <message>
        <source>The gap threshold must be above 0 and at most 1 (0.8 is the &quot;four-fifths&quot; rule), not %1.</source>
        <translation>差距阈值必须大于 0 且不超过 1（0.8 即“五分之四”规则），而不是 %1。</translation>
    </message>
    <message>
        <source>The equity gap threshold could not be saved: %1</source>
        <translation>无法保存公平性差距阈值：%1</translation>
    </message>
</context>
<context>
    <name>tutordesk::EquityTab</name>
    <message>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Highlight a group whose share of seats or minutes is below</source>
        <translation>突出显示名额或分钟数占比低于以下值的群体(&amp;H)</translation>
    </message>
    <message>
        <source>× its share of need</source>
        <translation>× 其需求占比</translation>
    </message>
    <message>
        <source>Print the equity audit</source>
        <translation>打印公平性审查</translation>
    </message>
    <message>
        <source>Save the equity audit as a PDF</source>
        <translation>将公平性审查另存为 PDF</translation>
    </message>
    <message>
        <source>The equity audit could not be read: %1</source>
        <translation>无法读取公平性审查：%1</translation>
    </message>
    <message>
        <source>Equity audit · figures to %1</source>
        <translation>公平性审查 · 数据截至 %1</translation>
    </message>
    <message>
        <source>Equity audit</source>
        <translation>公平性审查</translation>
    </message>
    <message>
        <source>— withheld: rests on fewer than 10 students, or would reveal a smaller group&apos;s figure (point at it for the reason).</source>
        <translation>— 不予显示：基于不足 10 名学生，或会推算出更小群体的数据（将鼠标指向该处可查看原因）。</translation>
    </message>
    <message>
        <source>No group’s share of seats or minutes falls below %1 of its share of need.</source>
        <translation>没有任何群体的名额或分钟数占比低于其需求占比的 %1。</translation>
    </message>
    <message>
        <source>▼ Groups getting less than their share:</source>
        <translation>▼ 所得低于应有占比的群体：</translation>
    </message>
    <message>
        <source>Equity audit %1</source>
        <translation>公平性审查 %1</translation>
    </message>
    <message>
        <source>A group is highlighted when its share of seats or of minutes is below this fraction of its share of the students in need. 0.80 is the “four-fifths” rule.</source>
        <translation>当某个群体的名额占比或分钟数占比低于其在需求学生中占比的此倍数时，该群体将被突出显示。0.80 即“五分之四”规则。</translation>
    </message>
</context>
<context>
    <name>tutordesk::EquityText</name>
    <message>
        <source>Race/ethnicity</source>
        <translation>种族/族裔</translation>
    </message>
    <message>
        <source>EL status</source>
        <translation>英语学习者身份</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>残障</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>寄养青少年</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>无家可归</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>社会经济弱势</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Hispanic or Latino</source>
        <translation>西班牙裔或拉丁裔</translation>
    </message>
    <message>
        <source>American Indian or Alaska Native</source>
        <translation>美洲印第安人或阿拉斯加原住民</translation>
    </message>
    <message>
        <source>Asian</source>
        <translation>亚裔</translation>
    </message>
    <message>
        <source>Black or African American</source>
        <translation>黑人或非裔美国人</translation>
    </message>
    <message>
        <source>Native Hawaiian or Pacific Islander</source>
        <translation>夏威夷原住民或太平洋岛民</translation>
    </message>
    <message>
        <source>White</source>
        <translation>白人</translation>
    </message>
    <message>
        <source>Two or more races</source>
        <translation>两个或以上种族</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <source>EL (English learner)</source>
        <translation>EL（英语学习者）</translation>
    </message>
    <message>
        <source>RFEP (reclassified)</source>
        <translation>RFEP（已重新分类）</translation>
    </message>
    <message>
        <source>EO/IFEP (English only or proficient)</source>
        <translation>EO/IFEP（仅说英语或英语熟练）</translation>
    </message>
    <message>
        <source>TBD (to be determined)</source>
        <translation>TBD（待定）</translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation>有 IEP 或 504 计划</translation>
    </message>
    <message>
        <source>No IEP or 504 plan</source>
        <translation>无 IEP 或 504 计划</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>无家可归（McKinney-Vento）</translation>
    </message>
    <message>
        <source>Transitional kindergarten</source>
        <translation>过渡幼儿园</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>幼儿园</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>%1 年级</translation>
    </message>
    <message>
        <source>Hispanic or Latino students</source>
        <translation>西班牙裔或拉丁裔学生</translation>
    </message>
    <message>
        <source>American Indian or Alaska Native students</source>
        <translation>美洲印第安人或阿拉斯加原住民学生</translation>
    </message>
    <message>
        <source>Asian students</source>
        <translation>亚裔学生</translation>
    </message>
    <message>
        <source>Black or African American students</source>
        <translation>黑人或非裔美国人学生</translation>
    </message>
    <message>
        <source>Native Hawaiian or Pacific Islander students</source>
        <translation>夏威夷原住民或太平洋岛民学生</translation>
    </message>
    <message>
        <source>White students</source>
        <translation>白人学生</translation>
    </message>
    <message>
        <source>Students of two or more races</source>
        <translation>两个或以上种族的学生</translation>
    </message>
    <message>
        <source>Students with no race/ethnicity reported</source>
        <translation>未报告种族/族裔的学生</translation>
    </message>
    <message>
        <source>EL students</source>
        <translation>EL 学生</translation>
    </message>
    <message>
        <source>RFEP students</source>
        <translation>RFEP 学生</translation>
    </message>
    <message>
        <source>EO/IFEP students</source>
        <translation>EO/IFEP 学生</translation>
    </message>
    <message>
        <source>Students whose EL status is TBD</source>
        <translation>英语学习者身份待定的学生</translation>
    </message>
    <message>
        <source>Students with no EL status reported</source>
        <translation>未报告英语学习者身份的学生</translation>
    </message>
    <message>
        <source>Students with an IEP or 504 plan</source>
        <translation>有 IEP 或 504 计划的学生</translation>
    </message>
    <message>
        <source>Students without an IEP or 504 plan</source>
        <translation>无 IEP 或 504 计划的学生</translation>
    </message>
    <message>
        <source>Homeless students</source>
        <translation>无家可归的学生</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged students</source>
        <translation>社会经济弱势学生</translation>
    </message>
    <message>
        <source>TK students</source>
        <translation>过渡幼儿园学生</translation>
    </message>
    <message>
        <source>Kindergarten students</source>
        <translation>幼儿园学生</translation>
    </message>
    <message>
        <source>Grade %1 students</source>
        <translation>%1 年级学生</translation>
    </message>
    <message>
        <source>Student group</source>
        <translation>学生群体</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>符合资格</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>已提供名额</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Minutes each</source>
        <translation>人均分钟数</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席率</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>进步幅度</translation>
    </message>
    <message>
        <source>Share of seats</source>
        <translation>名额占比</translation>
    </message>
    <message>
        <source>Share of minutes</source>
        <translation>分钟数占比</translation>
    </message>
    <message>
        <source>Share of need</source>
        <translation>需求占比</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Make-ups offered</source>
        <translation>提供的补课</translation>
    </message>
    <message>
        <source>Make-ups attended</source>
        <translation>出席的补课</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>已退出</translation>
    </message>
    <message>
        <source>A student counts in every group they belong to, once per dimension.</source>
        <translation>学生在其所属的每个群体中都会计入，每个维度计一次。</translation>
    </message>
    <message>
        <source>Students in need: active students whose need score puts them in Tier 2 or Tier 3.</source>
        <translation>需求学生：需求分数达到第 2 或第 3 层级的在读学生。</translation>
    </message>
    <message>
        <source>Eligible students who were ever given a seat in a group (invited or later), waitlist places left out.</source>
        <translation>曾在某小组获得名额（已邀请或之后阶段）的符合资格学生，不含候补名单位置。</translation>
    </message>
    <message>
        <source>Eligible students who took up a seat: active now, or came to sessions before a pause or an exit.</source>
        <translation>已接受名额的符合资格学生：目前在读，或在暂停或退出前参加过辅导课。</translation>
    </message>
    <message>
        <source>Tutoring minutes received so far per enrolled student, make-ups included.</source>
        <translation>每名已登记学生迄今已接受的辅导分钟数，含补课。</translation>
    </message>
    <message>
        <source>Sessions attended out of the sessions where attendance was taken for the enrolled students.</source>
        <translation>已登记学生在已记录考勤的辅导课中的出席课次。</translation>
    </message>
    <message>
        <source>Mean growth on the group&apos;s probe, latest score minus the pre-test, in percentage points; only students with two probe results count.</source>
        <translation>小组测评的平均进步幅度，即最近一次分数减去前测分数（百分点）；仅计入有两次测评结果的学生。</translation>
    </message>
    <message>
        <source>This group&apos;s enrolled students out of all enrolled students in need.</source>
        <translation>该群体已登记学生在所有已登记需求学生中的占比。</translation>
    </message>
    <message>
        <source>This group&apos;s tutoring minutes out of all minutes delivered to students in need.</source>
        <translation>该群体的辅导分钟数在提供给需求学生的全部分钟数中的占比。</translation>
    </message>
    <message>
        <source>This group&apos;s eligible students out of all students in need. A share of seats or minutes below %1 of this is highlighted.</source>
        <translation>该群体符合资格的学生在所有需求学生中的占比。名额或分钟数占比低于此值的 %1 时将被突出显示。</translation>
    </message>
    <message>
        <source>Enrolled students whose seat was paused or offered to the waitlist after missed sessions.</source>
        <translation>因缺课而名额被暂停或让给候补名单的已登记学生。</translation>
    </message>
    <message>
        <source>Make-up sessions offered per enrolled student.</source>
        <translation>每名已登记学生获得的补课次数。</translation>
    </message>
    <message>
        <source>Make-up sessions attended per enrolled student.</source>
        <translation>每名已登记学生出席的补课次数。</translation>
    </message>
    <message>
        <source>Enrolled students who left a group (exited).</source>
        <translation>已离开小组（已退出）的已登记学生。</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 (four-fifths)</source>
        <translation>%1（五分之四）</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>Withheld: fewer than 10 students in this group have growth measured yet.</source>
        <translation>不予显示：该群体中已测量进步幅度的学生不足 10 名。</translation>
    </message>
    <message>
        <source>Withheld: fewer than 10 students behind this figure.</source>
        <translation>不予显示：此数据涉及的学生不足 10 名。</translation>
    </message>
    <message>
        <source>Withheld so that a smaller group&apos;s figure cannot be worked out by subtraction.</source>
        <translation>不予显示，以免通过减法推算出更小群体的数据。</translation>
    </message>
    <message>
        <source>Nothing to measure yet.</source>
        <translation>暂无可测量的数据。</translation>
    </message>
    <message>
        <source>withheld to protect a smaller group</source>
        <translation>为保护更小的群体而不予显示</translation>
    </message>
    <message>
        <source>fewer than 10 students</source>
        <translation>不足 10 名学生</translation>
    </message>
    <message>
        <source>This group is large enough, but showing it would let a smaller group&apos;s figures be worked out by subtraction, so it is held back too.</source>
        <translation>该群体人数足够，但显示其数据会使更小群体的数据可通过减法推算出来，因此也不予显示。</translation>
    </message>
    <message>
        <source>Fewer than 10 students in need: no figure is shown, to protect their privacy.</source>
        <translation>需求学生不足 10 名：为保护其隐私，不显示任何数据。</translation>
    </message>
    <message>
        <source>%1 hold %2 of seats but are %3 of students in need.</source>
        <translation>%1 占有 %2 的名额，但占需求学生的 %3。</translation>
    </message>
    <message>
        <source>%1 receive %2 of tutoring minutes but are %3 of students in need.</source>
        <translation>%1 获得 %2 的辅导分钟数，但占需求学生的 %3。</translation>
    </message>
    <message>
        <source>A group with fewer than 10 eligible students is not shown, and a figure that rests on fewer than 10 students is withheld, so that no student can be identified.</source>
        <translation>符合资格学生不足 10 名的群体不予显示，基于不足 10 名学生的数据也不予显示，以确保无法识别任何学生。</translation>
    </message>
    <message>
        <source>A group is highlighted when its share of seats or minutes is below %1 of its share of need.</source>
        <translation>当某群体的名额或分钟数占比低于其需求占比的 %1 时，该群体将被突出显示。</translation>
    </message>
    <message numerus="yes">
        <source>%n tutored student(s) no longer in Tier 2 or 3 (or no longer at the school) are not counted.</source>
        <translation>
            <numerusform>有 %n 名受辅导学生已不在第 2 或第 3 层级（或已不在本校），未计入统计。</numerusform>
        </translation>
    </message>
    <message>
        <source>Equity audit</source>
        <translation>公平性审查</translation>
    </message>
    <message>
        <source>%1 · figures to %2</source>
        <translation>%1 · 数据截至 %2</translation>
    </message>
    <message>
        <source>No group&apos;s share of seats or minutes falls below %1 of its share of need.</source>
        <translation>没有任何群体的名额或分钟数占比低于其需求占比的 %1。</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Access, dosage and growth</source>
        <translation>机会、辅导时长与进步幅度</translation>
    </message>
    <message>
        <source>The process</source>
        <translation>过程</translation>
    </message>
    <message>
        <source>— withheld: fewer than 10 students behind the figure, or it would reveal a smaller group&apos;s.</source>
        <translation>— 不予显示：此数据涉及的学生不足 10 名，或会推算出更小群体的数据。</translation>
    </message>
    <message>
        <source>Equity audit, figures to %1</source>
        <translation>公平性审查，数据截至 %1</translation>
    </message>
    <message>
        <source>Gaps (share below %1 of the share of need):</source>
        <translation>差距（占比低于需求占比的 %1）：</translation>
    </message>
    <message>
        <source>The process (per enrolled student)</source>
        <translation>过程（按每名已登记学生）</translation>
    </message>
    <message>
        <source>— withheld: fewer than 10 students behind the figure, or it would reveal a smaller group&apos;s. ! a gap.</source>
        <translation>— 不予显示：此数据涉及的学生不足 10 名，或会推算出更小群体的数据。! 表示存在差距。</translation>
    </message>
    <message>
        <source>“Eligible” means the need score qualifies the student for tutoring: an active student in Tier 2 or Tier 3 today.</source>
        <translation>“符合资格”指学生的需求分数达到辅导条件：即目前处于第 2 或第 3 层级的在读学生。</translation>
    </message>
</context>
<context>
    <name>tutordesk::ExchangeSettings</name>
    <message>
        <source>The sync settings could not be saved: %1</source>
        <translation>无法保存同步设置：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a full folder path. Choose the district&apos;s folder with Browse…, or enter an address that starts with https://.</source>
        <translation>“%1”不是完整的文件夹路径。请通过“浏览…”选择学区的文件夹，或输入以 https:// 开头的地址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address TutorDesk can send to. Copy the address the district gave you, starting with https://.</source>
        <translation>“%1”不是 TutorDesk 可以发送的网址。请复制学区提供给您的以 https:// 开头的地址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not encrypted (http://). Students&apos; records are sent only over https://: ask the district for its https:// address.</source>
        <translation>“%1”未加密（http://）。学生记录只能通过 https:// 发送：请向学区索取其 https:// 地址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a folder nor an https:// address.</source>
        <translation>“%1”既不是文件夹，也不是 https:// 地址。</translation>
    </message>
</context>
<context>
    <name>tutordesk::FileImportFlow</name>
    <message>
        <source>The file could not be imported: %1</source>
        <translation>无法导入该文件：%1</translation>
    </message>
    <message>
        <source>Spreadsheets saved as CSV (*.csv *.txt);;All files (*)</source>
        <translation>另存为 CSV 的电子表格 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s) now. Import it again to see them.</source>
        <translation>
            <numerusform>未导入任何内容：该文件目前有 %n 个问题。请重新导入以查看这些问题。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::FilePreview</name>
    <message>
        <source>How the file was read</source>
        <translation>文件的读取方式</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>文件的前几行</translation>
    </message>
</context>
<context>
    <name>tutordesk::GenericRosterReader</name>
    <message>
        <source>The district student ID %1 is also on line %2. Each student must be on the roster once: remove one of the two lines, or correct the ID.</source>
        <translation>学区学生编号 %1 也出现在第 %2 行。每名学生在名册中只能出现一次：请删除其中一行，或更正编号。</translation>
    </message>
    <message numerus="yes">
        <source>Not listed: %n more problem(s). Correct the ones above (often one column is wrong throughout) and import again to see what is left.</source>
        <translation>
            <numerusform>未列出：还有 %n 个问题。请先更正上面的问题（通常是某一列整列有误），然后重新导入，查看剩余问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with no values in any column were skipped.</source>
        <translation>
            <numerusform>已跳过 %n 个所有列均为空的行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::GroupDialog</name>
    <message>
        <source>Sessions before this day, and their attendance, stay as they are</source>
        <translation>此日期之前的辅导课及其考勤保持不变</translation>
    </message>
    <message>
        <source>Changes appl&amp;y from:</source>
        <translation>修改生效日期(&amp;Y)：</translation>
    </message>
    <message>
        <source>Sessions this pattern makes</source>
        <translation>按此安排生成的辅导课</translation>
    </message>
    <message>
        <source>Conflicts — change the days, the time, the tutor or the room:</source>
        <translation>冲突 — 请修改上课日、时间、辅导老师或教室：</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>The group could not be read: %1</source>
        <translation>无法读取小组：%1</translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>新建小组</translation>
    </message>
    <message>
        <source>Edit Group — %1</source>
        <translation>编辑小组 — %1</translation>
    </message>
    <message>
        <source>No sessions yet: choose a tutor, at least one day and a start time.</source>
        <translation>尚无辅导课：请选择辅导老师、至少一个上课日和开始时间。</translation>
    </message>
    <message>
        <source>No sessions: no school day between these dates meets the pattern.</source>
        <translation>无辅导课：这两个日期之间没有符合该安排的上课日。</translation>
    </message>
    <message numerus="yes">
        <source>≈ %n session(s) from %1 to %2</source>
        <translation>
            <numerusform>从 %1 到 %2 约 %n 节辅导课</numerusform>
        </translation>
    </message>
    <message>
        <source>The conflicts could not be checked: %1</source>
        <translation>无法检查冲突：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) — change the days, the time, the tutor or the room:</source>
        <translation>
            <numerusform>%n 处冲突 — 请修改上课日、时间、辅导老师或教室：</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve the conflicts first</source>
        <translation>请先解决冲突</translation>
    </message>
    <message>
        <source>Give the group a name first</source>
        <translation>请先为小组命名</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>tutordesk::GroupForm</name>
    <message>
        <source> students</source>
        <comment>cap spin box suffix</comment>
        <translation> 名学生</translation>
    </message>
    <message>
        <source>Code, e.g. RF.3.3</source>
        <translation>代码，例如 RF.3.3</translation>
    </message>
    <message>
        <source>The skill in plain words</source>
        <translation>用通俗语言描述的技能</translation>
    </message>
    <message>
        <source>Room, or the meeting link for a virtual group</source>
        <translation>教室，或线上小组的会议链接</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes spin box suffix</comment>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>科目(&amp;U)：</translation>
    </message>
    <message>
        <source>S&amp;kill:</source>
        <translation>技能(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>层级(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Delivery:</source>
        <translation>授课方式(&amp;D)：</translation>
    </message>
    <message>
        <source>C&amp;ap:</source>
        <translation>人数上限(&amp;A)：</translation>
    </message>
    <message>
        <source>T&amp;utor:</source>
        <translation>辅导老师(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Room or link:</source>
        <translation>教室或链接(&amp;R)：</translation>
    </message>
    <message>
        <source>Meets on:</source>
        <translation>上课日：</translation>
    </message>
    <message>
        <source>for</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>开始时间(&amp;S)：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier name · description</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No tutor yet (the group stays planned)</source>
        <translation>暂无辅导老师（小组保持计划状态）</translation>
    </message>
    <message>
        <source>%1 — inactive</source>
        <translation>%1 — 已停用</translation>
    </message>
    <message>
        <source>%1 — clearance missing</source>
        <translation>%1 — 缺少背景审查</translation>
    </message>
    <message>
        <source>%1 — clearance expired</source>
        <translation>%1 — 背景审查已过期</translation>
    </message>
    <message>
        <source>%1 (substitute pool)</source>
        <translation>%1（代课老师库）</translation>
    </message>
</context>
<context>
    <name>tutordesk::GroupSchedule</name>
    <message>
        <source>The group</source>
        <translation>该小组</translation>
    </message>
    <message>
        <source>%1: “%2” is not a subject. Choose reading, math, writing or other.</source>
        <translation>%1：“%2”不是有效科目。请选择阅读、数学、写作或其他。</translation>
    </message>
    <message>
        <source>%1: the tier must be 1, 2 or 3, not %2.</source>
        <translation>%1：层级必须为 1、2 或 3，而不是 %2。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a delivery model. Choose pull-out, after school, Saturday, virtual or hybrid.</source>
        <translation>%1：“%2”不是有效的授课方式。请选择抽离式、放学后、周六、线上或混合式。</translation>
    </message>
    <message>
        <source>%1: a group holds 1 to 4 students, not %2. Choose a cap from 1 to 4.</source>
        <translation>%1：一个小组可容纳 1 到 4 名学生，而不是 %2。请选择 1 到 4 之间的人数上限。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n student(s) holding seats, more than a cap of %2. Move students to other groups first, or keep the cap at %n or more.</source>
        <translation>
            <numerusform>%1 有 %n 名学生占有名额，超过人数上限 %2。请先将学生调到其他小组，或将上限保持在 %n 或以上。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a session lasts 5 to 240 minutes, not %2.</source>
        <translation>%1：辅导课时长为 5 到 240 分钟，而不是 %2。</translation>
    </message>
    <message>
        <source>%1: the meeting days are not valid. Choose the weekdays again.</source>
        <translation>%1：上课日无效。请重新选择工作日。</translation>
    </message>
    <message>
        <source>%1: a session starting at %2 for %3 minutes would end after midnight. Choose an earlier start.</source>
        <translation>%1：从 %2 开始、持续 %3 分钟的辅导课将在午夜之后结束。请选择更早的开始时间。</translation>
    </message>
    <message>
        <source>%1 needs a start day and an end day. Enter both.</source>
        <translation>%1 需要开始日期和结束日期。请两者都填写。</translation>
    </message>
    <message>
        <source>%1 starts on %2, after its end day %3. Choose an end day on or after the start.</source>
        <translation>%1 的开始日期 %2 晚于结束日期 %3。请选择不早于开始日期的结束日期。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a group status. Choose planned, active or ended.</source>
        <translation>%1：“%2”不是有效的小组状态。请选择计划中、进行中或已结束。</translation>
    </message>
    <message>
        <source>There is no group %1 any more (it may have been removed). Reload the page.</source>
        <translation>小组 %1 已不存在（可能已被删除）。请重新加载页面。</translation>
    </message>
    <message>
        <source>%1: the chosen tutor is no longer on the roster. Choose another tutor.</source>
        <translation>%1：所选辅导老师已不在名册中。请选择其他辅导老师。</translation>
    </message>
    <message>
        <source>%1 is inactive and cannot lead %2. Choose another tutor, or make them active on the Tutors page.</source>
        <translation>%1 已停用，不能带领 %2。请选择其他辅导老师，或在“辅导老师”页面将其设为启用。</translation>
    </message>
    <message>
        <source>%1 is not cleared to work with students on %2. Record their clearances on the Tutors page first.</source>
        <translation>%1 在 %2 未获准与学生一起工作。请先在“辅导老师”页面记录其背景审查。</translation>
    </message>
    <message>
        <source>%1 could not be saved in %2: %3</source>
        <translation>无法在 %2 中保存 %1：%3</translation>
    </message>
    <message>
        <source>The group has no name. Enter a name, for example “Reading · Grades 3–4 · Tier 2 · A”.</source>
        <translation>小组没有名称。请输入名称，例如“阅读 · 3–4 年级 · 第 2 层级 · A”。</translation>
    </message>
</context>
<context>
    <name>tutordesk::GuardianEditor</name>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>&amp;Primary contact for this student</source>
        <translation>该学生的主要联系人(&amp;P)</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>住宅电话</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>工作电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Consents to &amp;text messages</source>
        <translation>同意接收短信(&amp;T)</translation>
    </message>
    <message>
        <source>Add Guardian</source>
        <translation>添加监护人</translation>
    </message>
    <message>
        <source>Edit Guardian — %1</source>
        <translation>编辑监护人 — %1</translation>
    </message>
    <message>
        <source>Relationship to the student</source>
        <translation>与学生的关系</translation>
    </message>
    <message>
        <source>The guardian letters are addressed to and calls go to first</source>
        <translation>信函首先寄给、电话首先打给此监护人</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>首选语言</translation>
    </message>
    <message>
        <source>Choose a language, or type a language code such as &quot;hmn&quot; for Hmong. Letters are printed in the listed languages; others get English letters.</source>
        <translation>请选择一种语言，或输入语言代码，例如苗语为“hmn”。信函以列表中的语言打印；其他语言的家庭将收到英文信函。</translation>
    </message>
    <message>
        <source>Preferred contact method</source>
        <translation>首选联系方式</translation>
    </message>
    <message>
        <source>Texts are sent only to a mobile phone, and only with the family&apos;s consent</source>
        <translation>短信只发送到手机，且须经家庭同意</translation>
    </message>
    <message>
        <source>e.g. (323) 555-0101</source>
        <translation>例如 (323) 555-0101</translation>
    </message>
    <message>
        <source>e.g. maria@example.com</source>
        <translation>例如 maria@example.com</translation>
    </message>
    <message>
        <source>Also the guardian of: %1. Changes to the phones, e-mail and language apply to these children too.</source>
        <translation>同时也是以下学生的监护人：%1。对电话、电子邮件和语言的修改也将应用于这些孩子。</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>姓(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>关系(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Mobile phone:</source>
        <translation>手机(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Home phone:</source>
        <translation>住宅电话(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Work phone:</source>
        <translation>工作电话(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>语言(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Contact by:</source>
        <translation>联系方式(&amp;C)：</translation>
    </message>
    <message>
        <source>Why the guardian was not saved</source>
        <translation>监护人未保存的原因</translation>
    </message>
    <message>
        <source>The guardian could not be saved.</source>
        <translation>无法保存监护人。</translation>
    </message>
    <message>
        <source>The guardian could not be saved: %1</source>
        <translation>无法保存监护人：%1</translation>
    </message>
</context>
<context>
    <name>tutordesk::Guardians</name>
    <message>
        <source>The %1 phone of %2, &quot;%3&quot;, has characters a phone number does not have. Use digits, spaces and ( ) - . + only.</source>
        <translation>%2 的%1电话“%3”包含电话号码中不应有的字符。请只使用数字、空格以及 ( ) - . +。</translation>
    </message>
    <message>
        <source>The %1 phone of %2, &quot;%3&quot;, is too short: a phone number has at least 7 digits. Correct it or leave it empty.</source>
        <translation>%2 的%1电话“%3”太短：电话号码至少有 7 位数字。请更正或留空。</translation>
    </message>
    <message>
        <source>A guardian needs a name: type a first or a last name.</source>
        <translation>监护人需要姓名：请输入名或姓。</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>home</source>
        <translation>住宅</translation>
    </message>
    <message>
        <source>work</source>
        <translation>工作</translation>
    </message>
    <message>
        <source>The e-mail of %1, &quot;%2&quot;, is not an e-mail address: it needs one @ between a name and a domain, with no spaces (maria@example.com).</source>
        <translation>%1 的电子邮件“%2”不是有效的电子邮件地址：名称和域名之间需要一个 @，且不能有空格（例如 maria@example.com）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a relationship TutorDesk knows. Choose one of: %2.</source>
        <translation>“%1”不是 TutorDesk 可识别的关系。请选择以下之一：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a contact method TutorDesk knows. Choose one of: %2.</source>
        <translation>“%1”不是 TutorDesk 可识别的联系方式。请选择以下之一：%2。</translation>
    </message>
    <message>
        <source>Choose the language %1 prefers (English if you do not know it).</source>
        <translation>请选择 %1 的首选语言（如果不清楚，请选择英语）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code. Choose a language from the list or type a code such as &quot;es&quot;, &quot;zh-Hant&quot; or &quot;hmn&quot;.</source>
        <translation>“%1”不是语言代码。请从列表中选择语言，或输入代码，例如“es”、“zh-Hant”或“hmn”。</translation>
    </message>
    <message>
        <source>%1 consents to texts but has no mobile phone. Type the mobile number or clear the consent.</source>
        <translation>%1 同意接收短信，但没有手机号码。请输入手机号码或取消同意。</translation>
    </message>
    <message>
        <source>%1 prefers texts but has not consented to them. Record the consent or choose another method.</source>
        <translation>%1 首选短信，但尚未同意接收短信。请记录同意情况或选择其他方式。</translation>
    </message>
    <message>
        <source>%1 prefers e-mail but has no e-mail address. Type it or choose another method.</source>
        <translation>%1 首选电子邮件，但没有电子邮件地址。请输入地址或选择其他方式。</translation>
    </message>
    <message>
        <source>The guardian could not be saved in %1: %2</source>
        <translation>无法在 %1 中保存监护人：%2</translation>
    </message>
    <message>
        <source>There is no student %1 (they may have been removed). Reload the Students page.</source>
        <translation>没有学生 %1（可能已被删除）。请重新加载“学生”页面。</translation>
    </message>
    <message>
        <source>%1 is not a guardian of this student any more (someone may have removed them). Reload the Students page.</source>
        <translation>%1 已不再是该学生的监护人（可能已被他人删除）。请重新加载“学生”页面。</translation>
    </message>
    <message>
        <source>Guardian details edited</source>
        <translation>监护人信息已编辑</translation>
    </message>
    <message>
        <source>That guardian is no longer on record (they may have been removed). Search again.</source>
        <translation>该监护人已不在记录中（可能已被删除）。请重新搜索。</translation>
    </message>
    <message>
        <source>%1 is already a guardian of this student.</source>
        <translation>%1 已是该学生的监护人。</translation>
    </message>
    <message>
        <source>That guardian is not linked to this student any more. Reload the Students page.</source>
        <translation>该监护人已不再与该学生关联。请重新加载“学生”页面。</translation>
    </message>
    <message>
        <source>The guardian could not be removed in %1: %2</source>
        <translation>无法在 %1 中删除监护人：%2</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>父亲</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>祖父母/外祖父母</translation>
    </message>
    <message>
        <source>Aunt or uncle</source>
        <translation>姑姨或叔舅</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>Foster parent</source>
        <translation>寄养父母</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
</context>
<context>
    <name>tutordesk::GuiOptions</name>
    <message>
        <source>TutorDesk: intensive tutoring, run by need.</source>
        <translation>TutorDesk：按需开展的强化辅导。</translation>
    </message>
    <message>
        <source>Open the TutorDesk database at PATH (else $TUTORDESK_DB, else your school&apos;s usual database).</source>
        <translation>打开位于 PATH 的 TutorDesk 数据库（否则使用 $TUTORDESK_DB，再否则使用学校的常用数据库）。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Open the demo school, creating it first if it is not there yet.</source>
        <translation>打开演示学校；如果尚不存在，则先创建。</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE (PNG) once it has loaded, then quit.</source>
        <translation>窗口加载完成后将其截图保存到 FILE（PNG），然后退出。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Take DAY (YYYY-MM-DD) as today, e.g. for a demo school&apos;s screenshots.</source>
        <translation>将 DAY（YYYY-MM-DD）视为今天，例如用于演示学校的截图。</translation>
    </message>
    <message>
        <source>DAY</source>
        <translation>DAY</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>A TutorDesk database to open (the same as --db).</source>
        <translation>要打开的 TutorDesk 数据库（与 --db 相同）。</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[文件]</translation>
    </message>
    <message>
        <source>--today needs a day written YYYY-MM-DD, e.g. 2026-11-20.</source>
        <translation>--today 需要 YYYY-MM-DD 格式的日期，例如 2026-11-20。</translation>
    </message>
</context>
<context>
    <name>tutordesk::Import</name>
    <message>
        <source>, line %1</source>
        <translation>，第 %1 行</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>，第 %1 列</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>the mapping given</source>
        <translation>指定的映射</translation>
    </message>
    <message>
        <source>the mapping saved last time</source>
        <translation>上次保存的映射</translation>
    </message>
    <message>
        <source>matched by name</source>
        <translation>按名称匹配</translation>
    </message>
    <message>
        <source>Columns (%1): %2.</source>
        <translation>列（%1）：%2。</translation>
    </message>
    <message>
        <source>The mapping given is for &quot;%1&quot; files, but %2 is read as &quot;%3&quot;. Give a mapping made for this kind of file, or none to match the columns by name.</source>
        <translation>指定的映射适用于“%1”文件，但 %2 被识别为“%3”。请提供适用于此类文件的映射，或不提供映射以按名称匹配列。</translation>
    </message>
    <message>
        <source>%1 more problems are not listed. Correct the ones above (often one column is wrong throughout) and run again to see what is left.</source>
        <translation>还有 %1 个问题未列出。请先更正上面的问题（通常是某一列整列有误），然后重新运行，查看剩余问题。</translation>
    </message>
    <message>
        <source>A OneRoster export names its own columns; the column mapping given was not needed.</source>
        <translation>OneRoster 导出文件自带列名；无需指定的列映射。</translation>
    </message>
    <message>
        <source>%1 is a CSV roster. Choosing a school and adding a flags file are for OneRoster exports (a .zip or a folder); a CSV roster carries its flags in its own columns.</source>
        <translation>%1 是 CSV 名册。选择学校和添加标记文件仅适用于 OneRoster 导出（.zip 或文件夹）；CSV 名册的标记就在其自身的列中。</translation>
    </message>
    <message>
        <source>The column mapping could not be saved for next time: %1</source>
        <translation>无法保存列映射以供下次使用：%1</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportActions</name>
    <message>
        <source>Import &amp;Roster…</source>
        <translation>导入名册(&amp;R)…</translation>
    </message>
    <message>
        <source>Import &amp;Scores…</source>
        <translation>导入成绩(&amp;S)…</translation>
    </message>
    <message>
        <source>Bring in the students from your district&apos;s roster file</source>
        <translation>从学区的名册文件导入学生</translation>
    </message>
    <message>
        <source>Bring in benchmark results (i-Ready, STAR, MAP) for students on file</source>
        <translation>为已有学生导入基准测试结果（i-Ready、STAR、MAP）</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportDialog</name>
    <message>
        <source>C&amp;heck File</source>
        <translation>检查文件(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Read the whole file and list every problem, without importing anything</source>
        <translation>读取整个文件并列出所有问题，但不导入任何内容</translation>
    </message>
    <message>
        <source>Available once the file has been checked without problems</source>
        <translation>文件检查无问题后可用</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>导入已取消。未做任何更改。</translation>
    </message>
    <message>
        <source>Choose a file to begin.</source>
        <translation>请选择一个文件开始。</translation>
    </message>
    <message>
        <source>Click Check File: TutorDesk reads the whole file and lists anything to fix. Nothing is imported yet.</source>
        <translation>请单击“检查文件”：TutorDesk 会读取整个文件并列出需要修正的内容。此时尚不会导入任何内容。</translation>
    </message>
    <message>
        <source>The choices changed. Click Check File again.</source>
        <translation>选项已更改。请再次单击“检查文件”。</translation>
    </message>
    <message>
        <source>1 student on file is not in this roster. Mark them withdrawn? Their history is kept.</source>
        <translation>有 1 名已有学生不在此名册中。将其标记为已转出吗？其历史记录将保留。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln students on file are not in this roster. Mark them withdrawn? Their history is kept.</source>
        <translation>
            <numerusform>有 %Ln 名已有学生不在此名册中。将他们标记为已转出吗？其历史记录将保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Students Not in This Roster</source>
        <translation>不在此名册中的学生</translation>
    </message>
    <message>
        <source>Choose No if this file lists only some of the school&apos;s students.</source>
        <translation>如果此文件只列出了学校的部分学生，请选择“否”。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>The need scores could not be recalculated: %1</source>
        <translation>无法重新计算需求分数：%1</translation>
    </message>
    <message>
        <source>Need scores were recalculated from the new data.</source>
        <translation>已根据新数据重新计算需求分数。</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportKind</name>
    <message>
        <source>Import Roster</source>
        <translation>导入名册</translation>
    </message>
    <message>
        <source>Choose the roster your district&apos;s student system exported: a CSV file, or a OneRoster zip file or folder.</source>
        <translation>请选择学区学生系统导出的名册：CSV 文件，或 OneRoster zip 文件或文件夹。</translation>
    </message>
    <message>
        <source>Import Benchmark Scores</source>
        <translation>导入基准测试成绩</translation>
    </message>
    <message>
        <source>Choose the scores file your assessment system exported (i-Ready, STAR, MAP or similar) as CSV. The students must already be on file.</source>
        <translation>请选择评估系统（i-Ready、STAR、MAP 或类似系统）导出的 CSV 成绩文件。学生必须已在系统中。</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportReportView</name>
    <message>
        <source>&amp;Copy Report</source>
        <translation>复制报告(&amp;C)</translation>
    </message>
    <message>
        <source>Sa&amp;ve Report…</source>
        <translation>保存报告(&amp;V)…</translation>
    </message>
    <message>
        <source>What the import found</source>
        <translation>导入发现的情况</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>文件中的问题</translation>
    </message>
    <message>
        <source>Copy the report to paste it into an email or a document</source>
        <translation>复制报告，以便粘贴到电子邮件或文档中</translation>
    </message>
    <message>
        <source>Save the report as a text file</source>
        <translation>将报告保存为文本文件</translation>
    </message>
    <message>
        <source>%1 - import report.txt</source>
        <comment>file name</comment>
        <translation>%1 - 导入报告.txt</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>无法将报告保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportReviewDialog</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>文件内容</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>下一步</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Nothing has been imported. Fix the file, save it, and import it again.</source>
        <translation>
            <numerusform>发现 %n 个问题。尚未导入任何内容。请修正文件并保存，然后重新导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything in this file is already in TutorDesk. There is nothing to import.</source>
        <translation>此文件中的所有内容都已在 TutorDesk 中。没有需要导入的内容。</translation>
    </message>
    <message>
        <source>No problems found. Click Import to bring these changes in.</source>
        <translation>未发现问题。单击“导入”即可导入这些更改。</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>文件中的问题</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportRunner</name>
    <message>
        <source>Checking the File</source>
        <translation>正在检查文件</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportSource</name>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>尚未选择文件</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>OneRoster &amp;Folder…</source>
        <translation>OneRoster 文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>A folder holding a OneRoster export (orgs.csv, users.csv, …)</source>
        <translation>包含 OneRoster 导出内容的文件夹（orgs.csv、users.csv 等）</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>各列的对应关系</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>文件的前几行</translation>
    </message>
    <message>
        <source>Choose a OneRoster Folder</source>
        <translation>选择 OneRoster 文件夹</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Rosters (*.csv *.txt *.zip);;All files (*)</source>
        <translation>名册 (*.csv *.txt *.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The columns you chose last time. Check them against the first rows on the right.</source>
        <translation>这些是您上次选择的列。请对照右侧的前几行进行核对。</translation>
    </message>
    <message>
        <source>TutorDesk matched these columns by their names. Check them against the first rows on the right.</source>
        <translation>TutorDesk 已按名称匹配这些列。请对照右侧的前几行进行核对。</translation>
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
        <translation>Unicode（UTF-8，Excel 保存的格式）</translation>
    </message>
    <message>
        <source>Windows Western European (as older Excel saves it)</source>
        <translation>Windows 西欧语言（旧版 Excel 保存的格式）</translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation>Unicode (UTF-16)</translation>
    </message>
    <message>
        <source>columns separated by tabs</source>
        <translation>以制表符分隔列</translation>
    </message>
    <message>
        <source>columns separated by semicolons</source>
        <translation>以分号分隔列</translation>
    </message>
    <message>
        <source>columns separated by commas</source>
        <translation>以逗号分隔列</translation>
    </message>
    <message>
        <source>columns separated by &quot;%1&quot;</source>
        <translation>以“%1”分隔列</translation>
    </message>
    <message>
        <source>Read as %1, %2; %3 after the header.</source>
        <translation>读取方式：%1，%2；表头之后有 %3。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between parts of a place in a file</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>place in the file: problem</comment>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) read.</source>
        <translation>
            <numerusform>已读取 %Ln 名学生。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) read.</source>
        <translation>
            <numerusform>已读取 %Ln 条结果。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 read: %2 new, %3 changed, %4 unchanged.</source>
        <translation>已读取 %1：新增 %2，变更 %3，未变 %4。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s)</source>
        <translation>
            <numerusform>%Ln 名学生</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) marked withdrawn.</source>
        <translation>
            <numerusform>已将 %Ln 名学生标记为已转出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in this roster: %Ln student(s) on file.</source>
        <translation>
            <numerusform>不在此名册中：%Ln 名已有学生。</numerusform>
        </translation>
    </message>
    <message>
        <source>Families: %1 new, %2 changed.</source>
        <translation>家庭：新增 %1，变更 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln 条结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found. Nothing has been imported. Fix the file (or choose other columns above), save it, and click Check File again.</source>
        <translation>
            <numerusform>发现 %Ln 个问题。尚未导入任何内容。请修正文件（或在上方选择其他列）并保存，然后再次单击“检查文件”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>已导入。</translation>
    </message>
    <message>
        <source>No problems found. Click Import to bring these changes in.</source>
        <translation>未发现问题。单击“导入”即可导入这些更改。</translation>
    </message>
</context>
<context>
    <name>tutordesk::LanguageNames</name>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韩语</translation>
    </message>
    <message>
        <source>Chinese, Simplified</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>Chinese, Traditional</source>
        <translation>繁体中文</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>亚美尼亚语</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>越南语</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>他加禄语</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>波斯语</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>阿拉伯语</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>language name in the UI language, then in its own</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterDialog</name>
    <message>
        <source>Family Letters</source>
        <translation>家长信</translation>
    </message>
    <message>
        <source>Family Letter</source>
        <translation>家长信</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>信函类型</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美国信纸 (US Letter)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Notes on this letter</source>
        <translation>关于此信的备注</translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation>信函预览</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>&amp;Print All…</source>
        <translation>全部打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print through the system print dialog (%1); each letter is logged as a contact</source>
        <translation>通过系统打印对话框打印（%1）；每封信都会记录为一次联系</translation>
    </message>
    <message>
        <source>&amp;Save All as One PDF…</source>
        <translation>全部另存为一个 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Save as a PDF file (%1), one letter per page; each letter is logged as a contact</source>
        <translation>另存为 PDF 文件（%1），每页一封信；每封信都会记录为一次联系</translation>
    </message>
    <message>
        <source>&amp;Edit Template…</source>
        <translation>编辑模板(&amp;E)…</translation>
    </message>
    <message>
        <source>Change this kind of letter&apos;s text in this language (kept beside the original)</source>
        <translation>修改此类信函在该语言下的文字（原文会一并保留）</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>收信人</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>信函语言</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>收信人(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>纸张(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Letters (one page for each family):</source>
        <translation>信函（每个家庭一页）(&amp;L)：</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The student&apos;s family could not be read: %1</source>
        <translation>无法读取该学生的家庭信息：%1</translation>
    </message>
    <message>
        <source>Unnamed guardian</source>
        <translation>未命名的监护人</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, primary</source>
        <translation>%1（主要联系人）</translation>
    </message>
    <message>
        <source>No guardian on file: addressed to the family</source>
        <translation>没有监护人记录：收信人为学生家庭</translation>
    </message>
    <message>
        <source>Letter to the Family of %1</source>
        <translation>致 %1 家庭的信</translation>
    </message>
    <message>
        <source>This letter cannot be written: %1</source>
        <translation>无法生成此信：%1</translation>
    </message>
    <message>
        <source>Student %1</source>
        <translation>学生 %1</translation>
    </message>
    <message>
        <source>Family of %1</source>
        <translation>%1 的家庭</translation>
    </message>
    <message>
        <source>translation not yet reviewed</source>
        <translation>译文尚未审核</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Family Letters (%1)</source>
        <translation>家长信（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) cannot be written and are left out: %1</source>
        <translation>
            <numerusform>有 %n 封信无法生成，已略过：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Translation not yet reviewed by a qualified translator.</source>
        <translation>译文尚未经合格译员审核。</translation>
    </message>
    <message>
        <source>The text was edited in TutorDesk (version %1).</source>
        <translation>文字已在 TutorDesk 中编辑（版本 %1）。</translation>
    </message>
    <message>
        <source>Printed and logged</source>
        <translation>已打印并记录</translation>
    </message>
    <message>
        <source>Saved and logged</source>
        <translation>已保存并记录</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Family letters</source>
        <translation>家长信</translation>
    </message>
    <message>
        <source>No letters are chosen to print.</source>
        <translation>未选择要打印的信函。</translation>
    </message>
    <message>
        <source>The letters could not be printed: the printer refused them. Check the printer, or save them as a PDF and print that.</source>
        <translation>无法打印信函：打印机拒绝了打印任务。请检查打印机，或先另存为 PDF 再打印。</translation>
    </message>
    <message>
        <source>Save Letters as PDF</source>
        <translation>将信函另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>No letters are chosen to save.</source>
        <translation>未选择要保存的信函。</translation>
    </message>
    <message>
        <source>Printed, but the letters are not on record: %1 Log the contacts by hand.</source>
        <translation>已打印，但信函未能存档：%1 请手动记录联系。</translation>
    </message>
    <message>
        <source>Saved, but the letters are not on record: %1 Log the contacts by hand.</source>
        <translation>已保存，但信函未能存档：%1 请手动记录联系。</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) printed and logged as contacts.</source>
        <translation>
            <numerusform>已打印 %n 封信，并记录为联系。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) saved as a PDF and logged as contacts.</source>
        <translation>
            <numerusform>已将 %n 封信另存为 PDF，并记录为联系。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterKinds</name>
    <message>
        <source>Enrollment invitation with consent slip</source>
        <translation>报名邀请函（附同意书回执）</translation>
    </message>
    <message>
        <source>Missed-session notice 1</source>
        <translation>缺课通知 1</translation>
    </message>
    <message>
        <source>Missed-session notice 2</source>
        <translation>缺课通知 2</translation>
    </message>
    <message>
        <source>Missed-session notice 3</source>
        <translation>缺课通知 3</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>进展报告</translation>
    </message>
    <message>
        <source>End-of-program summary</source>
        <translation>项目结束总结</translation>
    </message>
    <message>
        <source>The school&apos;s name</source>
        <translation>学校名称</translation>
    </message>
    <message>
        <source>The school&apos;s address</source>
        <translation>学校地址</translation>
    </message>
    <message>
        <source>The school&apos;s phone number</source>
        <translation>学校电话号码</translation>
    </message>
    <message>
        <source>The tutoring coordinator&apos;s name</source>
        <translation>辅导协调员姓名</translation>
    </message>
    <message>
        <source>The letter&apos;s date, written out</source>
        <translation>信函日期（完整写出）</translation>
    </message>
    <message>
        <source>The date to return the slip by (a week later)</source>
        <translation>回执交回截止日期（一周后）</translation>
    </message>
    <message>
        <source>The guardian&apos;s name, or &quot;Family of&quot; the student</source>
        <translation>监护人姓名，或学生的“家庭”称呼</translation>
    </message>
    <message>
        <source>The student&apos;s preferred or first name</source>
        <translation>学生的常用名或名字</translation>
    </message>
    <message>
        <source>The student&apos;s full name</source>
        <translation>学生全名</translation>
    </message>
    <message>
        <source>The student&apos;s grade, in words</source>
        <translation>学生年级（文字形式）</translation>
    </message>
    <message>
        <source>The subject of the tutoring group</source>
        <translation>辅导小组的科目</translation>
    </message>
    <message>
        <source>The days the group meets</source>
        <translation>小组上课的日子</translation>
    </message>
    <message>
        <source>The group&apos;s start and end time</source>
        <translation>小组的开始和结束时间</translation>
    </message>
    <message>
        <source>Where the group meets</source>
        <translation>小组上课地点</translation>
    </message>
    <message>
        <source>The group&apos;s tutor</source>
        <translation>小组的辅导老师</translation>
    </message>
    <message>
        <source>The group&apos;s first day</source>
        <translation>小组的第一天</translation>
    </message>
    <message>
        <source>The group&apos;s last day</source>
        <translation>小组的最后一天</translation>
    </message>
    <message>
        <source>The day of the missed session</source>
        <translation>缺课的日期</translation>
    </message>
    <message>
        <source>The days of the sessions missed in a row</source>
        <translation>连续缺课的日期</translation>
    </message>
    <message>
        <source>How many sessions were missed in a row</source>
        <translation>连续缺课的次数</translation>
    </message>
    <message>
        <source>Sessions attended over the last four weeks, in percent</source>
        <translation>过去四周的出席率（百分比）</translation>
    </message>
    <message>
        <source>Sessions the student attended</source>
        <translation>学生出席的课次</translation>
    </message>
    <message>
        <source>Sessions the group held</source>
        <translation>小组已上的课次</translation>
    </message>
    <message>
        <source>Minutes of tutoring received</source>
        <translation>已接受的辅导分钟数</translation>
    </message>
    <message>
        <source>Minutes of tutoring planned</source>
        <translation>计划的辅导分钟数</translation>
    </message>
    <message>
        <source>The skill the group works on</source>
        <translation>小组练习的技能</translation>
    </message>
    <message>
        <source>The first probe score</source>
        <translation>第一次测评分数</translation>
    </message>
    <message>
        <source>The latest probe score</source>
        <translation>最近一次测评分数</translation>
    </message>
    <message>
        <source>Growth from the first to the latest probe</source>
        <translation>从第一次到最近一次测评的进步幅度</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterLog</name>
    <message>
        <source>There is no student %1 (they may have been removed). Merge the letters again.</source>
        <translation>没有学生 %1（可能已被删除）。请重新合并信函。</translation>
    </message>
    <message>
        <source>The letter for %1 is addressed to a guardian no longer listed for them. Merge the letters again.</source>
        <translation>%1 的信函收信人是一位已不在其名单中的监护人。请重新合并信函。</translation>
    </message>
    <message>
        <source>“%1” is not a kind of letter.</source>
        <translation>“%1”不是信函类型。</translation>
    </message>
    <message>
        <source>The letter for %1 answers a due action of another student. Merge the letters again.</source>
        <translation>%1 的信函对应的是另一名学生的待办事项。请重新合并信函。</translation>
    </message>
    <message>
        <source>Letter sent: %1</source>
        <translation>已寄信：%1</translation>
    </message>
    <message>
        <source>“%1” is not a way of sending a letter: print or pdf.</source>
        <translation>“%1”不是发送信函的方式：请使用 print 或 pdf。</translation>
    </message>
    <message>
        <source>Say when the letters were printed or saved.</source>
        <translation>请说明信函打印或保存的时间。</translation>
    </message>
    <message>
        <source>No letter was logged: %1</source>
        <translation>未记录任何信函：%1</translation>
    </message>
    <message>
        <source>The letters could not be logged in %1: %2. Nothing was logged; try again.</source>
        <translation>无法在 %1 中记录信函：%2。未记录任何内容；请重试。</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterMerge</name>
    <message>
        <source>Hmong</source>
        <translation>苗语</translation>
    </message>
    <message>
        <source>The %1 for %2 could not be filled in: no value for %3. Please report this.</source>
        <translation>无法为 %2 填写 %1：缺少 %3 的值。请报告此问题。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of letter. Use one of: %2.</source>
        <translation>“%1”不是信函类型。请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>The letter has no date. Give the day it is written.</source>
        <translation>信函没有日期。请填写写信日期。</translation>
    </message>
    <message>
        <source>TutorDesk has no letters in &quot;%1&quot;. Use one of: %2.</source>
        <translation>TutorDesk 没有“%1”语言的信函。请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>The family reads %1; there is no %1 %2 yet, so this one is in English.</source>
        <translation>该家庭使用%1；目前还没有%1版的%2，因此本信为英文。</translation>
    </message>
    <message>
        <source>The family reads %1; there are no %1 letters yet, so this one is in English.</source>
        <translation>该家庭使用%1；目前还没有%1版信函，因此本信为英文。</translation>
    </message>
    <message>
        <source>The English %1 is missing from this copy of TutorDesk. Reinstall TutorDesk.</source>
        <translation>此 TutorDesk 副本缺少英文版%1。请重新安装 TutorDesk。</translation>
    </message>
    <message>
        <source>student %1</source>
        <translation>学生 %1</translation>
    </message>
    <message>
        <source>No letters were made: the letter for %1 could not be: %2</source>
        <translation>未生成任何信函：无法生成 %1 的信：%2</translation>
    </message>
    <message>
        <source>That guardian is not on record for %1. Choose one of %1&apos;s guardians.</source>
        <translation>该监护人不在 %1 的记录中。请选择 %1 的一位监护人。</translation>
    </message>
    <message>
        <source>Student %1 is not on record. Choose a student from the list.</source>
        <translation>没有学生 %1 的记录。请从列表中选择学生。</translation>
    </message>
    <message>
        <source>That due action is not %1&apos;s. Start the letter from one of %1&apos;s actions.</source>
        <translation>该待办事项不属于 %1。请从 %1 的某个事项开始写信。</translation>
    </message>
    <message>
        <source>The school&apos;s phone number is not set, and every letter tells the family where to call. Add it in Settings ▸ School.</source>
        <translation>尚未设置学校电话号码，而每封信都会告知家庭拨打哪个电话。请在“设置 ▸ 学校”中添加。</translation>
    </message>
    <message>
        <source>The tutoring coordinator&apos;s name is not set, and every letter is signed with it. Add it in Settings ▸ School.</source>
        <translation>尚未设置辅导协调员姓名，而每封信都以此署名。请在“设置 ▸ 学校”中添加。</translation>
    </message>
    <message>
        <source>%1&apos;s group has no meeting days yet. Set the group&apos;s days first.</source>
        <translation>%1 所在小组尚未设置上课日。请先设置小组的上课日。</translation>
    </message>
    <message>
        <source>%1&apos;s group has no start time yet. Set the group&apos;s time first.</source>
        <translation>%1 所在小组尚未设置开始时间。请先设置小组的时间。</translation>
    </message>
    <message>
        <source>%1&apos;s group has no tutor. Assign a tutor to the group first.</source>
        <translation>%1 所在小组没有辅导老师。请先为该小组指派辅导老师。</translation>
    </message>
    <message>
        <source>%1 has no seat in a tutoring group, so the letter has no group to describe. Place %1 in a group first.</source>
        <translation>%1 在辅导小组中没有名额，因此信中没有可介绍的小组。请先将 %1 安排到一个小组。</translation>
    </message>
    <message>
        <source>%1 has no missed session on record, so there is nothing for a missed-session letter to name. Check the attendance or choose another kind of letter.</source>
        <translation>%1 没有缺课记录，因此缺课通知信无内容可写。请检查考勤，或选择其他信函类型。</translation>
    </message>
    <message>
        <source>%1 has no attendance on record yet, so there is no rate to report.</source>
        <translation>%1 尚无考勤记录，因此没有出席率可报告。</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterRender</name>
    <message>
        <source>This program cannot write PDF files (no page writer is installed). Use TutorDesk or tutordesk-cli.</source>
        <translation>此程序无法写入 PDF 文件（未安装页面输出组件）。请使用 TutorDesk 或 tutordesk-cli。</translation>
    </message>
    <message numerus="yes">
        <source>%n family letter(s)</source>
        <translation>
            <numerusform>%n 封家长信</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no letters to save in %1.</source>
        <translation>没有要保存到 %1 的信函。</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterTemplate</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>%1: the letter has no text after the header. Write the letter below the line &quot;--&gt;&quot;.</source>
        <translation>%1：信函在表头之后没有正文。请在“--&gt;”这一行下方书写信函。</translation>
    </message>
    <message>
        <source>{{%1}} is not a value a %2 letter can use. Use one of: %3.</source>
        <translation>{{%1}} 不是 %2 信函可以使用的值。请使用以下之一：%3。</translation>
    </message>
    <message>
        <source>a placeholder is not closed. Write each one as {{name}} on one line.</source>
        <translation>有占位符未闭合。请将每个占位符写成 {{name}} 并放在同一行。</translation>
    </message>
    <message>
        <source>this is not a TutorDesk letter template: it must start with the line &quot;&lt;!--tutordesk-letter&quot; followed by language, kind, version, reviewed and title.</source>
        <translation>这不是 TutorDesk 信函模板：必须以“&lt;!--tutordesk-letter”一行开头，后接 language、kind、version、reviewed 和 title。</translation>
    </message>
    <message>
        <source>expected &quot;name: value&quot; (language, kind, version, reviewed or title), or &quot;--&gt;&quot; to end the header.</source>
        <translation>应为“name: value”（language、kind、version、reviewed 或 title），或以“--&gt;”结束表头。</translation>
    </message>
    <message>
        <source>language &quot;%1&quot; is not one TutorDesk prints letters in. Use one of: %2.</source>
        <translation>TutorDesk 不以语言“%1”打印信函。请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; is not a kind of letter. Use one of: %2.</source>
        <translation>kind“%1”不是信函类型。请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>version is empty. Write a version such as 1 or 2024-2.</source>
        <translation>version 为空。请填写版本，例如 1 或 2024-2。</translation>
    </message>
    <message>
        <source>reviewed must be yes or no.</source>
        <translation>reviewed 必须为 yes 或 no。</translation>
    </message>
    <message>
        <source>title is empty. Write the letter&apos;s title in its language.</source>
        <translation>title 为空。请用信函的语言填写标题。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header field. Use language, kind, version, reviewed and title.</source>
        <translation>“%1”不是表头字段。请使用 language、kind、version、reviewed 和 title。</translation>
    </message>
    <message>
        <source>%1: the header is not closed. Add a line &quot;--&gt;&quot; after the title.</source>
        <translation>%1：表头未闭合。请在 title 之后添加一行“--&gt;”。</translation>
    </message>
    <message>
        <source>the header has no %1 line. Add &quot;%1: …&quot; before &quot;--&gt;&quot;.</source>
        <translation>表头中没有 %1 行。请在“--&gt;”之前添加“%1: …”。</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterTemplates</name>
    <message>
        <source>%1 cannot be read: the zip is damaged. Ask the district for the pack again.</source>
        <translation>无法读取 %1：zip 文件已损坏。请向学区重新索取模板包。</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a zip file: it is damaged or not a zip. Ask the district for the template pack again.</source>
        <translation>无法将 %1 作为 zip 文件打开：文件已损坏或不是 zip 文件。请向学区重新索取模板包。</translation>
    </message>
    <message>
        <source>%1 holds %2 files; a template pack has at most %3. It is not a template pack, so nothing was installed.</source>
        <translation>%1 包含 %2 个文件；模板包最多包含 %3 个。它不是模板包，因此未安装任何内容。</translation>
    </message>
    <message>
        <source>%1 holds a file named &quot;%2&quot;, which points outside the zip. It is not a template pack, so nothing was installed.</source>
        <translation>%1 包含一个名为“%2”的文件，它指向 zip 之外的位置。它不是模板包，因此未安装任何内容。</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Make the zip again without a password.</source>
        <translation>%1 受密码保护。请重新制作不带密码的 zip 文件。</translation>
    </message>
    <message>
        <source>%1: %2 unpacks to more than %3 KB; a letter template is much smaller. Nothing was installed.</source>
        <translation>%1：%2 解压后超过 %3 KB；信函模板要小得多。未安装任何内容。</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 KB. It is not a template pack, so nothing was installed.</source>
        <translation>%1 解压后超过 %2 KB。它不是模板包，因此未安装任何内容。</translation>
    </message>
    <message>
        <source>%1 holds more than %2 files. It is not a template pack, so nothing was installed.</source>
        <translation>%1 包含超过 %2 个文件。它不是模板包，因此未安装任何内容。</translation>
    </message>
    <message>
        <source>%1: %2 is larger than %3 KB; a letter template is much smaller. Nothing was installed.</source>
        <translation>%1：%2 超过 %3 KB；信函模板要小得多。未安装任何内容。</translation>
    </message>
    <message>
        <source>%1: %2 cannot be read: %3</source>
        <translation>%1：无法读取 %2：%3</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KB. It is not a template pack, so nothing was installed.</source>
        <translation>%1 超过 %2 KB。它不是模板包，因此未安装任何内容。</translation>
    </message>
    <message>
        <source>%1 does not exist. Choose the template pack&apos;s folder or .zip file.</source>
        <translation>%1 不存在。请选择模板包的文件夹或 .zip 文件。</translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a .zip file. A template pack is a folder (or a zip of it) with one folder per language, such as es/missed-1.html.</source>
        <translation>%1 既不是文件夹也不是 .zip 文件。模板包是一个文件夹（或其 zip 压缩包），每种语言一个子文件夹，例如 es/missed-1.html。</translation>
    </message>
    <message>
        <source>%1: a template pack holds one folder per language with the letters inside, such as es/missed-1.html. Move the file into its language&apos;s folder.</source>
        <translation>%1：模板包中每种语言一个文件夹，信函放在其中，例如 es/missed-1.html。请将该文件移到其语言的文件夹中。</translation>
    </message>
    <message>
        <source>%1: the folder &quot;%2&quot; is not a letter language. Name the folders %3.</source>
        <translation>%1：文件夹“%2”不是信函语言。请将文件夹命名为 %3。</translation>
    </message>
    <message>
        <source>%1: the words file is not a JSON object (%2). Fix it like resources/letters/en/terms.json.</source>
        <translation>%1：词语文件不是 JSON 对象（%2）。请参照 resources/letters/en/terms.json 进行修正。</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be text in quotes.</source>
        <translation>%1：“%2”必须是带引号的文本。</translation>
    </message>
    <message>
        <source>%1: the file says language &quot;%2&quot; but sits in the folder %3. Fix the language or move the file.</source>
        <translation>%1：文件声明的语言为“%2”，但位于文件夹 %3 中。请修正语言或移动文件。</translation>
    </message>
    <message>
        <source>%1 is neither a letter (&lt;kind&gt;.html) nor the words file (terms.json). Remove it from the pack.</source>
        <translation>%1 既不是信函（&lt;kind&gt;.html），也不是词语文件（terms.json）。请将其从模板包中删除。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a kind of letter. Name the file after its kind: %3.</source>
        <translation>%1：“%2”不是信函类型。请按类型命名文件：%3。</translation>
    </message>
    <message>
        <source>%1: the header says kind %2 but the file is named %3.html. Fix the kind line or rename the file.</source>
        <translation>%1：表头中 kind 为 %2，但文件名为 %3.html。请修正 kind 行或重命名文件。</translation>
    </message>
    <message>
        <source>%1: the header says language %2 but the file is in the folder %3. Fix the language line or move the file.</source>
        <translation>%1：表头中 language 为 %2，但文件位于文件夹 %3 中。请修正 language 行或移动文件。</translation>
    </message>
    <message>
        <source>The pack was not installed; the letters in use are unchanged.</source>
        <translation>模板包未安装；正在使用的信函保持不变。</translation>
    </message>
    <message>
        <source>%1 holds no letter templates. A template pack has one folder per language with files such as es/missed-1.html.</source>
        <translation>%1 中没有信函模板。模板包中每种语言一个文件夹，包含 es/missed-1.html 等文件。</translation>
    </message>
    <message>
        <source>The template pack %1 could not be saved: %2. Nothing was changed.</source>
        <translation>无法保存模板包 %1：%2。未做任何更改。</translation>
    </message>
    <message>
        <source>The district&apos;s template pack could not be removed: %1.</source>
        <translation>无法删除学区的模板包：%1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of letter. Use one of: %2.</source>
        <translation>“%1”不是信函类型。请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language TutorDesk prints letters in. Use one of: %2.</source>
        <translation>TutorDesk 不以“%1”语言打印信函。请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The text was not saved.</source>
        <translation>文字未保存。</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2.</source>
        <translation>无法保存 %1：%2。</translation>
    </message>
    <message>
        <source>The edited text could not be removed: %1.</source>
        <translation>无法删除已编辑的文字：%1。</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterTemplatesPage</name>
    <message>
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>District pack</source>
        <translation>学区模板包</translation>
    </message>
    <message>
        <source>District pack (%1)</source>
        <translation>学区模板包（%1）</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>&amp;Install Template Pack…</source>
        <translation>安装模板包(&amp;I)…</translation>
    </message>
    <message>
        <source>Remove Pac&amp;k</source>
        <translation>删除模板包(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Restore &amp;Original</source>
        <translation>恢复原文(&amp;O)</translation>
    </message>
    <message>
        <source>The text of each family letter in each language. A district&apos;s template pack and texts edited here are kept beside the built-in texts; changes on this page take effect at once.</source>
        <translation>每种语言下每封家长信的文字。学区模板包和在此编辑的文字与内置文字一并保存；在此页面所做的修改立即生效。</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>信函模板</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Text from</source>
        <translation>文字来源</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>From a &amp;Folder…</source>
        <translation>从文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>From a &amp;Zip File…</source>
        <translation>从 Zip 文件(&amp;Z)…</translation>
    </message>
    <message>
        <source>A district&apos;s letters: a folder or zip with &lt;language&gt;/&lt;kind&gt;.html files</source>
        <translation>学区的信函：包含 &lt;language&gt;/&lt;kind&gt;.html 文件的文件夹或 zip</translation>
    </message>
    <message>
        <source>Use the built-in texts again where the district&apos;s pack had its own</source>
        <translation>在学区模板包有自有文字之处，重新使用内置文字</translation>
    </message>
    <message>
        <source>Change the selected letter&apos;s text (kept beside the original)</source>
        <translation>修改所选信函的文字（原文会一并保留）</translation>
    </message>
    <message>
        <source>Drop the text edited here and use the district&apos;s or built-in text again</source>
        <translation>舍弃在此编辑的文字，重新使用学区或内置文字</translation>
    </message>
    <message>
        <source>The letter templates could not be read: %1</source>
        <translation>无法读取信函模板：%1</translation>
    </message>
    <message>
        <source>Edited by %1 on %2</source>
        <translation>由 %1 于 %2 编辑</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Install Template Pack from a Folder</source>
        <translation>从文件夹安装模板包</translation>
    </message>
    <message>
        <source>Install Template Pack from a Zip File</source>
        <translation>从 Zip 文件安装模板包</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip 文件 (*.zip)</translation>
    </message>
    <message>
        <source>The template pack was not installed: %1</source>
        <translation>模板包未安装：%1</translation>
    </message>
    <message numerus="yes">
        <source>Installed %n template(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 安装 %n 个模板。</numerusform>
        </translation>
    </message>
    <message>
        <source>The template pack was not removed: %1</source>
        <translation>模板包未删除：%1</translation>
    </message>
    <message>
        <source>The district&apos;s template pack was removed.</source>
        <translation>已删除学区的模板包。</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>未恢复：%1</translation>
    </message>
    <message>
        <source>The original text is in use again.</source>
        <translation>已重新使用原文。</translation>
    </message>
</context>
<context>
    <name>tutordesk::LogContactDialog</name>
    <message>
        <source>An &amp;interpreter helped</source>
        <translation>有翻译人员协助(&amp;I)</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>Log Contact — %1</source>
        <translation>记录联系 — %1</translation>
    </message>
    <message>
        <source>e.g. will attend Thursday</source>
        <translation>例如：周四会来上课</translation>
    </message>
    <message>
        <source>Contact again on</source>
        <translation>再次联系日期</translation>
    </message>
    <message>
        <source>No guardian on file</source>
        <translation>没有监护人记录</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>About %1: %2</source>
        <translation>关于 %1：%2</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>跟进(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Save and Resolve</source>
        <translation>保存并处理完毕(&amp;S)</translation>
    </message>
    <message>
        <source>The contact could not be saved.</source>
        <translation>无法保存联系记录。</translation>
    </message>
    <message>
        <source>The contact could not be saved: %1</source>
        <translation>无法保存联系记录：%1</translation>
    </message>
    <message>
        <source>Logged a contact about %1 (%2, %3). Resolved: %4.</source>
        <translation>已记录关于 %1 的联系（%2，%3）。已处理：%4。</translation>
    </message>
</context>
<context>
    <name>tutordesk::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>分组安排</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>课表</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>辅导老师</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>学年</translation>
    </message>
    <message>
        <source>District sync</source>
        <translation>学区同步</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New School…</source>
        <translation>新建学校(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Import &amp;Tutors…</source>
        <translation>导入辅导老师(&amp;T)…</translation>
    </message>
    <message>
        <source>Import School &amp;Calendar…</source>
        <translation>导入校历(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About TutorDesk</source>
        <translation>关于 TutorDesk(&amp;A)</translation>
    </message>
    <message>
        <source>Making a bundle for the district…</source>
        <translation>正在为学区生成数据包…</translation>
    </message>
    <message>
        <source>Sending to the district…</source>
        <translation>正在发送到学区…</translation>
    </message>
    <message>
        <source>Sync state unknown</source>
        <translation>同步状态未知</translation>
    </message>
    <message>
        <source>Open the Sync page</source>
        <translation>打开“同步”页面</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>没有最近打开的数据库</translation>
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
        <translation>%1 – %2 学年</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>tutordesk::MappingTable</name>
    <message>
        <source>TutorDesk field</source>
        <translation>TutorDesk 字段</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>是否必需</translation>
    </message>
    <message>
        <source>Column in your file</source>
        <translation>您文件中的列</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必需</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>%1 对应的列</translation>
    </message>
    <message>
        <source>— not in file —</source>
        <translation>— 文件中没有 —</translation>
    </message>
    <message>
        <source>Choose a column for: %1.</source>
        <translation>请为以下字段选择列：%1。</translation>
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
        <translation>消息</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>关闭消息</translation>
    </message>
</context>
<context>
    <name>tutordesk::MoveToGroupDialog</name>
    <message>
        <source>Move to Group</source>
        <translation>调至其他小组</translation>
    </message>
    <message>
        <source>Move %1 to which %2 group?</source>
        <translation>将 %1 调至哪个%2小组？</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>小组</translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s) free</source>
        <translation>
            <numerusform>空余 %Ln 个名额</numerusform>
        </translation>
    </message>
    <message>
        <source>full</source>
        <translation>已满</translation>
    </message>
    <message>
        <source>no tutor yet</source>
        <translation>暂无辅导老师</translation>
    </message>
    <message>
        <source>%1 — %2 · tier %3 · %4</source>
        <comment>group — seats · tier · tutor</comment>
        <translation>%1 — %2 · 第 %3 层级 · %4</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>调动(&amp;M)</translation>
    </message>
    <message>
        <source>There is no other %1 group yet.</source>
        <translation>目前还没有其他%1小组。</translation>
    </message>
</context>
<context>
    <name>tutordesk::NeedPanel</name>
    <message>
        <source>Why this student</source>
        <translation>为何是该学生</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Need score</source>
        <translation>需求分数</translation>
    </message>
    <message>
        <source>Equal scores are ranked by grade levels behind, then by lower school attendance, then by district ID: never by when a family signed up.</source>
        <translation>分数相同时，依次按落后年级数、在校出席率较低者、学区编号排序：从不按家庭报名的先后排序。</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Points behind the need score</source>
        <translation>构成需求分数的各项分值</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Select a student to see how their need score was worked out.</source>
        <translation>选择一名学生，查看其需求分数的计算方式。</translation>
    </message>
    <message>
        <source>The need score could not be read: %1</source>
        <translation>无法读取需求分数：%1</translation>
    </message>
    <message>
        <source>This student has no need score yet. Click Recalculate Need Scores once their benchmark results are imported.</source>
        <translation>该学生尚无需求分数。导入其基准测试结果后，请单击“重新计算需求分数”。</translation>
    </message>
    <message>
        <source>%1 · %2 · ID %3</source>
        <comment>name · grade · district ID</comment>
        <translation>%1 · %2 · 编号 %3</translation>
    </message>
    <message>
        <source>Need score %1</source>
        <translation>需求分数 %1</translation>
    </message>
    <message>
        <source>Nothing in this student&apos;s benchmarks, attendance or student groups adds points.</source>
        <translation>该学生的基准测试、出席情况或学生群体均未增加分值。</translation>
    </message>
</context>
<context>
    <name>tutordesk::NeedScore</name>
    <message>
        <source>The need scores could not be saved: %1</source>
        <translation>无法保存需求分数：%1</translation>
    </message>
    <message>
        <source>no grade-level placement</source>
        <translation>无年级水平定级</translation>
    </message>
    <message>
        <source>on or above grade level</source>
        <translation>达到或高于年级水平</translation>
    </message>
    <message>
        <source>1 grade level below</source>
        <translation>低于年级水平 1 级</translation>
    </message>
    <message>
        <source>%1 grade levels below</source>
        <translation>低于年级水平 %1 级</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No benchmark on file</source>
        <translation>没有基准测试记录</translation>
    </message>
    <message>
        <source>School attendance %1%, under %2%</source>
        <translation>在校出席率 %1%，低于 %2%</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>英语学习者</translation>
    </message>
    <message>
        <source>IEP and 504 plan</source>
        <translation>IEP 及 504 计划</translation>
    </message>
    <message>
        <source>IEP</source>
        <translation>IEP</translation>
    </message>
    <message>
        <source>504 plan</source>
        <translation>504 计划</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>寄养青少年</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>无家可归（McKinney-Vento）</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>社会经济弱势</translation>
    </message>
    <message>
        <source>Points per grade level below</source>
        <translation>每低于年级水平 1 级的分值</translation>
    </message>
    <message>
        <source>Most points from the benchmark</source>
        <translation>基准测试的最高分值</translation>
    </message>
    <message>
        <source>Attendance threshold</source>
        <translation>出席率阈值</translation>
    </message>
    <message>
        <source>Points per attendance point under the threshold</source>
        <translation>出席率每低于阈值 1 个百分点的分值</translation>
    </message>
    <message>
        <source>Most points from attendance</source>
        <translation>出席率的最高分值</translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation>IEP 或 504 计划</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>无家可归</translation>
    </message>
    <message>
        <source>%1 must be a number from 0 to 1000, not %2.</source>
        <translation>%1 必须是 0 到 1000 之间的数字，而不是 %2。</translation>
    </message>
    <message>
        <source>The attendance threshold is a percentage: give a number from 0 to 100, not %1.</source>
        <translation>出席率阈值是百分比：请填写 0 到 100 之间的数字，而不是 %1。</translation>
    </message>
    <message>
        <source>The need-score weights could not be saved: %1</source>
        <translation>无法保存需求分数权重：%1</translation>
    </message>
</context>
<context>
    <name>tutordesk::NeedWeightsEditor</name>
    <message>
        <source>A student&apos;s need score adds up points for each sign that they are behind. Higher scores are seated first.</source>
        <translation>学生的需求分数是各项落后迹象分值的总和。分数越高，越优先获得名额。</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Per grade level below</source>
        <translation>每低于年级水平 1 级</translation>
    </message>
    <message>
        <source>For each grade level behind on the latest benchmark, in the subject furthest behind.</source>
        <translation>按最近一次基准测试中落后最多的科目，每落后一个年级水平计分。</translation>
    </message>
    <message>
        <source>Most from benchmarks</source>
        <translation>基准测试最高分值</translation>
    </message>
    <message>
        <source>Benchmarks never add more than this.</source>
        <translation>基准测试的加分不会超过此值。</translation>
    </message>
    <message>
        <source>Attendance counts below</source>
        <translation>出席率计分线</translation>
    </message>
    <message>
        <source>School attendance under this adds points.</source>
        <translation>在校出席率低于此值时加分。</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Per attendance point below</source>
        <translation>出席率每低 1 个百分点</translation>
    </message>
    <message>
        <source>For each percentage point of attendance under that line.</source>
        <translation>出席率每低于该线一个百分点计分。</translation>
    </message>
    <message>
        <source>Most from attendance</source>
        <translation>出席率最高分值</translation>
    </message>
    <message>
        <source>Attendance never adds more than this.</source>
        <translation>出席率的加分不会超过此值。</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>英语学习者</translation>
    </message>
    <message>
        <source>For a student whose EL status is EL.</source>
        <translation>适用于英语学习者身份为 EL 的学生。</translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation>IEP 或 504 计划</translation>
    </message>
    <message>
        <source>For a student with an IEP or a Section 504 plan.</source>
        <translation>适用于有 IEP 或第 504 条款计划的学生。</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>寄养青少年</translation>
    </message>
    <message>
        <source>For a student in foster care.</source>
        <translation>适用于处于寄养中的学生。</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>无家可归</translation>
    </message>
    <message>
        <source>For a student who is homeless (McKinney-Vento).</source>
        <translation>适用于无家可归的学生（McKinney-Vento）。</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>社会经济弱势</translation>
    </message>
    <message>
        <source>For a student the district counts as SED.</source>
        <translation>适用于学区认定为社会经济弱势（SED）的学生。</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>恢复默认值(&amp;D)</translation>
    </message>
    <message>
        <source>Put back the weights TutorDesk starts with</source>
        <translation>恢复 TutorDesk 的初始权重</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>label of a setting</comment>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>tutordesk::NewSchoolDialog</name>
    <message>
        <source>Set Up My School</source>
        <translation>设置我的学校</translation>
    </message>
    <message>
        <source>TutorDesk keeps everything about one school in one file on this computer.</source>
        <translation>TutorDesk 将一所学校的所有信息保存在本电脑上的一个文件中。</translation>
    </message>
    <message>
        <source>e.g. Alvarado Street Elementary</source>
        <translation>例如：Alvarado Street 小学</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>学校名称</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>学校名称(&amp;N)：</translation>
    </message>
    <message>
        <source>the district&apos;s code for this school</source>
        <translation>学区为本校指定的代码</translation>
    </message>
    <message>
        <source>School code</source>
        <translation>学校代码</translation>
    </message>
    <message>
        <source>The code your district uses for this school (in California, its CDS code)</source>
        <translation>学区为本校使用的代码（在加利福尼亚州为 CDS 代码）</translation>
    </message>
    <message>
        <source>School &amp;code:</source>
        <translation>学校代码(&amp;C)：</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>District code</source>
        <translation>学区代码</translation>
    </message>
    <message>
        <source>&amp;District code:</source>
        <translation>学区代码(&amp;D)：</translation>
    </message>
    <message>
        <source>First day of the school year</source>
        <translation>学年第一天</translation>
    </message>
    <message>
        <source>School year &amp;starts:</source>
        <translation>学年开始(&amp;S)：</translation>
    </message>
    <message>
        <source>Last day of the school year</source>
        <translation>学年最后一天</translation>
    </message>
    <message>
        <source>School year &amp;ends:</source>
        <translation>学年结束(&amp;E)：</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>更改(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose where to save the database file</source>
        <translation>选择数据库文件的保存位置</translation>
    </message>
    <message>
        <source>Saved in:</source>
        <translation>保存位置：</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Set &amp;Up School</source>
        <translation>设置学校(&amp;U)</translation>
    </message>
    <message>
        <source>TutorDesk databases (*.%1)</source>
        <translation>TutorDesk 数据库 (*.%1)</translation>
    </message>
    <message>
        <source>Save the School&apos;s Database As</source>
        <translation>将学校数据库另存为</translation>
    </message>
</context>
<context>
    <name>tutordesk::OneRoster</name>
    <message>
        <source>The export has no demographics.csv: birth dates, sex, race and ethnicity are left as they are.</source>
        <translation>导出文件中没有 demographics.csv：出生日期、性别、种族和族裔保持不变。</translation>
    </message>
    <message>
        <source>%1 has no sourcedId column, so it is not a OneRoster file TutorDesk can read. Export the roster again as OneRoster CSV.</source>
        <translation>%1 没有 sourcedId 列，因此不是 TutorDesk 可读取的 OneRoster 文件。请重新以 OneRoster CSV 格式导出名册。</translation>
    </message>
    <message>
        <source>No column holds the student ID, so the flags cannot be matched to students. Name that column &quot;Student ID&quot;.</source>
        <translation>没有包含学生编号的列，因此无法将标记与学生对应。请将该列命名为“Student ID”。</translation>
    </message>
    <message>
        <source>No column holds a student-group flag (EL Status, Home Language, IEP, 504, Foster, Homeless, SED, Attendance %). Name the columns like those.</source>
        <translation>没有包含学生群体标记的列（EL Status、Home Language、IEP、504、Foster、Homeless、SED、Attendance %）。请按这些名称命名各列。</translation>
    </message>
    <message>
        <source>Line %1 has flags for the same student. Keep one of the two lines.</source>
        <translation>第 %1 行是同一名学生的标记。请只保留两行中的一行。</translation>
    </message>
    <message>
        <source>Student-group flags from %1: %2.</source>
        <translation>来自 %1 的学生群体标记：%2。</translation>
    </message>
    <message>
        <source>Lines of the flags file for students not in this school&apos;s roster, left out: %1.</source>
        <translation>标记文件中不在本校名册里的学生所在行，已略过：%1。</translation>
    </message>
    <message>
        <source>%1 has no propertyName and value columns, so it is not a OneRoster manifest. Export the roster again as OneRoster CSV.</source>
        <translation>%1 没有 propertyName 和 value 列，因此不是 OneRoster 清单文件。请重新以 OneRoster CSV 格式导出名册。</translation>
    </message>
    <message>
        <source>%1 says this is OneRoster %2. TutorDesk reads OneRoster 1.1 and 1.2: ask for an export in one of those.</source>
        <translation>%1 表明这是 OneRoster %2。TutorDesk 可读取 OneRoster 1.1 和 1.2：请索取其中一种版本的导出文件。</translation>
    </message>
    <message>
        <source>%1 says %2.csv holds only the changes since the last export (delta). A roster import needs every student: ask for a bulk export.</source>
        <translation>%1 表明 %2.csv 只包含自上次导出以来的变更（增量）。名册导入需要全部学生：请索取完整导出。</translation>
    </message>
    <message>
        <source>Choose the school: in the import window, or on the command line with --org and the id before the colon.</source>
        <translation>请选择学校：在导入窗口中选择，或在命令行中使用 --org 并加上冒号前的编号。</translation>
    </message>
    <message>
        <source>%1 is missing: a OneRoster export lists its schools there. Export the roster again with orgs.csv included.</source>
        <translation>缺少 %1：OneRoster 导出文件在其中列出学校。请重新导出名册，并包含 orgs.csv。</translation>
    </message>
    <message>
        <source>%1 has no sourcedId column, so it is not a OneRoster orgs file. Export the roster again as OneRoster CSV.</source>
        <translation>%1 没有 sourcedId 列，因此不是 OneRoster 机构文件。请重新以 OneRoster CSV 格式导出名册。</translation>
    </message>
    <message>
        <source>%1 has no school &quot;%2&quot;. The schools in it:%3
%4</source>
        <translation>%1 中没有学校“%2”。其中的学校有：%3
%4</translation>
    </message>
    <message>
        <source>%1 lists no school (no row has type &quot;school&quot;). Export the roster of your school again from the student system.</source>
        <translation>%1 未列出任何学校（没有 type 为“school”的行）。请从学生系统重新导出本校的名册。</translation>
    </message>
    <message>
        <source>%1 lists %2 schools; TutorDesk imports one at a time. The schools:%3
%4</source>
        <translation>%1 列出了 %2 所学校；TutorDesk 一次只导入一所。学校有：%3
%4</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>已取消读取 %1。</translation>
    </message>
    <message>
        <source>OneRoster export without a manifest.csv; school %1.</source>
        <translation>没有 manifest.csv 的 OneRoster 导出文件；学校 %1。</translation>
    </message>
    <message>
        <source>OneRoster %1 export; school %2.</source>
        <translation>OneRoster %1 导出文件；学校 %2。</translation>
    </message>
    <message>
        <source>%1: there is no such file or folder.</source>
        <translation>%1：文件或文件夹不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a zip file: it is damaged or not a zip. Download the OneRoster export from the student system again.</source>
        <translation>无法将 %1 作为 zip 文件打开：文件已损坏或不是 zip 文件。请从学生系统重新下载 OneRoster 导出文件。</translation>
    </message>
    <message>
        <source>%1 holds %2 files; a OneRoster export has a dozen. It is not a roster export, so nothing was read.</source>
        <translation>%1 包含 %2 个文件；OneRoster 导出文件只有十几个。它不是名册导出文件，因此未读取任何内容。</translation>
    </message>
    <message>
        <source>%1 holds a file named &quot;%2&quot;, which points outside the zip. A OneRoster export never does that, so nothing was read. Ask the district for a new export.</source>
        <translation>%1 包含一个名为“%2”的文件，它指向 zip 之外的位置。OneRoster 导出文件不会这样，因此未读取任何内容。请向学区索取新的导出文件。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; would unpack to %3 MB, more than the %4 MB TutorDesk reads from one file. It is not a school&apos;s roster, so nothing was read.</source>
        <translation>%1：“%2”解压后将达 %3 MB，超过 TutorDesk 单个文件读取上限 %4 MB。它不是学校名册，因此未读取任何内容。</translation>
    </message>
    <message>
        <source>%1 would unpack to more than %2 MB. It is not a school&apos;s roster, so nothing was read.</source>
        <translation>%1 解压后将超过 %2 MB。它不是学校名册，因此未读取任何内容。</translation>
    </message>
    <message>
        <source>%1 has no %2. Export the roster again with every OneRoster file included.</source>
        <translation>%1 中没有 %2。请重新导出名册，并包含所有 OneRoster 文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: the zip is damaged. Download the OneRoster export again.</source>
        <translation>无法读取 %1：zip 文件已损坏。请重新下载 OneRoster 导出文件。</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Export the roster again without a password.</source>
        <translation>%1 受密码保护。请重新导出不带密码的名册。</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 MB. It is not a school&apos;s roster, so nothing was read.</source>
        <translation>%1 解压后超过 %2 MB。它不是学校名册，因此未读取任何内容。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB. It is not a school&apos;s roster, so nothing was read.</source>
        <translation>%1 超过 %2 MB。它不是学校名册，因此未读取任何内容。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 has no %2 column, so it is not a OneRoster file TutorDesk can read. Export the roster again as OneRoster CSV.</source>
        <translation>%1 没有 %2 列，因此不是 TutorDesk 可读取的 OneRoster 文件。请重新以 OneRoster CSV 格式导出名册。</translation>
    </message>
    <message>
        <source>%1 is missing, and users.csv has no role column: TutorDesk cannot tell who is a student. Export the roster again with roles.csv included (OneRoster 1.2).</source>
        <translation>缺少 %1，且 users.csv 没有 role 列：TutorDesk 无法判断谁是学生。请重新导出名册，并包含 roles.csv（OneRoster 1.2）。</translation>
    </message>
    <message>
        <source>%1 is missing: a OneRoster export lists its students there. Export the roster again with users.csv included.</source>
        <translation>缺少 %1：OneRoster 导出文件在其中列出学生。请重新导出名册，并包含 users.csv。</translation>
    </message>
    <message>
        <source>The grade is empty. Fill in the student&apos;s grade in the student system and export again.</source>
        <translation>年级为空。请在学生系统中填写该学生的年级，然后重新导出。</translation>
    </message>
    <message>
        <source>The sourcedId is empty. Every OneRoster user needs one: export again.</source>
        <translation>sourcedId 为空。每个 OneRoster 用户都需要此项：请重新导出。</translation>
    </message>
    <message>
        <source>The first name (givenName) is empty. Fill it in the student system.</source>
        <translation>名（givenName）为空。请在学生系统中填写。</translation>
    </message>
    <message>
        <source>The last name (familyName) is empty. Fill it in the student system.</source>
        <translation>姓（familyName）为空。请在学生系统中填写。</translation>
    </message>
    <message>
        <source>Line %1 has the same student ID &quot;%2&quot;. Each student must be listed once: correct the ID in the student system.</source>
        <translation>第 %1 行的学生编号“%2”重复。每名学生只能列出一次：请在学生系统中更正编号。</translation>
    </message>
    <message>
        <source>Columns TutorDesk does not use: %1.</source>
        <translation>TutorDesk 不使用的列：%1。</translation>
    </message>
    <message>
        <source>Students with no identifier in users.csv, whose OneRoster sourcedId is used as the district student ID: %1.</source>
        <translation>在 users.csv 中没有标识符、以 OneRoster sourcedId 作为学区学生编号的学生：%1。</translation>
    </message>
    <message>
        <source>Pre-kindergarten students left out (TutorDesk serves TK to grade 12): %1.</source>
        <translation>已略过学前班学生（TutorDesk 服务过渡幼儿园至 12 年级）：%1。</translation>
    </message>
    <message>
        <source>Students of other schools in this export, left out: %1.</source>
        <translation>此导出文件中其他学校的学生，已略过：%1。</translation>
    </message>
</context>
<context>
    <name>tutordesk::OneRosterBox</name>
    <message>
        <source>OneRoster export</source>
        <translation>OneRoster 导出</translation>
    </message>
    <message>
        <source>Only needed when the export holds several schools</source>
        <translation>仅当导出文件包含多所学校时才需要</translation>
    </message>
    <message>
        <source>School ID in the export</source>
        <translation>导出文件中的学校编号</translation>
    </message>
    <message>
        <source>School ID (&amp;sourcedId):</source>
        <translation>学校编号（sourcedId）(&amp;S)：</translation>
    </message>
    <message>
        <source>Optional: a CSV with EL status, IEP and other student groups</source>
        <translation>可选：包含英语学习者身份、IEP 及其他学生群体信息的 CSV</translation>
    </message>
    <message>
        <source>Student groups file</source>
        <translation>学生群体文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose the student groups file</source>
        <translation>选择学生群体文件</translation>
    </message>
    <message>
        <source>Student &amp;groups file:</source>
        <translation>学生群体文件(&amp;G)：</translation>
    </message>
    <message>
        <source>Choose the Student Groups File</source>
        <translation>选择学生群体文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>tutordesk::OptionalDateEdit</name>
    <message>
        <source>Recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>%1 recorded</source>
        <translation>已记录%1</translation>
    </message>
    <message>
        <source>Untick when there is no date on file</source>
        <translation>没有日期记录时请取消勾选</translation>
    </message>
</context>
<context>
    <name>tutordesk::Outbox</name>
    <message>
        <source>The bundle could not be marked as delivered: it is no longer in the outbox.</source>
        <translation>无法将数据包标记为已送达：它已不在发件箱中。</translation>
    </message>
    <message>
        <source>The bundle was delivered but the outbox could not record it (%1). It will be sent again next time, which is harmless.</source>
        <translation>数据包已送达，但发件箱无法记录（%1）。下次会再次发送，这不会造成问题。</translation>
    </message>
    <message>
        <source>The failed attempt could not be recorded: the bundle is no longer waiting in the outbox.</source>
        <translation>无法记录失败的尝试：该数据包已不在发件箱中等待。</translation>
    </message>
    <message>
        <source>The failed attempt could not be recorded in the outbox (%1). The bundle is still waiting.</source>
        <translation>无法在发件箱中记录失败的尝试（%1）。该数据包仍在等待。</translation>
    </message>
    <message>
        <source>The waiting bundles could not be set to go now (%1). Try again.</source>
        <translation>无法将等待中的数据包设为立即发送（%1）。请重试。</translation>
    </message>
</context>
<context>
    <name>tutordesk::OutboxModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Delivered to %1</source>
        <translation>已送达 %1</translation>
    </message>
    <message>
        <source>Last tried at %1</source>
        <translation>上次尝试于 %1</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>上次问题</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
</context>
<context>
    <name>tutordesk::OutboxSender</name>
    <message>
        <source>The outbox could not be read (%1).</source>
        <translation>无法读取发件箱（%1）。</translation>
    </message>
    <message>
        <source>The bundle %1 could not be read from the outbox (%2).</source>
        <translation>无法从发件箱读取数据包 %1（%2）。</translation>
    </message>
    <message>
        <source>The bundle %1 has no content left in the outbox. Make a new bulk export for the district.</source>
        <translation>发件箱中的数据包 %1 已没有内容。请为学区重新进行完整导出。</translation>
    </message>
</context>
<context>
    <name>tutordesk::PauseOfferDialog</name>
    <message>
        <source>Pause and Offer Seat — %1</source>
        <translation>暂停并让出名额 — %1</translation>
    </message>
    <message>
        <source>The waitlist could not be read: %1</source>
        <translation>无法读取候补名单：%1</translation>
    </message>
    <message>
        <source>Pause %1&apos;s seat in %2 (%3). The seat frees up; the enrollment stays, paused, and can be resumed.</source>
        <translation>暂停 %1 在 %2（%3）中的名额。该名额将空出；登记仍保留为暂停状态，之后可以恢复。</translation>
    </message>
    <message>
        <source>&amp;Offer the seat to %1 (%2, need %3), first on the waitlist</source>
        <translation>将名额提供给候补名单首位 %1（%2，需求 %3）(&amp;O)</translation>
    </message>
    <message>
        <source>Nobody on the waitlist fits this seat: the enrollment is paused only.</source>
        <translation>候补名单中没有适合此名额的学生：仅暂停登记。</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Pause and Offer</source>
        <translation>暂停并让出(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Write the reason for the pause.</source>
        <translation>请填写暂停原因。</translation>
    </message>
    <message>
        <source>The seat could not be paused.</source>
        <translation>无法暂停该名额。</translation>
    </message>
    <message>
        <source>The seat could not be paused: %1</source>
        <translation>无法暂停该名额：%1</translation>
    </message>
    <message>
        <source>Paused %1 in %2; the seat went to %3.</source>
        <translation>已暂停 %1 在 %2 中的名额；该名额已给 %3。</translation>
    </message>
    <message>
        <source>Paused %1 in %2; nobody waits for the seat.</source>
        <translation>已暂停 %1 在 %2 中的名额；没有人在候补该名额。</translation>
    </message>
</context>
<context>
    <name>tutordesk::PdfFile</name>
    <message>
        <source>%1 could not be saved: %2. Choose a folder you can write to.</source>
        <translation>无法保存 %1：%2。请选择您有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. Check that the disk has room and try again.</source>
        <translation>无法保存 %1：%2。请检查磁盘空间是否充足，然后重试。</translation>
    </message>
    <message>
        <source>nothing could be drawn on the pages</source>
        <translation>无法在页面上绘制任何内容</translation>
    </message>
    <message>
        <source>%1 could not be replaced: it may be open in another program. Close it, or choose another name.</source>
        <translation>无法替换 %1：它可能已在其他程序中打开。请关闭该文件，或选择其他名称。</translation>
    </message>
    <message>
        <source>%1 could not be saved. Choose a folder you can write to.</source>
        <translation>无法保存 %1。请选择您有写入权限的文件夹。</translation>
    </message>
</context>
<context>
    <name>tutordesk::Placement</name>
    <message>
        <source>%1 has no school yet: set the school up (its name and school year) before placing students.</source>
        <translation>%1 中尚无学校：请先设置学校（名称和学年），再安排学生。</translation>
    </message>
    <message>
        <source>Placement by need</source>
        <translation>按需分组</translation>
    </message>
    <message>
        <source>A group filled up while placing; nothing was changed. Run the placement again.</source>
        <translation>分组过程中有小组已满；未做任何更改。请重新运行分组。</translation>
    </message>
    <message>
        <source>The placement could not be saved in %1: %2</source>
        <translation>无法在 %1 中保存分组：%2</translation>
    </message>
    <message>
        <source>%1 · Grades %2 · Tier %3 · %4</source>
        <translation>%1 · %2 年级 · 第 %3 层级 · %4</translation>
    </message>
    <message>
        <source>%1 is full (%2 of %3). Move someone out first or choose another group.</source>
        <translation>%1 已满（%2 / %3）。请先调出一名学生，或选择其他小组。</translation>
    </message>
    <message>
        <source>to be set</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Left the waitlist: no longer an active student at the school</source>
        <translation>已离开候补名单：已不是本校在读学生</translation>
    </message>
    <message>
        <source>Left the waitlist: the need score (%1) is now under tier 2</source>
        <translation>已离开候补名单：需求分数（%1）现已低于第 2 层级</translation>
    </message>
    <message>
        <source>Left the waitlist: the latest benchmark no longer shows %1 below grade level</source>
        <translation>已离开候补名单：最近一次基准测试已不再显示%1低于年级水平</translation>
    </message>
    <message>
        <source>Left the waitlist: already holds a seat in %1</source>
        <translation>已离开候补名单：已在 %1 中占有名额</translation>
    </message>
    <message>
        <source>Left the waitlist: a seat in %1 was paused or ended; re-seat by hand</source>
        <translation>已离开候补名单：在 %1 中的名额已暂停或结束；请手动重新安排</translation>
    </message>
    <message>
        <source>The seat budget must be 0 to %1 seats, not %2.</source>
        <translation>名额预算必须为 0 到 %1 个，而不是 %2。</translation>
    </message>
    <message>
        <source>The seat budget could not be saved: %1</source>
        <translation>无法保存名额预算：%1</translation>
    </message>
    <message>
        <source>%1 has ended. Choose an active or planned group.</source>
        <translation>%1 已结束。请选择进行中或计划中的小组。</translation>
    </message>
    <message>
        <source>%1 is a %2 group and %3&apos;s enrollment is for %4: a move keeps the subject. Choose a %4 group.</source>
        <translation>%1 是%2小组，而 %3 登记的是%4：调动不能更改科目。请选择一个%4小组。</translation>
    </message>
    <message>
        <source>%1 already has a seat in %2.</source>
        <translation>%1 已在 %2 中占有名额。</translation>
    </message>
    <message>
        <source>That group is full. Move someone out first or choose another group.</source>
        <translation>该小组已满。请先调出一名学生，或选择其他小组。</translation>
    </message>
    <message>
        <source>The enrollment could not be changed in %1: %2</source>
        <translation>无法在 %1 中更改登记：%2</translation>
    </message>
    <message>
        <source>There is no enrollment %1 (it may have been removed). Reload the Placement page.</source>
        <translation>没有登记 %1（可能已被删除）。请重新加载“分组安排”页面。</translation>
    </message>
    <message>
        <source>There is no group %1 (it may have been removed). Reload the Placement page.</source>
        <translation>没有小组 %1（可能已被删除）。请重新加载“分组安排”页面。</translation>
    </message>
    <message>
        <source>Seated from the waitlist</source>
        <translation>从候补名单获得名额</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>已调至 %1</translation>
    </message>
    <message>
        <source>Moved back to the waitlist</source>
        <translation>已调回候补名单</translation>
    </message>
    <message>
        <source>%1&apos;s %2 enrollment is %3: only a seat or a place on the waitlist can be moved.</source>
        <translation>%1 的%2登记状态为%3：只有名额或候补位置可以调动。</translation>
    </message>
    <message>
        <source>%1&apos;s %2 enrollment is not on the waitlist (it is %3).</source>
        <translation>%1 的%2登记不在候补名单上（当前为%3）。</translation>
    </message>
    <message>
        <source>%1&apos;s %2 enrollment holds no seat (it is %3), so there is nothing to pause.</source>
        <translation>%1 的%2登记没有名额（当前为%3），因此无可暂停。</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>%1&apos;s %2 enrollment is not paused (it is %3).</source>
        <translation>%1 的%2登记未暂停（当前为%3）。</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>已恢复</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementGroupsModel</name>
    <message>
        <source>%1 (new)</source>
        <comment>group status, proposed just now</comment>
        <translation>%1（新）</translation>
    </message>
    <message>
        <source>No tutor yet</source>
        <translation>暂无辅导老师</translation>
    </message>
    <message>
        <source>%1, tier %2</source>
        <translation>%1，第 %2 层级</translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s) free</source>
        <translation>
            <numerusform>空余 %Ln 个名额</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · ID %2 · need score %3</source>
        <translation>%1 · 编号 %2 · 需求分数 %3</translation>
    </message>
    <message>
        <source>Group / student</source>
        <translation>小组 / 学生</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Need score</source>
        <translation>需求分数</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>辅导老师</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementLists</name>
    <message>
        <source>Groups and their students</source>
        <translation>小组及其学生</translation>
    </message>
    <message>
        <source>Waitlist, highest need first</source>
        <translation>候补名单（需求最高者优先）</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Waitlist (highest need first)</source>
        <translation>候补名单（需求最高者优先）</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementMove</name>
    <message>
        <source>Moved %1 to %2.</source>
        <translation>已将 %1 调至%2。</translation>
    </message>
    <message>
        <source>the waitlist</source>
        <translation>候补名单</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementPage</name>
    <message>
        <source>&amp;Propose Placement…</source>
        <translation>建议分组(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Move to Group…</source>
        <translation>调至其他小组(&amp;M)…</translation>
    </message>
    <message>
        <source>Move to &amp;Waitlist</source>
        <translation>调至候补名单(&amp;W)</translation>
    </message>
    <message>
        <source>Schedule &amp;Group…</source>
        <translation>安排小组课表(&amp;G)…</translation>
    </message>
    <message>
        <source>Seats and waitlist</source>
        <translation>名额与候补名单</translation>
    </message>
    <message>
        <source>See how TutorDesk would seat students by need, then apply it if you agree</source>
        <translation>查看 TutorDesk 将如何按需安排学生，如您同意即可应用</translation>
    </message>
    <message>
        <source>Move the selected student to another group of the same subject (Ctrl+M)</source>
        <translation>将所选学生调至同一科目的其他小组（Ctrl+M）</translation>
    </message>
    <message>
        <source>Give the selected student&apos;s seat back; they wait in need order (Ctrl+Shift+M)</source>
        <translation>交回所选学生的名额；该学生将按需求顺序候补（Ctrl+Shift+M）</translation>
    </message>
    <message>
        <source>Give the selected group its tutor, room, days and time; its sessions follow (or double-click a group)</source>
        <translation>为所选小组指定辅导老师、教室、上课日和时间；其辅导课将随之生成（或双击小组）</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>分组安排</translation>
    </message>
    <message>
        <source>The groups could not be read: %1</source>
        <translation>无法读取小组：%1</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 seats taken · %4 waiting</source>
        <translation>%1 · 已占 %2 / %3 个名额 · %4 人候补</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln 个小组</numerusform>
        </translation>
    </message>
    <message>
        <source>No groups yet. Import the roster and the benchmark scores, then click Propose Placement.</source>
        <translation>尚无小组。请导入名册和基准测试成绩，然后单击“建议分组”。</translation>
    </message>
    <message>
        <source>Placement applied. %1</source>
        <translation>已应用分组。%1</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementProposal</name>
    <message numerus="yes">
        <source>%Ln student(s)</source>
        <translation>
            <numerusform>%Ln 名学生</numerusform>
        </translation>
    </message>
    <message>
        <source>No student got a new seat.</source>
        <translation>没有学生获得新名额。</translation>
    </message>
    <message>
        <source>No student would get a new seat.</source>
        <translation>不会有学生获得新名额。</translation>
    </message>
    <message>
        <source>%1 got a seat, %2.</source>
        <translation>%1 获得了名额，%2。</translation>
    </message>
    <message>
        <source>%1 would get a seat, %2.</source>
        <translation>%1 将获得名额，%2。</translation>
    </message>
    <message numerus="yes">
        <source>with %Ln new group(s) planned</source>
        <translation>
            <numerusform>并计划新建 %Ln 个小组</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 got a seat in the groups there are.</source>
        <translation>%1 在现有小组中获得了名额。</translation>
    </message>
    <message>
        <source>%1 would get a seat in the groups there are.</source>
        <translation>%1 将在现有小组中获得名额。</translation>
    </message>
    <message>
        <source>Nobody waits.</source>
        <translation>无人候补。</translation>
    </message>
    <message>
        <source>Nobody would wait.</source>
        <translation>将无人候补。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) wait, highest need first.</source>
        <translation>
            <numerusform>%Ln 名学生在候补，需求最高者优先。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) would wait, highest need first.</source>
        <translation>
            <numerusform>将有 %Ln 名学生候补，需求最高者优先。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) left the waitlist: they no longer qualify.</source>
        <translation>
            <numerusform>%Ln 名学生已离开候补名单：他们不再符合条件。</numerusform>
        </translation>
    </message>
    <message>
        <source>The groups offer %1 of the %2 seats the program can fund.</source>
        <translation>各小组提供了项目可资助的 %2 个名额中的 %1 个。</translation>
    </message>
    <message>
        <source>Propose Placement</source>
        <translation>建议分组</translation>
    </message>
    <message>
        <source>New seats are offered as invitations: tutoring starts once the family consents. Apply this placement?</source>
        <translation>新名额将以邀请形式提供：家庭同意后即开始辅导。要应用此分组吗？</translation>
    </message>
    <message>
        <source>Nothing to apply.</source>
        <translation>没有可应用的内容。</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProbeGridDialog</name>
    <message>
        <source>Enter Probes</source>
        <translation>录入测评</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>小组(&amp;G)：</translation>
    </message>
    <message>
        <source>Probe date</source>
        <translation>测评日期</translation>
    </message>
    <message>
        <source>Probe window</source>
        <translation>测评阶段</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>满分</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>阶段(&amp;W)：</translation>
    </message>
    <message>
        <source>Out &amp;of:</source>
        <translation>满分(&amp;O)：</translation>
    </message>
    <message>
        <source>Probe scores</source>
        <translation>测评分数</translation>
    </message>
    <message>
        <source>Type a score and press Enter for the next student. Leave a cell empty for “not tested”. Ctrl+S saves every score at once.</source>
        <translation>输入分数后按 Enter 转到下一名学生。如“未测”，请将单元格留空。按 Ctrl+S 可一次保存所有分数。</translation>
    </message>
    <message>
        <source>&amp;Save Scores</source>
        <translation>保存分数(&amp;S)</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>no tutor</source>
        <translation>无辅导老师</translation>
    </message>
    <message>
        <source>no skill</source>
        <translation>无技能</translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation>%1（已结束）</translation>
    </message>
    <message>
        <source>There are no groups yet. Create groups on the Schedule page first.</source>
        <translation>尚无小组。请先在“课表”页面创建小组。</translation>
    </message>
    <message>
        <source>The groups could not be read: %1</source>
        <translation>无法读取小组：%1</translation>
    </message>
    <message>
        <source>Discard Scores?</source>
        <translation>放弃分数？</translation>
    </message>
    <message>
        <source>The scores typed for this group are not saved. Discard them and open the other group?</source>
        <translation>为此小组输入的分数尚未保存。要放弃这些分数并打开另一个小组吗？</translation>
    </message>
    <message>
        <source>The group&apos;s probes could not be read: %1</source>
        <translation>无法读取该小组的测评：%1</translation>
    </message>
    <message>
        <source>This group has no target skill yet: set one on the Schedule page before entering probes.</source>
        <translation>该小组尚无目标技能：录入测评前，请先在“课表”页面设置。</translation>
    </message>
    <message>
        <source>Skill %1</source>
        <translation>技能 %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · Mastery at %2 %</source>
        <translation>%1 · 掌握标准 %2 %</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
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
        <translation>%1（已保存）
%2</translation>
    </message>
    <message>
        <source>New: %1
%2</source>
        <translation>新：%1
%2</translation>
    </message>
    <message>
        <source>Growth
(points of %)</source>
        <translation>进步幅度
（百分点）</translation>
    </message>
    <message>
        <source>Mastery</source>
        <translation>掌握</translation>
    </message>
    <message>
        <source>%1 (seat given back)</source>
        <translation>%1（已交回名额）</translation>
    </message>
    <message>
        <source>No longer in this group on this day; earlier results are kept.</source>
        <translation>当天已不在此小组；之前的结果会保留。</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>✓ Mastered</source>
        <translation>✓ 已掌握</translation>
    </message>
    <message>
        <source>Not a number: type the score, or leave the cell empty for “not tested”.</source>
        <translation>不是数字：请输入分数，如“未测”则将单元格留空。</translation>
    </message>
    <message>
        <source>The score must be between 0 and %1.</source>
        <translation>分数必须在 0 到 %1 之间。</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>From the baseline probe to this one, in percentage points.</source>
        <translation>从基线测评到本次测评的变化（百分点）。</translation>
    </message>
    <message>
        <source>Growth shows once there are two results.</source>
        <translation>有两次结果后才会显示进步幅度。</translation>
    </message>
    <message>
        <source>%1&apos;s score “%2” is not a number. Type the score, or clear the cell for “not tested”. Nothing was saved.</source>
        <translation>%1 的分数“%2”不是数字。请输入分数，如“未测”则清空单元格。未保存任何内容。</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>未保存任何内容。%1</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) added</source>
        <translation>
            <numerusform>已添加 %n 个分数</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>已修改 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cleared</source>
        <translation>
            <numerusform>已清除 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to save: no score was changed.</source>
        <translation>没有需要保存的内容：未修改任何分数。</translation>
    </message>
    <message>
        <source>Saved for %1: %2.</source>
        <translation>已为 %1 保存：%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Save Scores?</source>
        <translation>保存分数？</translation>
    </message>
    <message>
        <source>Some scores typed for %1 are not saved.</source>
        <translation>为 %1 输入的部分分数尚未保存。</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProbeSheet</name>
    <message>
        <source>student %1</source>
        <translation>学生 %1</translation>
    </message>
    <message>
        <source>%1 has no target skill, so its probes cannot be compared. Give the group a skill code on the Schedule page first.</source>
        <translation>%1 没有目标技能，因此其测评无法比较。请先在“课表”页面为该小组设置技能代码。</translation>
    </message>
    <message>
        <source>Choose the day the probe was given.</source>
        <translation>请选择进行测评的日期。</translation>
    </message>
    <message>
        <source>The probe day %1 is in the future. Enter probes on or after the day they are given.</source>
        <translation>测评日期 %1 是将来的日期。请在测评当天或之后录入。</translation>
    </message>
    <message>
        <source>The probe day %1 is before %2 starts (%3). Check the day.</source>
        <translation>测评日期 %1 早于 %2 的开始日期（%3）。请检查日期。</translation>
    </message>
    <message>
        <source>Choose the probe window: pre, progress or post.</source>
        <translation>请选择测评阶段：前测、进展或后测。</translation>
    </message>
    <message>
        <source>The probe&apos;s maximum score must be more than 0.</source>
        <translation>测评满分必须大于 0。</translation>
    </message>
    <message>
        <source>%1&apos;s score %2 is outside 0 to %3. Correct the score or the probe&apos;s maximum.</source>
        <translation>%1 的分数 %2 不在 0 到 %3 之间。请更正分数或测评满分。</translation>
    </message>
    <message>
        <source>%1 has no seat in %2 on %3, so the score %4 cannot be recorded for the group. Clear the score or check the day.</source>
        <translation>%1 在 %3 时不在 %2 中占有名额，因此无法为该小组记录分数 %4。请清除分数或检查日期。</translation>
    </message>
    <message>
        <source>There is no group %1 (it may have been removed). Choose another group.</source>
        <translation>没有小组 %1（可能已被删除）。请选择其他小组。</translation>
    </message>
    <message>
        <source>The probe scores could not be saved in %1: %2. Nothing was changed; try again.</source>
        <translation>无法在 %1 中保存测评分数：%2。未做任何更改；请重试。</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProbeSkills</name>
    <message>
        <source>A probe needs a skill code, e.g. 3.OA.7.</source>
        <translation>测评需要技能代码，例如 3.OA.7。</translation>
    </message>
    <message>
        <source>The mastery threshold of %1 is %2 %; it must be between 1 and 100 %.</source>
        <translation>%1 的掌握标准为 %2 %；必须在 1 到 100 % 之间。</translation>
    </message>
    <message>
        <source>The maximum score of %1 is %2; it must be more than 0 (or left empty).</source>
        <translation>%1 的满分为 %2；必须大于 0（或留空）。</translation>
    </message>
    <message>
        <source>The probe settings could not be saved in %1: %2</source>
        <translation>无法在 %1 中保存测评设置：%2</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProbeSkillsEditor</name>
    <message>
        <source>Each skill probe&apos;s usual maximum score (the grid starts with it) and the share of it that counts as mastery. Growth and mastery everywhere use these.</source>
        <translation>每项技能测评的常用满分（表格以此为初始值），以及达到掌握所需的得分比例。所有进步幅度和掌握判断均使用这些设置。</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Plain words</source>
        <translation>通俗描述</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>科目</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>满分</translation>
    </message>
    <message>
        <source>Mastery at</source>
        <translation>掌握标准</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Probe skills</source>
        <translation>测评技能</translation>
    </message>
    <message>
        <source>A skill appears here once a group targets it or a probe names it.</source>
        <translation>当有小组以某技能为目标或有测评提到它时，该技能即会显示在此处。</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Maximum score of %1</source>
        <translation>%1 的满分</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Mastery threshold of %1</source>
        <translation>%1 的掌握标准</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n 个小组</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 条结果</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgramText</name>
    <message>
        <source>Benchmark results</source>
        <translation>基准测试结果</translation>
    </message>
    <message>
        <source>School attendance</source>
        <translation>在校出席率</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>英语学习者</translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation>IEP 或 504 计划</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>寄养青少年</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>无家可归（McKinney-Vento）</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>社会经济弱势</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>第 %1 层级</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier name · description</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2 × %3 min a week, groups of up to %4</source>
        <comment>tier, sessions, minutes, group size</comment>
        <translation>%1：每周 %2 次 × %3 分钟，每组最多 %4 人</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>group status</comment>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>group status</comment>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Ended</source>
        <comment>group status</comment>
        <translation>已结束</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>seats taken of the group&apos;s cap</comment>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressChartsTab</name>
    <message>
        <source>&amp;School</source>
        <translation>全校(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>小组(&amp;G)：</translation>
    </message>
    <message>
        <source>S&amp;tudent:</source>
        <translation>学生(&amp;T)：</translation>
    </message>
    <message>
        <source>Group to chart</source>
        <translation>要绘制图表的小组</translation>
    </message>
    <message>
        <source>Student to chart</source>
        <translation>要绘制图表的学生</translation>
    </message>
    <message>
        <source>Type a name or district id</source>
        <translation>输入姓名或学区编号</translation>
    </message>
    <message>
        <source>Hover over a point or bar for the figures; right-click a chart to save or print it.</source>
        <translation>将鼠标悬停在点或柱上可查看数据；右键单击图表可保存或打印。</translation>
    </message>
    <message>
        <source>Chart for:</source>
        <translation>图表对象：</translation>
    </message>
    <message>
        <source>Dosage distribution</source>
        <translation>辅导时长分布</translation>
    </message>
    <message>
        <source>No student holds a seat yet.</source>
        <translation>尚无学生获得名额。</translation>
    </message>
    <message>
        <source>Growth against dosage</source>
        <translation>进步幅度与辅导时长对比</translation>
    </message>
    <message>
        <source>No growth yet: growth shows once a student has two probes on their group&apos;s skill.</source>
        <translation>尚无进步幅度：学生在其小组技能上有两次测评后才会显示。</translation>
    </message>
    <message>
        <source>Weekly attendance rate</source>
        <translation>每周出席率</translation>
    </message>
    <message>
        <source>No attendance taken yet.</source>
        <translation>尚未记录考勤。</translation>
    </message>
    <message>
        <source>Students per tier</source>
        <translation>各层级学生人数</translation>
    </message>
    <message>
        <source>No student has a tier of need yet: compute need scores on the Placement page.</source>
        <translation>尚无学生有需求层级：请在“分组安排”页面计算需求分数。</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Choose a group above.</source>
        <translation>请在上方选择一个小组。</translation>
    </message>
    <message>
        <source>Growth per student</source>
        <translation>每名学生的进步幅度</translation>
    </message>
    <message>
        <source>No students in this group yet.</source>
        <translation>此小组尚无学生。</translation>
    </message>
    <message>
        <source>This group has no target skill, so growth cannot be measured. Set its skill on the Schedule page.</source>
        <translation>该小组没有目标技能，因此无法测量进步幅度。请在“课表”页面设置其技能。</translation>
    </message>
    <message>
        <source>No growth yet: no student in this group has two probes on %1.</source>
        <translation>尚无进步幅度：此小组没有学生在 %1 上有两次测评。</translation>
    </message>
    <message>
        <source>Sessions held against scheduled</source>
        <translation>已上与已排辅导课对比</translation>
    </message>
    <message>
        <source>No sessions scheduled for this group yet.</source>
        <translation>此小组尚未排课。</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Choose a student above.</source>
        <translation>请在上方选择一名学生。</translation>
    </message>
    <message>
        <source>Probe scores</source>
        <translation>测评分数</translation>
    </message>
    <message>
        <source>No probes yet for this student.</source>
        <translation>该学生尚无测评。</translation>
    </message>
    <message>
        <source>Minutes received against planned</source>
        <translation>已接受与计划的分钟数对比</translation>
    </message>
    <message>
        <source>No sessions yet for this student.</source>
        <translation>该学生尚无辅导课。</translation>
    </message>
    <message>
        <source>Attendance by week</source>
        <translation>每周考勤</translation>
    </message>
    <message>
        <source>No sessions held for this student yet.</source>
        <translation>该学生尚未上过辅导课。</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressFilterBar</name>
    <message>
        <source>Include pa&amp;used and exited</source>
        <translation>包括已暂停和已退出的(&amp;U)</translation>
    </message>
    <message>
        <source>Stu&amp;dents</source>
        <translation>学生(&amp;D)</translation>
    </message>
    <message>
        <source>G&amp;roups</source>
        <translation>小组(&amp;R)</translation>
    </message>
    <message>
        <source>One row per student and group</source>
        <translation>每名学生每个小组一行</translation>
    </message>
    <message>
        <source>One row per group: delivery, attendance, growth and flags</source>
        <translation>每个小组一行：授课情况、出席率、进步幅度和标记</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>One group&apos;s students, or the whole school</source>
        <translation>某个小组的学生，或全校</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>所有小组</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Any flag or none</source>
        <translation>有无标记均可</translation>
    </message>
    <message>
        <source>Flagged (either)</source>
        <translation>已标记（任一种）</translation>
    </message>
    <message>
        <source>Not attending</source>
        <translation>未出席</translation>
    </message>
    <message>
        <source>Attending, not improving</source>
        <translation>出席但无进步</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>任何层级</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>第 %1 层级</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>科目</translation>
    </message>
    <message>
        <source>Any subject</source>
        <translation>任何科目</translation>
    </message>
    <message>
        <source>Also seats paused or exited this year (they are never flagged)</source>
        <translation>也包括本学年已暂停或已退出的名额（这些名额从不会被标记）</translation>
    </message>
    <message>
        <source>Search by name or district ID</source>
        <translation>按姓名或学区编号搜索</translation>
    </message>
    <message>
        <source>Search students</source>
        <translation>搜索学生</translation>
    </message>
    <message>
        <source>Students: part of a name or district ID. Groups: part of a group&apos;s name, skill or tutor</source>
        <translation>学生：姓名或学区编号的一部分。小组：小组名称、技能或辅导老师的一部分</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressFlags</name>
    <message>
        <source>%1 pts</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>Sessions attended before judging growth must be a whole number from 1 to 200, not %1.</source>
        <translation>判断进步幅度前需出席的课次必须是 1 到 200 之间的整数，而不是 %1。</translation>
    </message>
    <message>
        <source>The attendance that counts as attending well must be above 0% and at most 100%, not %1.</source>
        <translation>视为出席良好的出席率必须大于 0% 且不超过 100%，而不是 %1。</translation>
    </message>
    <message>
        <source>The growth expected must be from 0 to 100 percentage points, not %1.</source>
        <translation>预期进步幅度必须在 0 到 100 个百分点之间，而不是 %1。</translation>
    </message>
    <message>
        <source>Sessions needed to judge attendance must be a whole number from 1 to 200, not %1.</source>
        <translation>判断出席情况所需的课次必须是 1 到 200 之间的整数，而不是 %1。</translation>
    </message>
    <message>
        <source>The attendance under which a student is not attending must be above 0% and at most 100%, not %1.</source>
        <translation>判定学生未出席的出席率必须大于 0% 且不超过 100%，而不是 %1。</translation>
    </message>
    <message>
        <source>The attendance under which a student is not attending (%1) must not be above the attendance that counts as attending well (%2).</source>
        <translation>判定学生未出席的出席率（%1）不得高于视为出席良好的出席率（%2）。</translation>
    </message>
    <message>
        <source>The progress flags were not saved: %1</source>
        <translation>进展标记未保存：%1</translation>
    </message>
    <message>
        <source>The progress flags could not be saved in %1: %2</source>
        <translation>无法在 %1 中保存进展标记：%2</translation>
    </message>
    <message>
        <source>Attending, not improving</source>
        <translation>出席但无进步</translation>
    </message>
    <message>
        <source>Not attending</source>
        <translation>未出席</translation>
    </message>
    <message>
        <source>No flag</source>
        <translation>无标记</translation>
    </message>
    <message>
        <source>Came to at least %1 at %2 attendance or better, yet grew less than %3 on the group&apos;s skill probe (pre to latest) and has not reached mastery. Attending is not the problem: look at the instruction.</source>
        <translation>已出席至少 %1，出席率达到 %2 或以上，但在小组技能测评上的进步（前测至最近一次）少于 %3，且尚未达到掌握。问题不在出席：请检查教学。</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n 节辅导课</numerusform>
        </translation>
    </message>
    <message>
        <source>Came to fewer than %1 of the sessions with attendance taken, after at least %2. The student is not getting the tutoring: reach the family first.</source>
        <translation>在至少 %2 已记录考勤的辅导课后，出席不足 %1。该学生没有得到辅导：请先联系家庭。</translation>
    </message>
    <message>
        <source>Neither flag applies: attendance is not below %1, and growth is not yet judged or is at least %2 (or the skill is mastered).</source>
        <translation>两种标记均不适用：出席率不低于 %1，且进步幅度尚未判断或至少为 %2（或已掌握该技能）。</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressFlagsEditor</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n 节辅导课</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions attended before growth is judged</source>
        <translation>判断进步幅度前需出席的课次</translation>
    </message>
    <message>
        <source>Attendance that counts as attending well</source>
        <translation>视为出席良好的出席率</translation>
    </message>
    <message>
        <source>Growth expected, in percentage points</source>
        <translation>预期进步幅度（百分点）</translation>
    </message>
    <message>
        <source>Sessions needed to judge attendance</source>
        <translation>判断出席情况所需的课次</translation>
    </message>
    <message>
        <source>Attendance under which a student is not attending</source>
        <translation>判定学生未出席的出席率</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> 个百分点</translation>
    </message>
    <message>
        <source>The Progress page flags two kinds of student so that nobody waits until the end of the program to be noticed. Only seats held now are flagged.</source>
        <translation>“进展”页面会标记两类学生，避免任何学生要等到项目结束才被注意到。只标记目前占有的名额。</translation>
    </message>
    <message>
        <source>After at least %1 with attendance taken, flag a student who came to under %2 of them.</source>
        <translation>在至少 %1 已记录考勤后，标记出席不足其中 %2 的学生。</translation>
    </message>
    <message>
        <source>The tutoring cannot work if the student is not there: reach the family first.</source>
        <translation>学生不在场，辅导就无法起作用：请先联系家庭。</translation>
    </message>
    <message>
        <source>After at least %1 attended at %2 attendance or better,
flag growth under %3 on the group&apos;s skill probe (a mastered skill is never flagged).</source>
        <translation>在以 %2 或以上的出席率出席至少 %1 后，
标记小组技能测评进步幅度低于 %3 的学生（已掌握的技能从不标记）。</translation>
    </message>
    <message>
        <source>Growth is the latest probe&apos;s percentage minus the pre probe&apos;s, in percentage points; it needs two probes on the group&apos;s skill.</source>
        <translation>进步幅度是最近一次测评的百分比减去前测的百分比（百分点）；需要在小组技能上有两次测评。</translation>
    </message>
    <message>
        <source>Problem with the thresholds</source>
        <translation>阈值有问题</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>恢复默认值(&amp;D)</translation>
    </message>
    <message>
        <source>Put back the thresholds TutorDesk starts with</source>
        <translation>恢复 TutorDesk 的初始阈值</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressPage</name>
    <message>
        <source>Enter &amp;Probes…</source>
        <translation>录入测评(&amp;P)…</translation>
    </message>
    <message>
        <source>Type a group&apos;s skill probe scores in a grid</source>
        <translation>在表格中输入小组的技能测评分数</translation>
    </message>
    <message>
        <source>&amp;Students</source>
        <translation>学生(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>图表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Equity Audit</source>
        <translation>公平性审查(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Weekly Review</source>
        <translation>每周回顾(&amp;W)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressTableGroups</name>
    <message>
        <source>The groups&apos; progress could not be read: %1</source>
        <translation>无法读取各小组的进展：%1</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>无辅导老师</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>第 %1 层级</translation>
    </message>
    <message>
        <source>%1 held (%2)</source>
        <translation>已上 %1（%2）</translation>
    </message>
    <message>
        <source>%1 not attending · %2 not improving</source>
        <translation>%1 人未出席 · %2 人无进步</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Regular sessions held of those scheduled up to today: did the program deliver?</source>
        <translation>截至今天已排常规辅导课中实际已上的课次：项目是否按计划执行？</translation>
    </message>
    <message>
        <source>Mean growth of the group&apos;s students with two probes, in percentage points</source>
        <translation>小组中有两次测评的学生的平均进步幅度（百分点）</translation>
    </message>
    <message>
        <source>Open the group to see who is flagged and why</source>
        <translation>打开小组，查看被标记的学生及原因</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>单击按此列排序</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>辅导老师</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>辅导课</translation>
    </message>
    <message>
        <source>Mean attendance</source>
        <translation>平均出席率</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Mean growth</source>
        <translation>平均进步幅度</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressTableModel</name>
    <message>
        <source>The progress figures could not be read: %1</source>
        <translation>无法读取进展数据：%1</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>无辅导老师</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>District ID %1 · Grade %2</source>
        <translation>学区编号 %1 · %2 年级</translation>
    </message>
    <message>
        <source>Tier %1 · %2</source>
        <translation>第 %1 层级 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) attended (make-ups included)</source>
        <translation>
            <numerusform>出席 %n 节辅导课（含补课）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absence(s)</source>
        <translation>
            <numerusform>缺席 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held for this student up to today (make-ups included)</source>
        <translation>
            <numerusform>截至今天为该学生上了 %n 节辅导课（含补课）</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance: sessions attended of those with attendance taken</source>
        <translation>出席率：在已记录考勤的辅导课中出席的课次</translation>
    </message>
    <message>
        <source>Minutes received of minutes scheduled (cancelled sessions included in the plan)</source>
        <translation>已接受分钟数 / 已排分钟数（计划中包括已取消的辅导课）</translation>
    </message>
    <message>
        <source>First probe on the group&apos;s skill, %1</source>
        <translation>小组技能的第一次测评，%1</translation>
    </message>
    <message>
        <source>No probe yet on %1</source>
        <translation>%1 尚无测评</translation>
    </message>
    <message>
        <source>Latest probe, %1</source>
        <translation>最近一次测评，%1</translation>
    </message>
    <message>
        <source>Growth needs a second probe on the same skill</source>
        <translation>计算进步幅度需要同一技能的第二次测评</translation>
    </message>
    <message>
        <source>Growth needs a pre and a later probe on the same skill</source>
        <translation>计算进步幅度需要同一技能的前测和之后的一次测评</translation>
    </message>
    <message>
        <source>Latest percentage minus pre percentage, in percentage points%1</source>
        <translation>最近一次百分比减去前测百分比（百分点）%1</translation>
    </message>
    <message>
        <source>; ✓ mastered</source>
        <translation>；✓ 已掌握</translation>
    </message>
    <message>
        <source>A seat given back is not flagged</source>
        <translation>已交回的名额不会被标记</translation>
    </message>
    <message>
        <source>Sessions attended of sessions held</source>
        <translation>出席课次 / 已上课次</translation>
    </message>
    <message>
        <source>Sessions attended of those with attendance taken</source>
        <translation>在已记录考勤的辅导课中出席的课次</translation>
    </message>
    <message>
        <source>Minutes received of minutes planned</source>
        <translation>已接受分钟数 / 计划分钟数</translation>
    </message>
    <message>
        <source>The first (pre) probe on the group&apos;s skill: score and percentage</source>
        <translation>小组技能的第一次（前测）测评：分数和百分比</translation>
    </message>
    <message>
        <source>The latest probe on the same skill</source>
        <translation>同一技能的最近一次测评</translation>
    </message>
    <message>
        <source>Latest minus pre, in percentage points; ✓ mastered</source>
        <translation>最近一次减去前测（百分点）；✓ 已掌握</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>单击按此列排序</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>辅导老师</translation>
    </message>
    <message>
        <source>Target skill</source>
        <translation>目标技能</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>辅导课</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席率</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Pre</source>
        <translation>前测</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最近</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>进步幅度</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>标记</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressTableTab</name>
    <message>
        <source>Students shown</source>
        <translation>显示的学生</translation>
    </message>
    <message>
        <source>Students&apos; attendance, skill and growth</source>
        <translation>学生的出席率、技能和进步幅度</translation>
    </message>
    <message>
        <source>Groups&apos; delivery, attendance and growth</source>
        <translation>小组的授课情况、出席率和进步幅度</translation>
    </message>
    <message>
        <source>Open a school to see who attended, what skill was targeted and who improved.</source>
        <translation>打开一所学校，查看谁出席了、针对哪项技能，以及谁有进步。</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n 个小组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n 名学生</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n 个名额</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attending</source>
        <translation>
            <numerusform>%n 人未出席</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attending but not improving</source>
        <translation>
            <numerusform>%n 人出席但无进步</numerusform>
        </translation>
    </message>
    <message>
        <source>mean growth %1</source>
        <translation>平均进步幅度 %1</translation>
    </message>
    <message>
        <source>no growth measured yet</source>
        <translation>尚未测量进步幅度</translation>
    </message>
    <message>
        <source>mean attendance %1</source>
        <translation>平均出席率 %1</translation>
    </message>
    <message>
        <source>Show &amp;Charts</source>
        <translation>显示图表(&amp;C)</translation>
    </message>
    <message>
        <source>Enter &amp;Probes for This Group…</source>
        <translation>为此小组录入测评(&amp;P)…</translation>
    </message>
    <message>
        <source>Record &amp;Observation or Confidence…</source>
        <translation>记录观察或信心(&amp;O)…</translation>
    </message>
    <message>
        <source>Show &amp;Students</source>
        <translation>显示学生(&amp;S)</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressTableText</name>
    <message>
        <source>%1 pts</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1/%2 · %3</source>
        <translation>%1/%2 · %3</translation>
    </message>
    <message>
        <source>pre</source>
        <translation>前测</translation>
    </message>
    <message>
        <source>post</source>
        <translation>后测</translation>
    </message>
    <message>
        <source>progress check</source>
        <translation>进展检查</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>已退出</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>已邀请</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>进行中</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolActions</name>
    <message>
        <source>“%1” is not about a missed session, so there is no make-up to schedule.</source>
        <translation>“%1”与缺课无关，因此无需安排补课。</translation>
    </message>
    <message>
        <source>The missed session of “%1” is gone (it may have been removed). Reload the Today page.</source>
        <translation>“%1”的缺课记录已不存在（可能已被删除）。请重新加载“今日”页面。</translation>
    </message>
    <message>
        <source>Choose a day and a start time for %1&apos;s make-up.</source>
        <translation>请为 %1 的补课选择日期和开始时间。</translation>
    </message>
    <message>
        <source>%1&apos;s make-up must come after the missed session (%2) and not before today. Choose a later day.</source>
        <translation>%1 的补课必须在缺课（%2）之后，且不能早于今天。请选择更晚的日期。</translation>
    </message>
    <message>
        <source>%1 is not a school day. Choose another day for %2&apos;s make-up.</source>
        <translation>%1 不是上课日。请为 %2 的补课选择其他日期。</translation>
    </message>
    <message>
        <source>A make-up lasts 5 to 240 minutes, not %1.</source>
        <translation>补课时长为 5 到 240 分钟，而不是 %1。</translation>
    </message>
    <message>
        <source>Make-up on %1 at %2</source>
        <translation>补课时间：%1 %2</translation>
    </message>
    <message>
        <source>There is no due action %1 (it may have been removed). Reload the Today page.</source>
        <translation>没有待办事项 %1（可能已被删除）。请重新加载“今日”页面。</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%2 的%1</translation>
    </message>
    <message>
        <source>“%1” was withdrawn: the absence that caused it was changed. There is nothing left to do.</source>
        <translation>“%1”已撤销：导致该事项的缺席记录已被修改。无需再做任何事。</translation>
    </message>
    <message>
        <source>“%1” is already resolved as not needed. Reopen it first to change that.</source>
        <translation>“%1”已处理为无需处理。如需更改，请先重新打开。</translation>
    </message>
    <message>
        <source>“%1” is already done. Reopen it first to change that.</source>
        <translation>“%1”已完成。如需更改，请先重新打开。</translation>
    </message>
    <message>
        <source>Log a call or letter to the family first: escalation follows at least one contact attempt.</source>
        <translation>请先记录一次给家庭的电话或信函：上报须在至少一次联系尝试之后进行。</translation>
    </message>
    <message>
        <source>Say why it is not needed.</source>
        <translation>请说明为何无需处理。</translation>
    </message>
    <message>
        <source>The contact to link to “%1” is gone (it may have been removed). Log it again.</source>
        <translation>要关联到“%1”的联系记录已不存在（可能已被删除）。请重新记录。</translation>
    </message>
    <message>
        <source>The letter to link to “%1” is gone (it may have been removed). Print it again.</source>
        <translation>要关联到“%1”的信函已不存在（可能已被删除）。请重新打印。</translation>
    </message>
    <message>
        <source>There is no contact %1 (it may have been removed). Log it again.</source>
        <translation>没有联系记录 %1（可能已被删除）。请重新记录。</translation>
    </message>
    <message>
        <source>That contact is about another student, not %1. Choose %1&apos;s contact.</source>
        <translation>该联系记录属于另一名学生，而不是 %1。请选择 %1 的联系记录。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The change could not be saved in %1: %2</source>
        <translation>无法在 %1 中保存更改：%2</translation>
    </message>
    <message>
        <source>“%1” was withdrawn by the protocol (its absence was changed) and stays withdrawn.</source>
        <translation>“%1”已由处理规程撤销（其缺席记录已被修改），将保持撤销状态。</translation>
    </message>
    <message>
        <source>“%1” is still open: there is nothing to reopen.</source>
        <translation>“%1”仍未处理：无需重新打开。</translation>
    </message>
    <message>
        <source>There is no letter %1 (it may have been removed). Print it again.</source>
        <translation>没有信函 %1（可能已被删除）。请重新打印。</translation>
    </message>
    <message>
        <source>That letter is to another student&apos;s family, not %1&apos;s.</source>
        <translation>该信函是寄给另一名学生家庭的，而不是 %1 的家庭。</translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation>已寄信</translation>
    </message>
    <message>
        <source>There is no waitlist entry %1 (it may have been removed). Choose again.</source>
        <translation>没有候补记录 %1（可能已被删除）。请重新选择。</translation>
    </message>
    <message>
        <source>%1 is not on the waitlist any more, so the seat in %2 cannot be offered to them. Choose again.</source>
        <translation>%1 已不在候补名单上，因此无法为其提供 %2 中的名额。请重新选择。</translation>
    </message>
    <message>
        <source>%1 waits for another subject than %2 teaches. Choose someone waiting for it.</source>
        <translation>%1 候补的科目与 %2 所教的不同。请选择候补该科目的学生。</translation>
    </message>
    <message>
        <source>%1 already has a seat in %2.</source>
        <translation>%1 已在 %2 中占有名额。</translation>
    </message>
    <message>
        <source>Seated from the waitlist in a paused seat</source>
        <translation>从候补名单获得已暂停的名额</translation>
    </message>
    <message>
        <source>“%1” names no seat in a group, so there is nothing to pause.</source>
        <translation>“%1”未指明任何小组名额，因此无可暂停。</translation>
    </message>
    <message>
        <source>Paused after missed sessions</source>
        <translation>因缺课而暂停</translation>
    </message>
    <message>
        <source>%1&apos;s seat in %2 is %3, not held: there is nothing to pause.</source>
        <translation>%1 在 %2 中的名额状态为%3，并未占有：无可暂停。</translation>
    </message>
    <message>
        <source>Paused (%1); nobody was offered the seat.</source>
        <translation>已暂停（%1）；该名额未提供给任何人。</translation>
    </message>
    <message>
        <source>Paused (%1); the seat was offered to %2.</source>
        <translation>已暂停（%1）；该名额已提供给 %2。</translation>
    </message>
    <message>
        <source>That group is full. Move someone out first or choose another group.</source>
        <translation>该小组已满。请先调出一名学生，或选择其他小组。</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolEngine</name>
    <message>
        <source>Withdrawn: the session was removed.</source>
        <translation>已撤销：该辅导课已被删除。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Covered by %1</source>
        <translation>由 %1 代课</translation>
    </message>
    <message>
        <source>Withdrawn: %1 is no longer marked out on %2.</source>
        <translation>已撤销：%1 在 %2 已不再标记为缺勤。</translation>
    </message>
    <message>
        <source>The missed-session protocol could not be brought up to date in %1: %2 Nothing was changed; try again, and if it keeps failing run &quot;tutordesk-cli check&quot;.</source>
        <translation>无法在 %1 中更新缺课处理规程：%2 未做任何更改；请重试，如果仍然失败，请运行“tutordesk-cli check”。</translation>
    </message>
    <message>
        <source>Withdrawn: the session on %1 was cancelled.</source>
        <translation>已撤销：%1 的辅导课已取消。</translation>
    </message>
    <message>
        <source>Withdrawn: the attendance for the session on %1 was cleared.</source>
        <translation>已撤销：%1 辅导课的考勤已清除。</translation>
    </message>
    <message>
        <source>Withdrawn: the absence on %1 is now recorded as present.</source>
        <translation>已撤销：%1 的缺席现已记录为出席。</translation>
    </message>
    <message>
        <source>Withdrawn: the absence on %1 is now recorded as tardy.</source>
        <translation>已撤销：%1 的缺席现已记录为迟到。</translation>
    </message>
    <message>
        <source>Withdrawn: the absence on %1 is now recorded as excused.</source>
        <translation>已撤销：%1 的缺席现已记录为已请假。</translation>
    </message>
    <message>
        <source>Withdrawn: after a change to the attendance before it or to the protocol&apos;s thresholds, the absence on %1 no longer calls for this.</source>
        <translation>已撤销：由于之前的考勤或处理规程阈值有变，%1 的缺席已不再需要此事项。</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolRuleNames</name>
    <message>
        <source>Notify the family</source>
        <translation>通知家庭</translation>
    </message>
    <message>
        <source>Schedule a make-up</source>
        <translation>安排补课</translation>
    </message>
    <message>
        <source>Escalate to the teacher or counselor</source>
        <translation>上报给任课教师或辅导员</translation>
    </message>
    <message>
        <source>Pause the seat and offer it</source>
        <translation>暂停并让出名额</translation>
    </message>
    <message>
        <source>Cover a tutor&apos;s absence</source>
        <translation>为缺勤的辅导老师安排代课</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolRules</name>
    <message>
        <source>Absences in a row before the family is notified</source>
        <translation>通知家庭前的连续缺席次数</translation>
    </message>
    <message>
        <source>School days to notify the family</source>
        <translation>通知家庭的期限（上课日）</translation>
    </message>
    <message>
        <source>Absences in a row before a make-up</source>
        <translation>安排补课前的连续缺席次数</translation>
    </message>
    <message>
        <source>School days to schedule a make-up</source>
        <translation>安排补课的期限（上课日）</translation>
    </message>
    <message>
        <source>Absences in a row before escalating</source>
        <translation>上报前的连续缺席次数</translation>
    </message>
    <message>
        <source>The attendance percentage under which to escalate</source>
        <translation>低于此出席率时上报</translation>
    </message>
    <message>
        <source>Weeks the attendance percentage looks back</source>
        <translation>出席率回溯的周数</translation>
    </message>
    <message>
        <source>Sessions needed to judge the attendance percentage</source>
        <translation>判断出席率所需的课次</translation>
    </message>
    <message>
        <source>School days to escalate</source>
        <translation>上报的期限（上课日）</translation>
    </message>
    <message>
        <source>Absences in a row before pausing the seat</source>
        <translation>暂停名额前的连续缺席次数</translation>
    </message>
    <message>
        <source>School days to pause the seat</source>
        <translation>暂停名额的期限（上课日）</translation>
    </message>
    <message>
        <source>School days before a session to cover a tutor&apos;s absence</source>
        <translation>辅导老师缺勤时，在辅导课前多少个上课日安排代课</translation>
    </message>
    <message>
        <source>%1 must be %2 or more, not %3.</source>
        <translation>%1 必须为 %2 或以上，而不是 %3。</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not %4.</source>
        <translation>%1 必须是 %2 到 %3 之间的整数，而不是 %4。</translation>
    </message>
    <message>
        <source>The protocol&apos;s thresholds were not saved: %1</source>
        <translation>处理规程的阈值未保存：%1</translation>
    </message>
    <message>
        <source>The protocol&apos;s thresholds could not be saved in %1: %2</source>
        <translation>无法在 %1 中保存处理规程的阈值：%2</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolRulesEditor</name>
    <message numerus="yes">
        <source>%n absence(s)</source>
        <comment>in a row</comment>
        <translation>
            <numerusform>%n 次缺席</numerusform>
        </translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>当天</translation>
    </message>
    <message numerus="yes">
        <source>within %n school day(s)</source>
        <translation>
            <numerusform>在 %n 个上课日内</numerusform>
        </translation>
    </message>
    <message>
        <source>also for excused absences</source>
        <translation>已请假的缺席也适用</translation>
    </message>
    <message>
        <source>also after any unexcused absence</source>
        <translation>任何一次未请假缺席后也适用</translation>
    </message>
    <message>
        <source>When a student misses tutoring, TutorDesk lists what to do and by when. Absences in a row count held sessions only; coming to any session, a make-up included, ends the run.</source>
        <translation>学生缺席辅导时，TutorDesk 会列出需要做什么以及截止时间。连续缺席只计算已上的辅导课；出席任何一节辅导课（含补课）即中断连续计数。</translation>
    </message>
    <message>
        <source>An excused absence usually means the family already told the school.</source>
        <translation>已请假的缺席通常意味着家庭已告知学校。</translation>
    </message>
    <message>
        <source>After %1 in a row, notify the family %2, in their language. %3</source>
        <translation>连续 %1 后，%2 以家庭的语言通知家庭。%3</translation>
    </message>
    <message>
        <source>Absences in a row before notifying the family</source>
        <translation>通知家庭前的连续缺席次数</translation>
    </message>
    <message>
        <source>School days to notify the family</source>
        <translation>通知家庭的期限（上课日）</translation>
    </message>
    <message>
        <source>An unexcused absence asks for a make-up even when it is the first.</source>
        <translation>未请假的缺席即使是第一次也需要补课。</translation>
    </message>
    <message>
        <source>After %1 in a row, schedule a make-up %2 and log a family contact. %3</source>
        <translation>连续 %1 后，%2 安排补课并记录一次家庭联系。%3</translation>
    </message>
    <message>
        <source>Absences in a row before a make-up</source>
        <translation>安排补课前的连续缺席次数</translation>
    </message>
    <message>
        <source>School days to schedule the make-up</source>
        <translation>安排补课的期限（上课日）</translation>
    </message>
    <message>
        <source>After %1 in a row, or attendance under %2 over %3 (at least %4),
escalate %5.</source>
        <translation>连续 %1 后，或 %3 的出席率低于 %2（至少 %4）时，
%5 上报。</translation>
    </message>
    <message>
        <source>Absences in a row before escalating</source>
        <translation>上报前的连续缺席次数</translation>
    </message>
    <message>
        <source>Attendance rate below which to escalate</source>
        <translation>低于此出席率时上报</translation>
    </message>
    <message>
        <source>Weeks the attendance rate looks back</source>
        <translation>出席率回溯的周数</translation>
    </message>
    <message numerus="yes">
        <source>the last %n week(s)</source>
        <translation>
            <numerusform>最近 %n 周</numerusform>
        </translation>
    </message>
    <message>
        <source>Held sessions needed to judge the attendance rate</source>
        <translation>判断出席率所需的已上课次</translation>
    </message>
    <message numerus="yes">
        <source>%n held session(s)</source>
        <translation>
            <numerusform>%n 节已上的辅导课</numerusform>
        </translation>
    </message>
    <message>
        <source>School days to escalate</source>
        <translation>上报的期限（上课日）</translation>
    </message>
    <message>
        <source>A meeting with the teacher or counselor, a letter home, and a look at another delivery model.</source>
        <translation>与任课教师或辅导员会面、寄信回家，并考虑其他授课方式。</translation>
    </message>
    <message>
        <source>After %1 in a row, pause the seat and offer it to the waitlist %2.</source>
        <translation>连续 %1 后，%2 暂停名额并提供给候补名单。</translation>
    </message>
    <message>
        <source>Absences in a row before pausing the seat</source>
        <translation>暂停名额前的连续缺席次数</translation>
    </message>
    <message>
        <source>School days to pause and offer the seat</source>
        <translation>暂停并让出名额的期限（上课日）</translation>
    </message>
    <message>
        <source>The student with the highest need waiting for the same subject and tier is offered the seat.</source>
        <translation>该名额将提供给候补同一科目和层级、需求最高的学生。</translation>
    </message>
    <message>
        <source>When a tutor is out, cover or cancel each of their sessions %1.</source>
        <translation>辅导老师缺勤时，%1 为其每节辅导课安排代课或取消。</translation>
    </message>
    <message>
        <source>School days ahead to cover a session</source>
        <translation>提前多少个上课日为辅导课安排代课</translation>
    </message>
    <message>
        <source>by the day of the session</source>
        <translation>在辅导课当天之前</translation>
    </message>
    <message numerus="yes">
        <source>%n school day(s) ahead</source>
        <translation>
            <numerusform>提前 %n 个上课日</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>恢复默认值(&amp;D)</translation>
    </message>
    <message>
        <source>Put back the protocol TutorDesk starts with</source>
        <translation>恢复 TutorDesk 的初始处理规程</translation>
    </message>
</context>
<context>
    <name>tutordesk::ReportOutput</name>
    <message>
        <source>“%1” could not be printed: the printer refused it. Check the printer, or save it as a PDF and print that.</source>
        <translation>无法打印“%1”：打印机拒绝了打印任务。请检查打印机，或先另存为 PDF 再打印。</translation>
    </message>
    <message>
        <source>“%1” was sent to the printer.</source>
        <translation>“%1”已发送到打印机。</translation>
    </message>
    <message>
        <source>Save “%1” as PDF</source>
        <translation>将“%1”另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved “%1” as %2.</source>
        <translation>已将“%1”保存为 %2。</translation>
    </message>
</context>
<context>
    <name>tutordesk::ReportPages</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>tutordesk::ReportRender</name>
    <message>
        <source>This program cannot write PDF files (no page writer is installed). Use TutorDesk or tutordesk-cli.</source>
        <translation>此程序无法写入 PDF 文件（未安装页面输出组件）。请使用 TutorDesk 或 tutordesk-cli。</translation>
    </message>
</context>
<context>
    <name>tutordesk::ResolveActionDialog</name>
    <message>
        <source>Done — %1</source>
        <translation>完成 — %1</translation>
    </message>
    <message>
        <source>Not Needed — %1</source>
        <translation>无需处理 — %1</translation>
    </message>
    <message>
        <source>Mark “%1” for %2 as done.</source>
        <translation>将 %2 的“%1”标记为已完成。</translation>
    </message>
    <message>
        <source>Mark “%1” for %2 as not needed. Say why: the note stays with the action.</source>
        <translation>将 %2 的“%1”标记为无需处理。请说明原因：备注将随该事项保存。</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>备注（可选）(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>标记为已完成(&amp;D)</translation>
    </message>
    <message>
        <source>Mark &amp;Not Needed</source>
        <translation>标记为无需处理(&amp;N)</translation>
    </message>
    <message>
        <source>Write a note saying why it is not needed.</source>
        <translation>请填写备注，说明为何无需处理。</translation>
    </message>
    <message>
        <source>The action could not be resolved.</source>
        <translation>无法处理该事项。</translation>
    </message>
    <message>
        <source>The action could not be resolved: %1</source>
        <translation>无法处理该事项：%1</translation>
    </message>
    <message>
        <source>Done: %1 for %2.</source>
        <translation>已完成：%2 的 %1。</translation>
    </message>
    <message>
        <source>Not needed: %1 for %2.</source>
        <translation>无需处理：%2 的 %1。</translation>
    </message>
</context>
<context>
    <name>tutordesk::RosterApplier</name>
    <message>
        <source>The district student ID %1 is also on line %2. Each student must be on the roster once: remove one of the two lines, or correct the ID.</source>
        <translation>学区学生编号 %1 也出现在第 %2 行。每名学生在名册中只能出现一次：请删除其中一行，或更正编号。</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> 及另外 %n 名</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消；未做任何更改。</translation>
    </message>
    <message>
        <source>Withdrawn because this roster does not list them (their history is kept): %1.</source>
        <translation>因此名册未列出而标记为已转出（其历史记录保留）：%1。</translation>
    </message>
    <message>
        <source>Active students this roster does not list: %1. They stay active; if this roster is the whole school and they have left, import it again and choose to withdraw them.</source>
        <translation>此名册未列出的在读学生：%1。他们仍保持在读状态；如果此名册涵盖全校且这些学生已离校，请重新导入并选择将其标记为已转出。</translation>
    </message>
    <message>
        <source>This roster lists no students, so every student would be withdrawn. Check that it is the right file.</source>
        <translation>此名册未列出任何学生，因此所有学生都将被标记为已转出。请确认文件是否正确。</translation>
    </message>
    <message>
        <source>Withdrawn before and on this roster again, so active again: %1.</source>
        <translation>之前已转出、但再次出现在此名册中，因此恢复为在读：%1。</translation>
    </message>
    <message>
        <source>The roster could not be saved, so nothing was changed: %1</source>
        <translation>无法保存名册，因此未做任何更改：%1</translation>
    </message>
</context>
<context>
    <name>tutordesk::RosterFields</name>
    <message>
        <source>District student ID</source>
        <translation>学区学生编号</translation>
    </message>
    <message>
        <source>State student ID</source>
        <translation>州学生编号</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>常用名</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Hispanic or Latino</source>
        <translation>西班牙裔或拉丁裔</translation>
    </message>
    <message>
        <source>Race (codes or names)</source>
        <translation>种族（代码或名称）</translation>
    </message>
    <message>
        <source>American Indian or Alaska Native</source>
        <translation>美洲印第安人或阿拉斯加原住民</translation>
    </message>
    <message>
        <source>Asian</source>
        <translation>亚裔</translation>
    </message>
    <message>
        <source>Black or African American</source>
        <translation>黑人或非裔美国人</translation>
    </message>
    <message>
        <source>Native Hawaiian or Other Pacific Islander</source>
        <translation>夏威夷原住民或其他太平洋岛民</translation>
    </message>
    <message>
        <source>White</source>
        <translation>白人</translation>
    </message>
    <message>
        <source>English learner status</source>
        <translation>英语学习者身份</translation>
    </message>
    <message>
        <source>Home language</source>
        <translation>家庭语言</translation>
    </message>
    <message>
        <source>IEP (special education)</source>
        <translation>IEP（特殊教育）</translation>
    </message>
    <message>
        <source>Section 504 plan</source>
        <translation>第 504 条款计划</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>寄养青少年</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>无家可归（McKinney-Vento）</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>社会经济弱势</translation>
    </message>
    <message>
        <source>Attendance rate (%)</source>
        <translation>出席率（%）</translation>
    </message>
    <message>
        <source>Parent or guardian name</source>
        <translation>家长或监护人姓名</translation>
    </message>
    <message>
        <source>Parent or guardian first name</source>
        <translation>家长或监护人的名</translation>
    </message>
    <message>
        <source>Parent or guardian last name</source>
        <translation>家长或监护人的姓</translation>
    </message>
    <message>
        <source>Relationship to the student</source>
        <translation>与学生的关系</translation>
    </message>
    <message>
        <source>Parent or guardian phone</source>
        <translation>家长或监护人电话</translation>
    </message>
    <message>
        <source>Parent or guardian email</source>
        <translation>家长或监护人电子邮件</translation>
    </message>
    <message>
        <source>Parent or guardian language</source>
        <translation>家长或监护人语言</translation>
    </message>
</context>
<context>
    <name>tutordesk::RosterRowReader</name>
    <message>
        <source>The column mapping takes &quot;%1&quot; from the column &quot;%2&quot;, but this file has no such column. Choose the column for &quot;%1&quot; again, or rename the column in the file.</source>
        <translation>列映射从列“%2”读取“%1”，但此文件中没有该列。请重新为“%1”选择列，或在文件中重命名该列。</translation>
    </message>
    <message>
        <source>No column holds &quot;%1&quot;. TutorDesk looked for a column named %2. Rename that column in the file, or choose it in the column mapping.</source>
        <translation>没有包含“%1”的列。TutorDesk 查找了名为 %2 的列。请在文件中重命名该列，或在列映射中选择它。</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; (%2) is not in this file; what TutorDesk has for it is left as it is.</source>
        <translation>此文件中没有列“%1”（%2）；TutorDesk 中已有的相应数据保持不变。</translation>
    </message>
    <message>
        <source>The last name is empty. Fill it in from the student system.</source>
        <translation>姓为空。请从学生系统中填写。</translation>
    </message>
    <message>
        <source>The first name is empty. Fill it in from the student system.</source>
        <translation>名为空。请从学生系统中填写。</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future. Check the year.</source>
        <translation>出生日期 %1 是将来的日期。请检查年份。</translation>
    </message>
    <message numerus="yes">
        <source>line %1 and %n more</source>
        <translation>
            <numerusform>第 %1 行及另外 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; (%2) is not one TutorDesk knows; it is kept as written. If it is a common language, use its name in English or its code instead (es, vi, zh-Hant, …).</source>
        <translation>TutorDesk 无法识别语言“%1”（%2）；将按原样保留。如果是常用语言，请改用其英文名称或代码（es、vi、zh-Hant 等）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) names no race category, so no race is recorded for those students. Export the races themselves (for example &quot;Asian; White&quot;) to record them.</source>
        <translation>“%1”（%2）未指明任何种族类别，因此这些学生没有记录种族。请导出具体种族（例如“Asian; White”）以便记录。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) says only that a student is not an English learner: a status of EL or TBD is cleared, and EO, IFEP or RFEP is kept. Export EO, IFEP or RFEP to record which.</source>
        <translation>“%1”（%2）仅表示学生不是英语学习者：EL 或 TBD 身份将被清除，EO、IFEP 或 RFEP 将保留。请导出 EO、IFEP 或 RFEP 以记录具体身份。</translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation>未导入的列：%1。</translation>
    </message>
</context>
<context>
    <name>tutordesk::RosterValues</name>
    <message>
        <source>&quot;%1&quot; is not an English-learner status TutorDesk knows. Use EO, IFEP, EL, RFEP or TBD (&quot;English Only&quot;, &quot;Reclassified&quot;, an ELD level 1 to 5, or Y/N are read too).</source>
        <translation>“%1”不是 TutorDesk 可识别的英语学习者身份。请使用 EO、IFEP、EL、RFEP 或 TBD（也可识别“English Only”、“Reclassified”、ELD 1 到 5 级或 Y/N）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a gender TutorDesk knows. Use F, M or X (Female, Male and Non-binary are read too), or leave the cell blank.</source>
        <translation>“%1”不是 TutorDesk 可识别的性别。请使用 F、M 或 X（也可识别 Female、Male 和 Non-binary），或将单元格留空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date TutorDesk can read. Write it as YYYY-MM-DD (2016-09-08) or MM/DD/YYYY (09/08/2016); M/D/YY, YYYYMMDD and &quot;Sep 8, 2016&quot; are read too.</source>
        <translation>“%1”不是 TutorDesk 可读取的日期。请按 YYYY-MM-DD (2016-09-08) 或 MM/DD/YYYY (09/08/2016) 格式填写；也可识别 M/D/YY、YYYYMMDD 和“Sep 8, 2016”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date. Check the day and the month (TutorDesk reads MM/DD/YYYY month first, as US systems write it).</source>
        <translation>“%1”不是有效日期。请检查日和月（TutorDesk 按美国系统的写法读取 MM/DD/YYYY，月份在前）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a race TutorDesk knows. Use the federal categories (American Indian or Alaska Native, Asian, Black or African American, Native Hawaiian or Other Pacific Islander, White) or CALPADS race codes (100, 201 to 299, 301 to 399, 400, 600, 700); separate several with semicolons.</source>
        <translation>“%1”不是 TutorDesk 可识别的种族。请使用联邦类别（American Indian or Alaska Native、Asian、Black or African American、Native Hawaiian or Other Pacific Islander、White）或 CALPADS 种族代码（100、201 至 299、301 至 399、400、600、700）；多个值用分号分隔。</translation>
    </message>
    <message>
        <source>The district student ID is empty. Every student needs the ID the district&apos;s student system gives them: fill it in, or remove the line.</source>
        <translation>学区学生编号为空。每名学生都需要学区学生系统分配的编号：请填写，或删除该行。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an ID that Excel turned into a number. Export the roster again from the student system, or format the column as Text in Excel before saving.</source>
        <translation>“%1”是被 Excel 转换成数字的编号。请从学生系统重新导出名册，或在 Excel 中保存前将该列格式设为“文本”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a space inside. A district student ID has no spaces: check the cell for two values run together.</source>
        <translation>“%1”中间有空格。学区学生编号不含空格：请检查该单元格是否有两个值连在一起。</translation>
    </message>
    <message>
        <source>The grade is empty. Every student needs one: TK, K or 1 to 12.</source>
        <translation>年级为空。每名学生都需要年级：TK、K 或 1 到 12。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a grade TutorDesk knows. Use TK, K or 1 to 12 (&quot;KN&quot;, &quot;00&quot;, &quot;03&quot;, &quot;3rd&quot; and &quot;Grade 3&quot; are read too).</source>
        <translation>“%1”不是 TutorDesk 可识别的年级。请使用 TK、K 或 1 到 12（也可识别“KN”、“00”、“03”、“3rd”和“Grade 3”）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a yes or no. Use Y or N (Yes/No, Sí, TRUE/FALSE, 1/0, or X and blank are read too).</source>
        <translation>“%1”不是“是”或“否”。请使用 Y 或 N（也可识别 Yes/No、Sí、TRUE/FALSE、1/0，或 X 与空白）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a yes or no. Use Y or N; lunch status Free or Reduced (F, R) means yes and Paid (P) means no.</source>
        <translation>“%1”不是“是”或“否”。请使用 Y 或 N；午餐状态 Free 或 Reduced（F、R）表示“是”，Paid（P）表示“否”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not say whether the student is Hispanic or Latino. Use Y or N (&quot;Hispanic or Latino&quot; and &quot;Not Hispanic&quot; are read too).</source>
        <translation>“%1”未说明学生是否为西班牙裔或拉丁裔。请使用 Y 或 N（也可识别“Hispanic or Latino”和“Not Hispanic”）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an attendance rate. Write a percentage such as 97.5 or 97.5%, or a fraction such as 0.975.</source>
        <translation>“%1”不是出席率。请填写百分比（例如 97.5 或 97.5%），或小数（例如 0.975）。</translation>
    </message>
    <message>
        <source>%1 is not a possible attendance rate: it must be between 0 and 100%.</source>
        <translation>%1 不是可能的出席率：必须在 0 到 100% 之间。</translation>
    </message>
</context>
<context>
    <name>tutordesk::Schedule</name>
    <message>
        <source>Mondays</source>
        <translation>每周一</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>每周二</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>每周三</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>每周四</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>每周五</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>每周六</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>每周日</translation>
    </message>
</context>
<context>
    <name>tutordesk::ScheduleConflicts</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2) is in %3 at the same time on %4.</source>
        <translation>%1（%2）在 %4 的同一时间在 %3。</translation>
    </message>
    <message>
        <source>no hours on %1</source>
        <translation>%1 无可用时间</translation>
    </message>
    <message>
        <source>available %1</source>
        <translation>可用时间 %1</translation>
    </message>
    <message>
        <source>%1 is not available on %2 at %3 (%4).</source>
        <translation>%1 在 %2 %3 没有空（%4）。</translation>
    </message>
    <message>
        <source>%1 is out on %2.</source>
        <translation>%1 在 %2 缺勤。</translation>
    </message>
    <message>
        <source>%1 is out on %2 (%3).</source>
        <translation>%1 在 %2 缺勤（%3）。</translation>
    </message>
    <message>
        <source>%1 is already covering %2 on %3.</source>
        <translation>%1 已在 %3 为 %2 代课。</translation>
    </message>
    <message>
        <source>%1 already teaches %2 on %3.</source>
        <translation>%1 已在 %3 教授 %2。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 is taken by %2 on %3.</source>
        <translation>%1 在 %3 已被 %2 占用。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is already covering %2 on %3 at %4 (%n date(s) from %5).</source>
        <translation>
            <numerusform>%1 已在 %3 %4 为 %2 代课（自 %5 起共 %n 个日期）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already teaches %2 on %3 at %4 (%n date(s) from %5).</source>
        <translation>
            <numerusform>%1 已在 %3 %4 教授 %2（自 %5 起共 %n 个日期）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is in %2 at the same time on %3 at %4 (%n date(s) from %5).</source>
        <translation>
            <numerusform>%1 在 %3 %4 的同一时间在 %2（自 %5 起共 %n 个日期）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is taken by %2 on %3 at %4 (%n date(s) from %5).</source>
        <translation>
            <numerusform>%1 在 %3 %4 已被 %2 占用（自 %5 起共 %n 个日期）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more conflict(s).</source>
        <translation>
            <numerusform>…另有 %n 处冲突。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::SchedulePage</name>
    <message>
        <source>New &amp;Group…</source>
        <translation>新建小组(&amp;G)…</translation>
    </message>
    <message>
        <source>Mark Tutor &amp;Out…</source>
        <translation>标记辅导老师缺勤(&amp;O)…</translation>
    </message>
    <message>
        <source>Print Day &amp;List…</source>
        <translation>打印当日名单(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>周视图(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Day list</source>
        <translation>当日名单(&amp;D)</translation>
    </message>
    <message>
        <source>A new tutoring group with its tutor, room, days and times</source>
        <translation>新建辅导小组，并指定辅导老师、教室、上课日和时间</translation>
    </message>
    <message>
        <source>A tutor is out: find substitutes or cancel and make up their sessions</source>
        <translation>辅导老师缺勤：寻找代课老师，或取消其辅导课并安排补课</translation>
    </message>
    <message>
        <source>Print the sessions of a day, with the students expected</source>
        <translation>打印某一天的辅导课及应到学生</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>课表</translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ 上一周(&amp;P)</translation>
    </message>
    <message>
        <source>T&amp;his Week</source>
        <translation>本周(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Next week ▶</source>
        <translation>下一周(&amp;N) ▶</translation>
    </message>
    <message>
        <source>Week shown</source>
        <translation>显示的周</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>显示(&amp;W)：</translation>
    </message>
    <message>
        <source>Tutor filter</source>
        <translation>辅导老师筛选</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>本周辅导课</translation>
    </message>
    <message>
        <source>All tutors</source>
        <translation>所有辅导老师</translation>
    </message>
    <message>
        <source>The tutors could not be read: %1</source>
        <translation>无法读取辅导老师：%1</translation>
    </message>
    <message>
        <source>The week could not be read: %1</source>
        <translation>无法读取该周：%1</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>%1 当周</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) this week</source>
        <translation>
            <numerusform>本周 %n 节辅导课</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n 节已取消</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) to cover</source>
        <translation>
            <numerusform>%n 节需要代课</numerusform>
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
        <translation>%1 — 将鼠标指向某个课块可查看详情，或只显示一位辅导老师</translation>
    </message>
    <message>
        <source>The session could not be read: %1</source>
        <translation>无法读取辅导课：%1</translation>
    </message>
    <message>
        <source>%1 on %2 is scheduled again.</source>
        <translation>%2 的 %1 已重新排课。</translation>
    </message>
</context>
<context>
    <name>tutordesk::School</name>
    <message>
        <source>The school code is missing: give the district&apos;s code for this school.</source>
        <translation>缺少学校代码：请填写学区为本校指定的代码。</translation>
    </message>
    <message>
        <source>The school name is missing.</source>
        <translation>缺少学校名称。</translation>
    </message>
    <message>
        <source>The school year must start before it ends (dates as YYYY-MM-DD).</source>
        <translation>学年的开始日期必须早于结束日期（日期格式为 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>%1 already holds a school (%2). A TutorDesk database belongs to one school: create a new database for another.</source>
        <translation>%1 中已有一所学校（%2）。一个 TutorDesk 数据库只属于一所学校：请为其他学校新建数据库。</translation>
    </message>
    <message>
        <source>The school could not be saved: %1</source>
        <translation>无法保存学校：%1</translation>
    </message>
    <message>
        <source>“%1” is not a phone number families can call: give at least 7 digits, for example (213) 555-0142.</source>
        <translation>“%1”不是家庭可以拨打的电话号码：请至少填写 7 位数字，例如 (213) 555-0142。</translation>
    </message>
    <message>
        <source>This database holds no school yet: set the school up first.</source>
        <translation>此数据库中还没有学校：请先设置学校。</translation>
    </message>
    <message>
        <source>The school&apos;s details could not be saved: %1</source>
        <translation>无法保存学校信息：%1</translation>
    </message>
</context>
<context>
    <name>tutordesk::SchoolCalendar</name>
    <message>
        <source>School day</source>
        <translation>上课日</translation>
    </message>
    <message>
        <source>Minimum day</source>
        <translation>短课日</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>假期</translation>
    </message>
    <message>
        <source>Non-instructional day</source>
        <translation>非教学日</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <source>Outside the school year</source>
        <translation>学年以外</translation>
    </message>
</context>
<context>
    <name>tutordesk::SchoolDetailsEditor</name>
    <message>
        <source>Families read these on every letter: the school&apos;s name, address and phone at the top, and whom to call at the bottom.</source>
        <translation>家庭会在每封信中看到这些信息：顶部是学校名称、地址和电话，底部是联系人。</translation>
    </message>
    <message>
        <source>(213) 555-0142</source>
        <translation>(213) 555-0142</translation>
    </message>
    <message>
        <source>Your name as families know it</source>
        <translation>家庭所熟知的您的姓名</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>学校名称</translation>
    </message>
    <message>
        <source>School address</source>
        <translation>学校地址</translation>
    </message>
    <message>
        <source>Phone number families call</source>
        <translation>家庭拨打的电话号码</translation>
    </message>
    <message>
        <source>Tutoring coordinator</source>
        <translation>辅导协调员</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>学校名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Phone families call:</source>
        <translation>家庭联系电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Tutoring &amp;coordinator:</source>
        <translation>辅导协调员(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>tutordesk::SchoolSetup</name>
    <message>
        <source>%1 is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation>%1 已损坏，无法读取（%2）。请从备份恢复。</translation>
    </message>
</context>
<context>
    <name>tutordesk::Scores</name>
    <message>
        <source>The import of %1 was cancelled; nothing was changed.</source>
        <translation>已取消导入 %1；未做任何更改。</translation>
    </message>
    <message>
        <source>The scores could not be saved, so nothing was changed: %1</source>
        <translation>无法保存成绩，因此未做任何更改：%1</translation>
    </message>
    <message>
        <source>The column mapping could not be saved for next time: %1</source>
        <translation>无法保存列映射以供下次使用：%1</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>学生编号</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>科目</translation>
    </message>
    <message>
        <source>Scale score</source>
        <translation>量表分数</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>定级</translation>
    </message>
    <message>
        <source>Grade levels below</source>
        <translation>低于年级水平的级数</translation>
    </message>
    <message>
        <source>Test window</source>
        <translation>测试时段</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Assessment name</source>
        <translation>评估名称</translation>
    </message>
    <message>
        <source>No column holds the %1. Rename that column to &quot;%1&quot;, or say which column it is in the mapping.</source>
        <translation>没有包含%1的列。请将该列重命名为“%1”，或在映射中指明是哪一列。</translation>
    </message>
    <message>
        <source>No column holds the Subject. Add a column &quot;Subject&quot; with Reading or Math on each line, or say which column it is in the mapping.</source>
        <translation>没有包含科目的列。请添加“Subject”列，并在每行填写 Reading 或 Math，或在映射中指明是哪一列。</translation>
    </message>
    <message>
        <source>The student ID is empty. Fill it in, or remove the line.</source>
        <translation>学生编号为空。请填写，或删除该行。</translation>
    </message>
    <message>
        <source>No student with ID &quot;%1&quot; is on file. Import the roster first, or correct the ID.</source>
        <translation>没有编号为“%1”的学生记录。请先导入名册，或更正编号。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subject TutorDesk knows. Write Reading, Math or Writing.</source>
        <translation>“%1”不是 TutorDesk 可识别的科目。请填写 Reading、Math 或 Writing。</translation>
    </message>
    <message>
        <source>The date is empty. Fill in the day the test was taken, as YYYY-MM-DD.</source>
        <translation>日期为空。请按 YYYY-MM-DD 格式填写考试日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a test window. Write BOY, MOY or EOY (or Fall, Winter, Spring).</source>
        <translation>“%1”不是测试时段。请填写 BOY、MOY 或 EOY（或 Fall、Winter、Spring）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Write the scale score in digits, for example 452.</source>
        <translation>“%1”不是数字。请用数字填写量表分数，例如 452。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of grade levels below. Write a whole number from -3 (above grade level) to 12, or leave it empty.</source>
        <translation>“%1”不是低于年级水平的级数。请填写 -3（高于年级水平）到 12 之间的整数，或留空。</translation>
    </message>
    <message>
        <source>This line has no score, placement or grade levels below. Fill one in, or remove the line.</source>
        <translation>此行没有分数、定级或低于年级水平的级数。请填写其中一项，或删除该行。</translation>
    </message>
    <message>
        <source>Line %1 has a result for the same student, subject, window and date. Keep one of the two lines.</source>
        <translation>第 %1 行有同一学生、科目、时段和日期的结果。请只保留两行中的一行。</translation>
    </message>
    <message>
        <source>Results with no test window, which was taken from the date (August to October BOY, November to February MOY, March to July EOY): %1.</source>
        <translation>没有测试时段、已根据日期推断的结果（8 月至 10 月为 BOY，11 月至 2 月为 MOY，3 月至 7 月为 EOY）：%1。</translation>
    </message>
    <message>
        <source>Placements that do not say how many grade levels below: %1. The need score counts those results only when a &quot;Grade levels below&quot; column gives it.</source>
        <translation>未说明低于年级水平几级的定级结果：%1。只有当“Grade levels below”列提供该信息时，需求分数才会计入这些结果。</translation>
    </message>
</context>
<context>
    <name>tutordesk::Session</name>
    <message>
        <source>%1 is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation>%1 已损坏，无法读取（%2）。请从备份恢复。</translation>
    </message>
    <message>
        <source>%1 holds no school yet.</source>
        <translation>%1 中还没有学校。</translation>
    </message>
</context>
<context>
    <name>tutordesk::SessionBlock</name>
    <message>
        <source>M</source>
        <comment>make-up, in a narrow block</comment>
        <translation>补</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Needs cover</source>
        <translation>需要代课</translation>
    </message>
    <message>
        <source>Make-up</source>
        <translation>补课</translation>
    </message>
</context>
<context>
    <name>tutordesk::SessionChangesText</name>
    <message>
        <source>Saved. No sessions were affected.</source>
        <translation>已保存。没有辅导课受到影响。</translation>
    </message>
    <message numerus="yes">
        <source>%n future session(s) removed</source>
        <translation>
            <numerusform>已删除 %n 节将来的辅导课</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added back</source>
        <translation>
            <numerusform>已恢复 %n 节辅导课</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) shortened</source>
        <translation>
            <numerusform>已缩短 %n 节辅导课</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) back to full length</source>
        <translation>
            <numerusform>%n 节辅导课已恢复完整时长</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) changed</source>
        <translation>
            <numerusform>已更改 %n 节辅导课</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. %1.</source>
        <comment>Saved. 14 future sessions removed, 3 sessions shortened.</comment>
        <translation>已保存。%1。</translation>
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
        <translation>%2 %3 的 %1</translation>
    </message>
    <message>
        <source>Tutor absent</source>
        <translation>辅导老师缺勤</translation>
    </message>
    <message>
        <source>School event</source>
        <translation>学校活动</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>天气原因</translation>
    </message>
    <message>
        <source>Student event</source>
        <translation>学生活动</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <source>There is no session %1 (it may have been removed). Reload the schedule.</source>
        <translation>没有辅导课 %1（可能已被删除）。请重新加载课表。</translation>
    </message>
    <message>
        <source>Attendance was taken for this session on %1 (%2 at %3); clear it first.</source>
        <translation>该辅导课已于 %1 记录考勤（%2 %3）；请先清除考勤。</translation>
    </message>
    <message>
        <source>%1 was already held; its substitute cannot be changed now.</source>
        <translation>%1 已上过；现在不能更换其代课老师。</translation>
    </message>
    <message>
        <source>%1 is cancelled. Restore it before you book a substitute.</source>
        <translation>%1 已取消。请先恢复，再预约代课老师。</translation>
    </message>
    <message>
        <source>There is no tutor %1 (they may have been removed). Reload the Tutors page.</source>
        <translation>没有辅导老师 %1（可能已被删除）。请重新加载“辅导老师”页面。</translation>
    </message>
    <message>
        <source>%1 was already held; who taught it stays on record.</source>
        <translation>%1 已上过；授课人记录将保留。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason to cancel a session: use tutor_absent, school_event, weather, student_event or other.</source>
        <translation>“%1”不是取消辅导课的原因：请使用 tutor_absent、school_event、weather、student_event 或 other。</translation>
    </message>
    <message>
        <source>%1 was already held and cannot be cancelled.</source>
        <translation>%1 已上过，无法取消。</translation>
    </message>
    <message>
        <source>%1 is not cancelled.</source>
        <translation>%1 未被取消。</translation>
    </message>
    <message>
        <source>%1 is in the past; it stays cancelled.</source>
        <translation>%1 已过去；将保持取消状态。</translation>
    </message>
    <message>
        <source>%1 cannot be restored. %2</source>
        <translation>无法恢复 %1。%2</translation>
    </message>
    <message>
        <source>Choose a day and a start time for the make-up of %1.</source>
        <translation>请为 %1 的补课选择日期和开始时间。</translation>
    </message>
    <message>
        <source>The make-up of %1 cannot be on %2: it is not a school day (%3). Choose another day.</source>
        <translation>%1 的补课不能安排在 %2：那天不是上课日（%3）。请选择其他日期。</translation>
    </message>
    <message>
        <source>A make-up lasts 5 to 240 minutes, not %1.</source>
        <translation>补课时长为 5 到 240 分钟，而不是 %1。</translation>
    </message>
    <message>
        <source>The make-up of %1 cannot be on %2 at %3. %4</source>
        <translation>%1 的补课不能安排在 %2 %3。%4</translation>
    </message>
    <message>
        <source>Attendance was taken for this session; clear it first.</source>
        <translation>该辅导课已记录考勤；请先清除考勤。</translation>
    </message>
    <message>
        <source>That session is cancelled; attendance cannot be taken for it.</source>
        <translation>该辅导课已取消；无法为其记录考勤。</translation>
    </message>
    <message>
        <source>The schedule could not be changed in %1: %2</source>
        <translation>无法在 %1 中更改课表：%2</translation>
    </message>
    <message>
        <source>%1 is inactive and cannot cover %2. Choose a tutor from the substitute pool or an active tutor.</source>
        <translation>%1 已停用，不能为 %2 代课。请从代课老师库中选择，或选择一位启用的辅导老师。</translation>
    </message>
    <message>
        <source>%1 is the tutor of %2; choose someone else to cover it.</source>
        <translation>%1 是 %2 的辅导老师；请选择其他人代课。</translation>
    </message>
    <message>
        <source>%1 cannot cover %2: they do not teach %3. Choose a tutor who does.</source>
        <translation>%1 不能为 %2 代课：其不教授%3。请选择教授该科目的辅导老师。</translation>
    </message>
    <message>
        <source>%1 cannot cover %2. %3</source>
        <translation>%1 不能为 %2 代课。%3</translation>
    </message>
    <message>
        <source>%1 cannot cover %2: they are marked out that day.</source>
        <translation>%1 不能为 %2 代课：其当天已标记为缺勤。</translation>
    </message>
    <message>
        <source>%1 cannot cover %2: it is outside the times they are available. Choose another substitute, or change their availability on the Tutors page.</source>
        <translation>%1 不能为 %2 代课：不在其可用时间内。请选择其他代课老师，或在“辅导老师”页面修改其可用时间。</translation>
    </message>
    <message>
        <source>%1 cannot cover %2: they teach another session at that time.</source>
        <translation>%1 不能为 %2 代课：其在该时间有另一节辅导课。</translation>
    </message>
</context>
<context>
    <name>tutordesk::SessionDetails</name>
    <message>
        <source>Click a session to see who teaches it, where, and who attends.</source>
        <translation>单击某节辅导课，查看授课老师、地点和出席学生。</translation>
    </message>
    <message>
        <source>&amp;Edit Group…</source>
        <translation>编辑小组(&amp;E)…</translation>
    </message>
    <message>
        <source>Find a &amp;Substitute…</source>
        <translation>寻找代课老师(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Cancel Session…</source>
        <translation>取消辅导课(&amp;C)…</translation>
    </message>
    <message>
        <source>Make-&amp;up…</source>
        <translation>补课(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Take &amp;Attendance…</source>
        <translation>记录考勤(&amp;A)…</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>辅导课详情</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Tutor:</source>
        <translation>辅导老师：</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>教室：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Change the group&apos;s tutor, room, days or times (double-click or Enter on a session)</source>
        <translation>更改小组的辅导老师、教室、上课日或时间（双击辅导课或按 Enter）</translation>
    </message>
    <message>
        <source>A free, cleared tutor who teaches the subject takes this session</source>
        <translation>由一位有空、已通过背景审查且教授该科目的辅导老师接手此辅导课</translation>
    </message>
    <message>
        <source>Cancel this session, with a make-up time or without</source>
        <translation>取消此辅导课，可安排或不安排补课时间</translation>
    </message>
    <message>
        <source>Schedule a make-up for this cancelled session</source>
        <translation>为此已取消的辅导课安排补课</translation>
    </message>
    <message>
        <source>The session happens after all: schedule it again</source>
        <translation>辅导课照常进行：重新排课</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier · subject</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>无辅导老师</translation>
    </message>
    <message>
        <source>%1, substituting for %2</source>
        <translation>%1，代替 %2</translation>
    </message>
    <message>
        <source>None given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>3 students:</comment>
        <translation>%1：</translation>
    </message>
    <message>
        <source>No students</source>
        <translation>没有学生</translation>
    </message>
    <message>
        <source>Change &amp;Substitute…</source>
        <translation>更换代课老师(&amp;S)…</translation>
    </message>
    <message>
        <source>Edit &amp;Attendance…</source>
        <translation>编辑考勤(&amp;A)…</translation>
    </message>
    <message>
        <source>A cancelled session has no attendance</source>
        <translation>已取消的辅导课没有考勤</translation>
    </message>
    <message>
        <source>Attendance can be taken from the session&apos;s day on</source>
        <translation>从辅导课当天起即可记录考勤</translation>
    </message>
    <message>
        <source>Change the attendance recorded for this session</source>
        <translation>更改此辅导课已记录的考勤</translation>
    </message>
    <message>
        <source>Mark who came, with the keyboard: P, T, E or U per student</source>
        <translation>用键盘标记出席情况：每名学生按 P、T、E 或 U</translation>
    </message>
</context>
<context>
    <name>tutordesk::SessionText</name>
    <message>
        <source>%1, %2</source>
        <comment>day, time range</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Sub: %1</source>
        <comment>a substitute teaches the session</comment>
        <translation>代课：%1</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>无辅导老师</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Cancelled (%1)</source>
        <comment>cancelled (reason)</comment>
        <translation>已取消（%1）</translation>
    </message>
    <message>
        <source>Needs cover: the tutor is out</source>
        <translation>需要代课：辅导老师缺勤</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已上课</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已排课</translation>
    </message>
    <message>
        <source>%1 · Make-up</source>
        <comment>status · make-up</comment>
        <translation>%1 · 补课</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier · subject</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Tutor: %1</source>
        <translation>辅导老师：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Substitute: %1 (for %2)</source>
        <translation>代课老师：%1（代替 %2）</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>教室：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>3 students: names</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>tutor absent</source>
        <translation>辅导老师缺勤</translation>
    </message>
    <message>
        <source>school event</source>
        <translation>学校活动</translation>
    </message>
    <message>
        <source>weather</source>
        <translation>天气原因</translation>
    </message>
    <message>
        <source>student event</source>
        <translation>学生活动</translation>
    </message>
    <message>
        <source>other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <source>Pull-out (during the school day)</source>
        <translation>抽离式（在校上课时间内）</translation>
    </message>
    <message>
        <source>After school</source>
        <translation>放学后</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>混合式</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n 名学生</numerusform>
        </translation>
    </message>
    <message>
        <source>No students</source>
        <translation>没有学生</translation>
    </message>
    <message>
        <source>Saved. The sessions are unchanged.</source>
        <translation>已保存。辅导课未变动。</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added</source>
        <translation>
            <numerusform>已添加 %n 节辅导课</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) removed</source>
        <translation>
            <numerusform>已删除 %n 节辅导课</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>sessions</comment>
        <translation>
            <numerusform>已删除 %n 节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) moved</source>
        <translation>
            <numerusform>已调整 %n 节辅导课</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <comment>sessions</comment>
        <translation>
            <numerusform>已调整 %n 节</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. %1; earlier sessions and their attendance are unchanged.</source>
        <translation>已保存。%1；之前的辅导课及其考勤未变动。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>第 %1 层级</translation>
    </message>
</context>
<context>
    <name>tutordesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>学校(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Need score</source>
        <translation>需求分数(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Tiers and seats</source>
        <translation>层级与名额(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Protocol</source>
        <translation>处理规程(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>信函(&amp;L)</translation>
    </message>
    <message>
        <source>Pro&amp;gress</source>
        <translation>进展(&amp;G)</translation>
    </message>
    <message>
        <source>P&amp;robes</source>
        <translation>测评(&amp;R)</translation>
    </message>
    <message>
        <source>District s&amp;ync</source>
        <translation>学区同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Why the settings were not saved</source>
        <translation>设置未保存的原因</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>无法读取设置：%1</translation>
    </message>
    <message>
        <source>%1 Scheduled syncs can pass the token in TUTORDESK_TOKEN instead.</source>
        <translation>%1 定时同步也可以通过 TUTORDESK_TOKEN 传递令牌。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Recalculate Need Scores?</source>
        <translation>重新计算需求分数？</translation>
    </message>
    <message>
        <source>The new weights and tiers apply once need scores are recalculated. Recalculate every student&apos;s score now?</source>
        <translation>新的权重和层级将在重新计算需求分数后生效。现在重新计算所有学生的分数吗？</translation>
    </message>
    <message>
        <source>Seats already given are kept.</source>
        <translation>已分配的名额将保留。</translation>
    </message>
    <message>
        <source>Saved, but the need scores could not be recalculated: %1</source>
        <translation>已保存，但无法重新计算需求分数：%1</translation>
    </message>
</context>
<context>
    <name>tutordesk::SiblingGuardianDialog</name>
    <message>
        <source>Add a Sibling&apos;s Guardian</source>
        <translation>添加兄弟姐妹的监护人</translation>
    </message>
    <message>
        <source>Name or phone</source>
        <translation>姓名或电话</translation>
    </message>
    <message>
        <source>Search guardians by name or phone</source>
        <translation>按姓名或电话搜索监护人</translation>
    </message>
    <message>
        <source>Guardians of other students</source>
        <translation>其他学生的监护人</translation>
    </message>
    <message>
        <source>Relationship to this student</source>
        <translation>与该学生的关系</translation>
    </message>
    <message>
        <source>Guardians of other students who share this family&apos;s last name or a phone number. Search to find someone else.</source>
        <translation>与此家庭姓氏或电话号码相同的其他学生的监护人。如需查找其他人，请搜索。</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>关系(&amp;R)：</translation>
    </message>
    <message>
        <source>The guardians could not be read: %1</source>
        <translation>无法读取监护人：%1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 — guardian of %2</source>
        <translation>%1 — %2 的监护人</translation>
    </message>
    <message>
        <source>Choose a guardian in the list, or search for one by name or phone.</source>
        <translation>请在列表中选择一位监护人，或按姓名或电话搜索。</translation>
    </message>
    <message>
        <source>The guardian could not be added.</source>
        <translation>无法添加监护人。</translation>
    </message>
    <message>
        <source>The guardian could not be added: %1</source>
        <translation>无法添加监护人：%1</translation>
    </message>
</context>
<context>
    <name>tutordesk::Staffing</name>
    <message>
        <source>no tutor</source>
        <translation>无辅导老师</translation>
    </message>
    <message>
        <source>tutor inactive</source>
        <translation>辅导老师已停用</translation>
    </message>
    <message>
        <source>clearance missing</source>
        <translation>缺少背景审查</translation>
    </message>
    <message>
        <source>clearance expired</source>
        <translation>背景审查已过期</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>tutordesk::Store</name>
    <message>
        <source>%1: no TutorDesk database is there. Check the path, or create a new school.</source>
        <translation>%1：该位置没有 TutorDesk 数据库。请检查路径，或新建学校。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a TutorDesk database.</source>
        <translation>%1 是文件夹，不是 TutorDesk 数据库。</translation>
    </message>
    <message>
        <source>%1 is not a TutorDesk database (it is not a database file at all). Choose the .tutordesk file, or create a new school.</source>
        <translation>%1 不是 TutorDesk 数据库（根本不是数据库文件）。请选择 .tutordesk 文件，或新建学校。</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>%1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not TutorDesk&apos;s. Open a TutorDesk database, or create a new school.</source>
        <translation>%1 是其他程序的数据库，不是 TutorDesk 的。请打开 TutorDesk 数据库，或新建学校。</translation>
    </message>
    <message>
        <source>%1 was written by a newer TutorDesk (data version %2; this TutorDesk reads up to %3). Install the newer TutorDesk to open it.</source>
        <translation>%1 由较新版本的 TutorDesk 写入（数据版本 %2；此 TutorDesk 最高只能读取 %3）。请安装较新版本的 TutorDesk 以打开它。</translation>
    </message>
    <message>
        <source>%1: cannot switch the database to write-ahead logging (got &quot;%2&quot;). Copy it to a local folder and open it there.</source>
        <translation>%1：无法将数据库切换到预写日志模式（得到“%2”）。请将其复制到本地文件夹后再打开。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation>%1 已损坏，无法读取（%2）。请从备份恢复。</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing (%2). Check that the file and its folder are yours and not read-only.</source>
        <translation>无法以写入方式打开 %1（%2）。请确认该文件及其文件夹属于您且不是只读的。</translation>
    </message>
    <message>
        <source>%1 is busy: another program is writing to it. Close it there and try again.</source>
        <translation>%1 正忙：另一个程序正在写入。请在该程序中关闭后重试。</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 needs upgrading for this TutorDesk, and a copy is kept first, but the copy could not be made (%2). Free some disk space and open it again.</source>
        <translation>%1 需要升级以适用于此版本的 TutorDesk，升级前会先保存一份副本，但无法创建副本（%2）。请释放一些磁盘空间后重新打开。</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentColumns</name>
    <message>
        <source>%1 (%2)</source>
        <comment>first name (preferred name)</comment>
        <translation>%1（%2）</translation>
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
        <translation>常用名 %1</translation>
    </message>
    <message>
        <source>Tier %1: select the student to see why</source>
        <translation>第 %1 层级：选择该学生可查看原因</translation>
    </message>
    <message>
        <source>District ID</source>
        <translation>学区编号</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Home language</source>
        <translation>家庭语言</translation>
    </message>
    <message>
        <source>EL status</source>
        <translation>英语学习者身份</translation>
    </message>
    <message>
        <source>Student groups</source>
        <translation>学生群体</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席率</translation>
    </message>
    <message>
        <source>Need score</source>
        <translation>需求分数</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>辅导项目</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The student&apos;s ID in the district&apos;s student information system</source>
        <translation>学生在学区学生信息系统中的编号</translation>
    </message>
    <message>
        <source>English language status: EO, IFEP, EL, RFEP or TBD</source>
        <translation>英语语言身份：EO、IFEP、EL、RFEP 或 TBD</translation>
    </message>
    <message>
        <source>IEP, Section 504 plan, foster youth, homeless, socio-economically disadvantaged (SED)
This column cannot be sorted; filter by student group instead.</source>
        <translation>IEP、第 504 条款计划、寄养青少年、无家可归、社会经济弱势（SED）
此列无法排序；请改用学生群体筛选。</translation>
    </message>
    <message>
        <source>The student&apos;s school attendance rate this year</source>
        <translation>学生本学年的在校出席率</translation>
    </message>
    <message>
        <source>Points from benchmark results, attendance and student groups: higher means more need</source>
        <translation>来自基准测试结果、出席率和学生群体的分值：越高表示需求越大</translation>
    </message>
    <message>
        <source>The tier of support the need score qualifies for: 1 classroom, 2 small group, 3 intensive</source>
        <translation>需求分数对应的支持层级：1 课堂，2 小组，3 强化</translation>
    </message>
    <message>
        <source>Where the student stands in the tutoring program</source>
        <translation>学生在辅导项目中的状态</translation>
    </message>
    <message>
        <source>Enrolled at the school, or withdrawn</source>
        <translation>在校就读，或已转出</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentContactDialog</name>
    <message>
        <source>An &amp;interpreter helped</source>
        <translation>有翻译人员协助(&amp;I)</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>Log Contact — %1</source>
        <translation>记录联系 — %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No guardian (someone else)</source>
        <translation>非监护人（其他人）</translation>
    </message>
    <message>
        <source>Guardian contacted</source>
        <translation>联系的监护人</translation>
    </message>
    <message>
        <source>Date and time of the contact</source>
        <translation>联系的日期和时间</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>We contacted the family</source>
        <translation>我们联系了家庭</translation>
    </message>
    <message>
        <source>The family contacted us</source>
        <translation>家庭联系了我们</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Language of the contact</source>
        <translation>联系时使用的语言</translation>
    </message>
    <message>
        <source>e.g. asked about reading at home</source>
        <translation>例如：询问了在家阅读情况</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Contact again on</source>
        <translation>再次联系日期</translation>
    </message>
    <message>
        <source>&amp;Guardian:</source>
        <translation>监护人(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>方向(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>目的(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>跟进(&amp;F)：</translation>
    </message>
    <message>
        <source>The contact could not be saved.</source>
        <translation>无法保存联系记录。</translation>
    </message>
    <message>
        <source>The contact could not be saved: %1</source>
        <translation>无法保存联系记录：%1</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentFamilyPanel</name>
    <message>
        <source>Guardians</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation>已寄信函</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收信人</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a parent or guardian of this student</source>
        <translation>为该学生添加家长或监护人</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>编辑(&amp;D)…</translation>
    </message>
    <message>
        <source>Change the guardian&apos;s phones, e-mail, language or consent</source>
        <translation>更改监护人的电话、电子邮件、语言或同意情况</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>删除(&amp;V)</translation>
    </message>
    <message>
        <source>This person is no longer this student&apos;s guardian</source>
        <translation>此人不再是该学生的监护人</translation>
    </message>
    <message>
        <source>Ma&amp;ke Primary</source>
        <translation>设为主要联系人(&amp;K)</translation>
    </message>
    <message>
        <source>Letters go to the primary guardian and calls go there first</source>
        <translation>信函寄给主要监护人，电话也首先打给主要监护人</translation>
    </message>
    <message>
        <source>Add a Si&amp;bling&apos;s Guardian…</source>
        <translation>添加兄弟姐妹的监护人(&amp;B)…</translation>
    </message>
    <message>
        <source>Link a parent already on record for a brother or sister</source>
        <translation>关联已作为兄弟或姐妹家长记录在案的家长</translation>
    </message>
    <message>
        <source>Log &amp;Contact…</source>
        <translation>记录联系(&amp;C)…</translation>
    </message>
    <message>
        <source>Record a call, text, visit or meeting with the family</source>
        <translation>记录与家庭的电话、短信、家访或会面</translation>
    </message>
    <message>
        <source>Write a Letter…</source>
        <translation>写信…</translation>
    </message>
    <message>
        <source>Print or save a letter in the family&apos;s language</source>
        <translation>以家庭的语言打印或保存信函</translation>
    </message>
    <message>
        <source>Double-click a contact (or press Enter) to correct it</source>
        <translation>双击联系记录（或按 Enter）可进行更正</translation>
    </message>
    <message>
        <source>Mobile %1</source>
        <translation>手机 %1</translation>
    </message>
    <message>
        <source>Home %1</source>
        <translation>住宅 %1</translation>
    </message>
    <message>
        <source>Work %1</source>
        <translation>工作 %1</translation>
    </message>
    <message>
        <source>Select a student to see their family.</source>
        <translation>选择一名学生以查看其家庭。</translation>
    </message>
    <message>
        <source>The family could not be read: %1</source>
        <translation>无法读取家庭信息：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>★ %1 — primary</source>
        <translation>★ %1 — 主要联系人</translation>
    </message>
    <message>
        <source>Prefers: %1</source>
        <translation>首选：%1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>电子邮件：%1</translation>
    </message>
    <message>
        <source>Consents to texts</source>
        <translation>同意接收短信</translation>
    </message>
    <message>
        <source>No consent to texts</source>
        <translation>未同意接收短信</translation>
    </message>
    <message>
        <source>Also the guardian of: %1</source>
        <translation>同时也是以下学生的监护人：%1</translation>
    </message>
    <message>
        <source>No guardian on file: add one.</source>
        <translation>没有监护人记录：请添加。</translation>
    </message>
    <message>
        <source>%1 (from the family)</source>
        <translation>%1（来自家庭）</translation>
    </message>
    <message>
        <source>%1, interpreter</source>
        <translation>%1，有翻译人员</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>联系对象：%1</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>记录人：%1</translation>
    </message>
    <message>
        <source>Printed from a translation not yet reviewed</source>
        <translation>打印自尚未审核的译文</translation>
    </message>
    <message>
        <source>Remove Guardian</source>
        <translation>删除监护人</translation>
    </message>
    <message>
        <source>Remove %1 from this student&apos;s guardians? Contacts and letters already on record keep their name.</source>
        <translation>要将 %1 从该学生的监护人中删除吗？已存档的联系记录和信函会保留其姓名。</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentFilterBar</name>
    <message>
        <source>Show &amp;withdrawn</source>
        <translation>显示已转出学生(&amp;W)</translation>
    </message>
    <message>
        <source>Search by name or ID</source>
        <translation>按姓名或编号搜索</translation>
    </message>
    <message>
        <source>Search students</source>
        <translation>搜索学生</translation>
    </message>
    <message>
        <source>Type part of a first, last or preferred name, or a district ID (Ctrl+F)</source>
        <translation>输入名、姓或常用名的一部分，或学区编号（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>层级(&amp;T)：</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>辅导项目(&amp;P)：</translation>
    </message>
    <message>
        <source>Program status</source>
        <translation>辅导项目状态</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>年级(&amp;G)：</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>EL &amp;status:</source>
        <translation>英语学习者身份(&amp;S)：</translation>
    </message>
    <message>
        <source>EL status</source>
        <translation>英语学习者身份</translation>
    </message>
    <message>
        <source>Home &amp;language:</source>
        <translation>家庭语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Home language</source>
        <translation>家庭语言</translation>
    </message>
    <message>
        <source>Student gr&amp;oup:</source>
        <translation>学生群体(&amp;O)：</translation>
    </message>
    <message>
        <source>Student group</source>
        <translation>学生群体</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>所有年级</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>All students</source>
        <translation>所有学生</translation>
    </message>
    <message>
        <source>IEP</source>
        <translation>IEP</translation>
    </message>
    <message>
        <source>504 plan</source>
        <translation>504 计划</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>寄养青少年</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>无家可归</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>社会经济弱势</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>英语学习者</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>任何层级</translation>
    </message>
    <message>
        <source>Tier 3 · Intensive</source>
        <translation>第 3 层级 · 强化</translation>
    </message>
    <message>
        <source>Tier 2 · Small group</source>
        <translation>第 2 层级 · 小组</translation>
    </message>
    <message>
        <source>Tier 1 · Classroom</source>
        <translation>第 1 层级 · 课堂</translation>
    </message>
    <message>
        <source>The tier the student&apos;s need score qualifies for</source>
        <translation>学生需求分数对应的层级</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>Not in the program</source>
        <translation>未参加辅导项目</translation>
    </message>
    <message>
        <source>Where the student stands in the tutoring program</source>
        <translation>学生在辅导项目中的状态</translation>
    </message>
    <message>
        <source>Show withdrawn students</source>
        <translation>显示已转出学生</translation>
    </message>
    <message>
        <source>Include students who have left the school</source>
        <translation>包括已离校的学生</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>所有语言</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentMakeupDialog</name>
    <message>
        <source>Schedule Make-up — %1</source>
        <translation>安排补课 — %1</translation>
    </message>
    <message>
        <source>A make-up session of %1 for %2 only. Choose a time:</source>
        <translation>仅为 %2 安排一节 %1 补课。请选择时间：</translation>
    </message>
    <message>
        <source>Make-up times</source>
        <translation>补课时间</translation>
    </message>
    <message>
        <source>&amp;Schedule Make-up</source>
        <translation>安排补课(&amp;S)</translation>
    </message>
    <message>
        <source>The free times could not be read: %1</source>
        <translation>无法读取空闲时间：%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>No free time in the next school days: the tutor or %1 is busy. Schedule it from the Schedule page, or mark the action not needed with a note.</source>
        <translation>接下来几个上课日都没有空闲时间：辅导老师或 %1 没空。请在“课表”页面安排，或将此事项标记为无需处理并附备注。</translation>
    </message>
    <message>
        <source>The make-up could not be scheduled.</source>
        <translation>无法安排补课。</translation>
    </message>
    <message>
        <source>The make-up could not be scheduled: %1</source>
        <translation>无法安排补课：%1</translation>
    </message>
    <message>
        <source>Make-up for %1 scheduled: %2, %3.</source>
        <translation>已为 %1 安排补课：%2，%3。</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentTableModel</name>
    <message>
        <source>The student list could not be read: %1</source>
        <translation>无法读取学生列表：%1</translation>
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
        <translation>过渡幼儿园</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>幼儿园</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>%1 年级</translation>
    </message>
    <message>
        <source>English only (EO)</source>
        <translation>仅说英语（EO）</translation>
    </message>
    <message>
        <source>Initially fluent English proficient (IFEP)</source>
        <translation>入学时英语熟练（IFEP）</translation>
    </message>
    <message>
        <source>English learner (EL)</source>
        <translation>英语学习者（EL）</translation>
    </message>
    <message>
        <source>Reclassified fluent English proficient (RFEP)</source>
        <translation>已重新分类为英语熟练（RFEP）</translation>
    </message>
    <message>
        <source>To be determined (TBD)</source>
        <translation>待定（TBD）</translation>
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
        <translation>寄养</translation>
    </message>
    <message>
        <source>Homeless</source>
        <comment>short tag</comment>
        <translation>无家可归</translation>
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
        <translation>个别化教育计划（IEP）</translation>
    </message>
    <message>
        <source>Section 504 plan</source>
        <translation>第 504 条款计划</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>寄养青少年</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>无家可归（McKinney-Vento）</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged (SED)</source>
        <translation>社会经济弱势（SED）</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>enrollment status</comment>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Consented</source>
        <comment>enrollment status</comment>
        <translation>已同意</translation>
    </message>
    <message>
        <source>Invited</source>
        <comment>enrollment status</comment>
        <translation>已邀请</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>enrollment status</comment>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Exited</source>
        <comment>enrollment status</comment>
        <translation>已退出</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <comment>enrollment status</comment>
        <translation>候补中</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <comment>student status: attends the school</comment>
        <translation>在读</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>student status: left the school</comment>
        <translation>已转出</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentTutoringPanel</name>
    <message>
        <source>Open protocol actions</source>
        <translation>未处理的规程事项</translation>
    </message>
    <message>
        <source>Tutoring seats</source>
        <translation>辅导名额</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Select a student to see their tutoring: minutes planned and received, sessions delivered and what is due about their absences.</source>
        <translation>选择一名学生以查看其辅导情况：计划和已接受的分钟数、已上的辅导课，以及因缺席而待办的事项。</translation>
    </message>
    <message>
        <source>The student&apos;s tutoring could not be read: %1</source>
        <translation>无法读取该学生的辅导情况：%1</translation>
    </message>
    <message>
        <source>Not in tutoring this year.</source>
        <translation>本学年未参加辅导。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>action · group</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · overdue by %Ln school day(s)</source>
        <translation>
            <numerusform>%1 · 已逾期 %Ln 个上课日</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · due today</source>
        <translation>%1 · 今日到期</translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation>没有待办事项。</translation>
    </message>
    <message>
        <source>%1 · Tier %2 · %3 since %4</source>
        <comment>subject · tier · status since day</comment>
        <translation>%1 · 第 %2 层级 · 自 %4 起%3</translation>
    </message>
    <message>
        <source>%1 · Tier %2 · %3</source>
        <comment>subject · tier · status</comment>
        <translation>%1 · 第 %2 层级 · %3</translation>
    </message>
    <message>
        <source>This week: %1 of %2 min · To date: %3 of %4 min</source>
        <translation>本周：%1 / %2 分钟 · 累计：%3 / %4 分钟</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>minutes (percent of planned)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Minutes the student attended, make-ups included, against the minutes scheduled for the seat, cancelled sessions included.</source>
        <translation>学生出席的分钟数（含补课）与该名额已排分钟数（含已取消的辅导课）的对比。</translation>
    </message>
    <message>
        <source>Minutes received of minutes planned</source>
        <translation>已接受分钟数 / 计划分钟数</translation>
    </message>
    <message>
        <source>Sessions delivered: %1 of %2 (%3), not counting days absent from school</source>
        <translation>已上辅导课：%1 / %2（%3），不计当天未到校的日子</translation>
    </message>
    <message>
        <source>Sessions delivered: none scheduled yet</source>
        <translation>已上辅导课：尚未排课</translation>
    </message>
    <message>
        <source>Sessions the program held out of those it scheduled. Days the student was absent from school are left out: no session could have reached them.</source>
        <translation>项目已排辅导课中实际已上的课次。学生未到校的日子不计入：那天任何辅导课都无法覆盖该学生。</translation>
    </message>
    <message numerus="yes">
        <source>Attendance: %1 of %Ln session(s) (%2)</source>
        <translation>
            <numerusform>出席：%Ln 节辅导课中出席 %1 节（%2）</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance: not taken yet</source>
        <translation>出席：尚未记录</translation>
    </message>
    <message>
        <source>%1 · Make-ups attended: %2</source>
        <comment>attendance · make-ups</comment>
        <translation>%1 · 出席补课：%2</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentsPage</name>
    <message>
        <source>&amp;Import Roster…</source>
        <translation>导入名册(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Recalculate Need Scores</source>
        <translation>重新计算需求分数(&amp;R)</translation>
    </message>
    <message>
        <source>Write Letters…</source>
        <translation>写信…</translation>
    </message>
    <message>
        <source>Number of students shown</source>
        <translation>显示的学生人数</translation>
    </message>
    <message>
        <source>Bring in the roster your district&apos;s student system exported (Ctrl+I)</source>
        <translation>导入学区学生系统导出的名册（Ctrl+I）</translation>
    </message>
    <message>
        <source>Score every student again from their latest benchmarks, attendance and student groups, with the weights in Settings</source>
        <translation>根据每名学生最近的基准测试、出席率和学生群体，按“设置”中的权重重新计算分数</translation>
    </message>
    <message>
        <source>Print a letter for each selected student&apos;s family, each in the family&apos;s language, in one batch (select several with Ctrl or Shift)</source>
        <translation>为每名所选学生的家庭一次性打印一封信，均使用该家庭的语言（按住 Ctrl 或 Shift 可多选）</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>W&amp;hy this student</source>
        <translation>为何是该学生(&amp;H)</translation>
    </message>
    <message>
        <source>T&amp;utoring</source>
        <translation>辅导(&amp;U)</translation>
    </message>
    <message>
        <source>Fa&amp;mily</source>
        <translation>家庭(&amp;M)</translation>
    </message>
    <message>
        <source>Find Student</source>
        <translation>查找学生</translation>
    </message>
    <message>
        <source>The need scores could not be recalculated: %1</source>
        <translation>无法重新计算需求分数：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s)</source>
        <translation>
            <numerusform>%Ln 名学生</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::SupervisorDialog</name>
    <message>
        <source>Add Supervisor</source>
        <translation>添加主管</translation>
    </message>
    <message>
        <source>Edit Supervisor</source>
        <translation>编辑主管</translation>
    </message>
    <message>
        <source>e.g. Instructional lead</source>
        <translation>例如：教学负责人</translation>
    </message>
    <message>
        <source>How many tutors this person can observe and coach</source>
        <translation>此人可以观察和指导的辅导老师人数</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>姓(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>职务(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Can coach &amp;up to:</source>
        <translation>最多可指导(&amp;U)：</translation>
    </message>
    <message>
        <source> tutors</source>
        <translation> 位辅导老师</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Most tutors this supervisor can coach</source>
        <translation>该主管最多可指导的辅导老师人数</translation>
    </message>
    <message>
        <source>Why the supervisor was not saved</source>
        <translation>主管未保存的原因</translation>
    </message>
    <message>
        <source>The supervisor could not be saved: %1</source>
        <translation>无法保存主管：%1</translation>
    </message>
</context>
<context>
    <name>tutordesk::SupervisorPanel</name>
    <message>
        <source>Supervisors</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Add &amp;Supervisor…</source>
        <translation>添加主管(&amp;S)…</translation>
    </message>
    <message>
        <source>Edit Su&amp;pervisor…</source>
        <translation>编辑主管(&amp;P)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve Supervisor</source>
        <translation>删除主管(&amp;V)</translation>
    </message>
    <message>
        <source>Supervisors and how many tutors each coaches</source>
        <translation>主管及其各自指导的辅导老师人数</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Coaches</source>
        <translation>指导人数</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>辅导老师</translation>
    </message>
    <message>
        <source>Tutors without a supervisor</source>
        <translation>没有主管的辅导老师</translation>
    </message>
    <message>
        <source>Add a person who observes and coaches tutors</source>
        <translation>添加负责观察和指导辅导老师的人员</translation>
    </message>
    <message>
        <source>Change the selected supervisor&apos;s details or how many tutors they can coach</source>
        <translation>更改所选主管的信息或其可指导的辅导老师人数</translation>
    </message>
    <message>
        <source>Remove the selected supervisor; their tutors are left without one</source>
        <translation>删除所选主管；其辅导老师将没有主管</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tutor(s)</source>
        <translation>
            <numerusform>%n 位辅导老师中的 %1 位</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · over capacity by %2</source>
        <comment>9 of 8 tutors · over capacity by 1</comment>
        <translation>%1 · 超出容量 %2</translation>
    </message>
    <message>
        <source>The supervisors could not be read: %1</source>
        <translation>无法读取主管：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (title)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No tutors yet</source>
        <translation>暂无辅导老师</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No supervisors yet. Add the people who observe and coach your tutors.</source>
        <translation>尚无主管。请添加负责观察和指导辅导老师的人员。</translation>
    </message>
    <message>
        <source>Every tutor has a supervisor.</source>
        <translation>每位辅导老师都有主管。</translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s) without a supervisor: %1</source>
        <translation>
            <numerusform>%n 位辅导老师没有主管：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Remove Supervisor</source>
        <translation>删除主管</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1? %n tutor(s) will have no supervisor until you choose another.</source>
        <translation>
            <numerusform>要删除 %1 吗？在您选择其他主管之前，%n 位辅导老师将没有主管。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The supervisor could not be removed: %1</source>
        <translation>无法删除主管：%1</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>已删除 %1。</translation>
    </message>
</context>
<context>
    <name>tutordesk::Supervisors</name>
    <message>
        <source>Enter the supervisor&apos;s first name.</source>
        <translation>请输入主管的名。</translation>
    </message>
    <message>
        <source>Enter %1&apos;s last name.</source>
        <translation>请输入 %1 的姓。</translation>
    </message>
    <message>
        <source>%1 can coach 1 to 100 tutors, not %2. Change the number of tutors.</source>
        <translation>%1 可指导 1 到 100 位辅导老师，而不是 %2。请更改辅导老师人数。</translation>
    </message>
    <message>
        <source>Another supervisor already has the id %1. Give %2 a different id.</source>
        <translation>另一位主管已使用编号 %1。请为 %2 指定其他编号。</translation>
    </message>
    <message>
        <source>%1 is no longer in the supervisor list. Reload the Tutors page.</source>
        <translation>%1 已不在主管列表中。请重新加载“辅导老师”页面。</translation>
    </message>
    <message>
        <source>%1 could not be saved in %2: %3</source>
        <translation>无法在 %2 中保存 %1：%3</translation>
    </message>
    <message>
        <source>The supervisor could not be removed from %1: %2</source>
        <translation>无法从 %1 中删除主管：%2</translation>
    </message>
</context>
<context>
    <name>tutordesk::SyncPage</name>
    <message>
        <source>&amp;Send Now</source>
        <translation>立即发送(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Copy to a Folder…</source>
        <translation>复制到文件夹(&amp;C)…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Send every waiting bundle to the district now</source>
        <translation>立即将所有等待中的数据包发送给学区</translation>
    </message>
    <message>
        <source>&amp;Export Now</source>
        <translation>立即导出(&amp;E)</translation>
    </message>
    <message>
        <source>Make a bundle of what changed since the last one, then send it</source>
        <translation>将自上次以来的变更生成数据包，然后发送</translation>
    </message>
    <message>
        <source>What Changed Since the Last Bundle</source>
        <translation>自上一个数据包以来的变更</translation>
    </message>
    <message>
        <source>Every Row (a Full Bundle)</source>
        <translation>所有行（完整数据包）</translation>
    </message>
    <message>
        <source>Write the waiting bundles into a folder, such as a USB stick for the district office</source>
        <translation>将等待中的数据包写入文件夹，例如送往学区办公室的 U 盘</translation>
    </message>
    <message>
        <source>Copy the Waiting Bundles to a Folder</source>
        <translation>将等待中的数据包复制到文件夹</translation>
    </message>
    <message>
        <source>District Sync</source>
        <translation>学区同步</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>同步状态</translation>
    </message>
    <message>
        <source>Sync details</source>
        <translation>同步详情</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <source>Bundles for the district</source>
        <translation>发给学区的数据包</translation>
    </message>
    <message>
        <source>Bundles wait here until a folder or the district&apos;s address is chosen in Settings.</source>
        <translation>在“设置”中选择文件夹或学区地址之前，数据包会在此等待。</translation>
    </message>
    <message>
        <source>Students&apos; names are included.</source>
        <translation>包含学生姓名。</translation>
    </message>
    <message>
        <source>Students&apos; names are left out (the district has them).</source>
        <translation>不包含学生姓名（学区已有）。</translation>
    </message>
    <message>
        <source>Contact notes are included.</source>
        <translation>包含联系备注。</translation>
    </message>
    <message>
        <source>Contact notes are left out.</source>
        <translation>不包含联系备注。</translation>
    </message>
    <message>
        <source>What changed is sent every day after %1 while TutorDesk is open.</source>
        <translation>TutorDesk 打开期间，每天 %1 之后发送变更。</translation>
    </message>
    <message>
        <source>Nothing is sent on a schedule: use Export Now, or tutordesk-cli sync.</source>
        <translation>不按计划自动发送：请使用“立即导出”或 tutordesk-cli sync。</translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation>无法读取发件箱：%1</translation>
    </message>
    <message>
        <source>Making the bundle…</source>
        <translation>正在生成数据包…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
</context>
<context>
    <name>tutordesk::SyncService</name>
    <message numerus="yes">
        <source>Sent %n bundle(s) to the district.</source>
        <translation>
            <numerusform>已向学区发送 %n 个数据包。</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was stopped: nothing was written.</source>
        <translation>导出已停止：未写入任何内容。</translation>
    </message>
    <message>
        <source>The bundle for the district could not be made: %1</source>
        <translation>无法生成发给学区的数据包：%1</translation>
    </message>
    <message>
        <source>Nothing has changed since the last bundle: there is nothing new to send.</source>
        <translation>自上一个数据包以来没有任何变更：没有新内容需要发送。</translation>
    </message>
    <message numerus="yes">
        <source>Made %1 (%Ln row(s)).</source>
        <translation>
            <numerusform>已生成 %1（%Ln 行）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No district destination is set, so the bundles wait here. Choose a folder or the district&apos;s address in Settings ▸ District sync.</source>
        <translation>尚未设置学区发送目标，因此数据包在此等待。请在“设置 ▸ 学区同步”中选择文件夹或学区地址。</translation>
    </message>
    <message>
        <source>Bundles are being sent right now: try again in a moment.</source>
        <translation>数据包正在发送中：请稍后再试。</translation>
    </message>
    <message>
        <source>No bundle is waiting: the district has everything.</source>
        <translation>没有等待中的数据包：学区已拥有全部数据。</translation>
    </message>
</context>
<context>
    <name>tutordesk::SyncSettingsEditor</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Include students&apos; &amp;names (the district already knows each student by ID)</source>
        <translation>包含学生姓名(&amp;N)（学区已通过编号识别每名学生）</translation>
    </message>
    <message>
        <source>Include the &amp;notes of family contacts (they may name other people)</source>
        <translation>包含家庭联系的备注(&amp;N)（其中可能提到其他人）</translation>
    </message>
    <message>
        <source>Send what changed every &amp;day after</source>
        <translation>每天在以下时间之后发送变更(&amp;D)</translation>
    </message>
    <message>
        <source>TutorDesk sends the district a bundle of CSV files: every row the first time, then what changed. Bundles wait in the outbox until the district has them, so nothing is lost while the computer is offline.</source>
        <translation>TutorDesk 向学区发送由 CSV 文件组成的数据包：第一次发送所有行，之后只发送变更。数据包会在发件箱中等待，直到学区收到为止，因此电脑离线期间不会丢失任何内容。</translation>
    </message>
    <message>
        <source>A folder, or the district&apos;s address (https://…)</source>
        <translation>文件夹，或学区的地址（https://…）</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>发送到(&amp;T)：</translation>
    </message>
    <message>
        <source>District to&amp;ken:</source>
        <translation>学区令牌(&amp;K)：</translation>
    </message>
    <message>
        <source>Daily sending time</source>
        <translation>每日发送时间</translation>
    </message>
    <message>
        <source>While TutorDesk is open. District IT can also run &quot;tutordesk-cli sync&quot; from a scheduler; it sends the same bundles.</source>
        <translation>仅在 TutorDesk 打开期间。学区 IT 部门也可以通过计划任务运行“tutordesk-cli sync”；它发送相同的数据包。</translation>
    </message>
    <message>
        <source>No destination yet: bundles wait in the outbox until one is chosen.</source>
        <translation>尚无发送目标：在选择目标之前，数据包会在发件箱中等待。</translation>
    </message>
    <message>
        <source>Each bundle is written into this folder: a district share, a synced folder or a USB stick.</source>
        <translation>每个数据包都会写入此文件夹：学区共享文件夹、同步文件夹或 U 盘。</translation>
    </message>
    <message>
        <source>Each bundle is sent to %1 over an encrypted connection.</source>
        <translation>每个数据包都通过加密连接发送到 %1。</translation>
    </message>
    <message>
        <source>Saved in this computer&apos;s keychain (type to replace)</source>
        <translation>已保存在本电脑的钥匙串中（输入即可替换）</translation>
    </message>
    <message>
        <source>The district gives you this token. It is kept in this computer&apos;s keychain, never in the school&apos;s database.</source>
        <translation>此令牌由学区提供。它保存在本电脑的钥匙串中，绝不会存入学校数据库。</translation>
    </message>
    <message>
        <source>Only an https:// address needs a token.</source>
        <translation>只有 https:// 地址需要令牌。</translation>
    </message>
    <message>
        <source>The District&apos;s Folder</source>
        <translation>学区的文件夹</translation>
    </message>
</context>
<context>
    <name>tutordesk::SyncText</name>
    <message>
        <source>today at %1</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>昨天 %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>明天 %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>nowhere yet</source>
        <translation>尚无目标</translation>
    </message>
    <message>
        <source>the folder %1</source>
        <translation>文件夹 %1</translation>
    </message>
    <message>
        <source>Everything has reached the district.</source>
        <translation>所有内容均已送达学区。</translation>
    </message>
    <message>
        <source>Nothing has been sent to the district yet.</source>
        <translation>尚未向学区发送任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting: no district destination is set.</source>
        <translation>
            <numerusform>%n 个数据包在等待：尚未设置学区发送目标。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n 个数据包等待发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundles go to %1.</source>
        <translation>数据包发送到%1。</translation>
    </message>
    <message>
        <source>Waiting since %1.</source>
        <translation>自 %1 起等待。</translation>
    </message>
    <message>
        <source>Last delivered %1 to %2.</source>
        <translation>上次于 %1 送达%2。</translation>
    </message>
    <message>
        <source>Last try %1: %2</source>
        <translation>上次尝试 %1：%2</translation>
    </message>
    <message>
        <source>TutorDesk will try again %1, or now with Send Now.</source>
        <translation>TutorDesk 将于%1重试，也可单击“立即发送”马上重试。</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting: no district destination set</source>
        <translation>
            <numerusform>%n 个数据包在等待：未设置学区发送目标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting for the district</source>
        <translation>
            <numerusform>%n 个数据包等待发给学区</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>已同步 %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation>已送达 %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message numerus="yes">
        <source>Waiting (%n attempt(s))</source>
        <translation>
            <numerusform>等待中（已尝试 %n 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row</source>
        <translation>所有行</translation>
    </message>
    <message>
        <source>Changes since the last bundle</source>
        <translation>自上一个数据包以来的变更</translation>
    </message>
</context>
<context>
    <name>tutordesk::TemplateEditorDialog</name>
    <message>
        <source>built-in text</source>
        <translation>内置文字</translation>
    </message>
    <message>
        <source>the district&apos;s template pack</source>
        <translation>学区模板包</translation>
    </message>
    <message>
        <source>the district&apos;s template pack (%1)</source>
        <translation>学区模板包（%1）</translation>
    </message>
    <message>
        <source>edited in TutorDesk</source>
        <translation>已在 TutorDesk 中编辑</translation>
    </message>
    <message>
        <source>edited in TutorDesk by %1 on %2</source>
        <translation>由 %1 于 %2 在 TutorDesk 中编辑</translation>
    </message>
    <message>
        <source>A &amp;qualified translator has checked this text</source>
        <translation>已由合格译员审核此文字(&amp;Q)</translation>
    </message>
    <message>
        <source>Edit Letter: %1, %2</source>
        <translation>编辑信函：%1，%2</translation>
    </message>
    <message>
        <source>Where the text comes from</source>
        <translation>文字来源</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Letter text (HTML)</source>
        <translation>信函正文（HTML）</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>占位符</translation>
    </message>
    <message>
        <source>Enter or double-click inserts the placeholder at the cursor</source>
        <translation>按 Enter 或双击可在光标处插入占位符</translation>
    </message>
    <message>
        <source>Preview with sample values</source>
        <translation>使用示例值预览</translation>
    </message>
    <message>
        <source>Only when a qualified translator checked the changed text: otherwise the letter dialog says the translation is not yet reviewed</source>
        <translation>仅在合格译员审核过修改后的文字时勾选：否则信函对话框会显示译文尚未审核</translation>
    </message>
    <message>
        <source>Why the text was not saved</source>
        <translation>文字未保存的原因</translation>
    </message>
    <message>
        <source>Ti&amp;tle:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Text (HTML; placeholders in double braces):</source>
        <translation>正文（HTML；占位符用双花括号）(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Placeholders:</source>
        <translation>占位符(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Insert Placeholder</source>
        <translation>插入占位符(&amp;I)</translation>
    </message>
    <message>
        <source>Pre&amp;view (for the letter&apos;s student, or sample values in brackets):</source>
        <translation>预览（针对信函所涉学生，或方括号中的示例值）(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Restore Original</source>
        <translation>恢复原文(&amp;R)</translation>
    </message>
    <message>
        <source>Drop the edited text and use the district&apos;s or the built-in text again</source>
        <translation>舍弃编辑过的文字，重新使用学区或内置文字</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The letter&apos;s text could not be read: %1</source>
        <translation>无法读取信函文字：%1</translation>
    </message>
    <message>
        <source>no text in this language yet; starting from the English text</source>
        <translation>此语言尚无文字；将从英文文字开始</translation>
    </message>
    <message>
        <source>Version %1, %2. %3</source>
        <translation>版本 %1，%2。%3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Reviewed by a qualified translator.</source>
        <translation>已由合格译员审核。</translation>
    </message>
    <message>
        <source>Not yet reviewed by a qualified translator.</source>
        <translation>尚未经合格译员审核。</translation>
    </message>
    <message>
        <source>Preview for %1</source>
        <translation>%1 的预览</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>未恢复：%1</translation>
    </message>
</context>
<context>
    <name>tutordesk::TierEditor</name>
    <message>
        <source>&amp;Limit the seats the program offers to</source>
        <translation>将项目提供的名额限制为(&amp;L)</translation>
    </message>
    <message>
        <source>Each tier says how much tutoring a student gets and who qualifies for it by need score.</source>
        <translation>每个层级规定学生获得多少辅导，以及哪些需求分数的学生符合条件。</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Sessions a week</source>
        <translation>每周课次</translation>
    </message>
    <message>
        <source>Minutes each</source>
        <translation>每节分钟数</translation>
    </message>
    <message>
        <source>Largest group</source>
        <translation>小组最大人数</translation>
    </message>
    <message>
        <source>Lowest need score</source>
        <translation>最低需求分数</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Restore De&amp;faults</source>
        <translation>恢复默认值(&amp;F)</translation>
    </message>
    <message>
        <source>Put back the tiers TutorDesk starts with</source>
        <translation>恢复 TutorDesk 的初始层级</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Seats the program offers</source>
        <translation>项目提供的名额</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> 个名额</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier name · description</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Sessions a week, %1</source>
        <translation>每周课次，%1</translation>
    </message>
    <message>
        <source>Minutes each, %1</source>
        <translation>每节分钟数，%1</translation>
    </message>
    <message>
        <source>Largest group, %1</source>
        <translation>小组最大人数，%1</translation>
    </message>
    <message>
        <source>Lowest need score, %1</source>
        <translation>最低需求分数，%1</translation>
    </message>
    <message>
        <source>Without a limit, TutorDesk plans new groups up to the seats your groups offer now, or a quarter of the students before there are groups: %1 today.</source>
        <translation>若不设限制，TutorDesk 规划新小组时，名额上限为现有小组提供的名额；尚无小组时为学生总数的四分之一：目前为 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s)</source>
        <translation>
            <numerusform>%Ln 个名额</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::Tiers</name>
    <message>
        <source>Give tiers 1, 2 and 3 once each (tier %1 appears %2 times).</source>
        <translation>层级 1、2 和 3 各需设置一次（第 %1 层级出现了 %2 次）。</translation>
    </message>
    <message>
        <source>Only tiers 1, 2 and 3 exist; remove the others.</source>
        <translation>只有第 1、2、3 层级；请删除其他层级。</translation>
    </message>
    <message>
        <source>Tier %1 needs a name.</source>
        <translation>第 %1 层级需要名称。</translation>
    </message>
    <message>
        <source>Tier %1: the largest group must be 1 to 4 students, not %2.</source>
        <translation>第 %1 层级：小组最大人数必须为 1 到 4 名学生，而不是 %2。</translation>
    </message>
    <message>
        <source>Tier %1: sessions a week must be 0 to 10, not %2.</source>
        <translation>第 %1 层级：每周课次必须为 0 到 10，而不是 %2。</translation>
    </message>
    <message>
        <source>Tier %1: minutes a session must be 0 to 240, not %2.</source>
        <translation>第 %1 层级：每节分钟数必须为 0 到 240，而不是 %2。</translation>
    </message>
    <message>
        <source>Tier %1 is tutoring: give it at least 1 session a week.</source>
        <translation>第 %1 层级提供辅导：请至少设置每周 1 节课。</translation>
    </message>
    <message>
        <source>Tier %1 is tutoring: give its sessions at least 5 minutes.</source>
        <translation>第 %1 层级提供辅导：每节课至少需要 5 分钟。</translation>
    </message>
    <message>
        <source>Tier %1: the minimum need score must be 0 to 1000, not %2.</source>
        <translation>第 %1 层级：最低需求分数必须为 0 到 1000，而不是 %2。</translation>
    </message>
    <message>
        <source>Tier 2&apos;s minimum need score (%1) is below tier 1&apos;s (%2): raise tier 2&apos;s or lower tier 1&apos;s.</source>
        <translation>第 2 层级的最低需求分数（%1）低于第 1 层级的（%2）：请提高第 2 层级的分数或降低第 1 层级的分数。</translation>
    </message>
    <message>
        <source>Tier 3&apos;s minimum need score (%1) is below tier 2&apos;s (%2): raise tier 3&apos;s or lower tier 2&apos;s.</source>
        <translation>第 3 层级的最低需求分数（%1）低于第 2 层级的（%2）：请提高第 3 层级的分数或降低第 2 层级的分数。</translation>
    </message>
    <message>
        <source>The tiers could not be saved: %1</source>
        <translation>无法保存层级：%1</translation>
    </message>
</context>
<context>
    <name>tutordesk::TodayPage</name>
    <message>
        <source>Take &amp;Attendance…</source>
        <translation>记录考勤(&amp;A)…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>&amp;Sessions today</source>
        <translation>今日辅导课(&amp;S)</translation>
    </message>
    <message>
        <source>Take attendance for the selected session (Enter or double-click does the same)</source>
        <translation>为所选辅导课记录考勤（按 Enter 或双击效果相同）</translation>
    </message>
    <message>
        <source>What needs &amp;doing</source>
        <translation>待办工作(&amp;D)</translation>
    </message>
    <message>
        <source>Print the missed-session letters due, one page for each family, each in the family&apos;s language; each is logged as a contact</source>
        <translation>打印到期的缺课通知信，每个家庭一页，均使用该家庭的语言；每封信都会记录为一次联系</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due</source>
        <translation>到期跟进(&amp;F)</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>到期跟进</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation>上次结果</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Enter or double-click logs the follow-up call.</source>
        <translation>按 Enter 或双击可记录跟进电话。</translation>
    </message>
    <message>
        <source>Today&apos;s sessions and actions could not be read: %1</source>
        <translation>无法读取今日的辅导课和事项：%1</translation>
    </message>
    <message>
        <source>The letters due could not be read: %1</source>
        <translation>无法读取到期的信函：%1</translation>
    </message>
    <message>
        <source>No sessions: weekend</source>
        <translation>无辅导课：周末</translation>
    </message>
    <message>
        <source>No sessions: not a school day</source>
        <translation>无辅导课：非上课日</translation>
    </message>
    <message>
        <source>No sessions: %1</source>
        <translation>无辅导课：%1</translation>
    </message>
    <message>
        <source>No sessions today</source>
        <translation>今日无辅导课</translation>
    </message>
    <message>
        <source>Print Due Le&amp;tters (%1)…</source>
        <translation>打印到期信函（%1）(&amp;T)…</translation>
    </message>
    <message numerus="yes">
        <source>Print %n due letter(s)</source>
        <translation>
            <numerusform>打印 %n 封到期信函</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up with %1&apos;s family logged.</source>
        <translation>已记录与 %1 家庭的跟进。</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) logged as contacts.</source>
        <translation>
            <numerusform>已将 %n 封信记录为联系。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due (%1)</source>
        <translation>到期跟进（%1）(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due: none</source>
        <translation>到期跟进：无(&amp;F)</translation>
    </message>
</context>
<context>
    <name>tutordesk::TodaySessionsList</name>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>今日辅导课</translation>
    </message>
    <message>
        <source>%1 · started %2</source>
        <translation>%1 · %2 开始</translation>
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
        <translation>技能：%1</translation>
    </message>
</context>
<context>
    <name>tutordesk::TodayText</name>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Needs cover</source>
        <translation>需要代课</translation>
    </message>
    <message>
        <source>No students</source>
        <translation>没有学生</translation>
    </message>
    <message numerus="yes">
        <source>Taken · %1 of %n present</source>
        <translation>
            <numerusform>已记录 · %n 人中 %1 人出席</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partly taken · %1 of %n recorded</source>
        <translation>
            <numerusform>部分已记录 · %n 人中已记录 %1 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>The tutor is out</source>
        <translation>辅导老师缺勤</translation>
    </message>
    <message>
        <source>%1 is out</source>
        <translation>%1 缺勤</translation>
    </message>
    <message>
        <source>Attendance %1% over 4 weeks</source>
        <translation>4 周出席率 %1%</translation>
    </message>
    <message numerus="yes">
        <source>%n absence(s) in a row</source>
        <translation>
            <numerusform>连续缺席 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Absent %1</source>
        <translation>%1 缺席</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Notify the family</source>
        <translation>通知家庭</translation>
    </message>
    <message>
        <source>Schedule a make-up</source>
        <translation>安排补课</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>上报</translation>
    </message>
    <message>
        <source>Pause, offer the seat</source>
        <translation>暂停并让出名额</translation>
    </message>
    <message>
        <source>Find cover</source>
        <translation>寻找代课</translation>
    </message>
    <message numerus="yes">
        <source>Overdue · %n school day(s)</source>
        <translation>
            <numerusform>已逾期 · %n 个上课日</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) not taken</source>
        <translation>
            <numerusform>%n 节辅导课未记录考勤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n session(s) taken</source>
        <translation>
            <numerusform>全部 %n 节辅导课均已记录考勤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n 节已取消</numerusform>
        </translation>
    </message>
    <message>
        <source>No actions due</source>
        <translation>没有待办事项</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) due</source>
        <translation>
            <numerusform>%n 项待办事项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n overdue)</source>
        <translation>
            <numerusform>（%n 项已逾期）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n 项跟进</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>No sessions scheduled yet</source>
        <translation>尚未排课</translation>
    </message>
    <message>
        <source>Sessions delivered: %1 of %2</source>
        <translation>已上辅导课：%1 / %2</translation>
    </message>
    <message>
        <source> (%1%)</source>
        <translation> （%1%）</translation>
    </message>
    <message>
        <source> · attended %1</source>
        <translation> · 出席 %1</translation>
    </message>
    <message>
        <source>TK</source>
        <translation>过渡幼儿园</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>幼儿园</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>%1 年级</translation>
    </message>
</context>
<context>
    <name>tutordesk::TokenStore</name>
    <message>
        <source>This computer&apos;s keychain did not answer, so the sync token was not saved. Unlock the keychain (or sign in to the desktop) and save it again; a scheduled sync can also take the token from TUTORDESK_TOKEN.</source>
        <translation>本电脑的钥匙串没有响应，因此同步令牌未保存。请解锁钥匙串（或登录桌面）后重新保存；定时同步也可以从 TUTORDESK_TOKEN 获取令牌。</translation>
    </message>
    <message>
        <source>The sync token could not be saved in this computer&apos;s keychain (%1). TutorDesk never keeps it in the database; a scheduled sync can take it from TUTORDESK_TOKEN.</source>
        <translation>无法将同步令牌保存到本电脑的钥匙串中（%1）。TutorDesk 从不将其保存在数据库中；定时同步可以从 TUTORDESK_TOKEN 获取令牌。</translation>
    </message>
</context>
<context>
    <name>tutordesk::Transport</name>
    <message>
        <source>the finished file could not be renamed</source>
        <translation>无法重命名已完成的文件</translation>
    </message>
    <message>
        <source>No district destination is set: choose one in Settings ▸ District sync.</source>
        <translation>尚未设置学区发送目标：请在“设置 ▸ 学区同步”中选择。</translation>
    </message>
    <message>
        <source>The folder %1 is not there: is the USB stick or the district drive connected? The bundle waits in the outbox.</source>
        <translation>文件夹 %1 不存在：U 盘或学区网络驱动器是否已连接？数据包将在发件箱中等待。</translation>
    </message>
    <message>
        <source>TutorDesk cannot write in the folder %1 (%2): check that the drive is not read-only and that you may write there. The bundle waits in the outbox.</source>
        <translation>TutorDesk 无法写入文件夹 %1（%2）：请确认该驱动器不是只读的，且您有写入权限。数据包将在发件箱中等待。</translation>
    </message>
    <message>
        <source>The bundle could not be written in full to the folder %1 (%2): is the drive full or was it removed? Nothing was left under the bundle&apos;s name; it waits in the outbox.</source>
        <translation>无法将数据包完整写入文件夹 %1（%2）：驱动器是否已满或已被移除？未以该数据包名称留下任何文件；它将在发件箱中等待。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bundle name TutorDesk writes. Make a new export.</source>
        <translation>“%1”不是 TutorDesk 生成的数据包名称。请重新导出。</translation>
    </message>
    <message>
        <source>TutorDesk could not reach %1: this computer may be offline, or the address is wrong. TutorDesk will try again.</source>
        <translation>TutorDesk 无法连接到 %1：本电脑可能已离线，或地址有误。TutorDesk 将重试。</translation>
    </message>
    <message>
        <source>%1 refused the connection: the district&apos;s server may be down. TutorDesk will try again.</source>
        <translation>%1 拒绝了连接：学区服务器可能已停机。TutorDesk 将重试。</translation>
    </message>
    <message numerus="yes">
        <source>The district&apos;s server at %1 did not answer (timed out after %n second(s)). TutorDesk will try again.</source>
        <translation>
            <numerusform>学区服务器 %1 没有响应（%n 秒后超时）。TutorDesk 将重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The district&apos;s server at %1 could not prove who it is (its security certificate was not accepted), so nothing was sent. Ask the district&apos;s IT to check the server&apos;s certificate.</source>
        <translation>学区服务器 %1 无法证明其身份（其安全证书未被接受），因此未发送任何内容。请让学区 IT 部门检查服务器证书。</translation>
    </message>
    <message>
        <source>Sending to %1 failed (%2). TutorDesk will try again.</source>
        <translation>发送到 %1 失败（%2）。TutorDesk 将重试。</translation>
    </message>
    <message>
        <source>The district&apos;s server refused the sync token (%1): check it in Settings ▸ District sync.</source>
        <translation>学区服务器拒绝了同步令牌（%1）：请在“设置 ▸ 学区同步”中检查。</translation>
    </message>
    <message>
        <source>The district&apos;s server does not know this address (%1 not found at %2): check the address and the school code in Settings ▸ District sync.</source>
        <translation>学区服务器无法识别此地址（在 %2 找不到 %1）：请在“设置 ▸ 学区同步”中检查地址和学校代码。</translation>
    </message>
    <message>
        <source>The bundle is too large for the district&apos;s server (413): ask the district&apos;s IT to accept larger uploads.</source>
        <translation>数据包对学区服务器而言过大（413）：请让学区 IT 部门允许更大的上传。</translation>
    </message>
    <message>
        <source>The district&apos;s server had a problem (%1); TutorDesk will try again.</source>
        <translation>学区服务器出现问题（%1）；TutorDesk 将重试。</translation>
    </message>
    <message>
        <source>The district&apos;s server at %1 did not accept the bundle (it answered %2). TutorDesk will try again; if this goes on, tell the district&apos;s IT.</source>
        <translation>学区服务器 %1 未接受该数据包（其响应为 %2）。TutorDesk 将重试；如果问题持续，请告知学区 IT 部门。</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorAbsences</name>
    <message>
        <source>Give the first and the last day the tutor is out.</source>
        <translation>请填写辅导老师缺勤的第一天和最后一天。</translation>
    </message>
    <message>
        <source>The last day out (%1) is before the first (%2): swap them.</source>
        <translation>缺勤的最后一天（%1）早于第一天（%2）：请交换这两个日期。</translation>
    </message>
    <message>
        <source>There is no tutor %1 (they may have been removed). Reload the Tutors page.</source>
        <translation>没有辅导老师 %1（可能已被删除）。请重新加载“辅导老师”页面。</translation>
    </message>
    <message>
        <source>The absence could not be saved in %1: %2</source>
        <translation>无法在 %1 中保存缺勤：%2</translation>
    </message>
    <message>
        <source>That absence no longer exists (it may have been taken back already). Reload the page.</source>
        <translation>该缺勤记录已不存在（可能已被撤回）。请重新加载页面。</translation>
    </message>
    <message>
        <source>The absence could not be taken back in %1: %2</source>
        <translation>无法在 %1 中撤回缺勤：%2</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorDialog</name>
    <message>
        <source>Background check date</source>
        <translation>背景调查日期</translation>
    </message>
    <message>
        <source>Background check valid until</source>
        <translation>背景调查有效期至</translation>
    </message>
    <message>
        <source>TB test date</source>
        <translation>结核病检测日期</translation>
    </message>
    <message>
        <source>TB test valid until</source>
        <translation>结核病检测有效期至</translation>
    </message>
    <message>
        <source>Add Tutor</source>
        <translation>添加辅导老师</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Substitute pool: not assigned to groups, offered when a tutor is out</source>
        <translation>代课老师库：不分配到小组，在辅导老师缺勤时提供代课</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Type of tutor</source>
        <translation>辅导老师类型</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>姓(&amp;L)：</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>状态(&amp;A)：</translation>
    </message>
    <message>
        <source>S&amp;upervisor:</source>
        <translation>主管(&amp;U)：</translation>
    </message>
    <message>
        <source>Subjects:</source>
        <translation>科目：</translation>
    </message>
    <message>
        <source>Clearances</source>
        <translation>背景审查</translation>
    </message>
    <message>
        <source>&amp;Background check on:</source>
        <translation>背景调查日期(&amp;B)：</translation>
    </message>
    <message>
        <source>Background check &amp;valid until:</source>
        <translation>背景调查有效期至(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;TB test on:</source>
        <translation>结核病检测日期(&amp;T)：</translation>
    </message>
    <message>
        <source>TB test valid u&amp;ntil:</source>
        <translation>结核病检测有效期至(&amp;N)：</translation>
    </message>
    <message>
        <source>Lan&amp;guages the tutor speaks</source>
        <translation>辅导老师会说的语言(&amp;G)</translation>
    </message>
    <message>
        <source>Languages the tutor speaks</source>
        <translation>辅导老师会说的语言</translation>
    </message>
    <message>
        <source>Tick every language the tutor can speak with students and families</source>
        <translation>勾选辅导老师能与学生和家庭交流的所有语言</translation>
    </message>
    <message>
        <source>When the tutor can teach each week</source>
        <translation>辅导老师每周可以上课的时间</translation>
    </message>
    <message>
        <source>What to change before saving</source>
        <translation>保存前需要修改的内容</translation>
    </message>
    <message>
        <source>Teaches %1</source>
        <translation>教授%1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The supervisors could not be read: %1</source>
        <translation>无法读取主管：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (title)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The tutor could not be saved: %1</source>
        <translation>无法保存辅导老师：%1</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorImport</name>
    <message>
        <source>Write availability as days and times, windows separated by semicolons: &quot;Mon 08:00-12:00; Wed 13:00-15:30&quot; (Mon-Fri and Mon/Wed work too).</source>
        <translation>请以日期和时间填写可用时间，多个时段用分号分隔：“Mon 08:00-12:00; Wed 13:00-15:30”（也可写 Mon-Fri 和 Mon/Wed）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day and times.</source>
        <translation>“%1”不是日期和时间。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a time that is not a time of day (00:00 to 23:59).</source>
        <translation>“%1”中有一个时间不是有效的钟点（00:00 到 23:59）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a range of weekdays. Write Mon, Tue, Wed, Thu, Fri, Sat or Sun (or the full name), or a range such as Mon-Fri.</source>
        <translation>“%1”不是工作日范围。请填写 Mon、Tue、Wed、Thu、Fri、Sat 或 Sun（或完整名称），或 Mon-Fri 这样的范围。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a weekday. Write Mon, Tue, Wed, Thu, Fri, Sat or Sun (or the full name).</source>
        <translation>“%1”不是星期几。请填写 Mon、Tue、Wed、Thu、Fri、Sat 或 Sun（或完整名称）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no weekday.</source>
        <translation>“%1”未指明星期几。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a supervisor TutorDesk knows. Write their first and last name (or their id) and they are added.</source>
        <translation>“%1”不是 TutorDesk 已知的主管。请填写其名和姓（或编号），系统会添加该主管。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would be supervisor number %2 added by this file; an import adds at most %3. Check the column, or add supervisors on the Tutors page first.</source>
        <translation>“%1”将是此文件添加的第 %2 位主管；一次导入最多添加 %3 位。请检查该列，或先在“辅导老师”页面添加主管。</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>The file has no first name column. Name the column of first names &quot;First name&quot; (the first line of the file holds the column names).</source>
        <translation>文件中没有名字列。请将名字列命名为“First name”（文件第一行为列名）。</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>The file has no last name column. Name the column of last names &quot;Last name&quot; (the first line of the file holds the column names).</source>
        <translation>文件中没有姓氏列。请将姓氏列命名为“Last name”（文件第一行为列名）。</translation>
    </message>
    <message>
        <source>The first name is missing. Enter the tutor&apos;s first name.</source>
        <translation>缺少名。请输入辅导老师的名。</translation>
    </message>
    <message>
        <source>The last name is missing. Enter the tutor&apos;s last name.</source>
        <translation>缺少姓。请输入辅导老师的姓。</translation>
    </message>
    <message>
        <source>%1 is also on line %2. List each tutor once: remove one of the two lines.</source>
        <translation>%1 也出现在第 %2 行。每位辅导老师只能列出一次：请删除其中一行。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tutor type. Write one of: %2.</source>
        <translation>“%1”不是辅导老师类型。请填写以下之一：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status. Write one of: %2.</source>
        <translation>“%1”不是有效状态。请填写以下之一：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subject. Write one or more of: %2, separated by semicolons.</source>
        <translation>“%1”不是有效科目。请填写以下一项或多项：%2，用分号分隔。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language TutorDesk knows. Write a code (es, ko, vi) or an English name (Spanish, Korean, Vietnamese).</source>
        <translation>“%1”不是 TutorDesk 可识别的语言。请填写代码（es、ko、vi）或英文名称（Spanish、Korean、Vietnamese）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as YYYY-MM-DD (2026-08-01) or M/D/YYYY (8/1/2026).</source>
        <translation>“%1”不是日期。请按 YYYY-MM-DD (2026-08-01) 或 M/D/YYYY (8/1/2026) 格式填写。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Would add %n supervisor(s): %1.</source>
        <translation>
            <numerusform>将添加 %n 位主管：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n supervisor(s): %1.</source>
        <translation>
            <numerusform>已添加 %n 位主管：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n line(s) with no values in any column.</source>
        <translation>
            <numerusform>已跳过 %n 个所有列均为空的行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not read: %1.</source>
        <translation>未读取的列：%1。</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>The tutors in %1 could not be saved in %2: %3</source>
        <translation>无法将 %1 中的辅导老师保存到 %2：%3</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorOutDialog</name>
    <message>
        <source>%1 to %2</source>
        <comment>first day to last day</comment>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Mark Tutor Out</source>
        <translation>标记辅导老师缺勤</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who is out, and when?&lt;/b&gt;</source>
        <translation>&lt;b&gt;谁缺勤，何时缺勤？&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The tutors could not be read: %1</source>
        <translation>无法读取辅导老师：%1</translation>
    </message>
    <message>
        <source>Sick, personal day, training…</source>
        <translation>病假、事假、培训…</translation>
    </message>
    <message>
        <source>&amp;Tutor:</source>
        <translation>辅导老师(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>到(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Next, TutorDesk lists their sessions in these days and proposes a free, cleared substitute or a make-up time for each.</source>
        <translation>接下来，TutorDesk 会列出其在这些日子的辅导课，并为每节课建议一位有空且已通过背景审查的代课老师，或一个补课时间。</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理决定</translation>
    </message>
    <message>
        <source>Sessions to cover</source>
        <translation>需要代课的辅导课</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The last day is before the first: change one of them.</source>
        <translation>最后一天早于第一天：请修改其中一个日期。</translation>
    </message>
    <message>
        <source>The sessions could not be read: %1</source>
        <translation>无法读取辅导课：%1</translation>
    </message>
    <message>
        <source>%1 has no sessions in these days.</source>
        <translation>%1 在这些日子没有辅导课。</translation>
    </message>
    <message>
        <source>Apply saves the absence (%1).</source>
        <translation>单击“应用”将保存缺勤（%1）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is out %2. %n session(s) need a decision: TutorDesk proposes one for each; change any you like, then Apply.</source>
        <translation>
            <numerusform>%1 %2 缺勤。%n 节辅导课需要处理决定：TutorDesk 已为每节课提出建议；您可任意修改，然后单击“应用”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>%1&apos;s absence is saved, but not the decisions: %2 Change that decision and click Apply again.</source>
        <translation>%1 的缺勤已保存，但处理决定未保存：%2 请修改该决定，然后再次单击“应用”。</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) covered by a substitute</source>
        <translation>
            <numerusform>%n 节辅导课由代课老师代课</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled with a make-up</source>
        <translation>
            <numerusform>%n 节已取消并安排补课</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n 节已取消</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is out %2.</source>
        <translation>%1 %2 缺勤。</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>the list of what was done</comment>
        <translation>%1。</translation>
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
        <translation>审查有效期至 %1</translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>已于 %1 过期</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Background check: %1, valid until %2
TB test: %3, valid until %4</source>
        <translation>背景调查：%1，有效期至 %2
结核病检测：%3，有效期至 %4</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes a week</comment>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>科目</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>背景审查</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Weekly minutes</source>
        <translation>每周分钟数</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorText</name>
    <message>
        <source>Certified teacher</source>
        <translation>持证教师</translation>
    </message>
    <message>
        <source>Paraprofessional</source>
        <translation>助教</translation>
    </message>
    <message>
        <source>College student</source>
        <translation>大学生</translation>
    </message>
    <message>
        <source>Retired educator</source>
        <translation>退休教育工作者</translation>
    </message>
    <message>
        <source>Community tutor</source>
        <translation>社区辅导员</translation>
    </message>
    <message>
        <source>Vendor (virtual)</source>
        <translation>外包机构（线上）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Substitute pool</source>
        <translation>代课老师库</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
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
        <translation>%1 仍在带领 %2。请先为%3指定其他辅导老师。</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n 个小组</numerusform>
        </translation>
    </message>
    <message>
        <source>The supervisor chosen for %1 no longer exists. Choose another supervisor.</source>
        <translation>为 %1 选择的主管已不存在。请选择其他主管。</translation>
    </message>
    <message>
        <source>Another tutor already has the id %1. Give %2 a different id.</source>
        <translation>另一位辅导老师已使用编号 %1。请为 %2 指定其他编号。</translation>
    </message>
    <message>
        <source>%1 is no longer in the tutor list (someone may have removed them). Reload the Tutors page.</source>
        <translation>%1 已不在辅导老师列表中（可能已被他人删除）。请重新加载“辅导老师”页面。</translation>
    </message>
    <message>
        <source>%1&apos;s %2 expires on %3, before it was done (%4): check both dates.</source>
        <translation>%1 的%2有效期至 %3，早于办理日期（%4）：请检查这两个日期。</translation>
    </message>
    <message>
        <source>Enter the tutor&apos;s first name.</source>
        <translation>请输入辅导老师的名。</translation>
    </message>
    <message>
        <source>Enter %1&apos;s last name.</source>
        <translation>请输入 %1 的姓。</translation>
    </message>
    <message>
        <source>Type: &quot;%1&quot; is not a tutor type. Choose one of: %2.</source>
        <translation>类型：“%1”不是辅导老师类型。请选择以下之一：%2。</translation>
    </message>
    <message>
        <source>Status: &quot;%1&quot; is not a status. Choose one of: %2.</source>
        <translation>状态：“%1”不是有效状态。请选择以下之一：%2。</translation>
    </message>
    <message>
        <source>Subjects: choose at least one subject %1 can teach (reading, math, writing or other).</source>
        <translation>科目：请至少选择一个 %1 可以教授的科目（阅读、数学、写作或其他）。</translation>
    </message>
    <message>
        <source>Subjects: &quot;%1&quot; is not a subject. Choose reading, math, writing or other.</source>
        <translation>科目：“%1”不是有效科目。请选择阅读、数学、写作或其他。</translation>
    </message>
    <message>
        <source>Languages: remove the empty language.</source>
        <translation>语言：请删除空白的语言。</translation>
    </message>
    <message>
        <source>Availability: %1 is not a weekday (1 = Monday … 7 = Sunday).</source>
        <translation>可用时间：%1 不是星期几（1 = 星期一 … 7 = 星期日）。</translation>
    </message>
    <message>
        <source>Availability on %1: enter both a start and an end time.</source>
        <translation>%1 的可用时间：请同时填写开始和结束时间。</translation>
    </message>
    <message>
        <source>Availability on %1: %2–%3 ends before it starts. Make the end later than the start.</source>
        <translation>%1 的可用时间：%2–%3 的结束时间早于开始时间。请将结束时间设为晚于开始时间。</translation>
    </message>
    <message>
        <source>Availability on %1: %2–%3 and %4–%5 overlap. Join them into one window or move one.</source>
        <translation>%1 的可用时间：%2–%3 与 %4–%5 重叠。请将其合并为一个时段，或调整其中一个。</translation>
    </message>
    <message>
        <source>background check</source>
        <translation>背景调查</translation>
    </message>
    <message>
        <source>TB test</source>
        <translation>结核病检测</translation>
    </message>
    <message>
        <source>%1 could not be saved in %2: %3</source>
        <translation>无法在 %2 中保存 %1：%3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tutor status. Choose active, substitute or inactive.</source>
        <translation>“%1”不是辅导老师状态。请选择 active、substitute 或 inactive。</translation>
    </message>
    <message>
        <source>That tutor is no longer in the tutor list. Reload the Tutors page.</source>
        <translation>该辅导老师已不在辅导老师列表中。请重新加载“辅导老师”页面。</translation>
    </message>
    <message>
        <source>The tutor&apos;s status could not be changed in %1: %2</source>
        <translation>无法在 %1 中更改辅导老师的状态：%2</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorsPage</name>
    <message>
        <source>&amp;Add Tutor…</source>
        <translation>添加辅导老师(&amp;A)…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>编辑(&amp;D)…</translation>
    </message>
    <message>
        <source>Mark &amp;Inactive</source>
        <translation>设为停用(&amp;I)</translation>
    </message>
    <message>
        <source>Mark &amp;Out…</source>
        <translation>标记缺勤(&amp;O)…</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>导入(&amp;M)…</translation>
    </message>
    <message>
        <source>Tutors by status</source>
        <translation>按状态显示辅导老师</translation>
    </message>
    <message>
        <source>Add a tutor with their subjects, languages, hours and clearances</source>
        <translation>添加辅导老师及其科目、语言、可用时间和背景审查</translation>
    </message>
    <message>
        <source>Change the selected tutor (double-click or Enter)</source>
        <translation>修改所选辅导老师（双击或按 Enter）</translation>
    </message>
    <message>
        <source>Take the selected tutor off the roster, or bring them back</source>
        <translation>将所选辅导老师从名册中移除，或重新启用</translation>
    </message>
    <message>
        <source>The selected tutor is out: cover or cancel their sessions</source>
        <translation>所选辅导老师缺勤：为其辅导课安排代课或取消</translation>
    </message>
    <message>
        <source>Bring in tutors from a spreadsheet saved as CSV</source>
        <translation>从另存为 CSV 的电子表格导入辅导老师</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>辅导老师</translation>
    </message>
    <message>
        <source>Find Tutor</source>
        <translation>查找辅导老师</translation>
    </message>
    <message>
        <source>Imported tutors: %1 new, %2 changed, %3 unchanged.</source>
        <translation>已导入辅导老师：新增 %1，变更 %2，未变 %3。</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>显示(&amp;W)：</translation>
    </message>
    <message>
        <source>Show tutors</source>
        <translation>显示辅导老师</translation>
    </message>
    <message>
        <source>All tutors</source>
        <translation>所有辅导老师</translation>
    </message>
    <message>
        <source>Search by name, subject, language or supervisor</source>
        <translation>按姓名、科目、语言或主管搜索</translation>
    </message>
    <message>
        <source>Search tutors</source>
        <translation>搜索辅导老师</translation>
    </message>
    <message>
        <source>Type part of a name, an email, a subject, a language or a supervisor (Ctrl+F)</source>
        <translation>输入姓名、电子邮件、科目、语言或主管的一部分（Ctrl+F）</translation>
    </message>
    <message>
        <source>The tutors could not be read: %1</source>
        <translation>无法读取辅导老师：%1</translation>
    </message>
    <message>
        <source>%1 · %2 active · %3 in the substitute pool</source>
        <translation>%1 · %2 位启用 · %3 位在代课老师库中</translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s)</source>
        <translation>
            <numerusform>%n 位辅导老师</numerusform>
        </translation>
    </message>
    <message>
        <source>No tutors yet. Add your tutors or import them from a spreadsheet.</source>
        <translation>尚无辅导老师。请添加辅导老师，或从电子表格导入。</translation>
    </message>
    <message>
        <source>No tutor matches the search or the filter. Clear the search or show all tutors.</source>
        <translation>没有符合搜索或筛选条件的辅导老师。请清除搜索或显示所有辅导老师。</translation>
    </message>
    <message>
        <source>Make Ac&amp;tive</source>
        <translation>设为启用(&amp;T)</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>The tutor could not be changed: %1</source>
        <translation>无法更改辅导老师：%1</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 已重新启用。</translation>
    </message>
    <message>
        <source>%1 is inactive and no longer offered for groups or as a substitute.</source>
        <translation>%1 已停用，不再用于小组或代课。</translation>
    </message>
    <message>
        <source>Import Tutors</source>
        <translation>导入辅导老师</translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s) read.</source>
        <translation>
            <numerusform>已读取 %n 位辅导老师。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the file: %2 new, %3 changed, %4 unchanged.</source>
        <translation>文件中共 %1：新增 %2，变更 %3，未变 %4。</translation>
    </message>
</context>
<context>
    <name>tutordesk::UiLanguage</name>
    <message>
        <source>As the Computer Is Set</source>
        <translation>跟随电脑设置</translation>
    </message>
</context>
<context>
    <name>tutordesk::WaitlistModel</name>
    <message>
        <source>%1 · ID %2 · waiting for a seat in %3</source>
        <translation>%1 · 编号 %2 · 候补 %3 中的名额</translation>
    </message>
    <message>
        <source>#</source>
        <comment>rank on the waitlist</comment>
        <translation>#</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>科目</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Need score</source>
        <translation>需求分数</translation>
    </message>
</context>
<context>
    <name>tutordesk::WeekLegend</name>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>⚠ Needs cover</source>
        <translation>⚠ 需要代课</translation>
    </message>
</context>
<context>
    <name>tutordesk::WeekView</name>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>minimum day · its reason</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>group, when, who teaches</comment>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <comment>day header</comment>
        <translation>%1（今天）</translation>
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
        <translation>未出席</translation>
    </message>
    <message>
        <source>Attending, not improving</source>
        <translation>出席但无进步</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>tutor absent</source>
        <translation>辅导老师缺勤</translation>
    </message>
    <message>
        <source>school event</source>
        <translation>学校活动</translation>
    </message>
    <message>
        <source>weather</source>
        <translation>天气原因</translation>
    </message>
    <message>
        <source>student event</source>
        <translation>学生活动</translation>
    </message>
    <message>
        <source>other reasons</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已上课</translation>
    </message>
    <message>
        <source>Make-ups held</source>
        <translation>已上补课</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>No attendance yet</source>
        <translation>尚无考勤</translation>
    </message>
    <message>
        <source>No supervisors or tutors are set up.</source>
        <translation>尚未设置主管或辅导老师。</translation>
    </message>
    <message>
        <source>%1 — over capacity</source>
        <translation>%1 — 超出容量</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>辅导老师</translation>
    </message>
    <message>
        <source>Can coach</source>
        <translation>可指导人数</translation>
    </message>
    <message numerus="yes">
        <source>%n other supervisor(s) within capacity.</source>
        <translation>
            <numerusform>另有 %n 位主管在容量范围内。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s) without a supervisor: %1.</source>
        <translation>
            <numerusform>%n 位辅导老师没有主管：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>及另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>(a session)</source>
        <translation>（一节辅导课）</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Weekly operating review — %1 — week of %2</source>
        <translation>每周运营回顾 — %1 — %2 当周</translation>
    </message>
    <message>
        <source>This week has not begun: there is nothing to count yet.</source>
        <translation>本周尚未开始：暂无可统计的数据。</translation>
    </message>
    <message>
        <source>Figures from %1 through %2 (the week is not over).</source>
        <translation>数据范围：%1 至 %2（本周尚未结束）。</translation>
    </message>
    <message>
        <source>Figures from %1 through %2.</source>
        <translation>数据范围：%1 至 %2。</translation>
    </message>
    <message>
        <source>No attendance taken yet this week (last week %1).</source>
        <translation>本周尚未记录考勤（上周 %1）。</translation>
    </message>
    <message>
        <source>No attendance taken this week or last.</source>
        <translation>本周和上周均未记录考勤。</translation>
    </message>
    <message>
        <source>%1 of %2 student sessions attended</source>
        <translation>%2 人次中出席 %1 人次</translation>
    </message>
    <message>
        <source>Attendance %1 (%2; none taken last week).</source>
        <translation>出席率 %1（%2；上周未记录考勤）。</translation>
    </message>
    <message numerus="yes">
        <source>up %n point(s)</source>
        <translation>
            <numerusform>上升 %n 个百分点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>down %n point(s)</source>
        <translation>
            <numerusform>下降 %n 个百分点</numerusform>
        </translation>
    </message>
    <message>
        <source>no change</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Attendance %1 (last week %2, %3): %4.</source>
        <translation>出席率 %1（上周 %2，%3）：%4。</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held</source>
        <translation>
            <numerusform>已上 %n 节辅导课</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n of them make-ups)</source>
        <translation>
            <numerusform>（其中 %n 节为补课）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n cancelled</source>
        <translation>
            <numerusform>，%n 节已取消</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n past session(s) still without attendance</source>
        <translation>
            <numerusform>；%n 节过去的辅导课仍未记录考勤</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation>已取消：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Fill rate %1: %2 of %n active group(s) have an active tutor cleared to work.</source>
        <translation>
            <numerusform>配备率 %1：%n 个进行中的小组中，有 %2 个配有已通过背景审查的在职辅导老师。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) covered by a substitute</source>
        <translation>
            <numerusform>%n 节辅导课由代课老师代课</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n tutor(s) absent this week.</source>
        <translation>
            <numerusform>；本周有 %n 位辅导老师缺勤。</numerusform>
        </translation>
    </message>
    <message>
        <source>No student is flagged as not attending or as attending but not improving.</source>
        <translation>没有学生被标记为未出席或出席但无进步。</translation>
    </message>
    <message>
        <source>%1 not attending; %2 attending well but not improving.</source>
        <translation>%1 未出席；%2 出席良好但无进步。</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n 名学生</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 attempted, %2 reached (%3); %4 sent.</source>
        <translation>尝试联系 %1，联系上 %2（%3）；已寄出 %4。</translation>
    </message>
    <message numerus="yes">
        <source>%n family contact(s)</source>
        <translation>
            <numerusform>%n 次家庭联系</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>families of %n student(s)</source>
        <translation>
            <numerusform>%n 名学生的家庭</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n 封信</numerusform>
        </translation>
    </message>
    <message>
        <source>No protocol action is overdue.</source>
        <translation>没有逾期的规程事项。</translation>
    </message>
    <message numerus="yes">
        <source>%n protocol action(s) overdue; the oldest:</source>
        <translation>
            <numerusform>%n 项规程事项已逾期；最早的几项：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n protocol action(s) overdue:</source>
        <translation>
            <numerusform>%n 项规程事项已逾期：</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>辅导课</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>人员配备</translation>
    </message>
    <message>
        <source>Not staffed: %1.</source>
        <translation>未配备人员：%1。</translation>
    </message>
    <message>
        <source>Tutors per supervisor</source>
        <translation>每位主管负责的辅导老师</translation>
    </message>
    <message>
        <source>Family outreach</source>
        <translation>家庭联络</translation>
    </message>
    <message>
        <source>Progress flags</source>
        <translation>进展标记</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>逾期事项</translation>
    </message>
    <message>
        <source>Not staffed: %1</source>
        <translation>未配备人员：%1</translation>
    </message>
    <message>
        <source>%1: %2 tutors, can coach %3 — over capacity</source>
        <translation>%1：%2 位辅导老师，可指导 %3 位 — 超出容量</translation>
    </message>
    <message>
        <source>%1: %2 tutors, can coach %3</source>
        <translation>%1：%2 位辅导老师，可指导 %3 位</translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s) without a supervisor: %1</source>
        <translation>
            <numerusform>%n 位辅导老师没有主管：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message>
        <source>%1 — %2, due %3</source>
        <translation>%1 — %2，截止 %3</translation>
    </message>
</context>
<context>
    <name>tutordesk::WeeklyReviewTab</name>
    <message>
        <source>◀ &amp;Previous Week</source>
        <translation>◀ 上一周(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;This Week</source>
        <translation>本周(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Next Week ▶</source>
        <translation>下一周(&amp;N) ▶</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Print the review on one page for the weekly meeting</source>
        <translation>将回顾打印在一页上，供每周会议使用</translation>
    </message>
    <message>
        <source>Save the review as a one-page PDF</source>
        <translation>将回顾另存为单页 PDF</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>%1 当周</translation>
    </message>
    <message>
        <source>The review could not be read: %1</source>
        <translation>无法读取回顾：%1</translation>
    </message>
    <message>
        <source>Weekly review %1</source>
        <translation>每周回顾 %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::WelcomeWindow</name>
    <message>
        <source>Welcome to TutorDesk</source>
        <translation>欢迎使用 TutorDesk</translation>
    </message>
    <message>
        <source>Run your school&apos;s tutoring program by need: who gets a seat, who tutors them and when, and whether it works.</source>
        <translation>按需开展学校的辅导项目：谁获得名额、由谁在何时辅导，以及辅导是否有效。</translation>
    </message>
    <message>
        <source>How would you like to start?</source>
        <translation>您想如何开始？</translation>
    </message>
    <message>
        <source>&amp;Set up my school</source>
        <translation>设置我的学校(&amp;S)</translation>
    </message>
    <message>
        <source>Enter your school&apos;s name, its code and the school-year dates. It takes a minute.</source>
        <translation>输入学校名称、学校代码和学年日期。只需一分钟。</translation>
    </message>
    <message>
        <source>&amp;Open an existing database…</source>
        <translation>打开现有数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a TutorDesk file (.tutordesk), for example one copied from another computer or a backup.</source>
        <translation>打开 TutorDesk 文件 (.tutordesk)，例如从其他电脑复制来的文件或备份。</translation>
    </message>
    <message>
        <source>&amp;Explore a demo school</source>
        <translation>体验演示学校(&amp;E)</translation>
    </message>
    <message>
        <source>Try TutorDesk on a made-up school of about 600 students. Your own school&apos;s data is kept apart.</source>
        <translation>在一所约有 600 名学生的虚构学校中试用 TutorDesk。您自己学校的数据将单独保存。</translation>
    </message>
    <message>
        <source>TutorDesk keeps your school&apos;s data in one file on this computer and works without an internet connection.</source>
        <translation>TutorDesk 将学校数据保存在本电脑上的一个文件中，无需联网即可使用。</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
</context>
</TS>
