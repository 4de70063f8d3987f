<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>tutordesk::AboutBox</name>
    <message>
        <source>No database is open.</source>
        <translation>열려 있는 데이터베이스가 없습니다.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;School:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Database:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Data version:&lt;/b&gt; %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;학교:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;데이터베이스:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;데이터 버전:&lt;/b&gt; %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TutorDesk %1&lt;/h3&gt;&lt;p&gt;Intensive tutoring, run by need: who gets a seat, who tutors them and when, who attended, and whether it works.&lt;/p&gt;%2&lt;p&gt;Built with Qt %3 (running on Qt %4).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TutorDesk %1&lt;/h3&gt;&lt;p&gt;필요도에 따라 운영하는 집중 튜터링: 누가 자리를 받는지, 누가 언제 지도하는지, 누가 출석했는지, 그리고 효과가 있는지를 관리합니다.&lt;/p&gt;%2&lt;p&gt;Qt %3(으)로 빌드됨 (Qt %4에서 실행 중).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About TutorDesk</source>
        <translation>TutorDesk 정보</translation>
    </message>
</context>
<context>
    <name>tutordesk::ActionPanel</name>
    <message>
        <source>Selected action</source>
        <translation>선택한 작업</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>가정</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>전달 방법</translation>
    </message>
    <message>
        <source>&amp;Log Contact…</source>
        <translation>연락 기록(&amp;L)…</translation>
    </message>
    <message>
        <source>Log the call, text or visit; saving resolves the action</source>
        <translation>전화, 문자 또는 방문을 기록합니다. 저장하면 작업이 처리됩니다</translation>
    </message>
    <message>
        <source>Schedule &amp;Make-up…</source>
        <translation>보충 수업 예약(&amp;M)…</translation>
    </message>
    <message>
        <source>A make-up session for this student</source>
        <translation>이 학생을 위한 보충 수업</translation>
    </message>
    <message>
        <source>&amp;Pause and Offer Seat…</source>
        <translation>자리 보류 및 제안(&amp;P)…</translation>
    </message>
    <message>
        <source>Pause the seat and offer it to the top of the waitlist</source>
        <translation>자리를 보류하고 대기자 명단의 첫 번째 학생에게 제안합니다</translation>
    </message>
    <message>
        <source>Find &amp;Cover…</source>
        <translation>대체 튜터 찾기(&amp;C)…</translation>
    </message>
    <message>
        <source>Open the session on the Schedule page</source>
        <translation>일정 페이지에서 이 수업을 엽니다</translation>
    </message>
    <message>
        <source>&amp;Write Letter…</source>
        <translation>통신문 작성(&amp;W)…</translation>
    </message>
    <message>
        <source>Print or save a missed-session letter in the family&apos;s language; it is logged as a contact</source>
        <translation>가정의 언어로 결석 안내 통신문을 인쇄하거나 저장합니다. 연락으로 기록됩니다</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>완료(&amp;D)…</translation>
    </message>
    <message>
        <source>Mark the action done, with a note</source>
        <translation>메모와 함께 작업을 완료로 표시합니다</translation>
    </message>
    <message>
        <source>Not &amp;Needed…</source>
        <translation>불필요(&amp;N)…</translation>
    </message>
    <message>
        <source>Mark the action not needed, with a note saying why</source>
        <translation>이유를 적은 메모와 함께 작업을 불필요로 표시합니다</translation>
    </message>
    <message>
        <source>No action selected</source>
        <translation>선택한 작업 없음</translation>
    </message>
    <message>
        <source>Choose an action on the left to see the family and what resolves it.</source>
        <translation>왼쪽에서 작업을 선택하면 가정 정보와 처리 방법이 표시됩니다.</translation>
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
        <translation>등록된 보호자 없음</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Family: %1</source>
        <translation>가정: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>전화: %1</translation>
    </message>
    <message>
        <source>none on file</source>
        <translation>등록된 정보 없음</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>언어: %1</translation>
    </message>
    <message>
        <source>Prefers: %1</source>
        <translation>선호: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>이메일: %1</translation>
    </message>
    <message>
        <source>The dosage could not be read: %1</source>
        <translation>수업 시간량을 읽을 수 없습니다: %1</translation>
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
        <translation>데모 학교를 만들 수 없습니다. %1</translation>
    </message>
    <message>
        <source>Open a TutorDesk Database</source>
        <translation>TutorDesk 데이터베이스 열기</translation>
    </message>
    <message>
        <source>TutorDesk databases (*.%1);;All files (*)</source>
        <translation>TutorDesk 데이터베이스 (*.%1);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>tutordesk::AssessmentDialog</name>
    <message>
        <source>The student could not be read: %1</source>
        <translation>학생 정보를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Assessments — %1</source>
        <translation>평가 — %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>과목</translation>
    </message>
    <message>
        <source>Skill or test</source>
        <translation>기능 또는 시험</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>평가 시기</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Placement, group or notes</source>
        <translation>배치, 그룹 또는 메모</translation>
    </message>
    <message>
        <source>Assessment history</source>
        <translation>평가 기록</translation>
    </message>
    <message>
        <source>&amp;Remove Selected…</source>
        <translation>선택 항목 삭제(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove an assessment entered by mistake.</source>
        <translation>잘못 입력한 평가를 삭제합니다.</translation>
    </message>
    <message>
        <source>Tutor &amp;observation</source>
        <translation>튜터 관찰(&amp;O)</translation>
    </message>
    <message>
        <source>Student &amp;confidence</source>
        <translation>학생 자신감(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Benchmark</source>
        <translation>기준 평가(&amp;B)</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>그룹 없음</translation>
    </message>
    <message>
        <source>The student&apos;s groups could not be read: %1</source>
        <translation>학생의 그룹을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>평점 없음</translation>
    </message>
    <message>
        <source>1 — beginning</source>
        <translation>1 — 시작 단계</translation>
    </message>
    <message>
        <source>2 — developing</source>
        <translation>2 — 발달 단계</translation>
    </message>
    <message>
        <source>3 — secure</source>
        <translation>3 — 안정 단계</translation>
    </message>
    <message>
        <source>4 — independent</source>
        <translation>4 — 독립 단계</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>날짜:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>그룹:</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>평점:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>메모:</translation>
    </message>
    <message>
        <source>Record Observation</source>
        <translation>관찰 기록</translation>
    </message>
    <message>
        <source>1 — not at all sure</source>
        <translation>1 — 전혀 자신 없음</translation>
    </message>
    <message>
        <source>2 — a little sure</source>
        <translation>2 — 조금 자신 있음</translation>
    </message>
    <message>
        <source>3 — somewhat sure</source>
        <translation>3 — 어느 정도 자신 있음</translation>
    </message>
    <message>
        <source>4 — sure</source>
        <translation>4 — 자신 있음</translation>
    </message>
    <message>
        <source>5 — very sure</source>
        <translation>5 — 매우 자신 있음</translation>
    </message>
    <message>
        <source>How sure the student feels:</source>
        <translation>학생이 느끼는 자신감:</translation>
    </message>
    <message>
        <source>Record Rating</source>
        <translation>평점 기록</translation>
    </message>
    <message>
        <source>e.g. i-Ready Diagnostic</source>
        <translation>예: i-Ready Diagnostic</translation>
    </message>
    <message>
        <source>e.g. 2 grade levels below</source>
        <translation>예: 2개 학년 아래</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>입력 안 함</translation>
    </message>
    <message>
        <source>Grade levels below grade; negative when above grade.</source>
        <translation>현재 학년보다 낮은 학년 수. 학년보다 높으면 음수입니다.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>과목:</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>시험:</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>평가 시기:</translation>
    </message>
    <message>
        <source>Scale score:</source>
        <translation>척도 점수:</translation>
    </message>
    <message>
        <source>Placement:</source>
        <translation>배치:</translation>
    </message>
    <message>
        <source>Grade levels below:</source>
        <translation>학년 미달 수준:</translation>
    </message>
    <message>
        <source>Record Benchmark</source>
        <translation>기준 평가 기록</translation>
    </message>
    <message>
        <source>The assessments could not be read: %1</source>
        <translation>평가를 읽을 수 없습니다: %1</translation>
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
        <translation>관찰이 기록되지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Observation recorded for %1.</source>
        <translation>%1 학생의 관찰을 기록했습니다.</translation>
    </message>
    <message>
        <source>The rating was not recorded: %1</source>
        <translation>평점이 기록되지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Confidence %1 of 5 recorded.</source>
        <translation>자신감 5점 중 %1점을 기록했습니다.</translation>
    </message>
    <message>
        <source>The benchmark was not recorded: %1</source>
        <translation>기준 평가가 기록되지 않았습니다: %1</translation>
    </message>
    <message>
        <source>%1 benchmark recorded.</source>
        <translation>%1 기준 평가를 기록했습니다.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%2점 중 %1점 (%3)</translation>
    </message>
    <message>
        <source>Remove Assessment?</source>
        <translation>평가를 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Remove the %1? Only do this for one entered by mistake.</source>
        <translation>%1을(를) 삭제하시겠습니까? 잘못 입력한 경우에만 삭제하십시오.</translation>
    </message>
    <message>
        <source>Assessment removed.</source>
        <translation>평가를 삭제했습니다.</translation>
    </message>
    <message>
        <source>What the tutor saw, e.g. “Uses arrays for 6×7 without a prompt”</source>
        <translation>튜터가 관찰한 내용, 예: “안내 없이 6×7에 배열을 사용함”</translation>
    </message>
</context>
<context>
    <name>tutordesk::AssessmentText</name>
    <message>
        <source>Skill probe</source>
        <translation>기능 진단 평가</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>기준 평가</translation>
    </message>
    <message>
        <source>Tutor observation</source>
        <translation>튜터 관찰</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>자신감</translation>
    </message>
    <message>
        <source>Pre</source>
        <translation>사전</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>중간</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>사후</translation>
    </message>
    <message>
        <source>Beginning of year</source>
        <translation>학년 초</translation>
    </message>
    <message>
        <source>Middle of year</source>
        <translation>학년 중간</translation>
    </message>
    <message>
        <source>End of year</source>
        <translation>학년 말</translation>
    </message>
</context>
<context>
    <name>tutordesk::Assessments</name>
    <message>
        <source>There is no student %1 (they may have been removed). Reload the page.</source>
        <translation>학생 %1이(가) 없습니다 (삭제되었을 수 있습니다). 페이지를 다시 불러오십시오.</translation>
    </message>
    <message>
        <source>Choose the day of the assessment.</source>
        <translation>평가 날짜를 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 is in the future. Enter an assessment on or after its day.</source>
        <translation>%1은(는) 미래 날짜입니다. 평가는 해당 날짜 또는 그 이후에 입력하십시오.</translation>
    </message>
    <message>
        <source>There is no group %1 (it may have been removed). Choose another group.</source>
        <translation>그룹 %1이(가) 없습니다 (삭제되었을 수 있습니다). 다른 그룹을 선택하십시오.</translation>
    </message>
    <message>
        <source>The assessment could not be saved in %1: %2</source>
        <translation>평가를 %1에 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Write what the tutor observed: an observation needs notes.</source>
        <translation>튜터가 관찰한 내용을 입력하십시오: 관찰에는 메모가 필요합니다.</translation>
    </message>
    <message>
        <source>The observation rating is %1; it must be 1 to 4, or none.</source>
        <translation>관찰 평점이 %1입니다. 1에서 4 사이이거나 없어야 합니다.</translation>
    </message>
    <message>
        <source>The confidence rating is %1; it must be 1 (not at all) to 5 (very).</source>
        <translation>자신감 평점이 %1입니다. 1(전혀 없음)에서 5(매우 있음) 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Choose the benchmark&apos;s subject.</source>
        <translation>기준 평가 과목을 선택하십시오.</translation>
    </message>
    <message>
        <source>Name the benchmark test, e.g. i-Ready Diagnostic.</source>
        <translation>기준 평가 시험 이름을 입력하십시오. 예: i-Ready Diagnostic.</translation>
    </message>
    <message>
        <source>Choose the test window: beginning, middle or end of year.</source>
        <translation>평가 시기를 선택하십시오: 학년 초, 중간 또는 말.</translation>
    </message>
    <message>
        <source>The scale score %1 is below 0. Check the score report.</source>
        <translation>척도 점수 %1이(가) 0보다 작습니다. 성적표를 확인하십시오.</translation>
    </message>
    <message>
        <source>Grade levels below is %1; it must be between -3 (above grade) and 12.</source>
        <translation>학년 미달 수준이 %1입니다. -3(학년 초과)에서 12 사이여야 합니다.</translation>
    </message>
    <message>
        <source>That assessment is already gone (someone may have removed it). Reload the page.</source>
        <translation>해당 평가는 이미 없습니다 (다른 사람이 삭제했을 수 있습니다). 페이지를 다시 불러오십시오.</translation>
    </message>
    <message>
        <source>The assessment could not be removed from %1: %2</source>
        <translation>%1에서 평가를 삭제할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::Attendance</name>
    <message>
        <source>%1 on %2</source>
        <translation>%2의 %1</translation>
    </message>
    <message>
        <source>%1 was present at %2: the minutes attended must be between 1 and %3, not %4.</source>
        <translation>%1 학생은 %2에 출석했습니다: 출석 시간(분)은 %4이(가) 아니라 1에서 %3 사이여야 합니다.</translation>
    </message>
    <message>
        <source>%1 is only %2 minutes long: record %3 as present or absent.</source>
        <translation>%1은(는) %2분짜리 수업입니다: %3 학생을 출석 또는 결석으로 기록하십시오.</translation>
    </message>
    <message>
        <source>%1 was tardy to %2: give the minutes they attended (1 to %3).</source>
        <translation>%1 학생은 %2에 지각했습니다: 출석한 시간(1~%3분)을 입력하십시오.</translation>
    </message>
    <message>
        <source>%1 was tardy to %2: the minutes attended must be between 1 and %3, not %4 (a student who attended all %5 minutes is present).</source>
        <translation>%1 학생은 %2에 지각했습니다: 출석 시간은 %4분이 아니라 1에서 %3분 사이여야 합니다 (%5분 전체를 참석한 학생은 출석입니다).</translation>
    </message>
    <message>
        <source>%1 is on %2: attendance can be taken from that day on.</source>
        <translation>%1은(는) %2 수업입니다: 출석은 그날부터 체크할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 was cancelled: a cancelled session has no attendance. Restore it on the Schedule page first, or record the students at a make-up.</source>
        <translation>%1은(는) 취소되었습니다: 취소된 수업에는 출석이 없습니다. 먼저 일정 페이지에서 복원하거나, 보충 수업에서 학생들을 기록하십시오.</translation>
    </message>
    <message>
        <source>There is no student %1 (they may have been removed). Reload the attendance sheet.</source>
        <translation>학생 %1이(가) 없습니다 (삭제되었을 수 있습니다). 출석부를 다시 불러오십시오.</translation>
    </message>
    <message>
        <source>%1 is not on the sheet of %2: only the group&apos;s students (or the students a make-up is for) can be recorded there.</source>
        <translation>%1 학생은 %2의 출석부에 없습니다: 그룹의 학생(또는 보충 수업 대상 학생)만 기록할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 is marked twice for %2: keep one mark.</source>
        <translation>%1 학생이 %2에 두 번 표시되었습니다: 하나만 남기십시오.</translation>
    </message>
    <message>
        <source>%1 is past: changing what was recorded for it needs a reason, which the audit log keeps with who changed it and when. Give the reason for the change.</source>
        <translation>%1은(는) 지난 수업입니다: 기록된 내용을 변경하려면 이유가 필요하며, 감사 로그에 변경한 사람과 시각과 함께 보관됩니다. 변경 이유를 입력하십시오.</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>수업 %1</translation>
    </message>
    <message>
        <source>There is no session %1 (it may have been removed). Reload the schedule.</source>
        <translation>수업 %1이(가) 없습니다 (삭제되었을 수 있습니다). 일정을 다시 불러오십시오.</translation>
    </message>
    <message>
        <source>The attendance of %1 could not be saved in %2: %3</source>
        <translation>%1의 출석을 %2에 저장할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>No session &quot;%1&quot; in this school. `tutordesk-cli schedule --json` lists them.</source>
        <translation>이 학교에 &quot;%1&quot; 수업이 없습니다. `tutordesk-cli schedule --json` 명령으로 목록을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>No student &quot;%1&quot; in this school: give the student&apos;s district id.</source>
        <translation>이 학교에 &quot;%1&quot; 학생이 없습니다: 학생의 교육청 ID를 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceDialog</name>
    <message>
        <source>&amp;All Present</source>
        <translation>모두 출석(&amp;A)</translation>
    </message>
    <message>
        <source>Take Attendance</source>
        <translation>출석 체크</translation>
    </message>
    <message>
        <source>Skill covered</source>
        <translation>다룬 기능</translation>
    </message>
    <message>
        <source>What the session worked on</source>
        <translation>수업에서 다룬 내용</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>변경 이유</translation>
    </message>
    <message>
        <source>Required: why this past record changes (kept in the audit log)</source>
        <translation>필수: 지난 기록을 변경하는 이유 (감사 로그에 보관됨)</translation>
    </message>
    <message>
        <source>S&amp;kill covered:</source>
        <translation>다룬 기능(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>변경 이유(&amp;R):</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Save the attendance (%1)</source>
        <translation>출석 저장 (%1)</translation>
    </message>
    <message>
        <source>Mark every student not marked yet as present (A on the sheet, or %1)</source>
        <translation>아직 표시하지 않은 모든 학생을 출석으로 표시합니다 (출석부에서 A 또는 %1)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>수업</translation>
    </message>
    <message>
        <source>&lt;b&gt;P&lt;/b&gt; present · &lt;b&gt;T&lt;/b&gt; tardy, then the minutes · &lt;b&gt;E&lt;/b&gt; absent, excused · &lt;b&gt;U&lt;/b&gt; absent, unexcused&lt;br&gt;&lt;b&gt;A&lt;/b&gt; everyone else present · &lt;b&gt;Space&lt;/b&gt; absent from school · &lt;b&gt;%1&lt;/b&gt; save</source>
        <translation>&lt;b&gt;P&lt;/b&gt; 출석 · &lt;b&gt;T&lt;/b&gt; 지각 후 시간(분) 입력 · &lt;b&gt;E&lt;/b&gt; 인정 결석 · &lt;b&gt;U&lt;/b&gt; 무단 결석&lt;br&gt;&lt;b&gt;A&lt;/b&gt; 나머지 모두 출석 · &lt;b&gt;Space&lt;/b&gt; 학교 결석 · &lt;b&gt;%1&lt;/b&gt; 저장</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>The session&apos;s attendance could not be read: %1</source>
        <translation>수업의 출석을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>This session no longer exists. Close this window and choose another session.</source>
        <translation>이 수업은 더 이상 존재하지 않습니다. 이 창을 닫고 다른 수업을 선택하십시오.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No session&lt;/b&gt;</source>
        <translation>&lt;b&gt;수업 없음&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Attendance — %1</source>
        <translation>출석 — %1</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>튜터 없음</translation>
    </message>
    <message>
        <source>%1, substituting for %2</source>
        <translation>%1 (%2 대신)</translation>
    </message>
    <message>
        <source>no room given</source>
        <translation>교실 미지정</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · %4</source>
        <comment>group, when · tutor · room</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · %4</translation>
    </message>
    <message>
        <source>&lt;br&gt;Target skill: %1</source>
        <translation>&lt;br&gt;목표 기능: %1</translation>
    </message>
    <message>
        <source>Nobody is expected at this session: its group has no students that day.</source>
        <translation>이 수업에 참석할 학생이 없습니다: 그날 그룹에 학생이 없습니다.</translation>
    </message>
    <message>
        <source>Mark the students first: P present, T tardy, E excused, U unexcused.</source>
        <translation>먼저 학생을 표시하십시오: P 출석, T 지각, E 인정 결석, U 무단 결석.</translation>
    </message>
    <message>
        <source>This changes attendance already recorded for a past session: give a reason for the change. The audit log keeps it.</source>
        <translation>지난 수업에 이미 기록된 출석을 변경합니다: 변경 이유를 입력하십시오. 감사 로그에 보관됩니다.</translation>
    </message>
    <message>
        <source>Discard Attendance?</source>
        <translation>출석을 취소하시겠습니까?</translation>
    </message>
    <message>
        <source>The attendance you entered for this session is not saved yet.</source>
        <translation>이 수업에 입력한 출석이 아직 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>Discard it, or go back and save it with %1.</source>
        <translation>취소하거나, 돌아가서 %1(으)로 저장하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>출석 %n명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tardy</source>
        <translation>
            <numerusform>지각 %n명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absent</source>
        <translation>
            <numerusform>결석 %n명</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Attendance updated for %1: %2.</source>
        <translation>%1의 출석을 수정했습니다: %2.</translation>
    </message>
    <message>
        <source>Attendance saved for %1: %2.</source>
        <translation>%1의 출석을 저장했습니다: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up action(s) due.</source>
        <translation>
            <numerusform>후속 작업 %n건이 생겼습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up action(s) no longer needed.</source>
        <translation>
            <numerusform>후속 작업 %n건이 더 이상 필요하지 않습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceSheetDelegate</name>
    <message>
        <source>Minutes attended</source>
        <translation>출석 시간(분)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceSheetModel</name>
    <message>
        <source>District id %1</source>
        <translation>교육청 ID %1</translation>
    </message>
    <message>
        <source>Absent from school that day, not only from tutoring (Space)</source>
        <translation>튜터링뿐 아니라 그날 학교에 결석함 (Space)</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>미표시</translation>
    </message>
    <message>
        <source>P present · T tardy · E absent, excused · U absent, unexcused</source>
        <translation>P 출석 · T 지각 · E 인정 결석 · U 무단 결석</translation>
    </message>
    <message>
        <source>Type minutes</source>
        <translation>시간(분) 입력</translation>
    </message>
    <message numerus="yes">
        <source>Minutes attended, less than the session&apos;s %n minute(s)</source>
        <translation>
            <numerusform>출석 시간(분), 수업 시간 %n분 미만</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes attended (the session&apos;s length unless the student left early)</source>
        <translation>출석 시간(분) (학생이 일찍 떠나지 않았다면 수업 시간과 같음)</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>시간(분)</translation>
    </message>
    <message>
        <source>Absent from school</source>
        <translation>학교 결석</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceSheetView</name>
    <message>
        <source>Attendance sheet</source>
        <translation>출석부</translation>
    </message>
    <message>
        <source>P present · T tardy (then type the minutes) · E absent, excused · U absent, unexcused
A: everyone not marked is present · Space: absent from school · Ctrl+Enter: save</source>
        <translation>P 출석 · T 지각 (이후 시간 입력) · E 인정 결석 · U 무단 결석
A: 표시하지 않은 모든 학생 출석 · Space: 학교 결석 · Ctrl+Enter: 저장</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>미표시</translation>
    </message>
    <message>
        <source>Type minutes</source>
        <translation>시간(분) 입력</translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceStatuses</name>
    <message>
        <source>Present</source>
        <translation>출석</translation>
    </message>
    <message>
        <source>Tardy</source>
        <translation>지각</translation>
    </message>
    <message>
        <source>Absent, excused</source>
        <translation>인정 결석</translation>
    </message>
    <message>
        <source>Absent, unexcused</source>
        <translation>무단 결석</translation>
    </message>
</context>
<context>
    <name>tutordesk::AvailabilityEditor</name>
    <message>
        <source>Add &amp;Time</source>
        <translation>시간 추가(&amp;T)</translation>
    </message>
    <message>
        <source>Remove Ti&amp;me</source>
        <translation>시간 삭제(&amp;M)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>요일</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>To</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Weekly availability</source>
        <translation>주간 가능 시간</translation>
    </message>
    <message>
        <source>Add a day and the hours the tutor can teach on it</source>
        <translation>튜터가 지도할 수 있는 요일과 시간을 추가합니다</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>선택한 행 삭제</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>가능 시작 시간</translation>
    </message>
    <message>
        <source>Available until</source>
        <translation>가능 종료 시간</translation>
    </message>
</context>
<context>
    <name>tutordesk::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>tutordesk::BundleExport</name>
    <message>
        <source>There is no school in this database yet, so there is nothing to export. Create the school (Settings ▸ School) first.</source>
        <translation>이 데이터베이스에 아직 학교가 없어 내보낼 것이 없습니다. 먼저 학교를 만드십시오 (설정 ▸ 학교).</translation>
    </message>
    <message>
        <source>The export was asked without a time. This is a fault in TutorDesk: please report it.</source>
        <translation>시간 없이 내보내기가 요청되었습니다. TutorDesk의 오류이니 신고해 주십시오.</translation>
    </message>
    <message>
        <source>The bundle could not be made: the database refused (%1). Nothing was put in the outbox; try again, and if it keeps failing, check the disk.</source>
        <translation>데이터 묶음을 만들 수 없습니다: 데이터베이스가 거부했습니다 (%1). 보낼 편지함에 아무것도 넣지 않았습니다. 다시 시도하고, 계속 실패하면 디스크를 확인하십시오.</translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was put in the outbox.</source>
        <translation>내보내기가 취소되었습니다. 보낼 편지함에 아무것도 넣지 않았습니다.</translation>
    </message>
    <message>
        <source>The bundle&apos;s zip could not be written (out of memory?). Close other programs and export again.</source>
        <translation>데이터 묶음의 zip 파일을 쓸 수 없습니다 (메모리 부족?). 다른 프로그램을 닫고 다시 내보내십시오.</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarDayDialog</name>
    <message>
        <source>First day</source>
        <translation>첫날</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>마지막 날</translation>
    </message>
    <message>
        <source>Add Day Off</source>
        <translation>휴일 추가</translation>
    </message>
    <message>
        <source>Edit Calendar Days</source>
        <translation>학사 일정 날짜 편집</translation>
    </message>
    <message>
        <source>Kind of day</source>
        <translation>날짜 종류</translation>
    </message>
    <message>
        <source>Holidays, breaks and non-instructional days have no sessions; minimum days have shorter ones</source>
        <translation>공휴일, 방학, 수업 없는 날에는 수업이 없으며, 단축 수업일에는 수업이 짧아집니다</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>e.g. Veterans Day, Winter break, Parent conferences</source>
        <translation>예: 재향군인의 날, 겨울 방학, 학부모 상담</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>설명(&amp;D):</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 ~ %2 (%n일)</numerusform>
        </translation>
    </message>
    <message>
        <source>Days being changed</source>
        <translation>변경할 날짜</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>날짜:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>시작(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>종료(&amp;T):</translation>
    </message>
    <message>
        <source>How many school days this covers</source>
        <translation>포함되는 수업일 수</translation>
    </message>
    <message>
        <source>No weekdays in this range: weekends are never school days.</source>
        <translation>이 기간에 평일이 없습니다: 주말은 수업일이 아닙니다.</translation>
    </message>
    <message numerus="yes">
        <source>Covers %n weekday(s); weekends are skipped.</source>
        <translation>
            <numerusform>평일 %n일이 포함되며, 주말은 제외됩니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarDaysModel</name>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>요일</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarEditor</name>
    <message>
        <source>A day in the list has no date. Enter the date.</source>
        <translation>목록에 날짜가 없는 항목이 있습니다. 날짜를 입력하십시오.</translation>
    </message>
    <message>
        <source>%1 is outside the school year (%2 to %3). Choose a day in the year, or change the year&apos;s dates first.</source>
        <translation>%1은(는) 학년도(%2 ~ %3) 밖입니다. 학년도 안의 날짜를 선택하거나, 먼저 학년도 날짜를 변경하십시오.</translation>
    </message>
    <message>
        <source>%1 is a weekend day; the calendar lists weekdays only. Choose a weekday.</source>
        <translation>%1은(는) 주말입니다. 학사 일정에는 평일만 표시됩니다. 평일을 선택하십시오.</translation>
    </message>
    <message>
        <source>%1: choose school day, minimum day, holiday, break or non-instructional day.</source>
        <translation>%1: 수업일, 단축 수업일, 공휴일, 방학 또는 수업 없는 날 중에서 선택하십시오.</translation>
    </message>
    <message>
        <source>There is no school year yet. Set up the school first, then its calendar.</source>
        <translation>아직 학년도가 없습니다. 먼저 학교를 설정한 후 학사 일정을 설정하십시오.</translation>
    </message>
    <message>
        <source>The calendar could not be saved in %1: %2</source>
        <translation>학사 일정을 %1에 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Sessions on a minimum day can last %1 to %2 minutes, not %3. Change the minutes.</source>
        <translation>단축 수업일의 수업 시간은 %3분이 아니라 %1~%2분이어야 합니다. 시간을 변경하십시오.</translation>
    </message>
    <message>
        <source>The minimum day length could not be saved in %1: %2</source>
        <translation>단축 수업일 길이를 %1에 저장할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarImport</name>
    <message>
        <source>There is no school year yet to import %1 into. Set up the school first.</source>
        <translation>%1을(를) 가져올 학년도가 아직 없습니다. 먼저 학교를 설정하십시오.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>The file has no date column. Name the column of days &quot;Date&quot; (the first line of the file holds the column names).</source>
        <translation>파일에 날짜 열이 없습니다. 날짜 열의 이름을 &quot;Date&quot;로 지정하십시오 (파일 첫 줄에 열 이름이 있습니다).</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>The file has no kind column. Add a column &quot;Kind&quot; saying holiday, break, minimum day, non-instructional or instructional for each line.</source>
        <translation>파일에 종류 열이 없습니다. 각 줄에 holiday, break, minimum day, non-instructional 또는 instructional을 적은 &quot;Kind&quot; 열을 추가하십시오.</translation>
    </message>
    <message>
        <source>the school year runs %1 to %2</source>
        <translation>학년도는 %1 ~ %2입니다</translation>
    </message>
    <message>
        <source>The date is missing. Enter the day as YYYY-MM-DD (2026-11-11) or M/D/YYYY (11/11/2026).</source>
        <translation>날짜가 없습니다. YYYY-MM-DD (2026-11-11) 또는 M/D/YYYY (11/11/2026) 형식으로 입력하십시오.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as YYYY-MM-DD (2026-11-11) or M/D/YYYY (11/11/2026).</source>
        <translation>&quot;%1&quot;은(는) 날짜가 아닙니다. YYYY-MM-DD (2026-11-11) 또는 M/D/YYYY (11/11/2026) 형식으로 쓰십시오.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write the last day of the range as YYYY-MM-DD or M/D/YYYY, or leave it empty for one day.</source>
        <translation>&quot;%1&quot;은(는) 날짜가 아닙니다. 기간의 마지막 날을 YYYY-MM-DD 또는 M/D/YYYY 형식으로 쓰거나, 하루만이면 비워 두십시오.</translation>
    </message>
    <message>
        <source>The range ends (%1) before it starts (%2). Swap the two dates.</source>
        <translation>기간의 끝(%1)이 시작(%2)보다 앞입니다. 두 날짜를 바꾸십시오.</translation>
    </message>
    <message>
        <source>The kind of day is missing.</source>
        <translation>날짜 종류가 없습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of day.</source>
        <translation>&quot;%1&quot;은(는) 날짜 종류가 아닙니다.</translation>
    </message>
    <message>
        <source>Write holiday, break, minimum day, non-instructional or instructional.</source>
        <translation>holiday, break, minimum day, non-instructional 또는 instructional 중 하나를 쓰십시오.</translation>
    </message>
    <message>
        <source>%1 is outside the school year (%2). Correct the date or remove the line.</source>
        <translation>%1은(는) 학년도(%2) 밖입니다. 날짜를 고치거나 해당 줄을 삭제하십시오.</translation>
    </message>
    <message>
        <source>%1 is a weekend day; the calendar lists weekdays only. Correct the date or remove the line.</source>
        <translation>%1은(는) 주말입니다. 학사 일정에는 평일만 표시됩니다. 날짜를 고치거나 해당 줄을 삭제하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n line(s) with no values in any column.</source>
        <translation>
            <numerusform>모든 열이 비어 있는 %n줄을 건너뛰었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n weekend day(s) inside the ranges: weekends are never school days.</source>
        <translation>
            <numerusform>기간 안의 주말 %n일을 건너뛰었습니다: 주말은 수업일이 아닙니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no label column, so the days have no names. Add a &quot;Label&quot; column (&quot;Veterans Day&quot;) to show them in the calendar.</source>
        <translation>파일에 이름 열이 없어 날짜에 이름이 없습니다. 학사 일정에 표시하려면 &quot;Label&quot; 열(&quot;Veterans Day&quot;)을 추가하십시오.</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <translation>%1을(를) 가져올 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Sessions from %1 on: %2 added, %3 removed, %4 changed.</source>
        <translation>%1부터의 수업: %2개 추가, %3개 삭제, %4개 변경.</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarMonthView</name>
    <message>
        <source>School year, a month at a time</source>
        <translation>학년도 (월별 보기)</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarPage</name>
    <message>
        <source>&amp;Add Day Off…</source>
        <translation>휴일 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>편집(&amp;D)…</translation>
    </message>
    <message>
        <source>Make &amp;School Day</source>
        <translation>수업일로 지정(&amp;S)</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>가져오기(&amp;M)…</translation>
    </message>
    <message>
        <source>School days this year</source>
        <translation>올해 수업일</translation>
    </message>
    <message>
        <source>Add a holiday, a break, a minimum day or a non-instructional day</source>
        <translation>공휴일, 방학, 단축 수업일 또는 수업 없는 날을 추가합니다</translation>
    </message>
    <message>
        <source>Change the kind or description of the selected days (double-click or Enter)</source>
        <translation>선택한 날짜의 종류나 설명을 변경합니다 (두 번 클릭 또는 Enter)</translation>
    </message>
    <message>
        <source>Make the selected days ordinary school days again; their sessions come back</source>
        <translation>선택한 날짜를 다시 일반 수업일로 지정합니다. 해당 날짜의 수업이 복원됩니다</translation>
    </message>
    <message>
        <source>Bring in the calendar your district sends, saved as CSV</source>
        <translation>교육청에서 보낸 학사 일정을 CSV로 저장한 파일에서 가져옵니다</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>학사 일정</translation>
    </message>
    <message>
        <source>Holidays, breaks and minimum days</source>
        <translation>공휴일, 방학 및 단축 수업일</translation>
    </message>
    <message numerus="yes">
        <source>Imported the calendar: %n new day(s), %1 changed, %2 unchanged. Sessions from today on follow it.</source>
        <translation>
            <numerusform>학사 일정을 가져왔습니다: 새 날짜 %n일, 변경 %1일, 변경 없음 %2일. 오늘부터의 수업에 반영됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar could not be read: %1</source>
        <translation>학사 일정을 읽을 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n school day(s)</source>
        <translation>
            <numerusform>수업일 %n일</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s) and break day(s)</source>
        <translation>
            <numerusform>공휴일 및 방학 %n일</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minimum day(s)</source>
        <translation>
            <numerusform>단축 수업일 %n일</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n non-instructional day(s)</source>
        <translation>
            <numerusform>수업 없는 날 %n일</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No school year yet. Set up your school with the first and last day of the year, then add its holidays here.</source>
        <translation>아직 학년도가 없습니다. 학년도 첫날과 마지막 날로 학교를 설정한 후, 여기에 공휴일을 추가하십시오.</translation>
    </message>
    <message>
        <source>No holidays or breaks yet. Add your days off, or import the calendar your district sends.</source>
        <translation>아직 공휴일이나 방학이 없습니다. 휴일을 추가하거나 교육청에서 보낸 학사 일정을 가져오십시오.</translation>
    </message>
    <message>
        <source>Nothing was saved: the dates chosen are all weekends.</source>
        <translation>저장된 것이 없습니다: 선택한 날짜가 모두 주말입니다.</translation>
    </message>
    <message>
        <source>The calendar could not be saved: %1</source>
        <translation>학사 일정을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Import Calendar</source>
        <translation>학사 일정 가져오기</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) read.</source>
        <translation>
            <numerusform>%n줄을 읽었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the file: %2 new, %3 changed, %4 already in the calendar. Sessions from today on will follow the new calendar.</source>
        <translation>파일의 %1: 새 항목 %2, 변경 %3, 이미 학사 일정에 있음 %4. 오늘부터의 수업은 새 학사 일정을 따릅니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n일</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarSidePanel</name>
    <message>
        <source>Appl&amp;y</source>
        <translation>적용(&amp;Y)</translation>
    </message>
    <message>
        <source>Holiday or break</source>
        <translation>공휴일 또는 방학</translation>
    </message>
    <message>
        <source>Minimum day</source>
        <translation>단축 수업일</translation>
    </message>
    <message>
        <source>Non-instructional day</source>
        <translation>수업 없는 날</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>주말</translation>
    </message>
    <message>
        <source>The chosen day</source>
        <translation>선택한 날짜</translation>
    </message>
    <message>
        <source>Minimum-day sessions &amp;last at most:</source>
        <translation>단축 수업일 수업 최대 시간(&amp;L):</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 분</translation>
    </message>
    <message>
        <source>Longest session on a minimum day, in minutes</source>
        <translation>단축 수업일의 최대 수업 시간(분)</translation>
    </message>
    <message>
        <source>Longer sessions are shortened to this on minimum days</source>
        <translation>단축 수업일에는 이보다 긴 수업이 이 시간으로 줄어듭니다</translation>
    </message>
    <message>
        <source>Shorten or lengthen the minimum-day sessions from today on</source>
        <translation>오늘부터 단축 수업일 수업 시간을 줄이거나 늘립니다</translation>
    </message>
    <message>
        <source>Holidays, breaks and non-instructional days have no sessions. Every change moves the sessions from today on; sessions already held, and their attendance, stay as they were.</source>
        <translation>공휴일, 방학, 수업 없는 날에는 수업이 없습니다. 변경하면 오늘부터의 수업이 조정되며, 이미 진행한 수업과 그 출석은 그대로 유지됩니다.</translation>
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
        <translation>주 시작일</translation>
    </message>
    <message>
        <source>Cancelled: tutor absent</source>
        <translation>취소: 튜터 부재</translation>
    </message>
    <message>
        <source>Cancelled: school event</source>
        <translation>취소: 학교 행사</translation>
    </message>
    <message>
        <source>Cancelled: weather</source>
        <translation>취소: 날씨</translation>
    </message>
    <message>
        <source>Cancelled: student event</source>
        <translation>취소: 학생 행사</translation>
    </message>
    <message>
        <source>Cancelled: other reason</source>
        <translation>취소: 기타 사유</translation>
    </message>
    <message>
        <source>Probe scores: %1</source>
        <translation>진단 평가 점수: %1</translation>
    </message>
    <message>
        <source>Date of probe</source>
        <translation>진단 평가 날짜</translation>
    </message>
    <message>
        <source>% of probe maximum</source>
        <translation>진단 평가 만점 대비 %</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1 · %2%3
%4 of %5 points · %6% of maximum</source>
        <translation>%1 · %2%3
%5점 중 %4점 · 만점의 %6%</translation>
    </message>
    <message>
        <source>Mastery (%1%)</source>
        <translation>숙달 (%1%)</translation>
    </message>
    <message>
        <source>Minutes received against planned: %1</source>
        <translation>계획 대비 받은 시간(분): %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>minutes (cumulative)</source>
        <translation>분 (누적)</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>받음</translation>
    </message>
    <message>
        <source>%1 · by %2
%3 of %4 planned minutes received</source>
        <translation>%1 · %2까지
계획된 %4분 중 %3분 받음</translation>
    </message>
    <message>
        <source>Attendance by week: %1</source>
        <translation>주별 출석: %1</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>진행한 수업</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>출석한 수업</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>수업</translation>
    </message>
    <message>
        <source>%1 · week of %2
attended %3 of %4 sessions held</source>
        <translation>%1 · %2 주
진행한 수업 %4개 중 %3개 출석</translation>
    </message>
    <message>
        <source>Growth per student on %1: %2</source>
        <translation>%1 학생별 성장: %2</translation>
    </message>
    <message>
        <source>Growth (latest − pre probe)</source>
        <translation>성장 (최근 − 사전 진단 평가)</translation>
    </message>
    <message>
        <source>%1 (not measured)</source>
        <translation>%1 (측정 안 됨)</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>growth (% points of probe maximum)</source>
        <translation>성장 (진단 평가 만점 대비 %p)</translation>
    </message>
    <message numerus="yes">
        <source>%1: not measured (%n probe(s) on this skill; growth needs two)</source>
        <translation>
            <numerusform>%1: 측정 안 됨 (이 기능의 진단 평가 %n회, 성장을 보려면 2회 필요)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 points (from %3% to %4% of maximum)%5</source>
        <translation>%1: %2점 (만점의 %3%에서 %4%로)%5</translation>
    </message>
    <message>
        <source>, mastered</source>
        <translation>, 숙달</translation>
    </message>
    <message>
        <source>Sessions held against scheduled: %1</source>
        <translation>예정 대비 진행한 수업: %1</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>진행됨</translation>
    </message>
    <message>
        <source>Not marked yet</source>
        <translation>아직 표시 안 됨</translation>
    </message>
    <message>
        <source>sessions scheduled</source>
        <translation>예정된 수업</translation>
    </message>
    <message>
        <source>Week of %1: %2 of %3 scheduled sessions held</source>
        <translation>%1 주: 예정된 수업 %3개 중 %2개 진행</translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n개 취소됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n make-up(s) held</source>
        <translation>
            <numerusform>보충 수업 %n개 진행</numerusform>
        </translation>
    </message>
    <message>
        <source>Dosage: students in tutoring by minutes received</source>
        <translation>수업 시간량: 받은 시간(분)별 튜터링 학생 수</translation>
    </message>
    <message>
        <source>Students in tutoring</source>
        <translation>튜터링 중인 학생</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>minutes received this year</source>
        <translation>올해 받은 시간(분)</translation>
    </message>
    <message>
        <source>students</source>
        <translation>학생</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) received %1 to %2 minutes</source>
        <translation>
            <numerusform>학생 %n명이 %1~%2분을 받음</numerusform>
        </translation>
    </message>
    <message>
        <source>Growth against dosage (one point per student and skill)</source>
        <translation>수업 시간량 대비 성장 (학생 및 기능별 점 하나)</translation>
    </message>
    <message>
        <source>minutes received</source>
        <translation>받은 시간(분)</translation>
    </message>
    <message>
        <source>growth (% points)</source>
        <translation>성장 (%p)</translation>
    </message>
    <message>
        <source>No growth</source>
        <translation>성장 없음</translation>
    </message>
    <message>
        <source>%1 (Tier %2, %3)
%4 minutes received · growth %5 points</source>
        <translation>%1 (%2단계, %3)
받은 시간 %4분 · 성장 %5점</translation>
    </message>
    <message numerus="yes">
        <source>Tier %1 (%n point(s))</source>
        <translation>
            <numerusform>%1단계 (%n개 점)</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly attendance rate, whole school</source>
        <translation>주간 출석률, 전교</translation>
    </message>
    <message>
        <source>% of sessions attended</source>
        <translation>수업 출석률 %</translation>
    </message>
    <message>
        <source>Attended ÷ (attended + absent)</source>
        <translation>출석 ÷ (출석 + 결석)</translation>
    </message>
    <message>
        <source>Week of %1: %2% attended
%3 attended, %4 absent</source>
        <translation>%1 주: 출석률 %2%
출석 %3, 결석 %4</translation>
    </message>
    <message>
        <source>Students per tier of need, and how many are seated</source>
        <translation>필요 지원 단계별 학생 수 및 배정된 학생 수</translation>
    </message>
    <message>
        <source>Students with this need</source>
        <translation>이 필요도의 학생</translation>
    </message>
    <message>
        <source>Seated in tutoring</source>
        <translation>튜터링 배정됨</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>%1단계</translation>
    </message>
    <message>
        <source>tier of need</source>
        <translation>필요 지원 단계</translation>
    </message>
    <message numerus="yes">
        <source>Tier %1: %n student(s), %2 seated</source>
        <translation>
            <numerusform>%1단계: 학생 %n명, %2명 배정</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::ChartPanel</name>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>차트를 PNG로 저장…</translation>
    </message>
    <message>
        <source>Save %1 as PNG</source>
        <translation>%1을(를) PNG로 저장</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 인쇄</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>차트를 PNG로 저장</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>차트가 저장되지 않음</translation>
    </message>
    <message>
        <source>The chart could not be written to %1. Choose a folder you can write to and try again.</source>
        <translation>차트를 %1에 쓸 수 없습니다. 쓰기 권한이 있는 폴더를 선택하고 다시 시도하십시오.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ClearanceWarningStrip</name>
    <message>
        <source>Clearances that need attention</source>
        <translation>확인이 필요한 신원 조회</translation>
    </message>
    <message>
        <source>Tutors whose clearances need attention</source>
        <translation>신원 조회 확인이 필요한 튜터</translation>
    </message>
    <message>
        <source>Click a line or press Enter to select that tutor in the table</source>
        <translation>줄을 클릭하거나 Enter를 누르면 표에서 해당 튜터가 선택됩니다</translation>
    </message>
    <message numerus="yes">
        <source>%n clearance(s) need attention</source>
        <translation>
            <numerusform>확인이 필요한 신원 조회 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>tutor: clearance problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Select %1 in the table</source>
        <translation>표에서 %1 선택</translation>
    </message>
</context>
<context>
    <name>tutordesk::Clearances</name>
    <message>
        <source>Background check</source>
        <translation>범죄 경력 조회</translation>
    </message>
    <message>
        <source>TB test</source>
        <translation>결핵 검사</translation>
    </message>
    <message>
        <source>%1 is not on file</source>
        <translation>%1 기록 없음</translation>
    </message>
    <message>
        <source>%1 expired on %2</source>
        <translation>%1 %2에 만료됨</translation>
    </message>
    <message>
        <source>%1 expires today (%2)</source>
        <translation>%1 오늘 만료 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 expires in %n day(s) (%2)</source>
        <translation>
            <numerusform>%1 %n일 후 만료 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 valid until %2</source>
        <translation>%1 %2까지 유효</translation>
    </message>
    <message>
        <source>%1 is inactive: make them active or part of the substitute pool on the Tutors page first.</source>
        <translation>%1 튜터는 비활성 상태입니다: 먼저 튜터 페이지에서 활성화하거나 대체 튜터 명단에 넣으십시오.</translation>
    </message>
    <message>
        <source>%1 has no background check on file: record it on the Tutors page first.</source>
        <translation>%1 튜터의 범죄 경력 조회 기록이 없습니다: 먼저 튜터 페이지에서 기록하십시오.</translation>
    </message>
    <message>
        <source>%1 has no TB test on file: record it on the Tutors page first.</source>
        <translation>%1 튜터의 결핵 검사 기록이 없습니다: 먼저 튜터 페이지에서 기록하십시오.</translation>
    </message>
    <message>
        <source>%1&apos;s background check expired on %2: record the new check on the Tutors page first.</source>
        <translation>%1 튜터의 범죄 경력 조회가 %2에 만료되었습니다: 먼저 튜터 페이지에서 새 조회를 기록하십시오.</translation>
    </message>
    <message>
        <source>%1&apos;s TB test expired on %2: record the new test on the Tutors page first.</source>
        <translation>%1 튜터의 결핵 검사가 %2에 만료되었습니다: 먼저 튜터 페이지에서 새 검사를 기록하십시오.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ColumnMapping</name>
    <message>
        <source>%1 is not a mapping file: %2 at character %3.</source>
        <translation>%1은(는) 매핑 파일이 아닙니다: %3번째 문자에서 %2.</translation>
    </message>
    <message>
        <source>%1: a mapping file needs &quot;version&quot;: 1.</source>
        <translation>%1: 매핑 파일에는 &quot;version&quot;: 1이 필요합니다.</translation>
    </message>
    <message>
        <source>%1: a mapping file needs a &quot;columns&quot; object of field names and column names.</source>
        <translation>%1: 매핑 파일에는 필드 이름과 열 이름으로 된 &quot;columns&quot; 객체가 필요합니다.</translation>
    </message>
    <message>
        <source>%1: the column for &quot;%2&quot; must be text (the header name).</source>
        <translation>%1: &quot;%2&quot;의 열은 텍스트(헤더 이름)여야 합니다.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactEditDialog</name>
    <message>
        <source>An &amp;interpreter helped</source>
        <translation>통역사 도움 받음(&amp;I)</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>후속 연락 날짜</translation>
    </message>
    <message>
        <source>Outgoing (we contacted the family)</source>
        <translation>발신 (학교가 가정에 연락)</translation>
    </message>
    <message>
        <source>Incoming (the family contacted us)</source>
        <translation>수신 (가정이 학교에 연락)</translation>
    </message>
    <message>
        <source>Contact again on</source>
        <translation>다시 연락할 날짜</translation>
    </message>
    <message>
        <source>e.g. the wrong outcome was picked</source>
        <translation>예: 결과를 잘못 선택함</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>일시(&amp;W):</translation>
    </message>
    <message>
        <source>Date and time of the contact</source>
        <translation>연락 날짜 및 시간</translation>
    </message>
    <message>
        <source>&amp;Guardian:</source>
        <translation>보호자(&amp;G):</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>보호자</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>방법(&amp;M):</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>방향(&amp;D):</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>목적(&amp;P):</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>목적</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>결과(&amp;O):</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>후속 연락(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>기록자(&amp;B):</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>기록자</translation>
    </message>
    <message>
        <source>Why are you changing this &amp;record?</source>
        <translation>이 기록을 변경하는 이유(&amp;R)</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>변경 이유</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Remove a contact logged by mistake (the audit log keeps it and your reason)</source>
        <translation>잘못 기록한 연락을 삭제합니다 (감사 로그에 삭제 이유와 함께 보관됨)</translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation>연락 편집</translation>
    </message>
    <message>
        <source>A contact logged on %1. Every change is kept in the audit log with its reason.</source>
        <translation>%1에 기록된 연락입니다. 모든 변경 사항은 이유와 함께 감사 로그에 보관됩니다.</translation>
    </message>
    <message>
        <source>This contact is no longer in the log (it may have been deleted). Close this window and reload the page.</source>
        <translation>이 연락은 더 이상 기록에 없습니다 (삭제되었을 수 있습니다). 이 창을 닫고 페이지를 다시 불러오십시오.</translation>
    </message>
    <message>
        <source>No guardian named</source>
        <translation>지정된 보호자 없음</translation>
    </message>
    <message>
        <source>Say why you are changing this record first</source>
        <translation>먼저 이 기록을 변경하는 이유를 입력하십시오</translation>
    </message>
    <message>
        <source>Changed the contact of %1.</source>
        <translation>%1 학생의 연락을 변경했습니다.</translation>
    </message>
    <message>
        <source>Deleted the contact of %1.</source>
        <translation>%1 학생의 연락을 삭제했습니다.</translation>
    </message>
    <message>
        <source>Delete Contact</source>
        <translation>연락 삭제</translation>
    </message>
    <message>
        <source>Delete the contact of %1? The audit log keeps it with your reason.

Why are you deleting this record?</source>
        <translation>%1 학생의 연락을 삭제하시겠습니까? 감사 로그에 삭제 이유와 함께 보관됩니다.

이 기록을 삭제하는 이유는 무엇입니까?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Reason for deleting the contact</source>
        <translation>연락 삭제 이유</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactFilterBar</name>
    <message>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>To</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>모든 방법</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>모든 결과</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Any purpose</source>
        <translation>모든 목적</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>목적</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>모든 언어</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Needs &amp;follow-up</source>
        <translation>후속 연락 필요(&amp;F)</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>전체 기간</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>이번 주</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>최근 30일</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>올해</translation>
    </message>
    <message>
        <source>Dates below</source>
        <translation>아래 날짜</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>기간(&amp;P):</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>시작(&amp;R)</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>종료(&amp;O)</translation>
    </message>
    <message>
        <source>Search by student, district ID or guardian</source>
        <translation>학생, 교육청 ID 또는 보호자로 검색</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>연락 검색</translation>
    </message>
    <message>
        <source>Type part of a student&apos;s name or district ID, or a guardian&apos;s name</source>
        <translation>학생 이름이나 교육청 ID, 또는 보호자 이름의 일부를 입력하십시오</translation>
    </message>
    <message>
        <source>Only contacts that asked for a follow-up date</source>
        <translation>후속 연락 날짜가 지정된 연락만</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactLog</name>
    <message>
        <source>There is no contact %1 in the log (it may have been deleted meanwhile). Reload the page.</source>
        <translation>기록에 연락 %1이(가) 없습니다 (그 사이에 삭제되었을 수 있습니다). 페이지를 다시 불러오십시오.</translation>
    </message>
    <message>
        <source>That guardian is not listed for this student. Choose one of the student&apos;s guardians.</source>
        <translation>해당 보호자는 이 학생의 보호자로 등록되어 있지 않습니다. 학생의 보호자 중 한 명을 선택하십시오.</translation>
    </message>
    <message>
        <source>This contact is the record of the letter “%1” printed on %2, and a printed letter stays on record. If something in it is wrong, correct it with Edit instead.</source>
        <translation>이 연락은 %2에 인쇄된 통신문 “%1”의 기록이며, 인쇄된 통신문은 기록으로 남습니다. 잘못된 내용이 있으면 편집으로 수정하십시오.</translation>
    </message>
    <message>
        <source>This contact resolved the due action “%1”. Reopen that action first (on the student&apos;s Tutoring tab), then delete the contact, or correct the contact with Edit instead.</source>
        <translation>이 연락으로 처리할 작업 “%1”이(가) 처리되었습니다. 먼저 해당 작업을 다시 열고 (학생의 튜터링 탭에서) 연락을 삭제하거나, 편집으로 연락을 수정하십시오.</translation>
    </message>
    <message>
        <source>Say why you are changing this contact: the reason is kept with the old and new values in the audit log that funding reviews read.</source>
        <translation>이 연락을 변경하는 이유를 입력하십시오: 이유는 이전 값 및 새 값과 함께 예산 심사에서 확인하는 감사 로그에 보관됩니다.</translation>
    </message>
    <message>
        <source>The contact could not be changed in %1: %2</source>
        <translation>%1에서 연락을 변경할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Say why you are deleting this contact: the reason is kept in the audit log that funding reviews read.</source>
        <translation>이 연락을 삭제하는 이유를 입력하십시오: 이유는 예산 심사에서 확인하는 감사 로그에 보관됩니다.</translation>
    </message>
    <message>
        <source>The contact could not be deleted from %1: %2</source>
        <translation>%1에서 연락을 삭제할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Enrollment and consent</source>
        <translation>등록 및 동의</translation>
    </message>
    <message>
        <source>Missed session</source>
        <translation>결석한 수업</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진도</translation>
    </message>
    <message>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <source>“%1” is not a way of contacting a family. Choose phone, text, email, letter, home visit, in person or conference.</source>
        <translation>“%1”은(는) 가정 연락 방법이 아닙니다. 전화, 문자, 이메일, 통신문, 가정 방문, 대면 또는 상담 중에서 선택하십시오.</translation>
    </message>
    <message>
        <source>“%1” is not a direction. Choose outgoing or incoming.</source>
        <translation>“%1”은(는) 방향이 아닙니다. 발신 또는 수신을 선택하십시오.</translation>
    </message>
    <message>
        <source>“%1” is not a purpose. Choose enrollment, missed session, progress or general.</source>
        <translation>“%1”은(는) 목적이 아닙니다. 등록, 결석한 수업, 진도 또는 일반 중에서 선택하십시오.</translation>
    </message>
    <message>
        <source>“%1” is not an outcome. Choose reached, left a message, no answer, wrong number, declined or sent.</source>
        <translation>“%1”은(는) 결과가 아닙니다. 통화됨, 메시지 남김, 응답 없음, 잘못된 번호, 거절 또는 발송됨 중에서 선택하십시오.</translation>
    </message>
    <message>
        <source>Say when the contact happened.</source>
        <translation>연락한 시점을 입력하십시오.</translation>
    </message>
    <message>
        <source>Say in which language the family was contacted.</source>
        <translation>가정에 연락한 언어를 입력하십시오.</translation>
    </message>
    <message>
        <source>There is no student %1 (they may have been removed). Reload the page.</source>
        <translation>학생 %1이(가) 없습니다 (삭제되었을 수 있습니다). 페이지를 다시 불러오십시오.</translation>
    </message>
    <message>
        <source>The contact could not be saved in %1: %2</source>
        <translation>연락을 %1에 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>문자 메시지</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>통신문</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>가정 방문</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>대면</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>상담</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>통화됨</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>메시지 남김</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>응답 없음</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>잘못된 번호</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>거절</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>발송됨</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactTableModel</name>
    <message>
        <source>The contact log could not be read: %1</source>
        <translation>연락 기록을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>수신</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>발신</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>통역사</translation>
    </message>
    <message>
        <source>District ID %1</source>
        <translation>교육청 ID %1</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>클릭하면 이 열로 정렬합니다</translation>
    </message>
    <message>
        <source>The log sorts by date, student, method or outcome</source>
        <translation>기록은 날짜, 학생, 방법 또는 결과로 정렬됩니다</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>날짜 및 시간</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>보호자</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>목적</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>후속 연락</translation>
    </message>
    <message>
        <source>By</source>
        <translation>기록자</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactsPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Contacts shown</source>
        <translation>표시된 연락</translation>
    </message>
    <message>
        <source>Correct the selected contact (Enter); the audit log keeps your reason</source>
        <translation>선택한 연락을 수정합니다 (Enter). 감사 로그에 이유가 보관됩니다</translation>
    </message>
    <message>
        <source>Remove the selected contact, logged by mistake (Delete)</source>
        <translation>잘못 기록한 선택한 연락을 삭제합니다 (Delete)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>연락</translation>
    </message>
    <message>
        <source>Family contacts</source>
        <translation>가정 연락</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Deleted the contact of %1.</source>
        <translation>%1 학생의 연락을 삭제했습니다.</translation>
    </message>
    <message>
        <source>The contact log could not be read: %1</source>
        <translation>연락 기록을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>1 family reached</source>
        <translation>1가정과 통화됨</translation>
    </message>
    <message numerus="yes">
        <source>%n families reached</source>
        <translation>
            <numerusform>%n가정과 통화됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s): </source>
        <translation>
            <numerusform>연락 %n건: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s), </source>
        <translation>
            <numerusform>시도 %n건, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reached, </source>
        <translation>
            <numerusform>통화 %n건, </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::CoverChoiceBox</name>
    <message>
        <source>Decision for %1 on %2</source>
        <translation>%2 %1에 대한 결정</translation>
    </message>
    <message>
        <source>substitute pool</source>
        <translation>대체 튜터 명단</translation>
    </message>
    <message>
        <source>speaks their language</source>
        <translation>학생들의 언어 구사</translation>
    </message>
    <message>
        <source>Substitute: %1</source>
        <translation>대체 튜터: %1</translation>
    </message>
    <message>
        <source>Substitute: %1 (%2)</source>
        <comment>substitute: name (why)</comment>
        <translation>대체 튜터: %1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 is free then, cleared and teaches %2. %3 this week so far.%4</source>
        <translation>%1 튜터는 해당 시간에 가능하며, 신원 조회가 완료되었고 %2을(를) 지도합니다. 이번 주 지금까지 %3.%4</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>수업 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Speaks the home language most of the students share.</source>
        <translation>대부분의 학생이 쓰는 가정 언어를 구사합니다.</translation>
    </message>
    <message>
        <source>No substitute is free and cleared at this time</source>
        <translation>이 시간에 가능하고 신원 조회가 완료된 대체 튜터가 없습니다</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>make-up day and time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Make up %1</source>
        <translation>%1 보충 수업</translation>
    </message>
    <message>
        <source>Cancel, make up %1</source>
        <translation>취소, %1 보충 수업</translation>
    </message>
    <message>
        <source>No make-up time in the next school days</source>
        <translation>다음 수업일들에 보충 수업 시간 없음</translation>
    </message>
    <message>
        <source>Cancel, no make-up</source>
        <translation>취소, 보충 수업 없음</translation>
    </message>
    <message>
        <source>%1 covers %2 on %3.</source>
        <translation>%1 튜터가 %3 %2 수업을 대체합니다.</translation>
    </message>
    <message>
        <source>%1 on %2: make-up on %3 at %4.</source>
        <translation>%2 %1: %3 %4에 보충 수업.</translation>
    </message>
    <message>
        <source>%1 on %2 is cancelled.</source>
        <translation>%2 %1 수업이 취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>tutordesk::CoverSessionDialog</name>
    <message>
        <source>Find a Substitute</source>
        <translation>대체 튜터 찾기</translation>
    </message>
    <message>
        <source>Cancel Session</source>
        <translation>수업 취소</translation>
    </message>
    <message>
        <source>Schedule a Make-up</source>
        <translation>보충 수업 예약</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3</translation>
    </message>
    <message>
        <source>&amp;Make-up:</source>
        <translation>보충 수업(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>결정(&amp;D):</translation>
    </message>
    <message>
        <source>Cancel &amp;reason:</source>
        <translation>취소 사유(&amp;R):</translation>
    </message>
    <message>
        <source>Optional: what families or the teacher should know</source>
        <translation>선택 사항: 가정이나 교사가 알아야 할 내용</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <source>Make-up for %1 scheduled on %2 at %3.</source>
        <translation>%1 보충 수업을 %2 %3에 예약했습니다.</translation>
    </message>
</context>
<context>
    <name>tutordesk::CsvReader</name>
    <message>
        <source>%1, line %2, column %3: a field of more than %4 characters. This is not a roster file, or a quote (&quot;) opens a field that should have closed much earlier.</source>
        <translation>%1, %2번째 줄, %3번째 열: %4자가 넘는 필드가 있습니다. 명단 파일이 아니거나, 따옴표(&quot;)로 시작한 필드가 훨씬 앞에서 닫혔어야 합니다.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2. Check this line for a missing or extra delimiter, or a quote (&quot;) that is not closed.</source>
        <translation>헤더에는 필드가 %2개인데 %1개입니다. 이 줄에 구분자가 빠졌거나 더 있는지, 또는 닫히지 않은 따옴표(&quot;)가 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>%1: there is no such file.</source>
        <translation>%1: 해당 파일이 없습니다.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row. Export the roster again from the student system.</source>
        <translation>%1이(가) 비어 있습니다: 헤더 행이 없습니다. 학생 시스템에서 명단을 다시 내보내십시오.</translation>
    </message>
    <message>
        <source>%1 is a zip file or an Excel workbook, not CSV. In Excel, use File &gt; Save As &gt; &quot;CSV UTF-8&quot;; a OneRoster export is imported as a zip.</source>
        <translation>%1은(는) CSV가 아니라 zip 파일 또는 Excel 통합 문서입니다. Excel에서 파일 &gt; 다른 이름으로 저장 &gt; &quot;CSV UTF-8&quot;을 사용하십시오. OneRoster 내보내기는 zip으로 가져옵니다.</translation>
    </message>
    <message>
        <source>%1 holds binary data, not text. Choose the CSV file the student system exported.</source>
        <translation>%1에는 텍스트가 아닌 이진 데이터가 들어 있습니다. 학생 시스템에서 내보낸 CSV 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>%1: not enough memory to read it.</source>
        <translation>%1: 읽기에 필요한 메모리가 부족합니다.</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>%1 읽기가 취소되었습니다.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: a quoted field starts here and is never closed. Look for a stray quote (&quot;) in that cell, or save the file from Excel again.</source>
        <translation>%1, %2번째 줄, %3번째 열: 따옴표로 시작한 필드가 닫히지 않았습니다. 해당 셀에 잘못 들어간 따옴표(&quot;)가 있는지 확인하거나, Excel에서 파일을 다시 저장하십시오.</translation>
    </message>
    <message>
        <source>%1 has no header row. Export the roster again with column names in the first row.</source>
        <translation>%1에 헤더 행이 없습니다. 첫 행에 열 이름을 넣어 명단을 다시 내보내십시오.</translation>
    </message>
</context>
<context>
    <name>tutordesk::DayListReport</name>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>취소됨: %1</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>진행됨</translation>
    </message>
    <message>
        <source>Make-up</source>
        <translation>보충 수업</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>예정됨</translation>
    </message>
    <message>
        <source>%1, needs cover</source>
        <translation>%1, 대체 필요</translation>
    </message>
    <message>
        <source>Substitute: %1 for %2</source>
        <translation>대체 튜터: %1 (%2 대신)</translation>
    </message>
    <message>
        <source>no tutor</source>
        <translation>튜터 없음</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>튜터 없음</translation>
    </message>
    <message>
        <source>Tutor: %1</source>
        <translation>튜터: %1</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>교실 없음</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>District ID</source>
        <translation>교육청 ID</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>출석</translation>
    </message>
    <message>
        <source>No students hold a seat.</source>
        <translation>자리를 가진 학생이 없습니다.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Day list, %1</source>
        <translation>일일 명단, %1</translation>
    </message>
    <message>
        <source>Day list</source>
        <translation>일일 명단</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No sessions on this day.</source>
        <translation>이날은 수업이 없습니다.</translation>
    </message>
    <message>
        <source>No sessions on this day: %1.</source>
        <translation>이날은 수업이 없습니다: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s). Tick the box of each student who attended.</source>
        <translation>
            <numerusform>수업 %n개. 출석한 학생마다 칸에 표시하십시오.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::DayListTab</name>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDF로 저장(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>날짜(&amp;D):</translation>
    </message>
    <message>
        <source>The day before</source>
        <translation>전날</translation>
    </message>
    <message>
        <source>The day after</source>
        <translation>다음 날</translation>
    </message>
    <message>
        <source>Print the day list with a column to take attendance by hand</source>
        <translation>손으로 출석을 체크할 수 있는 열이 있는 일일 명단을 인쇄합니다</translation>
    </message>
    <message>
        <source>Save the printable day list as a PDF file</source>
        <translation>인쇄용 일일 명단을 PDF 파일로 저장합니다</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>교실</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>튜터</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Sessions of the day</source>
        <translation>이날의 수업</translation>
    </message>
    <message>
        <source>The day&apos;s sessions could not be read: %1</source>
        <translation>이날의 수업을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>No sessions on this day.</source>
        <translation>이날은 수업이 없습니다.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>sessions · students</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>수업 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — no school. %2</source>
        <comment>day off — sessions</comment>
        <translation>%1 — 휴교. %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>The day list could not be made: %1</source>
        <translation>일일 명단을 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Day list %1</source>
        <translation>일일 명단 %1</translation>
    </message>
    <message>
        <source>Print Day List</source>
        <translation>일일 명단 인쇄</translation>
    </message>
    <message>
        <source>The day list for %1 was sent to the printer.</source>
        <translation>%1 일일 명단을 프린터로 보냈습니다.</translation>
    </message>
    <message>
        <source>Day list %1.pdf</source>
        <comment>file name</comment>
        <translation>일일 명단 %1.pdf</translation>
    </message>
    <message>
        <source>Save Day List as PDF</source>
        <translation>일일 명단을 PDF로 저장</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>The day list was saved to %1.</source>
        <translation>일일 명단을 %1에 저장했습니다.</translation>
    </message>
    <message>
        <source>The day list could not be saved to %1: check that the folder exists and that you may write there.</source>
        <translation>일일 명단을 %1에 저장할 수 없습니다: 폴더가 있는지, 쓰기 권한이 있는지 확인하십시오.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Demo</name>
    <message>
        <source>%1 already holds a school; the demo needs an empty database. Choose a new file for the demo school.</source>
        <translation>%1에 이미 학교가 있습니다. 데모에는 빈 데이터베이스가 필요합니다. 데모 학교용 새 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>The demo school was cancelled; %1 is as it was.</source>
        <translation>데모 학교 만들기가 취소되었습니다. %1은(는) 그대로입니다.</translation>
    </message>
    <message>
        <source>The demo school could not be made: %1</source>
        <translation>데모 학교를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The demo school could not be saved in %1: %2</source>
        <translation>데모 학교를 %1에 저장할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::DemoLauncher</name>
    <message>
        <source>Explore a Demo School</source>
        <translation>데모 학교 둘러보기</translation>
    </message>
    <message>
        <source>Creating the demo school: students, tutors, groups and a school year of sessions…</source>
        <translation>데모 학교를 만드는 중: 학생, 튜터, 그룹 및 한 학년도의 수업…</translation>
    </message>
</context>
<context>
    <name>tutordesk::DueActionsModel</name>
    <message>
        <source>Due %1</source>
        <translation>기한 %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>학년</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>할 일</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>그룹</translation>
    </message>
</context>
<context>
    <name>tutordesk::DueActionsView</name>
    <message>
        <source>Due actions</source>
        <translation>처리할 작업</translation>
    </message>
</context>
<context>
    <name>tutordesk::Equity</name>
    <message>
        <source>The gap threshold must be above 0 and at most 1 (0.8 is the &quot;four-fifths&quot; rule), not %1.</source>
        <translation>격차 기준값은 %1이(가) 아니라 0보다 크고 1 이하여야 합니다 (0.8은 &quot;5분의 4&quot; 규칙).</translation>
    </message>
    <message>
        <source>The equity gap threshold could not be saved: %1</source>
        <translation>형평성 격차 기준값을 저장할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::EquityTab</name>
    <message>
        <source>P&amp;rint…</source>
        <translation>인쇄(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDF로 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Highlight a group whose share of seats or minutes is below</source>
        <translation>자리 또는 시간 비율이 다음보다 낮은 집단 강조 표시(&amp;H)</translation>
    </message>
    <message>
        <source>× its share of need</source>
        <translation>× 필요 비율</translation>
    </message>
    <message>
        <source>Print the equity audit</source>
        <translation>형평성 점검 인쇄</translation>
    </message>
    <message>
        <source>Save the equity audit as a PDF</source>
        <translation>형평성 점검을 PDF로 저장</translation>
    </message>
    <message>
        <source>The equity audit could not be read: %1</source>
        <translation>형평성 점검을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Equity audit · figures to %1</source>
        <translation>형평성 점검 · %1까지의 수치</translation>
    </message>
    <message>
        <source>Equity audit</source>
        <translation>형평성 점검</translation>
    </message>
    <message>
        <source>— withheld: rests on fewer than 10 students, or would reveal a smaller group&apos;s figure (point at it for the reason).</source>
        <translation>— 비공개: 학생 10명 미만을 기준으로 하거나, 더 작은 집단의 수치가 드러날 수 있습니다 (마우스를 올리면 이유가 표시됩니다).</translation>
    </message>
    <message>
        <source>No group’s share of seats or minutes falls below %1 of its share of need.</source>
        <translation>자리 또는 시간 비율이 필요 비율의 %1 미만인 집단은 없습니다.</translation>
    </message>
    <message>
        <source>▼ Groups getting less than their share:</source>
        <translation>▼ 몫보다 적게 받는 집단:</translation>
    </message>
    <message>
        <source>Equity audit %1</source>
        <translation>형평성 점검 %1</translation>
    </message>
    <message>
        <source>A group is highlighted when its share of seats or of minutes is below this fraction of its share of the students in need. 0.80 is the “four-fifths” rule.</source>
        <translation>자리 또는 시간(분) 비율이 필요 학생 비율의 이 배수보다 낮은 집단은 강조 표시됩니다. 0.80은 “5분의 4” 규칙입니다.</translation>
    </message>
</context>
<context>
    <name>tutordesk::EquityText</name>
    <message>
        <source>Race/ethnicity</source>
        <translation>인종/민족</translation>
    </message>
    <message>
        <source>EL status</source>
        <translation>EL 상태</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>장애</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>위탁 아동</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>노숙</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>사회경제적 취약</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>학년</translation>
    </message>
    <message>
        <source>Hispanic or Latino</source>
        <translation>히스패닉 또는 라틴계</translation>
    </message>
    <message>
        <source>American Indian or Alaska Native</source>
        <translation>아메리카 원주민 또는 알래스카 원주민</translation>
    </message>
    <message>
        <source>Asian</source>
        <translation>아시아계</translation>
    </message>
    <message>
        <source>Black or African American</source>
        <translation>흑인 또는 아프리카계 미국인</translation>
    </message>
    <message>
        <source>Native Hawaiian or Pacific Islander</source>
        <translation>하와이 원주민 또는 태평양 섬 주민</translation>
    </message>
    <message>
        <source>White</source>
        <translation>백인</translation>
    </message>
    <message>
        <source>Two or more races</source>
        <translation>두 개 이상의 인종</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>보고되지 않음</translation>
    </message>
    <message>
        <source>EL (English learner)</source>
        <translation>EL (영어 학습자)</translation>
    </message>
    <message>
        <source>RFEP (reclassified)</source>
        <translation>RFEP (재분류됨)</translation>
    </message>
    <message>
        <source>EO/IFEP (English only or proficient)</source>
        <translation>EO/IFEP (영어 사용자 또는 능숙)</translation>
    </message>
    <message>
        <source>TBD (to be determined)</source>
        <translation>TBD (미정)</translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation>IEP 또는 504 계획</translation>
    </message>
    <message>
        <source>No IEP or 504 plan</source>
        <translation>IEP 또는 504 계획 없음</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>노숙 (McKinney-Vento)</translation>
    </message>
    <message>
        <source>Transitional kindergarten</source>
        <translation>전환 유치원 (TK)</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>유치원</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>%1학년</translation>
    </message>
    <message>
        <source>Hispanic or Latino students</source>
        <translation>히스패닉 또는 라틴계 학생</translation>
    </message>
    <message>
        <source>American Indian or Alaska Native students</source>
        <translation>아메리카 원주민 또는 알래스카 원주민 학생</translation>
    </message>
    <message>
        <source>Asian students</source>
        <translation>아시아계 학생</translation>
    </message>
    <message>
        <source>Black or African American students</source>
        <translation>흑인 또는 아프리카계 미국인 학생</translation>
    </message>
    <message>
        <source>Native Hawaiian or Pacific Islander students</source>
        <translation>하와이 원주민 또는 태평양 섬 주민 학생</translation>
    </message>
    <message>
        <source>White students</source>
        <translation>백인 학생</translation>
    </message>
    <message>
        <source>Students of two or more races</source>
        <translation>두 개 이상의 인종 학생</translation>
    </message>
    <message>
        <source>Students with no race/ethnicity reported</source>
        <translation>인종/민족이 보고되지 않은 학생</translation>
    </message>
    <message>
        <source>EL students</source>
        <translation>EL 학생</translation>
    </message>
    <message>
        <source>RFEP students</source>
        <translation>RFEP 학생</translation>
    </message>
    <message>
        <source>EO/IFEP students</source>
        <translation>EO/IFEP 학생</translation>
    </message>
    <message>
        <source>Students whose EL status is TBD</source>
        <translation>EL 상태가 미정인 학생</translation>
    </message>
    <message>
        <source>Students with no EL status reported</source>
        <translation>EL 상태가 보고되지 않은 학생</translation>
    </message>
    <message>
        <source>Students with an IEP or 504 plan</source>
        <translation>IEP 또는 504 계획이 있는 학생</translation>
    </message>
    <message>
        <source>Students without an IEP or 504 plan</source>
        <translation>IEP 또는 504 계획이 없는 학생</translation>
    </message>
    <message>
        <source>Homeless students</source>
        <translation>노숙 학생</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged students</source>
        <translation>사회경제적 취약 학생</translation>
    </message>
    <message>
        <source>TK students</source>
        <translation>TK 학생</translation>
    </message>
    <message>
        <source>Kindergarten students</source>
        <translation>유치원생</translation>
    </message>
    <message>
        <source>Grade %1 students</source>
        <translation>%1학년 학생</translation>
    </message>
    <message>
        <source>Student group</source>
        <translation>학생 집단</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>제안됨</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>등록됨</translation>
    </message>
    <message>
        <source>Minutes each</source>
        <translation>1인당 시간(분)</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>출석</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>성장</translation>
    </message>
    <message>
        <source>Share of seats</source>
        <translation>자리 비율</translation>
    </message>
    <message>
        <source>Share of minutes</source>
        <translation>시간 비율</translation>
    </message>
    <message>
        <source>Share of need</source>
        <translation>필요 비율</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>보류됨</translation>
    </message>
    <message>
        <source>Make-ups offered</source>
        <translation>제안된 보충 수업</translation>
    </message>
    <message>
        <source>Make-ups attended</source>
        <translation>출석한 보충 수업</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <source>A student counts in every group they belong to, once per dimension.</source>
        <translation>학생은 속한 모든 집단에서 기준별로 한 번씩 집계됩니다.</translation>
    </message>
    <message>
        <source>Students in need: active students whose need score puts them in Tier 2 or Tier 3.</source>
        <translation>지원 필요 학생: 필요도 점수가 2단계 또는 3단계에 해당하는 재학생.</translation>
    </message>
    <message>
        <source>Eligible students who were ever given a seat in a group (invited or later), waitlist places left out.</source>
        <translation>그룹 자리를 받은 적이 있는 대상 학생 (안내받았거나 이후 배정됨), 대기자 명단 순번은 제외.</translation>
    </message>
    <message>
        <source>Eligible students who took up a seat: active now, or came to sessions before a pause or an exit.</source>
        <translation>자리를 받아들인 대상 학생: 현재 활동 중이거나, 보류 또는 종료 전에 수업에 참석한 학생.</translation>
    </message>
    <message>
        <source>Tutoring minutes received so far per enrolled student, make-ups included.</source>
        <translation>등록 학생 1인당 지금까지 받은 튜터링 시간(분), 보충 수업 포함.</translation>
    </message>
    <message>
        <source>Sessions attended out of the sessions where attendance was taken for the enrolled students.</source>
        <translation>등록 학생의 출석을 체크한 수업 중 출석한 수업.</translation>
    </message>
    <message>
        <source>Mean growth on the group&apos;s probe, latest score minus the pre-test, in percentage points; only students with two probe results count.</source>
        <translation>그룹 진단 평가의 평균 성장 (최근 점수 − 사전 평가, %p). 진단 평가 결과가 2개 있는 학생만 집계.</translation>
    </message>
    <message>
        <source>This group&apos;s enrolled students out of all enrolled students in need.</source>
        <translation>지원 필요 등록 학생 전체 중 이 집단의 등록 학생 비율.</translation>
    </message>
    <message>
        <source>This group&apos;s tutoring minutes out of all minutes delivered to students in need.</source>
        <translation>지원 필요 학생에게 제공된 전체 시간 중 이 집단의 튜터링 시간 비율.</translation>
    </message>
    <message>
        <source>This group&apos;s eligible students out of all students in need. A share of seats or minutes below %1 of this is highlighted.</source>
        <translation>지원 필요 학생 전체 중 이 집단의 대상 학생 비율. 자리 또는 시간 비율이 이 값의 %1 미만이면 강조 표시됩니다.</translation>
    </message>
    <message>
        <source>Enrolled students whose seat was paused or offered to the waitlist after missed sessions.</source>
        <translation>결석 후 자리가 보류되었거나 대기자에게 제안된 등록 학생.</translation>
    </message>
    <message>
        <source>Make-up sessions offered per enrolled student.</source>
        <translation>등록 학생 1인당 제안된 보충 수업.</translation>
    </message>
    <message>
        <source>Make-up sessions attended per enrolled student.</source>
        <translation>등록 학생 1인당 출석한 보충 수업.</translation>
    </message>
    <message>
        <source>Enrolled students who left a group (exited).</source>
        <translation>그룹을 떠난(종료된) 등록 학생.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 (four-fifths)</source>
        <translation>%1 (5분의 4)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1점</translation>
    </message>
    <message>
        <source>Withheld: fewer than 10 students in this group have growth measured yet.</source>
        <translation>비공개: 이 집단에서 성장이 측정된 학생이 아직 10명 미만입니다.</translation>
    </message>
    <message>
        <source>Withheld: fewer than 10 students behind this figure.</source>
        <translation>비공개: 이 수치의 기준 학생이 10명 미만입니다.</translation>
    </message>
    <message>
        <source>Withheld so that a smaller group&apos;s figure cannot be worked out by subtraction.</source>
        <translation>뺄셈으로 더 작은 집단의 수치를 알아낼 수 없도록 비공개합니다.</translation>
    </message>
    <message>
        <source>Nothing to measure yet.</source>
        <translation>아직 측정할 것이 없습니다.</translation>
    </message>
    <message>
        <source>withheld to protect a smaller group</source>
        <translation>더 작은 집단 보호를 위해 비공개</translation>
    </message>
    <message>
        <source>fewer than 10 students</source>
        <translation>학생 10명 미만</translation>
    </message>
    <message>
        <source>This group is large enough, but showing it would let a smaller group&apos;s figures be worked out by subtraction, so it is held back too.</source>
        <translation>이 집단은 충분히 크지만, 표시하면 뺄셈으로 더 작은 집단의 수치를 알아낼 수 있으므로 함께 비공개합니다.</translation>
    </message>
    <message>
        <source>Fewer than 10 students in need: no figure is shown, to protect their privacy.</source>
        <translation>지원 필요 학생이 10명 미만: 개인정보 보호를 위해 수치를 표시하지 않습니다.</translation>
    </message>
    <message>
        <source>%1 hold %2 of seats but are %3 of students in need.</source>
        <translation>%1은(는) 지원 필요 학생의 %3이지만 자리는 %2를 차지합니다.</translation>
    </message>
    <message>
        <source>%1 receive %2 of tutoring minutes but are %3 of students in need.</source>
        <translation>%1은(는) 지원 필요 학생의 %3이지만 튜터링 시간은 %2를 받습니다.</translation>
    </message>
    <message>
        <source>A group with fewer than 10 eligible students is not shown, and a figure that rests on fewer than 10 students is withheld, so that no student can be identified.</source>
        <translation>학생을 식별할 수 없도록, 대상 학생이 10명 미만인 집단은 표시하지 않으며 학생 10명 미만을 기준으로 한 수치는 비공개합니다.</translation>
    </message>
    <message>
        <source>A group is highlighted when its share of seats or minutes is below %1 of its share of need.</source>
        <translation>자리 또는 시간 비율이 필요 비율의 %1 미만인 집단은 강조 표시됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n tutored student(s) no longer in Tier 2 or 3 (or no longer at the school) are not counted.</source>
        <translation>
            <numerusform>더 이상 2단계 또는 3단계가 아닌 (또는 더 이상 재학하지 않는) 튜터링 학생 %n명은 집계하지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Equity audit</source>
        <translation>형평성 점검</translation>
    </message>
    <message>
        <source>%1 · figures to %2</source>
        <translation>%1 · %2까지의 수치</translation>
    </message>
    <message>
        <source>No group&apos;s share of seats or minutes falls below %1 of its share of need.</source>
        <translation>자리 또는 시간 비율이 필요 비율의 %1 미만인 집단은 없습니다.</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>격차</translation>
    </message>
    <message>
        <source>Access, dosage and growth</source>
        <translation>접근성, 수업 시간량 및 성장</translation>
    </message>
    <message>
        <source>The process</source>
        <translation>과정</translation>
    </message>
    <message>
        <source>— withheld: fewer than 10 students behind the figure, or it would reveal a smaller group&apos;s.</source>
        <translation>— 비공개: 수치의 기준 학생이 10명 미만이거나, 더 작은 집단의 수치가 드러날 수 있습니다.</translation>
    </message>
    <message>
        <source>Equity audit, figures to %1</source>
        <translation>형평성 점검, %1까지의 수치</translation>
    </message>
    <message>
        <source>Gaps (share below %1 of the share of need):</source>
        <translation>격차 (필요 비율의 %1 미만인 비율):</translation>
    </message>
    <message>
        <source>The process (per enrolled student)</source>
        <translation>과정 (등록 학생 1인당)</translation>
    </message>
    <message>
        <source>— withheld: fewer than 10 students behind the figure, or it would reveal a smaller group&apos;s. ! a gap.</source>
        <translation>— 비공개: 수치의 기준 학생이 10명 미만이거나, 더 작은 집단의 수치가 드러날 수 있습니다. ! 격차.</translation>
    </message>
    <message>
        <source>“Eligible” means the need score qualifies the student for tutoring: an active student in Tier 2 or Tier 3 today.</source>
        <translation>“대상”이란 필요도 점수로 튜터링 자격이 있는 학생, 즉 현재 2단계 또는 3단계인 재학생을 말합니다.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ExchangeSettings</name>
    <message>
        <source>The sync settings could not be saved: %1</source>
        <translation>동기화 설정을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a full folder path. Choose the district&apos;s folder with Browse…, or enter an address that starts with https://.</source>
        <translation>&quot;%1&quot;은(는) 전체 폴더 경로가 아닙니다. 찾아보기…로 교육청 폴더를 선택하거나, https://로 시작하는 주소를 입력하십시오.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address TutorDesk can send to. Copy the address the district gave you, starting with https://.</source>
        <translation>&quot;%1&quot;은(는) TutorDesk가 보낼 수 있는 웹 주소가 아닙니다. 교육청에서 받은 https://로 시작하는 주소를 복사하십시오.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not encrypted (http://). Students&apos; records are sent only over https://: ask the district for its https:// address.</source>
        <translation>&quot;%1&quot;은(는) 암호화되지 않았습니다 (http://). 학생 기록은 https://로만 보냅니다: 교육청에 https:// 주소를 요청하십시오.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a folder nor an https:// address.</source>
        <translation>&quot;%1&quot;은(는) 폴더도 아니고 https:// 주소도 아닙니다.</translation>
    </message>
</context>
<context>
    <name>tutordesk::FileImportFlow</name>
    <message>
        <source>The file could not be imported: %1</source>
        <translation>파일을 가져올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Spreadsheets saved as CSV (*.csv *.txt);;All files (*)</source>
        <translation>CSV로 저장한 스프레드시트 (*.csv *.txt);;모든 파일 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s) now. Import it again to see them.</source>
        <translation>
            <numerusform>가져온 것이 없습니다: 현재 파일에 문제가 %n개 있습니다. 다시 가져오면 확인할 수 있습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::FilePreview</name>
    <message>
        <source>How the file was read</source>
        <translation>파일을 읽은 방식</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>파일의 처음 몇 행</translation>
    </message>
</context>
<context>
    <name>tutordesk::GenericRosterReader</name>
    <message>
        <source>The district student ID %1 is also on line %2. Each student must be on the roster once: remove one of the two lines, or correct the ID.</source>
        <translation>교육청 학생 ID %1이(가) %2번째 줄에도 있습니다. 각 학생은 명단에 한 번만 있어야 합니다: 두 줄 중 하나를 삭제하거나 ID를 수정하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>Not listed: %n more problem(s). Correct the ones above (often one column is wrong throughout) and import again to see what is left.</source>
        <translation>
            <numerusform>표시되지 않은 문제 %n개가 더 있습니다. 위의 문제를 수정하고 (흔히 한 열 전체가 잘못됨) 다시 가져와 남은 문제를 확인하십시오.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with no values in any column were skipped.</source>
        <translation>
            <numerusform>모든 열이 비어 있는 %n줄을 건너뛰었습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::GroupDialog</name>
    <message>
        <source>Sessions before this day, and their attendance, stay as they are</source>
        <translation>이날 이전의 수업과 그 출석은 그대로 유지됩니다</translation>
    </message>
    <message>
        <source>Changes appl&amp;y from:</source>
        <translation>변경 적용 시작일(&amp;Y):</translation>
    </message>
    <message>
        <source>Sessions this pattern makes</source>
        <translation>이 패턴으로 생기는 수업</translation>
    </message>
    <message>
        <source>Conflicts — change the days, the time, the tutor or the room:</source>
        <translation>충돌 — 요일, 시간, 튜터 또는 교실을 변경하십시오:</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>충돌</translation>
    </message>
    <message>
        <source>The group could not be read: %1</source>
        <translation>그룹을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>새 그룹</translation>
    </message>
    <message>
        <source>Edit Group — %1</source>
        <translation>그룹 편집 — %1</translation>
    </message>
    <message>
        <source>No sessions yet: choose a tutor, at least one day and a start time.</source>
        <translation>아직 수업이 없습니다: 튜터, 하나 이상의 요일, 시작 시간을 선택하십시오.</translation>
    </message>
    <message>
        <source>No sessions: no school day between these dates meets the pattern.</source>
        <translation>수업 없음: 이 기간에 패턴에 맞는 수업일이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>≈ %n session(s) from %1 to %2</source>
        <translation>
            <numerusform>%1부터 %2까지 약 %n개 수업</numerusform>
        </translation>
    </message>
    <message>
        <source>The conflicts could not be checked: %1</source>
        <translation>충돌을 확인할 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) — change the days, the time, the tutor or the room:</source>
        <translation>
            <numerusform>충돌 %n건 — 요일, 시간, 튜터 또는 교실을 변경하십시오:</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve the conflicts first</source>
        <translation>먼저 충돌을 해결하십시오</translation>
    </message>
    <message>
        <source>Give the group a name first</source>
        <translation>먼저 그룹 이름을 입력하십시오</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>저장되지 않음: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::GroupForm</name>
    <message>
        <source> students</source>
        <comment>cap spin box suffix</comment>
        <translation> 명</translation>
    </message>
    <message>
        <source>Code, e.g. RF.3.3</source>
        <translation>코드, 예: RF.3.3</translation>
    </message>
    <message>
        <source>The skill in plain words</source>
        <translation>쉬운 말로 쓴 기능</translation>
    </message>
    <message>
        <source>Room, or the meeting link for a virtual group</source>
        <translation>교실, 또는 온라인 그룹의 회의 링크</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes spin box suffix</comment>
        <translation> 분</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>과목(&amp;U):</translation>
    </message>
    <message>
        <source>S&amp;kill:</source>
        <translation>기능(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>지원 단계(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Delivery:</source>
        <translation>운영 방식(&amp;D):</translation>
    </message>
    <message>
        <source>C&amp;ap:</source>
        <translation>정원(&amp;A):</translation>
    </message>
    <message>
        <source>T&amp;utor:</source>
        <translation>튜터(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Room or link:</source>
        <translation>교실 또는 링크(&amp;R):</translation>
    </message>
    <message>
        <source>Meets on:</source>
        <translation>수업 요일:</translation>
    </message>
    <message>
        <source>for</source>
        <translation>진행</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>시작 시간</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>시간(분)</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>시작 시각(&amp;S):</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>첫날</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>마지막 날</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>시작(&amp;F):</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier name · description</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No tutor yet (the group stays planned)</source>
        <translation>아직 튜터 없음 (그룹은 계획 상태로 유지됨)</translation>
    </message>
    <message>
        <source>%1 — inactive</source>
        <translation>%1 — 비활성</translation>
    </message>
    <message>
        <source>%1 — clearance missing</source>
        <translation>%1 — 신원 조회 없음</translation>
    </message>
    <message>
        <source>%1 — clearance expired</source>
        <translation>%1 — 신원 조회 만료</translation>
    </message>
    <message>
        <source>%1 (substitute pool)</source>
        <translation>%1 (대체 튜터 명단)</translation>
    </message>
</context>
<context>
    <name>tutordesk::GroupSchedule</name>
    <message>
        <source>The group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <source>%1: “%2” is not a subject. Choose reading, math, writing or other.</source>
        <translation>%1: “%2”은(는) 과목이 아닙니다. 읽기, 수학, 쓰기 또는 기타 중에서 선택하십시오.</translation>
    </message>
    <message>
        <source>%1: the tier must be 1, 2 or 3, not %2.</source>
        <translation>%1: 지원 단계는 %2이(가) 아니라 1, 2 또는 3이어야 합니다.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a delivery model. Choose pull-out, after school, Saturday, virtual or hybrid.</source>
        <translation>%1: “%2”은(는) 운영 방식이 아닙니다. 수업 중 별도 지도, 방과 후, 토요일, 온라인 또는 혼합형 중에서 선택하십시오.</translation>
    </message>
    <message>
        <source>%1: a group holds 1 to 4 students, not %2. Choose a cap from 1 to 4.</source>
        <translation>%1: 그룹 정원은 %2명이 아니라 1~4명입니다. 정원을 1에서 4 사이로 선택하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n student(s) holding seats, more than a cap of %2. Move students to other groups first, or keep the cap at %n or more.</source>
        <translation>
            <numerusform>%1에는 자리를 가진 학생이 %n명으로, 정원 %2명보다 많습니다. 먼저 학생을 다른 그룹으로 옮기거나, 정원을 %n명 이상으로 유지하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a session lasts 5 to 240 minutes, not %2.</source>
        <translation>%1: 수업 시간은 %2분이 아니라 5~240분이어야 합니다.</translation>
    </message>
    <message>
        <source>%1: the meeting days are not valid. Choose the weekdays again.</source>
        <translation>%1: 수업 요일이 올바르지 않습니다. 요일을 다시 선택하십시오.</translation>
    </message>
    <message>
        <source>%1: a session starting at %2 for %3 minutes would end after midnight. Choose an earlier start.</source>
        <translation>%1: %2에 시작하는 %3분 수업은 자정 이후에 끝납니다. 더 이른 시작 시간을 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 needs a start day and an end day. Enter both.</source>
        <translation>%1에는 시작일과 종료일이 필요합니다. 둘 다 입력하십시오.</translation>
    </message>
    <message>
        <source>%1 starts on %2, after its end day %3. Choose an end day on or after the start.</source>
        <translation>%1의 시작일 %2이(가) 종료일 %3보다 늦습니다. 시작일과 같거나 이후인 종료일을 선택하십시오.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a group status. Choose planned, active or ended.</source>
        <translation>%1: “%2”은(는) 그룹 상태가 아닙니다. 계획, 활동 또는 종료 중에서 선택하십시오.</translation>
    </message>
    <message>
        <source>There is no group %1 any more (it may have been removed). Reload the page.</source>
        <translation>그룹 %1이(가) 더 이상 없습니다 (삭제되었을 수 있습니다). 페이지를 다시 불러오십시오.</translation>
    </message>
    <message>
        <source>%1: the chosen tutor is no longer on the roster. Choose another tutor.</source>
        <translation>%1: 선택한 튜터가 더 이상 명단에 없습니다. 다른 튜터를 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 is inactive and cannot lead %2. Choose another tutor, or make them active on the Tutors page.</source>
        <translation>%1 튜터는 비활성 상태이므로 %2을(를) 맡을 수 없습니다. 다른 튜터를 선택하거나, 튜터 페이지에서 활성화하십시오.</translation>
    </message>
    <message>
        <source>%1 is not cleared to work with students on %2. Record their clearances on the Tutors page first.</source>
        <translation>%1 튜터는 %2에 학생과 함께 일할 수 있는 신원 조회가 완료되지 않았습니다. 먼저 튜터 페이지에서 신원 조회를 기록하십시오.</translation>
    </message>
    <message>
        <source>%1 could not be saved in %2: %3</source>
        <translation>%1을(를) %2에 저장할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>The group has no name. Enter a name, for example “Reading · Grades 3–4 · Tier 2 · A”.</source>
        <translation>그룹에 이름이 없습니다. 이름을 입력하십시오. 예: “읽기 · 3–4학년 · 2단계 · A”.</translation>
    </message>
</context>
<context>
    <name>tutordesk::GuardianEditor</name>
    <message>
        <source>First name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>성</translation>
    </message>
    <message>
        <source>&amp;Primary contact for this student</source>
        <translation>이 학생의 주 연락처(&amp;P)</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>휴대 전화</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>집 전화</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>직장 전화</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Consents to &amp;text messages</source>
        <translation>문자 메시지 수신 동의(&amp;T)</translation>
    </message>
    <message>
        <source>Add Guardian</source>
        <translation>보호자 추가</translation>
    </message>
    <message>
        <source>Edit Guardian — %1</source>
        <translation>보호자 편집 — %1</translation>
    </message>
    <message>
        <source>Relationship to the student</source>
        <translation>학생과의 관계</translation>
    </message>
    <message>
        <source>The guardian letters are addressed to and calls go to first</source>
        <translation>통신문을 받고 전화를 먼저 받는 보호자</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>선호 언어</translation>
    </message>
    <message>
        <source>Choose a language, or type a language code such as &quot;hmn&quot; for Hmong. Letters are printed in the listed languages; others get English letters.</source>
        <translation>언어를 선택하거나, 몽어의 경우 &quot;hmn&quot;처럼 언어 코드를 입력하십시오. 통신문은 목록에 있는 언어로 인쇄되며, 그 외 언어는 영어 통신문을 받습니다.</translation>
    </message>
    <message>
        <source>Preferred contact method</source>
        <translation>선호 연락 방법</translation>
    </message>
    <message>
        <source>Texts are sent only to a mobile phone, and only with the family&apos;s consent</source>
        <translation>문자는 가정의 동의가 있을 때 휴대 전화로만 보냅니다</translation>
    </message>
    <message>
        <source>e.g. (323) 555-0101</source>
        <translation>예: (323) 555-0101</translation>
    </message>
    <message>
        <source>e.g. maria@example.com</source>
        <translation>예: maria@example.com</translation>
    </message>
    <message>
        <source>Also the guardian of: %1. Changes to the phones, e-mail and language apply to these children too.</source>
        <translation>다음 학생의 보호자이기도 합니다: %1. 전화, 이메일, 언어 변경은 이 자녀들에게도 적용됩니다.</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>이름(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>성(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>관계(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Mobile phone:</source>
        <translation>휴대 전화(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Home phone:</source>
        <translation>집 전화(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Work phone:</source>
        <translation>직장 전화(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>이메일(&amp;E):</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>언어(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Contact by:</source>
        <translation>연락 방법(&amp;C):</translation>
    </message>
    <message>
        <source>Why the guardian was not saved</source>
        <translation>보호자가 저장되지 않은 이유</translation>
    </message>
    <message>
        <source>The guardian could not be saved.</source>
        <translation>보호자를 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>The guardian could not be saved: %1</source>
        <translation>보호자를 저장할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::Guardians</name>
    <message>
        <source>The %1 phone of %2, &quot;%3&quot;, has characters a phone number does not have. Use digits, spaces and ( ) - . + only.</source>
        <translation>%2의 %1 전화 &quot;%3&quot;에 전화번호에 쓰지 않는 문자가 있습니다. 숫자, 공백, ( ) - . +만 사용하십시오.</translation>
    </message>
    <message>
        <source>The %1 phone of %2, &quot;%3&quot;, is too short: a phone number has at least 7 digits. Correct it or leave it empty.</source>
        <translation>%2의 %1 전화 &quot;%3&quot;이(가) 너무 짧습니다: 전화번호는 7자리 이상입니다. 수정하거나 비워 두십시오.</translation>
    </message>
    <message>
        <source>A guardian needs a name: type a first or a last name.</source>
        <translation>보호자 이름이 필요합니다: 이름 또는 성을 입력하십시오.</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>휴대</translation>
    </message>
    <message>
        <source>home</source>
        <translation>집</translation>
    </message>
    <message>
        <source>work</source>
        <translation>직장</translation>
    </message>
    <message>
        <source>The e-mail of %1, &quot;%2&quot;, is not an e-mail address: it needs one @ between a name and a domain, with no spaces (maria@example.com).</source>
        <translation>%1의 이메일 &quot;%2&quot;은(는) 이메일 주소가 아닙니다: 이름과 도메인 사이에 @가 하나 있고 공백이 없어야 합니다 (maria@example.com).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a relationship TutorDesk knows. Choose one of: %2.</source>
        <translation>&quot;%1&quot;은(는) TutorDesk가 아는 관계가 아닙니다. 다음 중 하나를 선택하십시오: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a contact method TutorDesk knows. Choose one of: %2.</source>
        <translation>&quot;%1&quot;은(는) TutorDesk가 아는 연락 방법이 아닙니다. 다음 중 하나를 선택하십시오: %2.</translation>
    </message>
    <message>
        <source>Choose the language %1 prefers (English if you do not know it).</source>
        <translation>%1의 선호 언어를 선택하십시오 (모르면 영어).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code. Choose a language from the list or type a code such as &quot;es&quot;, &quot;zh-Hant&quot; or &quot;hmn&quot;.</source>
        <translation>&quot;%1&quot;은(는) 언어 코드가 아닙니다. 목록에서 언어를 선택하거나 &quot;es&quot;, &quot;zh-Hant&quot;, &quot;hmn&quot; 같은 코드를 입력하십시오.</translation>
    </message>
    <message>
        <source>%1 consents to texts but has no mobile phone. Type the mobile number or clear the consent.</source>
        <translation>%1은(는) 문자 수신에 동의했지만 휴대 전화가 없습니다. 휴대 전화 번호를 입력하거나 동의를 해제하십시오.</translation>
    </message>
    <message>
        <source>%1 prefers texts but has not consented to them. Record the consent or choose another method.</source>
        <translation>%1은(는) 문자를 선호하지만 수신에 동의하지 않았습니다. 동의를 기록하거나 다른 방법을 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 prefers e-mail but has no e-mail address. Type it or choose another method.</source>
        <translation>%1은(는) 이메일을 선호하지만 이메일 주소가 없습니다. 주소를 입력하거나 다른 방법을 선택하십시오.</translation>
    </message>
    <message>
        <source>The guardian could not be saved in %1: %2</source>
        <translation>보호자를 %1에 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>There is no student %1 (they may have been removed). Reload the Students page.</source>
        <translation>학생 %1이(가) 없습니다 (삭제되었을 수 있습니다). 학생 페이지를 다시 불러오십시오.</translation>
    </message>
    <message>
        <source>%1 is not a guardian of this student any more (someone may have removed them). Reload the Students page.</source>
        <translation>%1은(는) 더 이상 이 학생의 보호자가 아닙니다 (다른 사람이 삭제했을 수 있습니다). 학생 페이지를 다시 불러오십시오.</translation>
    </message>
    <message>
        <source>Guardian details edited</source>
        <translation>보호자 정보 수정됨</translation>
    </message>
    <message>
        <source>That guardian is no longer on record (they may have been removed). Search again.</source>
        <translation>해당 보호자는 더 이상 기록에 없습니다 (삭제되었을 수 있습니다). 다시 검색하십시오.</translation>
    </message>
    <message>
        <source>%1 is already a guardian of this student.</source>
        <translation>%1은(는) 이미 이 학생의 보호자입니다.</translation>
    </message>
    <message>
        <source>That guardian is not linked to this student any more. Reload the Students page.</source>
        <translation>해당 보호자는 더 이상 이 학생과 연결되어 있지 않습니다. 학생 페이지를 다시 불러오십시오.</translation>
    </message>
    <message>
        <source>The guardian could not be removed in %1: %2</source>
        <translation>%1에서 보호자를 삭제할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>어머니</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>아버지</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>조부모</translation>
    </message>
    <message>
        <source>Aunt or uncle</source>
        <translation>이모/고모 또는 삼촌</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>형제자매</translation>
    </message>
    <message>
        <source>Foster parent</source>
        <translation>위탁 부모</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>보호자</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>전화 통화</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>문자 메시지</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>통신문</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>대면</translation>
    </message>
</context>
<context>
    <name>tutordesk::GuiOptions</name>
    <message>
        <source>TutorDesk: intensive tutoring, run by need.</source>
        <translation>TutorDesk: 필요도에 따라 운영하는 집중 튜터링.</translation>
    </message>
    <message>
        <source>Open the TutorDesk database at PATH (else $TUTORDESK_DB, else your school&apos;s usual database).</source>
        <translation>PATH에 있는 TutorDesk 데이터베이스를 엽니다 (없으면 $TUTORDESK_DB, 그것도 없으면 학교의 기본 데이터베이스).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Open the demo school, creating it first if it is not there yet.</source>
        <translation>데모 학교를 엽니다. 아직 없으면 먼저 만듭니다.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE (PNG) once it has loaded, then quit.</source>
        <translation>창이 로드되면 창 화면을 FILE(PNG)로 저장한 후 종료합니다.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Take DAY (YYYY-MM-DD) as today, e.g. for a demo school&apos;s screenshots.</source>
        <translation>DAY(YYYY-MM-DD)를 오늘로 간주합니다. 예: 데모 학교 스크린샷용.</translation>
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
        <translation>열 TutorDesk 데이터베이스 (--db와 같음).</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[file]</translation>
    </message>
    <message>
        <source>--today needs a day written YYYY-MM-DD, e.g. 2026-11-20.</source>
        <translation>--today에는 YYYY-MM-DD 형식의 날짜가 필요합니다. 예: 2026-11-20.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Import</name>
    <message>
        <source>, line %1</source>
        <translation>, %1번째 줄</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>, %1번째 열</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>the mapping given</source>
        <translation>지정된 매핑</translation>
    </message>
    <message>
        <source>the mapping saved last time</source>
        <translation>지난번에 저장한 매핑</translation>
    </message>
    <message>
        <source>matched by name</source>
        <translation>이름으로 일치시킴</translation>
    </message>
    <message>
        <source>Columns (%1): %2.</source>
        <translation>열 (%1): %2.</translation>
    </message>
    <message>
        <source>The mapping given is for &quot;%1&quot; files, but %2 is read as &quot;%3&quot;. Give a mapping made for this kind of file, or none to match the columns by name.</source>
        <translation>지정된 매핑은 &quot;%1&quot; 파일용이지만 %2은(는) &quot;%3&quot;(으)로 읽힙니다. 이 종류의 파일용 매핑을 지정하거나, 매핑 없이 열 이름으로 일치시키십시오.</translation>
    </message>
    <message>
        <source>%1 more problems are not listed. Correct the ones above (often one column is wrong throughout) and run again to see what is left.</source>
        <translation>표시되지 않은 문제가 %1개 더 있습니다. 위의 문제를 수정하고 (흔히 한 열 전체가 잘못됨) 다시 실행하여 남은 문제를 확인하십시오.</translation>
    </message>
    <message>
        <source>A OneRoster export names its own columns; the column mapping given was not needed.</source>
        <translation>OneRoster 내보내기는 자체 열 이름을 사용하므로 지정된 열 매핑이 필요하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 is a CSV roster. Choosing a school and adding a flags file are for OneRoster exports (a .zip or a folder); a CSV roster carries its flags in its own columns.</source>
        <translation>%1은(는) CSV 명단입니다. 학교 선택과 플래그 파일 추가는 OneRoster 내보내기(.zip 또는 폴더)용이며, CSV 명단은 자체 열에 플래그가 들어 있습니다.</translation>
    </message>
    <message>
        <source>The column mapping could not be saved for next time: %1</source>
        <translation>다음에 쓸 열 매핑을 저장할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportActions</name>
    <message>
        <source>Import &amp;Roster…</source>
        <translation>명단 가져오기(&amp;R)…</translation>
    </message>
    <message>
        <source>Import &amp;Scores…</source>
        <translation>점수 가져오기(&amp;S)…</translation>
    </message>
    <message>
        <source>Bring in the students from your district&apos;s roster file</source>
        <translation>교육청 명단 파일에서 학생을 가져옵니다</translation>
    </message>
    <message>
        <source>Bring in benchmark results (i-Ready, STAR, MAP) for students on file</source>
        <translation>등록된 학생의 기준 평가 결과(i-Ready, STAR, MAP)를 가져옵니다</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportDialog</name>
    <message>
        <source>C&amp;heck File</source>
        <translation>파일 확인(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Read the whole file and list every problem, without importing anything</source>
        <translation>아무것도 가져오지 않고 파일 전체를 읽어 모든 문제를 나열합니다</translation>
    </message>
    <message>
        <source>Available once the file has been checked without problems</source>
        <translation>파일 확인에서 문제가 없으면 사용할 수 있습니다</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>확인이 취소되었습니다.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>가져오기가 취소되었습니다. 변경된 것이 없습니다.</translation>
    </message>
    <message>
        <source>Choose a file to begin.</source>
        <translation>시작하려면 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>Click Check File: TutorDesk reads the whole file and lists anything to fix. Nothing is imported yet.</source>
        <translation>파일 확인을 클릭하십시오: TutorDesk가 파일 전체를 읽고 수정할 부분을 나열합니다. 아직 아무것도 가져오지 않습니다.</translation>
    </message>
    <message>
        <source>The choices changed. Click Check File again.</source>
        <translation>선택이 변경되었습니다. 파일 확인을 다시 클릭하십시오.</translation>
    </message>
    <message>
        <source>1 student on file is not in this roster. Mark them withdrawn? Their history is kept.</source>
        <translation>등록된 학생 1명이 이 명단에 없습니다. 전학 처리하시겠습니까? 기록은 보관됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln students on file are not in this roster. Mark them withdrawn? Their history is kept.</source>
        <translation>
            <numerusform>등록된 학생 %Ln명이 이 명단에 없습니다. 전학 처리하시겠습니까? 기록은 보관됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Students Not in This Roster</source>
        <translation>이 명단에 없는 학생</translation>
    </message>
    <message>
        <source>Choose No if this file lists only some of the school&apos;s students.</source>
        <translation>이 파일에 학교 학생 중 일부만 있다면 아니요를 선택하십시오.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>확인 중…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>가져오는 중…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 확인 중…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 가져오는 중…</translation>
    </message>
    <message>
        <source>The need scores could not be recalculated: %1</source>
        <translation>필요도 점수를 다시 계산할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Need scores were recalculated from the new data.</source>
        <translation>새 데이터로 필요도 점수를 다시 계산했습니다.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportKind</name>
    <message>
        <source>Import Roster</source>
        <translation>명단 가져오기</translation>
    </message>
    <message>
        <source>Choose the roster your district&apos;s student system exported: a CSV file, or a OneRoster zip file or folder.</source>
        <translation>교육청 학생 시스템에서 내보낸 명단을 선택하십시오: CSV 파일, 또는 OneRoster zip 파일이나 폴더.</translation>
    </message>
    <message>
        <source>Import Benchmark Scores</source>
        <translation>기준 평가 점수 가져오기</translation>
    </message>
    <message>
        <source>Choose the scores file your assessment system exported (i-Ready, STAR, MAP or similar) as CSV. The students must already be on file.</source>
        <translation>평가 시스템(i-Ready, STAR, MAP 등)에서 CSV로 내보낸 점수 파일을 선택하십시오. 학생이 이미 등록되어 있어야 합니다.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportReportView</name>
    <message>
        <source>&amp;Copy Report</source>
        <translation>보고서 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Sa&amp;ve Report…</source>
        <translation>보고서 저장(&amp;V)…</translation>
    </message>
    <message>
        <source>What the import found</source>
        <translation>가져오기 결과</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>다음에 할 일</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>파일의 문제</translation>
    </message>
    <message>
        <source>Copy the report to paste it into an email or a document</source>
        <translation>보고서를 복사하여 이메일이나 문서에 붙여 넣습니다</translation>
    </message>
    <message>
        <source>Save the report as a text file</source>
        <translation>보고서를 텍스트 파일로 저장합니다</translation>
    </message>
    <message>
        <source>%1 - import report.txt</source>
        <comment>file name</comment>
        <translation>%1 - 가져오기 보고서.txt</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>보고서 저장</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>텍스트 파일 (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>보고서를 %1에 저장할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportReviewDialog</name>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>파일 내용</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>다음에 할 일</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Nothing has been imported. Fix the file, save it, and import it again.</source>
        <translation>
            <numerusform>문제 %n개를 찾았습니다. 아무것도 가져오지 않았습니다. 파일을 수정하고 저장한 후 다시 가져오십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything in this file is already in TutorDesk. There is nothing to import.</source>
        <translation>이 파일의 모든 내용이 이미 TutorDesk에 있습니다. 가져올 것이 없습니다.</translation>
    </message>
    <message>
        <source>No problems found. Click Import to bring these changes in.</source>
        <translation>문제가 없습니다. 가져오기를 클릭하면 변경 사항을 가져옵니다.</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>파일의 문제</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportRunner</name>
    <message>
        <source>Checking the File</source>
        <translation>파일 확인 중</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>가져오는 중</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportSource</name>
    <message>
        <source>&amp;File:</source>
        <translation>파일(&amp;F):</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>가져올 파일</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>아직 선택한 파일 없음</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>파일 선택(&amp;C)…</translation>
    </message>
    <message>
        <source>OneRoster &amp;Folder…</source>
        <translation>OneRoster 폴더(&amp;F)…</translation>
    </message>
    <message>
        <source>A folder holding a OneRoster export (orgs.csv, users.csv, …)</source>
        <translation>OneRoster 내보내기가 들어 있는 폴더 (orgs.csv, users.csv, …)</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>각 열의 의미</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>파일의 처음 몇 행</translation>
    </message>
    <message>
        <source>Choose a OneRoster Folder</source>
        <translation>OneRoster 폴더 선택</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>파일 선택</translation>
    </message>
    <message>
        <source>Rosters (*.csv *.txt *.zip);;All files (*)</source>
        <translation>명단 (*.csv *.txt *.zip);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 파일 (*.csv *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>The columns you chose last time. Check them against the first rows on the right.</source>
        <translation>지난번에 선택한 열입니다. 오른쪽의 처음 몇 행과 비교해 확인하십시오.</translation>
    </message>
    <message>
        <source>TutorDesk matched these columns by their names. Check them against the first rows on the right.</source>
        <translation>TutorDesk가 이름으로 이 열들을 일치시켰습니다. 오른쪽의 처음 몇 행과 비교해 확인하십시오.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportText</name>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>유니코드 (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-8, as Excel saves it)</source>
        <translation>유니코드 (UTF-8, Excel 저장 방식)</translation>
    </message>
    <message>
        <source>Windows Western European (as older Excel saves it)</source>
        <translation>Windows 서유럽 (이전 Excel 저장 방식)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation>유니코드 (UTF-16)</translation>
    </message>
    <message>
        <source>columns separated by tabs</source>
        <translation>탭으로 구분된 열</translation>
    </message>
    <message>
        <source>columns separated by semicolons</source>
        <translation>세미콜론으로 구분된 열</translation>
    </message>
    <message>
        <source>columns separated by commas</source>
        <translation>쉼표로 구분된 열</translation>
    </message>
    <message>
        <source>columns separated by &quot;%1&quot;</source>
        <translation>&quot;%1&quot;(으)로 구분된 열</translation>
    </message>
    <message>
        <source>Read as %1, %2; %3 after the header.</source>
        <translation>%1, %2(으)로 읽음. 헤더 다음 %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln행</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>%1번째 줄</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>%1번째 열</translation>
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
            <numerusform>학생 %Ln명을 읽었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) read.</source>
        <translation>
            <numerusform>결과 %Ln개를 읽었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 read: %2 new, %3 changed, %4 unchanged.</source>
        <translation>%1 읽음: 새 항목 %2, 변경 %3, 변경 없음 %4.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s)</source>
        <translation>
            <numerusform>학생 %Ln명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) marked withdrawn.</source>
        <translation>
            <numerusform>학생 %Ln명을 전학 처리했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in this roster: %Ln student(s) on file.</source>
        <translation>
            <numerusform>이 명단에 없음: 등록된 학생 %Ln명.</numerusform>
        </translation>
    </message>
    <message>
        <source>Families: %1 new, %2 changed.</source>
        <translation>가정: 새 가정 %1, 변경 %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>결과 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found. Nothing has been imported. Fix the file (or choose other columns above), save it, and click Check File again.</source>
        <translation>
            <numerusform>문제 %Ln개를 찾았습니다. 아무것도 가져오지 않았습니다. 파일을 수정하고 (또는 위에서 다른 열을 선택하고) 저장한 후 파일 확인을 다시 클릭하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>가져왔습니다.</translation>
    </message>
    <message>
        <source>No problems found. Click Import to bring these changes in.</source>
        <translation>문제가 없습니다. 가져오기를 클릭하면 변경 사항을 가져옵니다.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LanguageNames</name>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>스페인어</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>Chinese, Simplified</source>
        <translation>중국어(간체)</translation>
    </message>
    <message>
        <source>Chinese, Traditional</source>
        <translation>중국어(번체)</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>아르메니아어</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>베트남어</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>타갈로그어</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>러시아어</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>페르시아어</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>아랍어</translation>
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
        <translation>가정통신문</translation>
    </message>
    <message>
        <source>Family Letter</source>
        <translation>가정통신문</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>통신문 종류</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>용지</translation>
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
        <translation>이 통신문에 대한 참고 사항</translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation>통신문 미리 보기</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>&amp;Print All…</source>
        <translation>모두 인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Print through the system print dialog (%1); each letter is logged as a contact</source>
        <translation>시스템 인쇄 대화 상자로 인쇄합니다 (%1). 각 통신문은 연락으로 기록됩니다</translation>
    </message>
    <message>
        <source>&amp;Save All as One PDF…</source>
        <translation>모두 하나의 PDF로 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDF로 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>Save as a PDF file (%1), one letter per page; each letter is logged as a contact</source>
        <translation>PDF 파일로 저장합니다 (%1). 한 페이지에 통신문 하나씩이며, 각 통신문은 연락으로 기록됩니다</translation>
    </message>
    <message>
        <source>&amp;Edit Template…</source>
        <translation>서식 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>Change this kind of letter&apos;s text in this language (kept beside the original)</source>
        <translation>이 언어로 된 이 종류의 통신문 내용을 변경합니다 (원본은 그대로 보관됨)</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>받는 사람</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>통신문 언어</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>받는 사람(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>용지(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Letters (one page for each family):</source>
        <translation>통신문(&amp;L) (가정마다 한 페이지):</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>통신문</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>가정</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>참고 사항</translation>
    </message>
    <message>
        <source>The student&apos;s family could not be read: %1</source>
        <translation>학생의 가정 정보를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Unnamed guardian</source>
        <translation>이름 없는 보호자</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, primary</source>
        <translation>%1, 주 보호자</translation>
    </message>
    <message>
        <source>No guardian on file: addressed to the family</source>
        <translation>등록된 보호자 없음: 가정 앞으로 보냄</translation>
    </message>
    <message>
        <source>Letter to the Family of %1</source>
        <translation>%1 학생 가정에 보내는 통신문</translation>
    </message>
    <message>
        <source>This letter cannot be written: %1</source>
        <translation>이 통신문을 작성할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Student %1</source>
        <translation>학생 %1</translation>
    </message>
    <message>
        <source>Family of %1</source>
        <translation>%1 학생 가정</translation>
    </message>
    <message>
        <source>translation not yet reviewed</source>
        <translation>번역 검토 전</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Family Letters (%1)</source>
        <translation>가정통신문 (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) cannot be written and are left out: %1</source>
        <translation>
            <numerusform>통신문 %n건은 작성할 수 없어 제외됩니다: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Translation not yet reviewed by a qualified translator.</source>
        <translation>자격 있는 번역자가 아직 번역을 검토하지 않았습니다.</translation>
    </message>
    <message>
        <source>The text was edited in TutorDesk (version %1).</source>
        <translation>내용이 TutorDesk에서 편집되었습니다 (버전 %1).</translation>
    </message>
    <message>
        <source>Printed and logged</source>
        <translation>인쇄 및 기록 완료</translation>
    </message>
    <message>
        <source>Saved and logged</source>
        <translation>저장 및 기록 완료</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Family letters</source>
        <translation>가정통신문</translation>
    </message>
    <message>
        <source>No letters are chosen to print.</source>
        <translation>인쇄할 통신문을 선택하지 않았습니다.</translation>
    </message>
    <message>
        <source>The letters could not be printed: the printer refused them. Check the printer, or save them as a PDF and print that.</source>
        <translation>통신문을 인쇄할 수 없습니다: 프린터가 거부했습니다. 프린터를 확인하거나, PDF로 저장한 후 인쇄하십시오.</translation>
    </message>
    <message>
        <source>Save Letters as PDF</source>
        <translation>통신문을 PDF로 저장</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>No letters are chosen to save.</source>
        <translation>저장할 통신문을 선택하지 않았습니다.</translation>
    </message>
    <message>
        <source>Printed, but the letters are not on record: %1 Log the contacts by hand.</source>
        <translation>인쇄했지만 통신문이 기록되지 않았습니다: %1 연락을 직접 기록하십시오.</translation>
    </message>
    <message>
        <source>Saved, but the letters are not on record: %1 Log the contacts by hand.</source>
        <translation>저장했지만 통신문이 기록되지 않았습니다: %1 연락을 직접 기록하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) printed and logged as contacts.</source>
        <translation>
            <numerusform>통신문 %n건을 인쇄하고 연락으로 기록했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) saved as a PDF and logged as contacts.</source>
        <translation>
            <numerusform>통신문 %n건을 PDF로 저장하고 연락으로 기록했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterKinds</name>
    <message>
        <source>Enrollment invitation with consent slip</source>
        <translation>동의서가 포함된 등록 안내문</translation>
    </message>
    <message>
        <source>Missed-session notice 1</source>
        <translation>결석 안내 1차</translation>
    </message>
    <message>
        <source>Missed-session notice 2</source>
        <translation>결석 안내 2차</translation>
    </message>
    <message>
        <source>Missed-session notice 3</source>
        <translation>결석 안내 3차</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>진도 보고서</translation>
    </message>
    <message>
        <source>End-of-program summary</source>
        <translation>프로그램 종료 요약</translation>
    </message>
    <message>
        <source>The school&apos;s name</source>
        <translation>학교 이름</translation>
    </message>
    <message>
        <source>The school&apos;s address</source>
        <translation>학교 주소</translation>
    </message>
    <message>
        <source>The school&apos;s phone number</source>
        <translation>학교 전화번호</translation>
    </message>
    <message>
        <source>The tutoring coordinator&apos;s name</source>
        <translation>튜터링 코디네이터 이름</translation>
    </message>
    <message>
        <source>The letter&apos;s date, written out</source>
        <translation>통신문 날짜 (글로 표기)</translation>
    </message>
    <message>
        <source>The date to return the slip by (a week later)</source>
        <translation>회신서 제출 기한 (일주일 후)</translation>
    </message>
    <message>
        <source>The guardian&apos;s name, or &quot;Family of&quot; the student</source>
        <translation>보호자 이름 또는 학생의 &quot;가정&quot;</translation>
    </message>
    <message>
        <source>The student&apos;s preferred or first name</source>
        <translation>학생이 선호하는 이름 또는 이름</translation>
    </message>
    <message>
        <source>The student&apos;s full name</source>
        <translation>학생 전체 이름</translation>
    </message>
    <message>
        <source>The student&apos;s grade, in words</source>
        <translation>학생 학년 (글로 표기)</translation>
    </message>
    <message>
        <source>The subject of the tutoring group</source>
        <translation>튜터링 그룹 과목</translation>
    </message>
    <message>
        <source>The days the group meets</source>
        <translation>그룹 수업 요일</translation>
    </message>
    <message>
        <source>The group&apos;s start and end time</source>
        <translation>그룹 시작 및 종료 시간</translation>
    </message>
    <message>
        <source>Where the group meets</source>
        <translation>그룹 수업 장소</translation>
    </message>
    <message>
        <source>The group&apos;s tutor</source>
        <translation>그룹 튜터</translation>
    </message>
    <message>
        <source>The group&apos;s first day</source>
        <translation>그룹 첫날</translation>
    </message>
    <message>
        <source>The group&apos;s last day</source>
        <translation>그룹 마지막 날</translation>
    </message>
    <message>
        <source>The day of the missed session</source>
        <translation>빠진 수업 날짜</translation>
    </message>
    <message>
        <source>The days of the sessions missed in a row</source>
        <translation>연속으로 빠진 수업 날짜</translation>
    </message>
    <message>
        <source>How many sessions were missed in a row</source>
        <translation>연속으로 빠진 수업 수</translation>
    </message>
    <message>
        <source>Sessions attended over the last four weeks, in percent</source>
        <translation>최근 4주간 수업 출석률 (%)</translation>
    </message>
    <message>
        <source>Sessions the student attended</source>
        <translation>학생이 출석한 수업</translation>
    </message>
    <message>
        <source>Sessions the group held</source>
        <translation>그룹이 진행한 수업</translation>
    </message>
    <message>
        <source>Minutes of tutoring received</source>
        <translation>받은 튜터링 시간(분)</translation>
    </message>
    <message>
        <source>Minutes of tutoring planned</source>
        <translation>계획된 튜터링 시간(분)</translation>
    </message>
    <message>
        <source>The skill the group works on</source>
        <translation>그룹이 다루는 기능</translation>
    </message>
    <message>
        <source>The first probe score</source>
        <translation>첫 진단 평가 점수</translation>
    </message>
    <message>
        <source>The latest probe score</source>
        <translation>최근 진단 평가 점수</translation>
    </message>
    <message>
        <source>Growth from the first to the latest probe</source>
        <translation>첫 진단 평가부터 최근 진단 평가까지의 성장</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterLog</name>
    <message>
        <source>There is no student %1 (they may have been removed). Merge the letters again.</source>
        <translation>학생 %1이(가) 없습니다 (삭제되었을 수 있습니다). 통신문을 다시 병합하십시오.</translation>
    </message>
    <message>
        <source>The letter for %1 is addressed to a guardian no longer listed for them. Merge the letters again.</source>
        <translation>%1 학생의 통신문 수신자가 더 이상 등록된 보호자가 아닙니다. 통신문을 다시 병합하십시오.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of letter.</source>
        <translation>“%1”은(는) 통신문 종류가 아닙니다.</translation>
    </message>
    <message>
        <source>The letter for %1 answers a due action of another student. Merge the letters again.</source>
        <translation>%1 학생의 통신문이 다른 학생의 처리할 작업에 연결되어 있습니다. 통신문을 다시 병합하십시오.</translation>
    </message>
    <message>
        <source>Letter sent: %1</source>
        <translation>통신문 발송: %1</translation>
    </message>
    <message>
        <source>“%1” is not a way of sending a letter: print or pdf.</source>
        <translation>“%1”은(는) 통신문 발송 방법이 아닙니다: print 또는 pdf.</translation>
    </message>
    <message>
        <source>Say when the letters were printed or saved.</source>
        <translation>통신문을 인쇄하거나 저장한 시점을 입력하십시오.</translation>
    </message>
    <message>
        <source>No letter was logged: %1</source>
        <translation>기록된 통신문이 없습니다: %1</translation>
    </message>
    <message>
        <source>The letters could not be logged in %1: %2. Nothing was logged; try again.</source>
        <translation>통신문을 %1에 기록할 수 없습니다: %2. 아무것도 기록되지 않았습니다. 다시 시도하십시오.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterMerge</name>
    <message>
        <source>Hmong</source>
        <translation>몽어</translation>
    </message>
    <message>
        <source>The %1 for %2 could not be filled in: no value for %3. Please report this.</source>
        <translation>%2의 %1을(를) 채울 수 없습니다: %3 값이 없습니다. 이 문제를 신고해 주십시오.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of letter. Use one of: %2.</source>
        <translation>&quot;%1&quot;은(는) 통신문 종류가 아닙니다. 다음 중 하나를 사용하십시오: %2.</translation>
    </message>
    <message>
        <source>The letter has no date. Give the day it is written.</source>
        <translation>통신문에 날짜가 없습니다. 작성 날짜를 입력하십시오.</translation>
    </message>
    <message>
        <source>TutorDesk has no letters in &quot;%1&quot;. Use one of: %2.</source>
        <translation>TutorDesk에 &quot;%1&quot; 통신문이 없습니다. 다음 중 하나를 사용하십시오: %2.</translation>
    </message>
    <message>
        <source>The family reads %1; there is no %1 %2 yet, so this one is in English.</source>
        <translation>가정의 언어는 %1입니다. 아직 %1 %2이(가) 없어 영어로 작성됩니다.</translation>
    </message>
    <message>
        <source>The family reads %1; there are no %1 letters yet, so this one is in English.</source>
        <translation>가정의 언어는 %1입니다. 아직 %1 통신문이 없어 영어로 작성됩니다.</translation>
    </message>
    <message>
        <source>The English %1 is missing from this copy of TutorDesk. Reinstall TutorDesk.</source>
        <translation>이 TutorDesk에 영어 %1이(가) 없습니다. TutorDesk를 다시 설치하십시오.</translation>
    </message>
    <message>
        <source>student %1</source>
        <translation>학생 %1</translation>
    </message>
    <message>
        <source>No letters were made: the letter for %1 could not be: %2</source>
        <translation>통신문을 만들지 못했습니다: %1의 통신문을 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>That guardian is not on record for %1. Choose one of %1&apos;s guardians.</source>
        <translation>해당 보호자는 %1 학생의 보호자로 등록되어 있지 않습니다. %1 학생의 보호자 중 한 명을 선택하십시오.</translation>
    </message>
    <message>
        <source>Student %1 is not on record. Choose a student from the list.</source>
        <translation>학생 %1이(가) 등록되어 있지 않습니다. 목록에서 학생을 선택하십시오.</translation>
    </message>
    <message>
        <source>That due action is not %1&apos;s. Start the letter from one of %1&apos;s actions.</source>
        <translation>해당 처리할 작업은 %1 학생의 것이 아닙니다. %1 학생의 작업 중 하나에서 통신문을 시작하십시오.</translation>
    </message>
    <message>
        <source>The school&apos;s phone number is not set, and every letter tells the family where to call. Add it in Settings ▸ School.</source>
        <translation>학교 전화번호가 설정되지 않았습니다. 모든 통신문에 가정이 연락할 곳이 안내됩니다. 설정 ▸ 학교에서 추가하십시오.</translation>
    </message>
    <message>
        <source>The tutoring coordinator&apos;s name is not set, and every letter is signed with it. Add it in Settings ▸ School.</source>
        <translation>튜터링 코디네이터 이름이 설정되지 않았습니다. 모든 통신문에 이 이름으로 서명됩니다. 설정 ▸ 학교에서 추가하십시오.</translation>
    </message>
    <message>
        <source>%1&apos;s group has no meeting days yet. Set the group&apos;s days first.</source>
        <translation>%1 학생의 그룹에 아직 수업 요일이 없습니다. 먼저 그룹 요일을 설정하십시오.</translation>
    </message>
    <message>
        <source>%1&apos;s group has no start time yet. Set the group&apos;s time first.</source>
        <translation>%1 학생의 그룹에 아직 시작 시간이 없습니다. 먼저 그룹 시간을 설정하십시오.</translation>
    </message>
    <message>
        <source>%1&apos;s group has no tutor. Assign a tutor to the group first.</source>
        <translation>%1 학생의 그룹에 튜터가 없습니다. 먼저 그룹에 튜터를 배정하십시오.</translation>
    </message>
    <message>
        <source>%1 has no seat in a tutoring group, so the letter has no group to describe. Place %1 in a group first.</source>
        <translation>%1 학생은 튜터링 그룹에 자리가 없어 통신문에 설명할 그룹이 없습니다. 먼저 %1 학생을 그룹에 배치하십시오.</translation>
    </message>
    <message>
        <source>%1 has no missed session on record, so there is nothing for a missed-session letter to name. Check the attendance or choose another kind of letter.</source>
        <translation>%1 학생은 기록된 결석 수업이 없어 결석 안내 통신문에 적을 내용이 없습니다. 출석을 확인하거나 다른 종류의 통신문을 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 has no attendance on record yet, so there is no rate to report.</source>
        <translation>%1 학생은 아직 출석 기록이 없어 보고할 출석률이 없습니다.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterRender</name>
    <message>
        <source>This program cannot write PDF files (no page writer is installed). Use TutorDesk or tutordesk-cli.</source>
        <translation>이 프로그램은 PDF 파일을 쓸 수 없습니다 (페이지 작성기가 설치되지 않음). TutorDesk 또는 tutordesk-cli를 사용하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>%n family letter(s)</source>
        <translation>
            <numerusform>가정통신문 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no letters to save in %1.</source>
        <translation>%1에 저장할 통신문이 없습니다.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterTemplate</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, %2번째 줄: %3</translation>
    </message>
    <message>
        <source>%1: the letter has no text after the header. Write the letter below the line &quot;--&gt;&quot;.</source>
        <translation>%1: 헤더 뒤에 통신문 내용이 없습니다. &quot;--&gt;&quot; 줄 아래에 통신문을 작성하십시오.</translation>
    </message>
    <message>
        <source>{{%1}} is not a value a %2 letter can use. Use one of: %3.</source>
        <translation>{{%1}}은(는) %2 통신문에 쓸 수 있는 값이 아닙니다. 다음 중 하나를 사용하십시오: %3.</translation>
    </message>
    <message>
        <source>a placeholder is not closed. Write each one as {{name}} on one line.</source>
        <translation>자리 표시자가 닫히지 않았습니다. 각각을 한 줄에 {{name}} 형식으로 쓰십시오.</translation>
    </message>
    <message>
        <source>this is not a TutorDesk letter template: it must start with the line &quot;&lt;!--tutordesk-letter&quot; followed by language, kind, version, reviewed and title.</source>
        <translation>TutorDesk 통신문 서식이 아닙니다: &quot;&lt;!--tutordesk-letter&quot; 줄로 시작하고 그 뒤에 language, kind, version, reviewed, title이 와야 합니다.</translation>
    </message>
    <message>
        <source>expected &quot;name: value&quot; (language, kind, version, reviewed or title), or &quot;--&gt;&quot; to end the header.</source>
        <translation>&quot;name: value&quot; 형식(language, kind, version, reviewed 또는 title)이나 헤더를 끝내는 &quot;--&gt;&quot;가 필요합니다.</translation>
    </message>
    <message>
        <source>language &quot;%1&quot; is not one TutorDesk prints letters in. Use one of: %2.</source>
        <translation>language &quot;%1&quot;은(는) TutorDesk가 통신문을 인쇄하는 언어가 아닙니다. 다음 중 하나를 사용하십시오: %2.</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; is not a kind of letter. Use one of: %2.</source>
        <translation>kind &quot;%1&quot;은(는) 통신문 종류가 아닙니다. 다음 중 하나를 사용하십시오: %2.</translation>
    </message>
    <message>
        <source>version is empty. Write a version such as 1 or 2024-2.</source>
        <translation>version이 비어 있습니다. 1 또는 2024-2 같은 버전을 쓰십시오.</translation>
    </message>
    <message>
        <source>reviewed must be yes or no.</source>
        <translation>reviewed는 yes 또는 no여야 합니다.</translation>
    </message>
    <message>
        <source>title is empty. Write the letter&apos;s title in its language.</source>
        <translation>title이 비어 있습니다. 통신문 제목을 해당 언어로 쓰십시오.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header field. Use language, kind, version, reviewed and title.</source>
        <translation>&quot;%1&quot;은(는) 헤더 필드가 아닙니다. language, kind, version, reviewed, title을 사용하십시오.</translation>
    </message>
    <message>
        <source>%1: the header is not closed. Add a line &quot;--&gt;&quot; after the title.</source>
        <translation>%1: 헤더가 닫히지 않았습니다. title 뒤에 &quot;--&gt;&quot; 줄을 추가하십시오.</translation>
    </message>
    <message>
        <source>the header has no %1 line. Add &quot;%1: …&quot; before &quot;--&gt;&quot;.</source>
        <translation>헤더에 %1 줄이 없습니다. &quot;--&gt;&quot; 앞에 &quot;%1: …&quot;을 추가하십시오.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterTemplates</name>
    <message>
        <source>%1 cannot be read: the zip is damaged. Ask the district for the pack again.</source>
        <translation>%1을(를) 읽을 수 없습니다: zip 파일이 손상되었습니다. 교육청에 서식 묶음을 다시 요청하십시오.</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a zip file: it is damaged or not a zip. Ask the district for the template pack again.</source>
        <translation>%1을(를) zip 파일로 열 수 없습니다: 손상되었거나 zip 파일이 아닙니다. 교육청에 서식 묶음을 다시 요청하십시오.</translation>
    </message>
    <message>
        <source>%1 holds %2 files; a template pack has at most %3. It is not a template pack, so nothing was installed.</source>
        <translation>%1에 파일이 %2개 있습니다. 서식 묶음은 최대 %3개입니다. 서식 묶음이 아니므로 아무것도 설치하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 holds a file named &quot;%2&quot;, which points outside the zip. It is not a template pack, so nothing was installed.</source>
        <translation>%1에 zip 밖을 가리키는 &quot;%2&quot; 파일이 있습니다. 서식 묶음이 아니므로 아무것도 설치하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Make the zip again without a password.</source>
        <translation>%1은(는) 암호로 보호되어 있습니다. 암호 없이 zip 파일을 다시 만드십시오.</translation>
    </message>
    <message>
        <source>%1: %2 unpacks to more than %3 KB; a letter template is much smaller. Nothing was installed.</source>
        <translation>%1: %2의 압축을 풀면 %3 KB가 넘습니다. 통신문 서식은 훨씬 작습니다. 아무것도 설치하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 KB. It is not a template pack, so nothing was installed.</source>
        <translation>%1의 압축을 풀면 %2 KB가 넘습니다. 서식 묶음이 아니므로 아무것도 설치하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 files. It is not a template pack, so nothing was installed.</source>
        <translation>%1에 파일이 %2개보다 많습니다. 서식 묶음이 아니므로 아무것도 설치하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1: %2 is larger than %3 KB; a letter template is much smaller. Nothing was installed.</source>
        <translation>%1: %2이(가) %3 KB보다 큽니다. 통신문 서식은 훨씬 작습니다. 아무것도 설치하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1: %2 cannot be read: %3</source>
        <translation>%1: %2을(를) 읽을 수 없습니다: %3</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KB. It is not a template pack, so nothing was installed.</source>
        <translation>%1이(가) %2 KB보다 큽니다. 서식 묶음이 아니므로 아무것도 설치하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 does not exist. Choose the template pack&apos;s folder or .zip file.</source>
        <translation>%1이(가) 없습니다. 서식 묶음 폴더 또는 .zip 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a .zip file. A template pack is a folder (or a zip of it) with one folder per language, such as es/missed-1.html.</source>
        <translation>%1은(는) 폴더도 .zip 파일도 아닙니다. 서식 묶음은 언어별 폴더(예: es/missed-1.html)가 있는 폴더(또는 그 zip)입니다.</translation>
    </message>
    <message>
        <source>%1: a template pack holds one folder per language with the letters inside, such as es/missed-1.html. Move the file into its language&apos;s folder.</source>
        <translation>%1: 서식 묶음에는 언어별 폴더 안에 통신문이 들어 있습니다 (예: es/missed-1.html). 파일을 해당 언어 폴더로 옮기십시오.</translation>
    </message>
    <message>
        <source>%1: the folder &quot;%2&quot; is not a letter language. Name the folders %3.</source>
        <translation>%1: &quot;%2&quot; 폴더는 통신문 언어가 아닙니다. 폴더 이름을 %3(으)로 지정하십시오.</translation>
    </message>
    <message>
        <source>%1: the words file is not a JSON object (%2). Fix it like resources/letters/en/terms.json.</source>
        <translation>%1: 용어 파일이 JSON 객체가 아닙니다 (%2). resources/letters/en/terms.json처럼 수정하십시오.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>객체가 아님</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be text in quotes.</source>
        <translation>%1: &quot;%2&quot;은(는) 따옴표로 묶은 텍스트여야 합니다.</translation>
    </message>
    <message>
        <source>%1: the file says language &quot;%2&quot; but sits in the folder %3. Fix the language or move the file.</source>
        <translation>%1: 파일에는 언어가 &quot;%2&quot;(으)로 되어 있지만 %3 폴더에 있습니다. 언어를 수정하거나 파일을 옮기십시오.</translation>
    </message>
    <message>
        <source>%1 is neither a letter (&lt;kind&gt;.html) nor the words file (terms.json). Remove it from the pack.</source>
        <translation>%1은(는) 통신문(&lt;kind&gt;.html)도 용어 파일(terms.json)도 아닙니다. 묶음에서 삭제하십시오.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a kind of letter. Name the file after its kind: %3.</source>
        <translation>%1: &quot;%2&quot;은(는) 통신문 종류가 아닙니다. 파일 이름을 종류에 맞게 지정하십시오: %3.</translation>
    </message>
    <message>
        <source>%1: the header says kind %2 but the file is named %3.html. Fix the kind line or rename the file.</source>
        <translation>%1: 헤더에는 kind가 %2(으)로 되어 있지만 파일 이름은 %3.html입니다. kind 줄을 수정하거나 파일 이름을 바꾸십시오.</translation>
    </message>
    <message>
        <source>%1: the header says language %2 but the file is in the folder %3. Fix the language line or move the file.</source>
        <translation>%1: 헤더에는 language가 %2(으)로 되어 있지만 파일은 %3 폴더에 있습니다. language 줄을 수정하거나 파일을 옮기십시오.</translation>
    </message>
    <message>
        <source>The pack was not installed; the letters in use are unchanged.</source>
        <translation>묶음이 설치되지 않았습니다. 사용 중인 통신문은 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 holds no letter templates. A template pack has one folder per language with files such as es/missed-1.html.</source>
        <translation>%1에 통신문 서식이 없습니다. 서식 묶음에는 언어별 폴더에 es/missed-1.html 같은 파일이 있습니다.</translation>
    </message>
    <message>
        <source>The template pack %1 could not be saved: %2. Nothing was changed.</source>
        <translation>서식 묶음 %1을(를) 저장할 수 없습니다: %2. 변경된 것이 없습니다.</translation>
    </message>
    <message>
        <source>The district&apos;s template pack could not be removed: %1.</source>
        <translation>교육청 서식 묶음을 삭제할 수 없습니다: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of letter. Use one of: %2.</source>
        <translation>&quot;%1&quot;은(는) 통신문 종류가 아닙니다. 다음 중 하나를 사용하십시오: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language TutorDesk prints letters in. Use one of: %2.</source>
        <translation>&quot;%1&quot;은(는) TutorDesk가 통신문을 인쇄하는 언어가 아닙니다. 다음 중 하나를 사용하십시오: %2.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2의 %1</translation>
    </message>
    <message>
        <source>The text was not saved.</source>
        <translation>내용이 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2.</source>
        <translation>%1을(를) 저장할 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>The edited text could not be removed: %1.</source>
        <translation>편집한 내용을 삭제할 수 없습니다: %1.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterTemplatesPage</name>
    <message>
        <source>Built-in</source>
        <translation>기본 제공</translation>
    </message>
    <message>
        <source>District pack</source>
        <translation>교육청 묶음</translation>
    </message>
    <message>
        <source>District pack (%1)</source>
        <translation>교육청 묶음 (%1)</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>편집됨</translation>
    </message>
    <message>
        <source>&amp;Install Template Pack…</source>
        <translation>서식 묶음 설치(&amp;I)…</translation>
    </message>
    <message>
        <source>Remove Pac&amp;k</source>
        <translation>묶음 삭제(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>Restore &amp;Original</source>
        <translation>원본 복원(&amp;O)</translation>
    </message>
    <message>
        <source>The text of each family letter in each language. A district&apos;s template pack and texts edited here are kept beside the built-in texts; changes on this page take effect at once.</source>
        <translation>각 언어로 된 각 가정통신문의 내용입니다. 교육청 서식 묶음과 여기서 편집한 내용은 기본 제공 내용과 함께 보관되며, 이 페이지의 변경 사항은 즉시 적용됩니다.</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>통신문 서식</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>통신문</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Text from</source>
        <translation>내용 출처</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>검토됨</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>From a &amp;Folder…</source>
        <translation>폴더에서(&amp;F)…</translation>
    </message>
    <message>
        <source>From a &amp;Zip File…</source>
        <translation>Zip 파일에서(&amp;Z)…</translation>
    </message>
    <message>
        <source>A district&apos;s letters: a folder or zip with &lt;language&gt;/&lt;kind&gt;.html files</source>
        <translation>교육청 통신문: &lt;language&gt;/&lt;kind&gt;.html 파일이 있는 폴더 또는 zip</translation>
    </message>
    <message>
        <source>Use the built-in texts again where the district&apos;s pack had its own</source>
        <translation>교육청 묶음에 자체 내용이 있던 곳에 다시 기본 제공 내용을 사용합니다</translation>
    </message>
    <message>
        <source>Change the selected letter&apos;s text (kept beside the original)</source>
        <translation>선택한 통신문의 내용을 변경합니다 (원본은 그대로 보관됨)</translation>
    </message>
    <message>
        <source>Drop the text edited here and use the district&apos;s or built-in text again</source>
        <translation>여기서 편집한 내용을 버리고 교육청 또는 기본 제공 내용을 다시 사용합니다</translation>
    </message>
    <message>
        <source>The letter templates could not be read: %1</source>
        <translation>통신문 서식을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Edited by %1 on %2</source>
        <translation>%2에 %1이(가) 편집함</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Install Template Pack from a Folder</source>
        <translation>폴더에서 서식 묶음 설치</translation>
    </message>
    <message>
        <source>Install Template Pack from a Zip File</source>
        <translation>Zip 파일에서 서식 묶음 설치</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip 파일 (*.zip)</translation>
    </message>
    <message>
        <source>The template pack was not installed: %1</source>
        <translation>서식 묶음이 설치되지 않았습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>Installed %n template(s) from %1.</source>
        <translation>
            <numerusform>%1에서 서식 %n개를 설치했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The template pack was not removed: %1</source>
        <translation>서식 묶음이 삭제되지 않았습니다: %1</translation>
    </message>
    <message>
        <source>The district&apos;s template pack was removed.</source>
        <translation>교육청 서식 묶음을 삭제했습니다.</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>복원되지 않음: %1</translation>
    </message>
    <message>
        <source>The original text is in use again.</source>
        <translation>원본 내용을 다시 사용합니다.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LogContactDialog</name>
    <message>
        <source>An &amp;interpreter helped</source>
        <translation>통역사 도움 받음(&amp;I)</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>후속 연락 날짜</translation>
    </message>
    <message>
        <source>Log Contact — %1</source>
        <translation>연락 기록 — %1</translation>
    </message>
    <message>
        <source>e.g. will attend Thursday</source>
        <translation>예: 목요일에 참석 예정</translation>
    </message>
    <message>
        <source>Contact again on</source>
        <translation>다시 연락할 날짜</translation>
    </message>
    <message>
        <source>No guardian on file</source>
        <translation>등록된 보호자 없음</translation>
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
        <translation>%1 관련: %2</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>방법(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>결과(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>후속 연락(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Save and Resolve</source>
        <translation>저장 및 처리(&amp;S)</translation>
    </message>
    <message>
        <source>The contact could not be saved.</source>
        <translation>연락을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>The contact could not be saved: %1</source>
        <translation>연락을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Logged a contact about %1 (%2, %3). Resolved: %4.</source>
        <translation>%1 관련 연락을 기록했습니다 (%2, %3). 처리됨: %4.</translation>
    </message>
</context>
<context>
    <name>tutordesk::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>페이지</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>연락</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진도</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>튜터</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>학사 일정</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>동기화</translation>
    </message>
    <message>
        <source>School</source>
        <translation>학교</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>학년도</translation>
    </message>
    <message>
        <source>District sync</source>
        <translation>교육청 동기화</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New School…</source>
        <translation>새 학교(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>Import &amp;Tutors…</source>
        <translation>튜터 가져오기(&amp;T)…</translation>
    </message>
    <message>
        <source>Import School &amp;Calendar…</source>
        <translation>학사 일정 가져오기(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About TutorDesk</source>
        <translation>TutorDesk 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Making a bundle for the district…</source>
        <translation>교육청에 보낼 데이터 묶음을 만드는 중…</translation>
    </message>
    <message>
        <source>Sending to the district…</source>
        <translation>교육청으로 보내는 중…</translation>
    </message>
    <message>
        <source>Sync state unknown</source>
        <translation>동기화 상태 알 수 없음</translation>
    </message>
    <message>
        <source>Open the Sync page</source>
        <translation>동기화 페이지 열기</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>최근 데이터베이스 없음</translation>
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
        <translation>%1 – %2 학년도</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
</context>
<context>
    <name>tutordesk::MappingTable</name>
    <message>
        <source>TutorDesk field</source>
        <translation>TutorDesk 필드</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>필요 여부</translation>
    </message>
    <message>
        <source>Column in your file</source>
        <translation>파일의 열</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>필수</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>선택</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>%1의 열</translation>
    </message>
    <message>
        <source>— not in file —</source>
        <translation>— 파일에 없음 —</translation>
    </message>
    <message>
        <source>Choose a column for: %1.</source>
        <translation>다음의 열을 선택하십시오: %1.</translation>
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
        <translation>메시지</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>메시지 닫기</translation>
    </message>
</context>
<context>
    <name>tutordesk::MoveToGroupDialog</name>
    <message>
        <source>Move to Group</source>
        <translation>그룹 이동</translation>
    </message>
    <message>
        <source>Move %1 to which %2 group?</source>
        <translation>%1 학생을 어느 %2 그룹으로 옮기시겠습니까?</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>그룹</translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s) free</source>
        <translation>
            <numerusform>빈자리 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>full</source>
        <translation>정원 마감</translation>
    </message>
    <message>
        <source>no tutor yet</source>
        <translation>아직 튜터 없음</translation>
    </message>
    <message>
        <source>%1 — %2 · tier %3 · %4</source>
        <comment>group — seats · tier · tutor</comment>
        <translation>%1 — %2 · %3단계 · %4</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>이동(&amp;M)</translation>
    </message>
    <message>
        <source>There is no other %1 group yet.</source>
        <translation>아직 다른 %1 그룹이 없습니다.</translation>
    </message>
</context>
<context>
    <name>tutordesk::NeedPanel</name>
    <message>
        <source>Why this student</source>
        <translation>이 학생인 이유</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Need score</source>
        <translation>필요도 점수</translation>
    </message>
    <message>
        <source>Equal scores are ranked by grade levels behind, then by lower school attendance, then by district ID: never by when a family signed up.</source>
        <translation>점수가 같으면 학년 미달 수준, 학교 출석률이 낮은 순, 교육청 ID 순으로 순위를 매깁니다. 가정의 신청 시점은 절대 기준이 되지 않습니다.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>지원 단계</translation>
    </message>
    <message>
        <source>Points behind the need score</source>
        <translation>필요도 점수의 근거 점수</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Select a student to see how their need score was worked out.</source>
        <translation>학생을 선택하면 필요도 점수가 어떻게 계산되었는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>The need score could not be read: %1</source>
        <translation>필요도 점수를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>This student has no need score yet. Click Recalculate Need Scores once their benchmark results are imported.</source>
        <translation>이 학생은 아직 필요도 점수가 없습니다. 기준 평가 결과를 가져온 후 필요도 점수 다시 계산을 클릭하십시오.</translation>
    </message>
    <message>
        <source>%1 · %2 · ID %3</source>
        <comment>name · grade · district ID</comment>
        <translation>%1 · %2 · ID %3</translation>
    </message>
    <message>
        <source>Need score %1</source>
        <translation>필요도 점수 %1</translation>
    </message>
    <message>
        <source>Nothing in this student&apos;s benchmarks, attendance or student groups adds points.</source>
        <translation>이 학생의 기준 평가, 출석, 학생 집단에서 추가되는 점수가 없습니다.</translation>
    </message>
</context>
<context>
    <name>tutordesk::NeedScore</name>
    <message>
        <source>The need scores could not be saved: %1</source>
        <translation>필요도 점수를 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>no grade-level placement</source>
        <translation>학년 수준 배치 없음</translation>
    </message>
    <message>
        <source>on or above grade level</source>
        <translation>학년 수준 이상</translation>
    </message>
    <message>
        <source>1 grade level below</source>
        <translation>1개 학년 아래</translation>
    </message>
    <message>
        <source>%1 grade levels below</source>
        <translation>%1개 학년 아래</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No benchmark on file</source>
        <translation>기준 평가 기록 없음</translation>
    </message>
    <message>
        <source>School attendance %1%, under %2%</source>
        <translation>학교 출석률 %1%, %2% 미만</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>영어 학습자</translation>
    </message>
    <message>
        <source>IEP and 504 plan</source>
        <translation>IEP 및 504 계획</translation>
    </message>
    <message>
        <source>IEP</source>
        <translation>IEP</translation>
    </message>
    <message>
        <source>504 plan</source>
        <translation>504 계획</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>위탁 아동</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>노숙 (McKinney-Vento)</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>사회경제적 취약</translation>
    </message>
    <message>
        <source>Points per grade level below</source>
        <translation>학년 미달 1단계당 점수</translation>
    </message>
    <message>
        <source>Most points from the benchmark</source>
        <translation>기준 평가 최대 점수</translation>
    </message>
    <message>
        <source>Attendance threshold</source>
        <translation>출석률 기준</translation>
    </message>
    <message>
        <source>Points per attendance point under the threshold</source>
        <translation>기준 미만 출석률 1%p당 점수</translation>
    </message>
    <message>
        <source>Most points from attendance</source>
        <translation>출석 최대 점수</translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation>IEP 또는 504 계획</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>노숙</translation>
    </message>
    <message>
        <source>%1 must be a number from 0 to 1000, not %2.</source>
        <translation>%1은(는) %2이(가) 아니라 0에서 1000 사이의 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>The attendance threshold is a percentage: give a number from 0 to 100, not %1.</source>
        <translation>출석률 기준은 백분율입니다: %1이(가) 아니라 0에서 100 사이의 숫자를 입력하십시오.</translation>
    </message>
    <message>
        <source>The need-score weights could not be saved: %1</source>
        <translation>필요도 점수 가중치를 저장할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::NeedWeightsEditor</name>
    <message>
        <source>A student&apos;s need score adds up points for each sign that they are behind. Higher scores are seated first.</source>
        <translation>학생의 필요도 점수는 학습이 뒤처졌다는 각 신호마다 점수를 더한 값입니다. 점수가 높을수록 먼저 배정됩니다.</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 점</translation>
    </message>
    <message>
        <source>Per grade level below</source>
        <translation>학년 미달 1단계당</translation>
    </message>
    <message>
        <source>For each grade level behind on the latest benchmark, in the subject furthest behind.</source>
        <translation>최근 기준 평가에서 가장 뒤처진 과목의 학년 미달 1단계마다.</translation>
    </message>
    <message>
        <source>Most from benchmarks</source>
        <translation>기준 평가 최대</translation>
    </message>
    <message>
        <source>Benchmarks never add more than this.</source>
        <translation>기준 평가로 이보다 많은 점수가 더해지지 않습니다.</translation>
    </message>
    <message>
        <source>Attendance counts below</source>
        <translation>출석률 기준</translation>
    </message>
    <message>
        <source>School attendance under this adds points.</source>
        <translation>학교 출석률이 이보다 낮으면 점수가 더해집니다.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Per attendance point below</source>
        <translation>기준 미만 출석률 1%p당</translation>
    </message>
    <message>
        <source>For each percentage point of attendance under that line.</source>
        <translation>기준선보다 낮은 출석률 1%p마다.</translation>
    </message>
    <message>
        <source>Most from attendance</source>
        <translation>출석 최대</translation>
    </message>
    <message>
        <source>Attendance never adds more than this.</source>
        <translation>출석으로 이보다 많은 점수가 더해지지 않습니다.</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>영어 학습자</translation>
    </message>
    <message>
        <source>For a student whose EL status is EL.</source>
        <translation>EL 상태가 EL인 학생.</translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation>IEP 또는 504 계획</translation>
    </message>
    <message>
        <source>For a student with an IEP or a Section 504 plan.</source>
        <translation>IEP 또는 Section 504 계획이 있는 학생.</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>위탁 아동</translation>
    </message>
    <message>
        <source>For a student in foster care.</source>
        <translation>위탁 보호 중인 학생.</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>노숙</translation>
    </message>
    <message>
        <source>For a student who is homeless (McKinney-Vento).</source>
        <translation>노숙 학생 (McKinney-Vento).</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>사회경제적 취약</translation>
    </message>
    <message>
        <source>For a student the district counts as SED.</source>
        <translation>교육청이 SED로 분류한 학생.</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>기본값 복원(&amp;D)</translation>
    </message>
    <message>
        <source>Put back the weights TutorDesk starts with</source>
        <translation>TutorDesk의 초기 가중치로 되돌립니다</translation>
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
        <translation>우리 학교 설정</translation>
    </message>
    <message>
        <source>TutorDesk keeps everything about one school in one file on this computer.</source>
        <translation>TutorDesk는 한 학교의 모든 정보를 이 컴퓨터의 파일 하나에 보관합니다.</translation>
    </message>
    <message>
        <source>e.g. Alvarado Street Elementary</source>
        <translation>예: Alvarado Street 초등학교</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>학교 이름</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>학교 이름(&amp;N):</translation>
    </message>
    <message>
        <source>the district&apos;s code for this school</source>
        <translation>이 학교의 교육청 코드</translation>
    </message>
    <message>
        <source>School code</source>
        <translation>학교 코드</translation>
    </message>
    <message>
        <source>The code your district uses for this school (in California, its CDS code)</source>
        <translation>교육청에서 이 학교에 사용하는 코드 (캘리포니아에서는 CDS 코드)</translation>
    </message>
    <message>
        <source>School &amp;code:</source>
        <translation>학교 코드(&amp;C):</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <source>District code</source>
        <translation>교육청 코드</translation>
    </message>
    <message>
        <source>&amp;District code:</source>
        <translation>교육청 코드(&amp;D):</translation>
    </message>
    <message>
        <source>First day of the school year</source>
        <translation>학년도 첫날</translation>
    </message>
    <message>
        <source>School year &amp;starts:</source>
        <translation>학년도 시작(&amp;S):</translation>
    </message>
    <message>
        <source>Last day of the school year</source>
        <translation>학년도 마지막 날</translation>
    </message>
    <message>
        <source>School year &amp;ends:</source>
        <translation>학년도 종료(&amp;E):</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>데이터베이스 파일</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>변경(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose where to save the database file</source>
        <translation>데이터베이스 파일을 저장할 위치를 선택합니다</translation>
    </message>
    <message>
        <source>Saved in:</source>
        <translation>저장 위치:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Set &amp;Up School</source>
        <translation>학교 설정(&amp;U)</translation>
    </message>
    <message>
        <source>TutorDesk databases (*.%1)</source>
        <translation>TutorDesk 데이터베이스 (*.%1)</translation>
    </message>
    <message>
        <source>Save the School&apos;s Database As</source>
        <translation>학교 데이터베이스를 다른 이름으로 저장</translation>
    </message>
</context>
<context>
    <name>tutordesk::OneRoster</name>
    <message>
        <source>The export has no demographics.csv: birth dates, sex, race and ethnicity are left as they are.</source>
        <translation>내보내기에 demographics.csv가 없습니다: 생년월일, 성별, 인종 및 민족은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>%1 has no sourcedId column, so it is not a OneRoster file TutorDesk can read. Export the roster again as OneRoster CSV.</source>
        <translation>%1에 sourcedId 열이 없어 TutorDesk가 읽을 수 있는 OneRoster 파일이 아닙니다. 명단을 OneRoster CSV로 다시 내보내십시오.</translation>
    </message>
    <message>
        <source>No column holds the student ID, so the flags cannot be matched to students. Name that column &quot;Student ID&quot;.</source>
        <translation>학생 ID가 있는 열이 없어 플래그를 학생과 연결할 수 없습니다. 해당 열의 이름을 &quot;Student ID&quot;로 지정하십시오.</translation>
    </message>
    <message>
        <source>No column holds a student-group flag (EL Status, Home Language, IEP, 504, Foster, Homeless, SED, Attendance %). Name the columns like those.</source>
        <translation>학생 집단 플래그(EL Status, Home Language, IEP, 504, Foster, Homeless, SED, Attendance %)가 있는 열이 없습니다. 열 이름을 이와 같이 지정하십시오.</translation>
    </message>
    <message>
        <source>Line %1 has flags for the same student. Keep one of the two lines.</source>
        <translation>%1번째 줄에 같은 학생의 플래그가 있습니다. 두 줄 중 하나만 남기십시오.</translation>
    </message>
    <message>
        <source>Student-group flags from %1: %2.</source>
        <translation>%1의 학생 집단 플래그: %2.</translation>
    </message>
    <message>
        <source>Lines of the flags file for students not in this school&apos;s roster, left out: %1.</source>
        <translation>이 학교 명단에 없는 학생의 플래그 파일 줄은 제외됨: %1.</translation>
    </message>
    <message>
        <source>%1 has no propertyName and value columns, so it is not a OneRoster manifest. Export the roster again as OneRoster CSV.</source>
        <translation>%1에 propertyName 및 value 열이 없어 OneRoster manifest가 아닙니다. 명단을 OneRoster CSV로 다시 내보내십시오.</translation>
    </message>
    <message>
        <source>%1 says this is OneRoster %2. TutorDesk reads OneRoster 1.1 and 1.2: ask for an export in one of those.</source>
        <translation>%1에 따르면 OneRoster %2입니다. TutorDesk는 OneRoster 1.1 및 1.2를 읽습니다: 둘 중 하나로 내보내기를 요청하십시오.</translation>
    </message>
    <message>
        <source>%1 says %2.csv holds only the changes since the last export (delta). A roster import needs every student: ask for a bulk export.</source>
        <translation>%1에 따르면 %2.csv에는 지난 내보내기 이후의 변경 사항(delta)만 있습니다. 명단 가져오기에는 모든 학생이 필요합니다: 전체(bulk) 내보내기를 요청하십시오.</translation>
    </message>
    <message>
        <source>Choose the school: in the import window, or on the command line with --org and the id before the colon.</source>
        <translation>학교를 선택하십시오: 가져오기 창에서, 또는 명령줄에서 --org와 콜론 앞의 ID로 지정합니다.</translation>
    </message>
    <message>
        <source>%1 is missing: a OneRoster export lists its schools there. Export the roster again with orgs.csv included.</source>
        <translation>%1이(가) 없습니다: OneRoster 내보내기는 여기에 학교 목록을 둡니다. orgs.csv를 포함하여 명단을 다시 내보내십시오.</translation>
    </message>
    <message>
        <source>%1 has no sourcedId column, so it is not a OneRoster orgs file. Export the roster again as OneRoster CSV.</source>
        <translation>%1에 sourcedId 열이 없어 OneRoster orgs 파일이 아닙니다. 명단을 OneRoster CSV로 다시 내보내십시오.</translation>
    </message>
    <message>
        <source>%1 has no school &quot;%2&quot;. The schools in it:%3
%4</source>
        <translation>%1에 &quot;%2&quot; 학교가 없습니다. 포함된 학교:%3
%4</translation>
    </message>
    <message>
        <source>%1 lists no school (no row has type &quot;school&quot;). Export the roster of your school again from the student system.</source>
        <translation>%1에 학교가 없습니다 (type이 &quot;school&quot;인 행이 없음). 학생 시스템에서 학교 명단을 다시 내보내십시오.</translation>
    </message>
    <message>
        <source>%1 lists %2 schools; TutorDesk imports one at a time. The schools:%3
%4</source>
        <translation>%1에 학교가 %2개 있습니다. TutorDesk는 한 번에 한 학교씩 가져옵니다. 학교 목록:%3
%4</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>%1 읽기가 취소되었습니다.</translation>
    </message>
    <message>
        <source>OneRoster export without a manifest.csv; school %1.</source>
        <translation>manifest.csv가 없는 OneRoster 내보내기, 학교 %1.</translation>
    </message>
    <message>
        <source>OneRoster %1 export; school %2.</source>
        <translation>OneRoster %1 내보내기, 학교 %2.</translation>
    </message>
    <message>
        <source>%1: there is no such file or folder.</source>
        <translation>%1: 해당 파일이나 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a zip file: it is damaged or not a zip. Download the OneRoster export from the student system again.</source>
        <translation>%1을(를) zip 파일로 열 수 없습니다: 손상되었거나 zip 파일이 아닙니다. 학생 시스템에서 OneRoster 내보내기를 다시 다운로드하십시오.</translation>
    </message>
    <message>
        <source>%1 holds %2 files; a OneRoster export has a dozen. It is not a roster export, so nothing was read.</source>
        <translation>%1에 파일이 %2개 있습니다. OneRoster 내보내기에는 십여 개가 있습니다. 명단 내보내기가 아니므로 아무것도 읽지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 holds a file named &quot;%2&quot;, which points outside the zip. A OneRoster export never does that, so nothing was read. Ask the district for a new export.</source>
        <translation>%1에 zip 밖을 가리키는 &quot;%2&quot; 파일이 있습니다. OneRoster 내보내기는 그렇게 하지 않으므로 아무것도 읽지 않았습니다. 교육청에 새 내보내기를 요청하십시오.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; would unpack to %3 MB, more than the %4 MB TutorDesk reads from one file. It is not a school&apos;s roster, so nothing was read.</source>
        <translation>%1: &quot;%2&quot;의 압축을 풀면 %3 MB로, TutorDesk가 한 파일에서 읽는 %4 MB보다 큽니다. 학교 명단이 아니므로 아무것도 읽지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 would unpack to more than %2 MB. It is not a school&apos;s roster, so nothing was read.</source>
        <translation>%1의 압축을 풀면 %2 MB가 넘습니다. 학교 명단이 아니므로 아무것도 읽지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 has no %2. Export the roster again with every OneRoster file included.</source>
        <translation>%1에 %2이(가) 없습니다. 모든 OneRoster 파일을 포함하여 명단을 다시 내보내십시오.</translation>
    </message>
    <message>
        <source>%1 cannot be read: the zip is damaged. Download the OneRoster export again.</source>
        <translation>%1을(를) 읽을 수 없습니다: zip 파일이 손상되었습니다. OneRoster 내보내기를 다시 다운로드하십시오.</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Export the roster again without a password.</source>
        <translation>%1은(는) 암호로 보호되어 있습니다. 암호 없이 명단을 다시 내보내십시오.</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 MB. It is not a school&apos;s roster, so nothing was read.</source>
        <translation>%1의 압축을 풀면 %2 MB가 넘습니다. 학교 명단이 아니므로 아무것도 읽지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB. It is not a school&apos;s roster, so nothing was read.</source>
        <translation>%1이(가) %2 MB보다 큽니다. 학교 명단이 아니므로 아무것도 읽지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 has no %2 column, so it is not a OneRoster file TutorDesk can read. Export the roster again as OneRoster CSV.</source>
        <translation>%1에 %2 열이 없어 TutorDesk가 읽을 수 있는 OneRoster 파일이 아닙니다. 명단을 OneRoster CSV로 다시 내보내십시오.</translation>
    </message>
    <message>
        <source>%1 is missing, and users.csv has no role column: TutorDesk cannot tell who is a student. Export the roster again with roles.csv included (OneRoster 1.2).</source>
        <translation>%1이(가) 없고 users.csv에 role 열이 없습니다: TutorDesk가 누가 학생인지 알 수 없습니다. roles.csv를 포함하여 명단을 다시 내보내십시오 (OneRoster 1.2).</translation>
    </message>
    <message>
        <source>%1 is missing: a OneRoster export lists its students there. Export the roster again with users.csv included.</source>
        <translation>%1이(가) 없습니다: OneRoster 내보내기는 여기에 학생 목록을 둡니다. users.csv를 포함하여 명단을 다시 내보내십시오.</translation>
    </message>
    <message>
        <source>The grade is empty. Fill in the student&apos;s grade in the student system and export again.</source>
        <translation>학년이 비어 있습니다. 학생 시스템에서 학생의 학년을 입력하고 다시 내보내십시오.</translation>
    </message>
    <message>
        <source>The sourcedId is empty. Every OneRoster user needs one: export again.</source>
        <translation>sourcedId가 비어 있습니다. 모든 OneRoster 사용자에게 필요합니다: 다시 내보내십시오.</translation>
    </message>
    <message>
        <source>The first name (givenName) is empty. Fill it in the student system.</source>
        <translation>이름(givenName)이 비어 있습니다. 학생 시스템에서 입력하십시오.</translation>
    </message>
    <message>
        <source>The last name (familyName) is empty. Fill it in the student system.</source>
        <translation>성(familyName)이 비어 있습니다. 학생 시스템에서 입력하십시오.</translation>
    </message>
    <message>
        <source>Line %1 has the same student ID &quot;%2&quot;. Each student must be listed once: correct the ID in the student system.</source>
        <translation>%1번째 줄에 같은 학생 ID &quot;%2&quot;이(가) 있습니다. 각 학생은 한 번만 있어야 합니다: 학생 시스템에서 ID를 수정하십시오.</translation>
    </message>
    <message>
        <source>Columns TutorDesk does not use: %1.</source>
        <translation>TutorDesk가 사용하지 않는 열: %1.</translation>
    </message>
    <message>
        <source>Students with no identifier in users.csv, whose OneRoster sourcedId is used as the district student ID: %1.</source>
        <translation>users.csv에 식별자가 없어 OneRoster sourcedId를 교육청 학생 ID로 사용한 학생: %1.</translation>
    </message>
    <message>
        <source>Pre-kindergarten students left out (TutorDesk serves TK to grade 12): %1.</source>
        <translation>제외된 유치원 이전(Pre-K) 학생 (TutorDesk는 TK~12학년 대상): %1.</translation>
    </message>
    <message>
        <source>Students of other schools in this export, left out: %1.</source>
        <translation>이 내보내기에 있는 다른 학교 학생, 제외됨: %1.</translation>
    </message>
</context>
<context>
    <name>tutordesk::OneRosterBox</name>
    <message>
        <source>OneRoster export</source>
        <translation>OneRoster 내보내기</translation>
    </message>
    <message>
        <source>Only needed when the export holds several schools</source>
        <translation>내보내기에 여러 학교가 있을 때만 필요</translation>
    </message>
    <message>
        <source>School ID in the export</source>
        <translation>내보내기의 학교 ID</translation>
    </message>
    <message>
        <source>School ID (&amp;sourcedId):</source>
        <translation>학교 ID (sourcedId)(&amp;S):</translation>
    </message>
    <message>
        <source>Optional: a CSV with EL status, IEP and other student groups</source>
        <translation>선택 사항: EL 상태, IEP 및 기타 학생 집단이 담긴 CSV</translation>
    </message>
    <message>
        <source>Student groups file</source>
        <translation>학생 집단 파일</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Choose the student groups file</source>
        <translation>학생 집단 파일을 선택합니다</translation>
    </message>
    <message>
        <source>Student &amp;groups file:</source>
        <translation>학생 집단 파일(&amp;G):</translation>
    </message>
    <message>
        <source>Choose the Student Groups File</source>
        <translation>학생 집단 파일 선택</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 파일 (*.csv *.txt);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>tutordesk::OptionalDateEdit</name>
    <message>
        <source>Recorded</source>
        <translation>기록됨</translation>
    </message>
    <message>
        <source>%1 recorded</source>
        <translation>%1 기록됨</translation>
    </message>
    <message>
        <source>Untick when there is no date on file</source>
        <translation>기록된 날짜가 없으면 선택을 해제하십시오</translation>
    </message>
</context>
<context>
    <name>tutordesk::Outbox</name>
    <message>
        <source>The bundle could not be marked as delivered: it is no longer in the outbox.</source>
        <translation>데이터 묶음을 전송 완료로 표시할 수 없습니다: 더 이상 보낼 편지함에 없습니다.</translation>
    </message>
    <message>
        <source>The bundle was delivered but the outbox could not record it (%1). It will be sent again next time, which is harmless.</source>
        <translation>데이터 묶음은 전송되었지만 보낼 편지함에 기록할 수 없습니다 (%1). 다음에 다시 보내지지만 문제는 없습니다.</translation>
    </message>
    <message>
        <source>The failed attempt could not be recorded: the bundle is no longer waiting in the outbox.</source>
        <translation>실패한 시도를 기록할 수 없습니다: 데이터 묶음이 더 이상 보낼 편지함에서 대기 중이 아닙니다.</translation>
    </message>
    <message>
        <source>The failed attempt could not be recorded in the outbox (%1). The bundle is still waiting.</source>
        <translation>실패한 시도를 보낼 편지함에 기록할 수 없습니다 (%1). 데이터 묶음은 계속 대기 중입니다.</translation>
    </message>
    <message>
        <source>The waiting bundles could not be set to go now (%1). Try again.</source>
        <translation>대기 중인 데이터 묶음을 지금 보내도록 설정할 수 없습니다 (%1). 다시 시도하십시오.</translation>
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
        <translation>%1에 전송됨</translation>
    </message>
    <message>
        <source>Last tried at %1</source>
        <translation>마지막 시도: %1</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>최근 문제</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>파일 이름</translation>
    </message>
</context>
<context>
    <name>tutordesk::OutboxSender</name>
    <message>
        <source>The outbox could not be read (%1).</source>
        <translation>보낼 편지함을 읽을 수 없습니다 (%1).</translation>
    </message>
    <message>
        <source>The bundle %1 could not be read from the outbox (%2).</source>
        <translation>보낼 편지함에서 데이터 묶음 %1을(를) 읽을 수 없습니다 (%2).</translation>
    </message>
    <message>
        <source>The bundle %1 has no content left in the outbox. Make a new bulk export for the district.</source>
        <translation>보낼 편지함의 데이터 묶음 %1에 남은 내용이 없습니다. 교육청용 전체 내보내기를 새로 만드십시오.</translation>
    </message>
</context>
<context>
    <name>tutordesk::PauseOfferDialog</name>
    <message>
        <source>Pause and Offer Seat — %1</source>
        <translation>자리 보류 및 제안 — %1</translation>
    </message>
    <message>
        <source>The waitlist could not be read: %1</source>
        <translation>대기자 명단을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Pause %1&apos;s seat in %2 (%3). The seat frees up; the enrollment stays, paused, and can be resumed.</source>
        <translation>%2 (%3)에서 %1 학생의 자리를 보류합니다. 자리는 비워지고, 등록은 보류 상태로 유지되어 다시 재개할 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Offer the seat to %1 (%2, need %3), first on the waitlist</source>
        <translation>대기자 명단 첫 번째인 %1 (%2, 필요도 %3) 학생에게 자리 제안(&amp;O)</translation>
    </message>
    <message>
        <source>Nobody on the waitlist fits this seat: the enrollment is paused only.</source>
        <translation>대기자 명단에 이 자리에 맞는 학생이 없습니다: 등록만 보류됩니다.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>사유(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Pause and Offer</source>
        <translation>보류 및 제안(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>보류(&amp;P)</translation>
    </message>
    <message>
        <source>Write the reason for the pause.</source>
        <translation>보류 사유를 입력하십시오.</translation>
    </message>
    <message>
        <source>The seat could not be paused.</source>
        <translation>자리를 보류할 수 없습니다.</translation>
    </message>
    <message>
        <source>The seat could not be paused: %1</source>
        <translation>자리를 보류할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Paused %1 in %2; the seat went to %3.</source>
        <translation>%2에서 %1 학생을 보류했습니다. 자리는 %3 학생에게 배정되었습니다.</translation>
    </message>
    <message>
        <source>Paused %1 in %2; nobody waits for the seat.</source>
        <translation>%2에서 %1 학생을 보류했습니다. 이 자리를 기다리는 학생이 없습니다.</translation>
    </message>
</context>
<context>
    <name>tutordesk::PdfFile</name>
    <message>
        <source>%1 could not be saved: %2. Choose a folder you can write to.</source>
        <translation>%1을(를) 저장할 수 없습니다: %2. 쓰기 권한이 있는 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. Check that the disk has room and try again.</source>
        <translation>%1을(를) 저장할 수 없습니다: %2. 디스크 공간을 확인하고 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>nothing could be drawn on the pages</source>
        <translation>페이지에 아무것도 그릴 수 없습니다</translation>
    </message>
    <message>
        <source>%1 could not be replaced: it may be open in another program. Close it, or choose another name.</source>
        <translation>%1을(를) 바꿀 수 없습니다: 다른 프로그램에서 열려 있을 수 있습니다. 파일을 닫거나 다른 이름을 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 could not be saved. Choose a folder you can write to.</source>
        <translation>%1을(를) 저장할 수 없습니다. 쓰기 권한이 있는 폴더를 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Placement</name>
    <message>
        <source>%1 has no school yet: set the school up (its name and school year) before placing students.</source>
        <translation>%1에 아직 학교가 없습니다: 학생을 배치하기 전에 학교(이름과 학년도)를 설정하십시오.</translation>
    </message>
    <message>
        <source>Placement by need</source>
        <translation>필요도에 따른 배치</translation>
    </message>
    <message>
        <source>A group filled up while placing; nothing was changed. Run the placement again.</source>
        <translation>배치 중에 그룹 정원이 찼습니다. 변경된 것이 없습니다. 배치를 다시 실행하십시오.</translation>
    </message>
    <message>
        <source>The placement could not be saved in %1: %2</source>
        <translation>배치를 %1에 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 · Grades %2 · Tier %3 · %4</source>
        <translation>%1 · %2학년 · %3단계 · %4</translation>
    </message>
    <message>
        <source>%1 is full (%2 of %3). Move someone out first or choose another group.</source>
        <translation>%1은(는) 정원이 찼습니다 (%3명 중 %2명). 먼저 다른 학생을 옮기거나 다른 그룹을 선택하십시오.</translation>
    </message>
    <message>
        <source>to be set</source>
        <translation>설정 예정</translation>
    </message>
    <message>
        <source>Left the waitlist: no longer an active student at the school</source>
        <translation>대기자 명단에서 제외: 더 이상 재학생이 아님</translation>
    </message>
    <message>
        <source>Left the waitlist: the need score (%1) is now under tier 2</source>
        <translation>대기자 명단에서 제외: 필요도 점수(%1)가 이제 2단계 미만임</translation>
    </message>
    <message>
        <source>Left the waitlist: the latest benchmark no longer shows %1 below grade level</source>
        <translation>대기자 명단에서 제외: 최근 기준 평가에서 더 이상 %1 학년 미달이 아님</translation>
    </message>
    <message>
        <source>Left the waitlist: already holds a seat in %1</source>
        <translation>대기자 명단에서 제외: 이미 %1에 자리가 있음</translation>
    </message>
    <message>
        <source>Left the waitlist: a seat in %1 was paused or ended; re-seat by hand</source>
        <translation>대기자 명단에서 제외: %1의 자리가 보류되었거나 종료됨. 직접 다시 배정하십시오</translation>
    </message>
    <message>
        <source>The seat budget must be 0 to %1 seats, not %2.</source>
        <translation>자리 예산은 %2개가 아니라 0~%1개여야 합니다.</translation>
    </message>
    <message>
        <source>The seat budget could not be saved: %1</source>
        <translation>자리 예산을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 has ended. Choose an active or planned group.</source>
        <translation>%1은(는) 종료되었습니다. 활동 중이거나 계획된 그룹을 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 is a %2 group and %3&apos;s enrollment is for %4: a move keeps the subject. Choose a %4 group.</source>
        <translation>%1은(는) %2 그룹이고 %3 학생의 등록은 %4입니다: 이동해도 과목은 유지됩니다. %4 그룹을 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 already has a seat in %2.</source>
        <translation>%1 학생은 이미 %2에 자리가 있습니다.</translation>
    </message>
    <message>
        <source>That group is full. Move someone out first or choose another group.</source>
        <translation>해당 그룹은 정원이 찼습니다. 먼저 다른 학생을 옮기거나 다른 그룹을 선택하십시오.</translation>
    </message>
    <message>
        <source>The enrollment could not be changed in %1: %2</source>
        <translation>%1에서 등록을 변경할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>There is no enrollment %1 (it may have been removed). Reload the Placement page.</source>
        <translation>등록 %1이(가) 없습니다 (삭제되었을 수 있습니다). 배치 페이지를 다시 불러오십시오.</translation>
    </message>
    <message>
        <source>There is no group %1 (it may have been removed). Reload the Placement page.</source>
        <translation>그룹 %1이(가) 없습니다 (삭제되었을 수 있습니다). 배치 페이지를 다시 불러오십시오.</translation>
    </message>
    <message>
        <source>Seated from the waitlist</source>
        <translation>대기자 명단에서 배정됨</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>%1(으)로 이동됨</translation>
    </message>
    <message>
        <source>Moved back to the waitlist</source>
        <translation>대기자 명단으로 되돌림</translation>
    </message>
    <message>
        <source>%1&apos;s %2 enrollment is %3: only a seat or a place on the waitlist can be moved.</source>
        <translation>%1 학생의 %2 등록은 %3 상태입니다: 자리나 대기자 명단 순번만 옮길 수 있습니다.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 enrollment is not on the waitlist (it is %3).</source>
        <translation>%1 학생의 %2 등록은 대기자 명단에 없습니다 (%3 상태).</translation>
    </message>
    <message>
        <source>%1&apos;s %2 enrollment holds no seat (it is %3), so there is nothing to pause.</source>
        <translation>%1 학생의 %2 등록에는 자리가 없어 (%3 상태) 보류할 것이 없습니다.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>보류됨</translation>
    </message>
    <message>
        <source>%1&apos;s %2 enrollment is not paused (it is %3).</source>
        <translation>%1 학생의 %2 등록은 보류 상태가 아닙니다 (%3 상태).</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>재개됨</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementGroupsModel</name>
    <message>
        <source>%1 (new)</source>
        <comment>group status, proposed just now</comment>
        <translation>%1 (신규)</translation>
    </message>
    <message>
        <source>No tutor yet</source>
        <translation>아직 튜터 없음</translation>
    </message>
    <message>
        <source>%1, tier %2</source>
        <translation>%1, %2단계</translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s) free</source>
        <translation>
            <numerusform>빈자리 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · ID %2 · need score %3</source>
        <translation>%1 · ID %2 · 필요도 점수 %3</translation>
    </message>
    <message>
        <source>Group / student</source>
        <translation>그룹 / 학생</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>학년</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>지원 단계</translation>
    </message>
    <message>
        <source>Need score</source>
        <translation>필요도 점수</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>자리</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>튜터</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementLists</name>
    <message>
        <source>Groups and their students</source>
        <translation>그룹 및 소속 학생</translation>
    </message>
    <message>
        <source>Waitlist, highest need first</source>
        <translation>대기자 명단, 필요도 높은 순</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>그룹</translation>
    </message>
    <message>
        <source>Waitlist (highest need first)</source>
        <translation>대기자 명단 (필요도 높은 순)</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementMove</name>
    <message>
        <source>Moved %1 to %2.</source>
        <translation>%1 학생을 %2(으)로 옮겼습니다.</translation>
    </message>
    <message>
        <source>the waitlist</source>
        <translation>대기자 명단</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementPage</name>
    <message>
        <source>&amp;Propose Placement…</source>
        <translation>배치 제안(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Move to Group…</source>
        <translation>그룹 이동(&amp;M)…</translation>
    </message>
    <message>
        <source>Move to &amp;Waitlist</source>
        <translation>대기자 명단으로 이동(&amp;W)</translation>
    </message>
    <message>
        <source>Schedule &amp;Group…</source>
        <translation>그룹 일정 설정(&amp;G)…</translation>
    </message>
    <message>
        <source>Seats and waitlist</source>
        <translation>자리 및 대기자 명단</translation>
    </message>
    <message>
        <source>See how TutorDesk would seat students by need, then apply it if you agree</source>
        <translation>TutorDesk가 필요도에 따라 학생을 어떻게 배정할지 확인하고, 동의하면 적용합니다</translation>
    </message>
    <message>
        <source>Move the selected student to another group of the same subject (Ctrl+M)</source>
        <translation>선택한 학생을 같은 과목의 다른 그룹으로 옮깁니다 (Ctrl+M)</translation>
    </message>
    <message>
        <source>Give the selected student&apos;s seat back; they wait in need order (Ctrl+Shift+M)</source>
        <translation>선택한 학생의 자리를 반납합니다. 학생은 필요도 순으로 대기합니다 (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Give the selected group its tutor, room, days and time; its sessions follow (or double-click a group)</source>
        <translation>선택한 그룹의 튜터, 교실, 요일, 시간을 지정합니다. 수업이 그에 따라 생성됩니다 (또는 그룹을 두 번 클릭)</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>The groups could not be read: %1</source>
        <translation>그룹을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 seats taken · %4 waiting</source>
        <translation>%1 · 자리 %3개 중 %2개 배정 · %4명 대기</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>그룹 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>No groups yet. Import the roster and the benchmark scores, then click Propose Placement.</source>
        <translation>아직 그룹이 없습니다. 명단과 기준 평가 점수를 가져온 후 배치 제안을 클릭하십시오.</translation>
    </message>
    <message>
        <source>Placement applied. %1</source>
        <translation>배치를 적용했습니다. %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementProposal</name>
    <message numerus="yes">
        <source>%Ln student(s)</source>
        <translation>
            <numerusform>학생 %Ln명</numerusform>
        </translation>
    </message>
    <message>
        <source>No student got a new seat.</source>
        <translation>새 자리를 받은 학생이 없습니다.</translation>
    </message>
    <message>
        <source>No student would get a new seat.</source>
        <translation>새 자리를 받을 학생이 없습니다.</translation>
    </message>
    <message>
        <source>%1 got a seat, %2.</source>
        <translation>%1이(가) 자리를 받았습니다, %2.</translation>
    </message>
    <message>
        <source>%1 would get a seat, %2.</source>
        <translation>%1이(가) 자리를 받게 됩니다, %2.</translation>
    </message>
    <message numerus="yes">
        <source>with %Ln new group(s) planned</source>
        <translation>
            <numerusform>새 그룹 %Ln개 계획</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 got a seat in the groups there are.</source>
        <translation>%1이(가) 기존 그룹에서 자리를 받았습니다.</translation>
    </message>
    <message>
        <source>%1 would get a seat in the groups there are.</source>
        <translation>%1이(가) 기존 그룹에서 자리를 받게 됩니다.</translation>
    </message>
    <message>
        <source>Nobody waits.</source>
        <translation>대기자가 없습니다.</translation>
    </message>
    <message>
        <source>Nobody would wait.</source>
        <translation>대기할 학생이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) wait, highest need first.</source>
        <translation>
            <numerusform>학생 %Ln명이 필요도 높은 순으로 대기 중입니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) would wait, highest need first.</source>
        <translation>
            <numerusform>학생 %Ln명이 필요도 높은 순으로 대기하게 됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) left the waitlist: they no longer qualify.</source>
        <translation>
            <numerusform>학생 %Ln명이 더 이상 자격이 없어 대기자 명단에서 제외되었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The groups offer %1 of the %2 seats the program can fund.</source>
        <translation>그룹은 프로그램이 지원할 수 있는 자리 %2개 중 %1개를 제공합니다.</translation>
    </message>
    <message>
        <source>Propose Placement</source>
        <translation>배치 제안</translation>
    </message>
    <message>
        <source>New seats are offered as invitations: tutoring starts once the family consents. Apply this placement?</source>
        <translation>새 자리는 안내로 제공됩니다: 가정이 동의하면 튜터링이 시작됩니다. 이 배치를 적용하시겠습니까?</translation>
    </message>
    <message>
        <source>Nothing to apply.</source>
        <translation>적용할 것이 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>적용(&amp;A)</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProbeGridDialog</name>
    <message>
        <source>Enter Probes</source>
        <translation>진단 평가 입력</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>그룹(&amp;G):</translation>
    </message>
    <message>
        <source>Probe date</source>
        <translation>진단 평가 날짜</translation>
    </message>
    <message>
        <source>Probe window</source>
        <translation>진단 평가 시기</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>만점</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>날짜(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>시기(&amp;W):</translation>
    </message>
    <message>
        <source>Out &amp;of:</source>
        <translation>만점(&amp;O):</translation>
    </message>
    <message>
        <source>Probe scores</source>
        <translation>진단 평가 점수</translation>
    </message>
    <message>
        <source>Type a score and press Enter for the next student. Leave a cell empty for “not tested”. Ctrl+S saves every score at once.</source>
        <translation>점수를 입력하고 Enter를 누르면 다음 학생으로 이동합니다. “미응시”는 칸을 비워 두십시오. Ctrl+S를 누르면 모든 점수가 한 번에 저장됩니다.</translation>
    </message>
    <message>
        <source>&amp;Save Scores</source>
        <translation>점수 저장(&amp;S)</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>no tutor</source>
        <translation>튜터 없음</translation>
    </message>
    <message>
        <source>no skill</source>
        <translation>기능 없음</translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation>%1 (종료됨)</translation>
    </message>
    <message>
        <source>There are no groups yet. Create groups on the Schedule page first.</source>
        <translation>아직 그룹이 없습니다. 먼저 일정 페이지에서 그룹을 만드십시오.</translation>
    </message>
    <message>
        <source>The groups could not be read: %1</source>
        <translation>그룹을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Discard Scores?</source>
        <translation>점수를 취소하시겠습니까?</translation>
    </message>
    <message>
        <source>The scores typed for this group are not saved. Discard them and open the other group?</source>
        <translation>이 그룹에 입력한 점수가 저장되지 않았습니다. 취소하고 다른 그룹을 여시겠습니까?</translation>
    </message>
    <message>
        <source>The group&apos;s probes could not be read: %1</source>
        <translation>그룹의 진단 평가를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>This group has no target skill yet: set one on the Schedule page before entering probes.</source>
        <translation>이 그룹에는 아직 목표 기능이 없습니다: 진단 평가를 입력하기 전에 일정 페이지에서 설정하십시오.</translation>
    </message>
    <message>
        <source>Skill %1</source>
        <translation>기능 %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · Mastery at %2 %</source>
        <translation>%1 · 숙달 기준 %2 %</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>학생</translation>
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
        <translation>%1 (저장됨)
%2</translation>
    </message>
    <message>
        <source>New: %1
%2</source>
        <translation>새 항목: %1
%2</translation>
    </message>
    <message>
        <source>Growth
(points of %)</source>
        <translation>성장
(%p)</translation>
    </message>
    <message>
        <source>Mastery</source>
        <translation>숙달</translation>
    </message>
    <message>
        <source>%1 (seat given back)</source>
        <translation>%1 (자리 반납)</translation>
    </message>
    <message>
        <source>No longer in this group on this day; earlier results are kept.</source>
        <translation>이날 이 그룹에 더 이상 속하지 않습니다. 이전 결과는 보관됩니다.</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>✓ Mastered</source>
        <translation>✓ 숙달</translation>
    </message>
    <message>
        <source>Not a number: type the score, or leave the cell empty for “not tested”.</source>
        <translation>숫자가 아닙니다: 점수를 입력하거나, “미응시”는 칸을 비워 두십시오.</translation>
    </message>
    <message>
        <source>The score must be between 0 and %1.</source>
        <translation>점수는 0에서 %1 사이여야 합니다.</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1점</translation>
    </message>
    <message>
        <source>From the baseline probe to this one, in percentage points.</source>
        <translation>기초 진단 평가부터 이번 평가까지, %p 단위.</translation>
    </message>
    <message>
        <source>Growth shows once there are two results.</source>
        <translation>결과가 2개 있으면 성장이 표시됩니다.</translation>
    </message>
    <message>
        <source>%1&apos;s score “%2” is not a number. Type the score, or clear the cell for “not tested”. Nothing was saved.</source>
        <translation>%1 학생의 점수 “%2”은(는) 숫자가 아닙니다. 점수를 입력하거나, “미응시”는 칸을 비우십시오. 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>아무것도 저장되지 않았습니다. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) added</source>
        <translation>
            <numerusform>점수 %n개 추가</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n개 변경</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cleared</source>
        <translation>
            <numerusform>%n개 지움</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to save: no score was changed.</source>
        <translation>저장할 것이 없습니다: 변경된 점수가 없습니다.</translation>
    </message>
    <message>
        <source>Saved for %1: %2.</source>
        <translation>%1 저장됨: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Save Scores?</source>
        <translation>점수를 저장하시겠습니까?</translation>
    </message>
    <message>
        <source>Some scores typed for %1 are not saved.</source>
        <translation>%1에 입력한 점수 중 일부가 저장되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProbeSheet</name>
    <message>
        <source>student %1</source>
        <translation>학생 %1</translation>
    </message>
    <message>
        <source>%1 has no target skill, so its probes cannot be compared. Give the group a skill code on the Schedule page first.</source>
        <translation>%1에 목표 기능이 없어 진단 평가를 비교할 수 없습니다. 먼저 일정 페이지에서 그룹에 기능 코드를 지정하십시오.</translation>
    </message>
    <message>
        <source>Choose the day the probe was given.</source>
        <translation>진단 평가를 실시한 날짜를 선택하십시오.</translation>
    </message>
    <message>
        <source>The probe day %1 is in the future. Enter probes on or after the day they are given.</source>
        <translation>진단 평가 날짜 %1이(가) 미래입니다. 진단 평가는 실시한 날 또는 그 이후에 입력하십시오.</translation>
    </message>
    <message>
        <source>The probe day %1 is before %2 starts (%3). Check the day.</source>
        <translation>진단 평가 날짜 %1이(가) %2 시작일(%3)보다 앞입니다. 날짜를 확인하십시오.</translation>
    </message>
    <message>
        <source>Choose the probe window: pre, progress or post.</source>
        <translation>진단 평가 시기를 선택하십시오: 사전, 중간 또는 사후.</translation>
    </message>
    <message>
        <source>The probe&apos;s maximum score must be more than 0.</source>
        <translation>진단 평가 만점은 0보다 커야 합니다.</translation>
    </message>
    <message>
        <source>%1&apos;s score %2 is outside 0 to %3. Correct the score or the probe&apos;s maximum.</source>
        <translation>%1 학생의 점수 %2이(가) 0~%3 범위를 벗어납니다. 점수나 만점을 수정하십시오.</translation>
    </message>
    <message>
        <source>%1 has no seat in %2 on %3, so the score %4 cannot be recorded for the group. Clear the score or check the day.</source>
        <translation>%1 학생은 %3에 %2에 자리가 없어 점수 %4을(를) 그룹에 기록할 수 없습니다. 점수를 지우거나 날짜를 확인하십시오.</translation>
    </message>
    <message>
        <source>There is no group %1 (it may have been removed). Choose another group.</source>
        <translation>그룹 %1이(가) 없습니다 (삭제되었을 수 있습니다). 다른 그룹을 선택하십시오.</translation>
    </message>
    <message>
        <source>The probe scores could not be saved in %1: %2. Nothing was changed; try again.</source>
        <translation>진단 평가 점수를 %1에 저장할 수 없습니다: %2. 변경된 것이 없습니다. 다시 시도하십시오.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProbeSkills</name>
    <message>
        <source>A probe needs a skill code, e.g. 3.OA.7.</source>
        <translation>진단 평가에는 기능 코드가 필요합니다. 예: 3.OA.7.</translation>
    </message>
    <message>
        <source>The mastery threshold of %1 is %2 %; it must be between 1 and 100 %.</source>
        <translation>%1의 숙달 기준이 %2 %입니다. 1에서 100 % 사이여야 합니다.</translation>
    </message>
    <message>
        <source>The maximum score of %1 is %2; it must be more than 0 (or left empty).</source>
        <translation>%1의 만점이 %2입니다. 0보다 크거나 비워 두어야 합니다.</translation>
    </message>
    <message>
        <source>The probe settings could not be saved in %1: %2</source>
        <translation>진단 평가 설정을 %1에 저장할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProbeSkillsEditor</name>
    <message>
        <source>Each skill probe&apos;s usual maximum score (the grid starts with it) and the share of it that counts as mastery. Growth and mastery everywhere use these.</source>
        <translation>각 기능 진단 평가의 일반적인 만점(입력표의 초기값)과 숙달로 인정되는 비율입니다. 모든 성장 및 숙달 계산에 이 값을 사용합니다.</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>기능</translation>
    </message>
    <message>
        <source>Plain words</source>
        <translation>쉬운 설명</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>과목</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>만점</translation>
    </message>
    <message>
        <source>Mastery at</source>
        <translation>숙달 기준</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>사용처</translation>
    </message>
    <message>
        <source>Probe skills</source>
        <translation>진단 평가 기능</translation>
    </message>
    <message>
        <source>A skill appears here once a group targets it or a probe names it.</source>
        <translation>그룹이 목표로 하거나 진단 평가에 지정된 기능이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>설정 안 됨</translation>
    </message>
    <message>
        <source>Maximum score of %1</source>
        <translation>%1의 만점</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Mastery threshold of %1</source>
        <translation>%1의 숙달 기준</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>그룹 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>결과 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgramText</name>
    <message>
        <source>Benchmark results</source>
        <translation>기준 평가 결과</translation>
    </message>
    <message>
        <source>School attendance</source>
        <translation>학교 출석</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>영어 학습자</translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation>IEP 또는 504 계획</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>위탁 아동</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>노숙 (McKinney-Vento)</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>사회경제적 취약</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>%1단계</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier name · description</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2 × %3 min a week, groups of up to %4</source>
        <comment>tier, sessions, minutes, group size</comment>
        <translation>%1: 주 %2회 × %3분, 그룹당 최대 %4명</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>group status</comment>
        <translation>계획</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>group status</comment>
        <translation>활동 중</translation>
    </message>
    <message>
        <source>Ended</source>
        <comment>group status</comment>
        <translation>종료</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>seats taken of the group&apos;s cap</comment>
        <translation>%2명 중 %1명</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressChartsTab</name>
    <message>
        <source>&amp;School</source>
        <translation>학교(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>그룹(&amp;G):</translation>
    </message>
    <message>
        <source>S&amp;tudent:</source>
        <translation>학생(&amp;T):</translation>
    </message>
    <message>
        <source>Group to chart</source>
        <translation>차트로 볼 그룹</translation>
    </message>
    <message>
        <source>Student to chart</source>
        <translation>차트로 볼 학생</translation>
    </message>
    <message>
        <source>Type a name or district id</source>
        <translation>이름 또는 교육청 ID 입력</translation>
    </message>
    <message>
        <source>Hover over a point or bar for the figures; right-click a chart to save or print it.</source>
        <translation>점이나 막대에 마우스를 올리면 수치가 표시됩니다. 차트를 마우스 오른쪽 버튼으로 클릭하면 저장하거나 인쇄할 수 있습니다.</translation>
    </message>
    <message>
        <source>Chart for:</source>
        <translation>차트 대상:</translation>
    </message>
    <message>
        <source>Dosage distribution</source>
        <translation>수업 시간량 분포</translation>
    </message>
    <message>
        <source>No student holds a seat yet.</source>
        <translation>아직 자리를 가진 학생이 없습니다.</translation>
    </message>
    <message>
        <source>Growth against dosage</source>
        <translation>수업 시간량 대비 성장</translation>
    </message>
    <message>
        <source>No growth yet: growth shows once a student has two probes on their group&apos;s skill.</source>
        <translation>아직 성장 없음: 학생이 그룹 기능에 대한 진단 평가를 2회 받으면 성장이 표시됩니다.</translation>
    </message>
    <message>
        <source>Weekly attendance rate</source>
        <translation>주간 출석률</translation>
    </message>
    <message>
        <source>No attendance taken yet.</source>
        <translation>아직 출석 체크 기록이 없습니다.</translation>
    </message>
    <message>
        <source>Students per tier</source>
        <translation>지원 단계별 학생 수</translation>
    </message>
    <message>
        <source>No student has a tier of need yet: compute need scores on the Placement page.</source>
        <translation>아직 필요 지원 단계가 있는 학생이 없습니다: 배치 페이지에서 필요도 점수를 계산하십시오.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <source>Choose a group above.</source>
        <translation>위에서 그룹을 선택하십시오.</translation>
    </message>
    <message>
        <source>Growth per student</source>
        <translation>학생별 성장</translation>
    </message>
    <message>
        <source>No students in this group yet.</source>
        <translation>아직 이 그룹에 학생이 없습니다.</translation>
    </message>
    <message>
        <source>This group has no target skill, so growth cannot be measured. Set its skill on the Schedule page.</source>
        <translation>이 그룹에는 목표 기능이 없어 성장을 측정할 수 없습니다. 일정 페이지에서 기능을 설정하십시오.</translation>
    </message>
    <message>
        <source>No growth yet: no student in this group has two probes on %1.</source>
        <translation>아직 성장 없음: 이 그룹에 %1 진단 평가를 2회 받은 학생이 없습니다.</translation>
    </message>
    <message>
        <source>Sessions held against scheduled</source>
        <translation>예정 대비 진행한 수업</translation>
    </message>
    <message>
        <source>No sessions scheduled for this group yet.</source>
        <translation>아직 이 그룹에 예정된 수업이 없습니다.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Choose a student above.</source>
        <translation>위에서 학생을 선택하십시오.</translation>
    </message>
    <message>
        <source>Probe scores</source>
        <translation>진단 평가 점수</translation>
    </message>
    <message>
        <source>No probes yet for this student.</source>
        <translation>아직 이 학생의 진단 평가가 없습니다.</translation>
    </message>
    <message>
        <source>Minutes received against planned</source>
        <translation>계획 대비 받은 시간(분)</translation>
    </message>
    <message>
        <source>No sessions yet for this student.</source>
        <translation>아직 이 학생의 수업이 없습니다.</translation>
    </message>
    <message>
        <source>Attendance by week</source>
        <translation>주별 출석</translation>
    </message>
    <message>
        <source>No sessions held for this student yet.</source>
        <translation>아직 이 학생이 참여한 진행 수업이 없습니다.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressFilterBar</name>
    <message>
        <source>Include pa&amp;used and exited</source>
        <translation>보류 및 종료 포함(&amp;U)</translation>
    </message>
    <message>
        <source>Stu&amp;dents</source>
        <translation>학생(&amp;D)</translation>
    </message>
    <message>
        <source>G&amp;roups</source>
        <translation>그룹(&amp;R)</translation>
    </message>
    <message>
        <source>One row per student and group</source>
        <translation>학생 및 그룹별 한 행</translation>
    </message>
    <message>
        <source>One row per group: delivery, attendance, growth and flags</source>
        <translation>그룹별 한 행: 진행, 출석, 성장 및 표시</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <source>One group&apos;s students, or the whole school</source>
        <translation>한 그룹의 학생 또는 전교</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>모든 그룹</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>Any flag or none</source>
        <translation>표시 여부 무관</translation>
    </message>
    <message>
        <source>Flagged (either)</source>
        <translation>표시됨 (둘 중 하나)</translation>
    </message>
    <message>
        <source>Not attending</source>
        <translation>출석 부진</translation>
    </message>
    <message>
        <source>Attending, not improving</source>
        <translation>출석하지만 향상 없음</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>지원 단계</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>모든 단계</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>%1단계</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>과목</translation>
    </message>
    <message>
        <source>Any subject</source>
        <translation>모든 과목</translation>
    </message>
    <message>
        <source>Also seats paused or exited this year (they are never flagged)</source>
        <translation>올해 보류되거나 종료된 자리도 포함 (표시 대상 아님)</translation>
    </message>
    <message>
        <source>Search by name or district ID</source>
        <translation>이름 또는 교육청 ID로 검색</translation>
    </message>
    <message>
        <source>Search students</source>
        <translation>학생 검색</translation>
    </message>
    <message>
        <source>Students: part of a name or district ID. Groups: part of a group&apos;s name, skill or tutor</source>
        <translation>학생: 이름 또는 교육청 ID의 일부. 그룹: 그룹 이름, 기능 또는 튜터의 일부</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressFlags</name>
    <message>
        <source>%1 pts</source>
        <translation>%1점</translation>
    </message>
    <message>
        <source>Sessions attended before judging growth must be a whole number from 1 to 200, not %1.</source>
        <translation>성장을 판단하기 전 출석 수업 수는 %1이(가) 아니라 1에서 200 사이의 정수여야 합니다.</translation>
    </message>
    <message>
        <source>The attendance that counts as attending well must be above 0% and at most 100%, not %1.</source>
        <translation>잘 출석한다고 보는 출석률은 %1이(가) 아니라 0%보다 크고 100% 이하여야 합니다.</translation>
    </message>
    <message>
        <source>The growth expected must be from 0 to 100 percentage points, not %1.</source>
        <translation>기대 성장은 %1이(가) 아니라 0에서 100%p 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Sessions needed to judge attendance must be a whole number from 1 to 200, not %1.</source>
        <translation>출석을 판단하는 데 필요한 수업 수는 %1이(가) 아니라 1에서 200 사이의 정수여야 합니다.</translation>
    </message>
    <message>
        <source>The attendance under which a student is not attending must be above 0% and at most 100%, not %1.</source>
        <translation>출석 부진으로 보는 출석률은 %1이(가) 아니라 0%보다 크고 100% 이하여야 합니다.</translation>
    </message>
    <message>
        <source>The attendance under which a student is not attending (%1) must not be above the attendance that counts as attending well (%2).</source>
        <translation>출석 부진으로 보는 출석률(%1)은 잘 출석한다고 보는 출석률(%2)보다 높을 수 없습니다.</translation>
    </message>
    <message>
        <source>The progress flags were not saved: %1</source>
        <translation>진도 표시 설정이 저장되지 않았습니다: %1</translation>
    </message>
    <message>
        <source>The progress flags could not be saved in %1: %2</source>
        <translation>진도 표시 설정을 %1에 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Attending, not improving</source>
        <translation>출석하지만 향상 없음</translation>
    </message>
    <message>
        <source>Not attending</source>
        <translation>출석 부진</translation>
    </message>
    <message>
        <source>No flag</source>
        <translation>표시 없음</translation>
    </message>
    <message>
        <source>Came to at least %1 at %2 attendance or better, yet grew less than %3 on the group&apos;s skill probe (pre to latest) and has not reached mastery. Attending is not the problem: look at the instruction.</source>
        <translation>%2 이상의 출석률로 %1 이상 참석했지만, 그룹 기능 진단 평가(사전~최근)에서 성장이 %3 미만이고 숙달에 이르지 못했습니다. 출석은 문제가 아닙니다: 지도 방법을 점검하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>수업 %n회</numerusform>
        </translation>
    </message>
    <message>
        <source>Came to fewer than %1 of the sessions with attendance taken, after at least %2. The student is not getting the tutoring: reach the family first.</source>
        <translation>출석을 체크한 수업이 %2 이상인데 그중 %1 미만만 참석했습니다. 학생이 튜터링을 받지 못하고 있습니다: 먼저 가정에 연락하십시오.</translation>
    </message>
    <message>
        <source>Neither flag applies: attendance is not below %1, and growth is not yet judged or is at least %2 (or the skill is mastered).</source>
        <translation>해당하는 표시가 없습니다: 출석률이 %1 미만이 아니며, 성장은 아직 판단 전이거나 %2 이상입니다 (또는 기능을 숙달함).</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressFlagsEditor</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>수업 %n회</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions attended before growth is judged</source>
        <translation>성장을 판단하기 전 출석 수업 수</translation>
    </message>
    <message>
        <source>Attendance that counts as attending well</source>
        <translation>잘 출석한다고 보는 출석률</translation>
    </message>
    <message>
        <source>Growth expected, in percentage points</source>
        <translation>기대 성장 (%p)</translation>
    </message>
    <message>
        <source>Sessions needed to judge attendance</source>
        <translation>출석을 판단하는 데 필요한 수업 수</translation>
    </message>
    <message>
        <source>Attendance under which a student is not attending</source>
        <translation>출석 부진으로 보는 출석률</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> 점</translation>
    </message>
    <message>
        <source>The Progress page flags two kinds of student so that nobody waits until the end of the program to be noticed. Only seats held now are flagged.</source>
        <translation>진도 페이지는 두 유형의 학생을 표시하여 프로그램이 끝날 때까지 아무도 놓치지 않도록 합니다. 현재 자리를 가진 학생만 표시됩니다.</translation>
    </message>
    <message>
        <source>After at least %1 with attendance taken, flag a student who came to under %2 of them.</source>
        <translation>출석을 체크한 수업이 %1 이상일 때, 그중 %2 미만으로 참석한 학생을 표시합니다.</translation>
    </message>
    <message>
        <source>The tutoring cannot work if the student is not there: reach the family first.</source>
        <translation>학생이 오지 않으면 튜터링은 효과가 없습니다: 먼저 가정에 연락하십시오.</translation>
    </message>
    <message>
        <source>After at least %1 attended at %2 attendance or better,
flag growth under %3 on the group&apos;s skill probe (a mastered skill is never flagged).</source>
        <translation>%2 이상의 출석률로 %1 이상 참석한 후,
그룹 기능 진단 평가에서 성장이 %3 미만이면 표시합니다 (숙달한 기능은 표시하지 않음).</translation>
    </message>
    <message>
        <source>Growth is the latest probe&apos;s percentage minus the pre probe&apos;s, in percentage points; it needs two probes on the group&apos;s skill.</source>
        <translation>성장은 최근 진단 평가 백분율에서 사전 진단 평가 백분율을 뺀 값(%p)이며, 그룹 기능에 대한 진단 평가가 2회 필요합니다.</translation>
    </message>
    <message>
        <source>Problem with the thresholds</source>
        <translation>기준값 문제</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>기본값 복원(&amp;D)</translation>
    </message>
    <message>
        <source>Put back the thresholds TutorDesk starts with</source>
        <translation>TutorDesk의 초기 기준값으로 되돌립니다</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressPage</name>
    <message>
        <source>Enter &amp;Probes…</source>
        <translation>진단 평가 입력(&amp;P)…</translation>
    </message>
    <message>
        <source>Type a group&apos;s skill probe scores in a grid</source>
        <translation>그룹의 기능 진단 평가 점수를 표에 입력합니다</translation>
    </message>
    <message>
        <source>&amp;Students</source>
        <translation>학생(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>차트(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Equity Audit</source>
        <translation>형평성 점검(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Weekly Review</source>
        <translation>주간 검토(&amp;W)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진도</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressTableGroups</name>
    <message>
        <source>The groups&apos; progress could not be read: %1</source>
        <translation>그룹 진도를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>튜터 없음</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>%1단계</translation>
    </message>
    <message>
        <source>%1 held (%2)</source>
        <translation>%1 진행 (%2)</translation>
    </message>
    <message>
        <source>%1 not attending · %2 not improving</source>
        <translation>출석 부진 %1 · 향상 없음 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Regular sessions held of those scheduled up to today: did the program deliver?</source>
        <translation>오늘까지 예정된 정규 수업 중 진행한 수업: 프로그램이 제대로 제공되었습니까?</translation>
    </message>
    <message>
        <source>Mean growth of the group&apos;s students with two probes, in percentage points</source>
        <translation>진단 평가를 2회 받은 그룹 학생의 평균 성장 (%p)</translation>
    </message>
    <message>
        <source>Open the group to see who is flagged and why</source>
        <translation>그룹을 열면 누가 왜 표시되었는지 볼 수 있습니다</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>클릭하면 이 열로 정렬합니다</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>튜터</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>지원 단계</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>수업</translation>
    </message>
    <message>
        <source>Mean attendance</source>
        <translation>평균 출석률</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>시간(분)</translation>
    </message>
    <message>
        <source>Mean growth</source>
        <translation>평균 성장</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>표시</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressTableModel</name>
    <message>
        <source>The progress figures could not be read: %1</source>
        <translation>진도 수치를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>튜터 없음</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>설정 안 됨</translation>
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
        <translation>교육청 ID %1 · %2학년</translation>
    </message>
    <message>
        <source>Tier %1 · %2</source>
        <translation>%1단계 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) attended (make-ups included)</source>
        <translation>
            <numerusform>출석한 수업 %n회 (보충 수업 포함)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absence(s)</source>
        <translation>
            <numerusform>결석 %n회</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held for this student up to today (make-ups included)</source>
        <translation>
            <numerusform>오늘까지 이 학생에게 진행된 수업 %n회 (보충 수업 포함)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance: sessions attended of those with attendance taken</source>
        <translation>출석: 출석을 체크한 수업 중 출석한 수업</translation>
    </message>
    <message>
        <source>Minutes received of minutes scheduled (cancelled sessions included in the plan)</source>
        <translation>예정된 시간 중 받은 시간(분) (취소된 수업도 계획에 포함)</translation>
    </message>
    <message>
        <source>First probe on the group&apos;s skill, %1</source>
        <translation>그룹 기능의 첫 진단 평가, %1</translation>
    </message>
    <message>
        <source>No probe yet on %1</source>
        <translation>아직 %1 진단 평가 없음</translation>
    </message>
    <message>
        <source>Latest probe, %1</source>
        <translation>최근 진단 평가, %1</translation>
    </message>
    <message>
        <source>Growth needs a second probe on the same skill</source>
        <translation>성장을 보려면 같은 기능의 두 번째 진단 평가가 필요합니다</translation>
    </message>
    <message>
        <source>Growth needs a pre and a later probe on the same skill</source>
        <translation>성장을 보려면 같은 기능의 사전 진단 평가와 이후 진단 평가가 필요합니다</translation>
    </message>
    <message>
        <source>Latest percentage minus pre percentage, in percentage points%1</source>
        <translation>최근 백분율 − 사전 백분율 (%p)%1</translation>
    </message>
    <message>
        <source>; ✓ mastered</source>
        <translation>; ✓ 숙달</translation>
    </message>
    <message>
        <source>A seat given back is not flagged</source>
        <translation>반납한 자리는 표시되지 않습니다</translation>
    </message>
    <message>
        <source>Sessions attended of sessions held</source>
        <translation>진행한 수업 중 출석한 수업</translation>
    </message>
    <message>
        <source>Sessions attended of those with attendance taken</source>
        <translation>출석을 체크한 수업 중 출석한 수업</translation>
    </message>
    <message>
        <source>Minutes received of minutes planned</source>
        <translation>계획된 시간 중 받은 시간(분)</translation>
    </message>
    <message>
        <source>The first (pre) probe on the group&apos;s skill: score and percentage</source>
        <translation>그룹 기능의 첫(사전) 진단 평가: 점수 및 백분율</translation>
    </message>
    <message>
        <source>The latest probe on the same skill</source>
        <translation>같은 기능의 최근 진단 평가</translation>
    </message>
    <message>
        <source>Latest minus pre, in percentage points; ✓ mastered</source>
        <translation>최근 − 사전 (%p); ✓ 숙달</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>클릭하면 이 열로 정렬합니다</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>학년</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>튜터</translation>
    </message>
    <message>
        <source>Target skill</source>
        <translation>목표 기능</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>수업</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>출석</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>시간(분)</translation>
    </message>
    <message>
        <source>Pre</source>
        <translation>사전</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>최근</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>성장</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>표시</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressTableTab</name>
    <message>
        <source>Students shown</source>
        <translation>표시된 학생</translation>
    </message>
    <message>
        <source>Students&apos; attendance, skill and growth</source>
        <translation>학생의 출석, 기능 및 성장</translation>
    </message>
    <message>
        <source>Groups&apos; delivery, attendance and growth</source>
        <translation>그룹의 진행, 출석 및 성장</translation>
    </message>
    <message>
        <source>Open a school to see who attended, what skill was targeted and who improved.</source>
        <translation>학교를 열면 누가 출석했는지, 어떤 기능을 목표로 했는지, 누가 향상되었는지 볼 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>그룹 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>학생 %n명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>자리 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attending</source>
        <translation>
            <numerusform>출석 부진 %n명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attending but not improving</source>
        <translation>
            <numerusform>출석하지만 향상 없음 %n명</numerusform>
        </translation>
    </message>
    <message>
        <source>mean growth %1</source>
        <translation>평균 성장 %1</translation>
    </message>
    <message>
        <source>no growth measured yet</source>
        <translation>아직 측정된 성장 없음</translation>
    </message>
    <message>
        <source>mean attendance %1</source>
        <translation>평균 출석률 %1</translation>
    </message>
    <message>
        <source>Show &amp;Charts</source>
        <translation>차트 보기(&amp;C)</translation>
    </message>
    <message>
        <source>Enter &amp;Probes for This Group…</source>
        <translation>이 그룹의 진단 평가 입력(&amp;P)…</translation>
    </message>
    <message>
        <source>Record &amp;Observation or Confidence…</source>
        <translation>관찰 또는 자신감 기록(&amp;O)…</translation>
    </message>
    <message>
        <source>Show &amp;Students</source>
        <translation>학생 보기(&amp;S)</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressTableText</name>
    <message>
        <source>%1 pts</source>
        <translation>%1점</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 중 %1</translation>
    </message>
    <message>
        <source>%1/%2 · %3</source>
        <translation>%1/%2 · %3</translation>
    </message>
    <message>
        <source>pre</source>
        <translation>사전</translation>
    </message>
    <message>
        <source>post</source>
        <translation>사후</translation>
    </message>
    <message>
        <source>progress check</source>
        <translation>중간 점검</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>보류됨</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>안내됨</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>동의함</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>활동 중</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolActions</name>
    <message>
        <source>“%1” is not about a missed session, so there is no make-up to schedule.</source>
        <translation>“%1”은(는) 결석한 수업에 관한 것이 아니므로 예약할 보충 수업이 없습니다.</translation>
    </message>
    <message>
        <source>The missed session of “%1” is gone (it may have been removed). Reload the Today page.</source>
        <translation>“%1”의 결석한 수업이 없습니다 (삭제되었을 수 있습니다). 오늘 페이지를 다시 불러오십시오.</translation>
    </message>
    <message>
        <source>Choose a day and a start time for %1&apos;s make-up.</source>
        <translation>%1 학생의 보충 수업 날짜와 시작 시간을 선택하십시오.</translation>
    </message>
    <message>
        <source>%1&apos;s make-up must come after the missed session (%2) and not before today. Choose a later day.</source>
        <translation>%1 학생의 보충 수업은 결석한 수업(%2) 이후이면서 오늘 이후여야 합니다. 더 늦은 날짜를 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 is not a school day. Choose another day for %2&apos;s make-up.</source>
        <translation>%1은(는) 수업일이 아닙니다. %2 학생의 보충 수업 날짜를 다시 선택하십시오.</translation>
    </message>
    <message>
        <source>A make-up lasts 5 to 240 minutes, not %1.</source>
        <translation>보충 수업 시간은 %1분이 아니라 5~240분이어야 합니다.</translation>
    </message>
    <message>
        <source>Make-up on %1 at %2</source>
        <translation>%1 %2에 보충 수업</translation>
    </message>
    <message>
        <source>There is no due action %1 (it may have been removed). Reload the Today page.</source>
        <translation>처리할 작업 %1이(가) 없습니다 (삭제되었을 수 있습니다). 오늘 페이지를 다시 불러오십시오.</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%2 학생의 %1</translation>
    </message>
    <message>
        <source>“%1” was withdrawn: the absence that caused it was changed. There is nothing left to do.</source>
        <translation>“%1”이(가) 철회되었습니다: 원인이 된 결석이 변경되었습니다. 더 할 일이 없습니다.</translation>
    </message>
    <message>
        <source>“%1” is already resolved as not needed. Reopen it first to change that.</source>
        <translation>“%1”은(는) 이미 불필요로 처리되었습니다. 변경하려면 먼저 다시 여십시오.</translation>
    </message>
    <message>
        <source>“%1” is already done. Reopen it first to change that.</source>
        <translation>“%1”은(는) 이미 완료되었습니다. 변경하려면 먼저 다시 여십시오.</translation>
    </message>
    <message>
        <source>Log a call or letter to the family first: escalation follows at least one contact attempt.</source>
        <translation>먼저 가정에 전화하거나 통신문을 보낸 기록을 남기십시오: 보고는 한 번 이상 연락을 시도한 후에 합니다.</translation>
    </message>
    <message>
        <source>Say why it is not needed.</source>
        <translation>필요하지 않은 이유를 입력하십시오.</translation>
    </message>
    <message>
        <source>The contact to link to “%1” is gone (it may have been removed). Log it again.</source>
        <translation>“%1”에 연결할 연락이 없습니다 (삭제되었을 수 있습니다). 다시 기록하십시오.</translation>
    </message>
    <message>
        <source>The letter to link to “%1” is gone (it may have been removed). Print it again.</source>
        <translation>“%1”에 연결할 통신문이 없습니다 (삭제되었을 수 있습니다). 다시 인쇄하십시오.</translation>
    </message>
    <message>
        <source>There is no contact %1 (it may have been removed). Log it again.</source>
        <translation>연락 %1이(가) 없습니다 (삭제되었을 수 있습니다). 다시 기록하십시오.</translation>
    </message>
    <message>
        <source>That contact is about another student, not %1. Choose %1&apos;s contact.</source>
        <translation>해당 연락은 %1 학생이 아니라 다른 학생에 관한 것입니다. %1 학생의 연락을 선택하십시오.</translation>
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
        <translation>%1에 변경 사항을 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>“%1” was withdrawn by the protocol (its absence was changed) and stays withdrawn.</source>
        <translation>“%1”은(는) 절차에 따라 철회되었으며 (결석이 변경됨) 철회 상태로 유지됩니다.</translation>
    </message>
    <message>
        <source>“%1” is still open: there is nothing to reopen.</source>
        <translation>“%1”은(는) 아직 열려 있습니다: 다시 열 것이 없습니다.</translation>
    </message>
    <message>
        <source>There is no letter %1 (it may have been removed). Print it again.</source>
        <translation>통신문 %1이(가) 없습니다 (삭제되었을 수 있습니다). 다시 인쇄하십시오.</translation>
    </message>
    <message>
        <source>That letter is to another student&apos;s family, not %1&apos;s.</source>
        <translation>해당 통신문은 %1 학생이 아니라 다른 학생의 가정에 보낸 것입니다.</translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation>통신문 발송됨</translation>
    </message>
    <message>
        <source>There is no waitlist entry %1 (it may have been removed). Choose again.</source>
        <translation>대기자 명단 항목 %1이(가) 없습니다 (삭제되었을 수 있습니다). 다시 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 is not on the waitlist any more, so the seat in %2 cannot be offered to them. Choose again.</source>
        <translation>%1 학생은 더 이상 대기자 명단에 없으므로 %2의 자리를 제안할 수 없습니다. 다시 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 waits for another subject than %2 teaches. Choose someone waiting for it.</source>
        <translation>%1 학생은 %2에서 가르치는 과목과 다른 과목을 기다리고 있습니다. 해당 과목을 기다리는 학생을 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 already has a seat in %2.</source>
        <translation>%1 학생은 이미 %2에 자리가 있습니다.</translation>
    </message>
    <message>
        <source>Seated from the waitlist in a paused seat</source>
        <translation>대기자 명단에서 보류된 자리에 배정됨</translation>
    </message>
    <message>
        <source>“%1” names no seat in a group, so there is nothing to pause.</source>
        <translation>“%1”에는 그룹 자리가 지정되어 있지 않아 보류할 것이 없습니다.</translation>
    </message>
    <message>
        <source>Paused after missed sessions</source>
        <translation>결석 후 보류됨</translation>
    </message>
    <message>
        <source>%1&apos;s seat in %2 is %3, not held: there is nothing to pause.</source>
        <translation>%2에서 %1 학생의 자리는 유지 중이 아니라 %3 상태입니다: 보류할 것이 없습니다.</translation>
    </message>
    <message>
        <source>Paused (%1); nobody was offered the seat.</source>
        <translation>보류됨 (%1). 자리를 제안받은 학생이 없습니다.</translation>
    </message>
    <message>
        <source>Paused (%1); the seat was offered to %2.</source>
        <translation>보류됨 (%1). 자리를 %2 학생에게 제안했습니다.</translation>
    </message>
    <message>
        <source>That group is full. Move someone out first or choose another group.</source>
        <translation>해당 그룹은 정원이 찼습니다. 먼저 다른 학생을 옮기거나 다른 그룹을 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolEngine</name>
    <message>
        <source>Withdrawn: the session was removed.</source>
        <translation>철회됨: 수업이 삭제되었습니다.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Covered by %1</source>
        <translation>%1 튜터가 대체함</translation>
    </message>
    <message>
        <source>Withdrawn: %1 is no longer marked out on %2.</source>
        <translation>철회됨: %1 튜터가 더 이상 %2에 부재로 표시되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The missed-session protocol could not be brought up to date in %1: %2 Nothing was changed; try again, and if it keeps failing run &quot;tutordesk-cli check&quot;.</source>
        <translation>%1에서 결석 대응 절차를 최신 상태로 갱신할 수 없습니다: %2 변경된 것이 없습니다. 다시 시도하고, 계속 실패하면 &quot;tutordesk-cli check&quot;를 실행하십시오.</translation>
    </message>
    <message>
        <source>Withdrawn: the session on %1 was cancelled.</source>
        <translation>철회됨: %1 수업이 취소되었습니다.</translation>
    </message>
    <message>
        <source>Withdrawn: the attendance for the session on %1 was cleared.</source>
        <translation>철회됨: %1 수업의 출석이 지워졌습니다.</translation>
    </message>
    <message>
        <source>Withdrawn: the absence on %1 is now recorded as present.</source>
        <translation>철회됨: %1의 결석이 이제 출석으로 기록되어 있습니다.</translation>
    </message>
    <message>
        <source>Withdrawn: the absence on %1 is now recorded as tardy.</source>
        <translation>철회됨: %1의 결석이 이제 지각으로 기록되어 있습니다.</translation>
    </message>
    <message>
        <source>Withdrawn: the absence on %1 is now recorded as excused.</source>
        <translation>철회됨: %1의 결석이 이제 인정 결석으로 기록되어 있습니다.</translation>
    </message>
    <message>
        <source>Withdrawn: after a change to the attendance before it or to the protocol&apos;s thresholds, the absence on %1 no longer calls for this.</source>
        <translation>철회됨: 이전 출석이나 절차 기준값이 변경되어 %1의 결석에 더 이상 이 작업이 필요하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolRuleNames</name>
    <message>
        <source>Notify the family</source>
        <translation>가정에 알림</translation>
    </message>
    <message>
        <source>Schedule a make-up</source>
        <translation>보충 수업 예약</translation>
    </message>
    <message>
        <source>Escalate to the teacher or counselor</source>
        <translation>교사 또는 상담교사에게 보고</translation>
    </message>
    <message>
        <source>Pause the seat and offer it</source>
        <translation>자리 보류 및 제안</translation>
    </message>
    <message>
        <source>Cover a tutor&apos;s absence</source>
        <translation>튜터 결근 대체</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolRules</name>
    <message>
        <source>Absences in a row before the family is notified</source>
        <translation>가정에 알리기 전 연속 결석 횟수</translation>
    </message>
    <message>
        <source>School days to notify the family</source>
        <translation>가정에 알리는 기한 (수업일)</translation>
    </message>
    <message>
        <source>Absences in a row before a make-up</source>
        <translation>보충 수업 전 연속 결석 횟수</translation>
    </message>
    <message>
        <source>School days to schedule a make-up</source>
        <translation>보충 수업 예약 기한 (수업일)</translation>
    </message>
    <message>
        <source>Absences in a row before escalating</source>
        <translation>보고 전 연속 결석 횟수</translation>
    </message>
    <message>
        <source>The attendance percentage under which to escalate</source>
        <translation>보고 기준 출석률 (이 값 미만)</translation>
    </message>
    <message>
        <source>Weeks the attendance percentage looks back</source>
        <translation>출석률 계산 기간 (주)</translation>
    </message>
    <message>
        <source>Sessions needed to judge the attendance percentage</source>
        <translation>출석률을 판단하는 데 필요한 수업 수</translation>
    </message>
    <message>
        <source>School days to escalate</source>
        <translation>보고 기한 (수업일)</translation>
    </message>
    <message>
        <source>Absences in a row before pausing the seat</source>
        <translation>자리 보류 전 연속 결석 횟수</translation>
    </message>
    <message>
        <source>School days to pause the seat</source>
        <translation>자리 보류 기한 (수업일)</translation>
    </message>
    <message>
        <source>School days before a session to cover a tutor&apos;s absence</source>
        <translation>튜터 부재 대체 기한 (수업 전 수업일)</translation>
    </message>
    <message>
        <source>%1 must be %2 or more, not %3.</source>
        <translation>%1은(는) %3이(가) 아니라 %2 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not %4.</source>
        <translation>%1은(는) %4이(가) 아니라 %2에서 %3 사이의 정수여야 합니다.</translation>
    </message>
    <message>
        <source>The protocol&apos;s thresholds were not saved: %1</source>
        <translation>절차 기준값이 저장되지 않았습니다: %1</translation>
    </message>
    <message>
        <source>The protocol&apos;s thresholds could not be saved in %1: %2</source>
        <translation>절차 기준값을 %1에 저장할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolRulesEditor</name>
    <message numerus="yes">
        <source>%n absence(s)</source>
        <comment>in a row</comment>
        <translation>
            <numerusform>결석 %n회</numerusform>
        </translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>당일</translation>
    </message>
    <message numerus="yes">
        <source>within %n school day(s)</source>
        <translation>
            <numerusform>수업일 %n일 이내</numerusform>
        </translation>
    </message>
    <message>
        <source>also for excused absences</source>
        <translation>인정 결석에도 적용</translation>
    </message>
    <message>
        <source>also after any unexcused absence</source>
        <translation>무단 결석 후에도 적용</translation>
    </message>
    <message>
        <source>When a student misses tutoring, TutorDesk lists what to do and by when. Absences in a row count held sessions only; coming to any session, a make-up included, ends the run.</source>
        <translation>학생이 튜터링에 빠지면 TutorDesk가 할 일과 기한을 나열합니다. 연속 결석은 진행한 수업만 셉니다. 보충 수업을 포함해 어느 수업이든 참석하면 연속 기록이 끝납니다.</translation>
    </message>
    <message>
        <source>An excused absence usually means the family already told the school.</source>
        <translation>인정 결석은 보통 가정이 이미 학교에 알렸다는 뜻입니다.</translation>
    </message>
    <message>
        <source>After %1 in a row, notify the family %2, in their language. %3</source>
        <translation>연속 %1 후 %2 가정의 언어로 가정에 알립니다. %3</translation>
    </message>
    <message>
        <source>Absences in a row before notifying the family</source>
        <translation>가정에 알리기 전 연속 결석 횟수</translation>
    </message>
    <message>
        <source>School days to notify the family</source>
        <translation>가정에 알리는 기한 (수업일)</translation>
    </message>
    <message>
        <source>An unexcused absence asks for a make-up even when it is the first.</source>
        <translation>무단 결석은 첫 번째라도 보충 수업이 필요합니다.</translation>
    </message>
    <message>
        <source>After %1 in a row, schedule a make-up %2 and log a family contact. %3</source>
        <translation>연속 %1 후 %2 보충 수업을 예약하고 가정 연락을 기록합니다. %3</translation>
    </message>
    <message>
        <source>Absences in a row before a make-up</source>
        <translation>보충 수업 전 연속 결석 횟수</translation>
    </message>
    <message>
        <source>School days to schedule the make-up</source>
        <translation>보충 수업 예약 기한 (수업일)</translation>
    </message>
    <message>
        <source>After %1 in a row, or attendance under %2 over %3 (at least %4),
escalate %5.</source>
        <translation>연속 %1 후, 또는 %3 동안 출석률이 %2 미만이면 (최소 %4),
%5 보고합니다.</translation>
    </message>
    <message>
        <source>Absences in a row before escalating</source>
        <translation>보고 전 연속 결석 횟수</translation>
    </message>
    <message>
        <source>Attendance rate below which to escalate</source>
        <translation>보고 기준 출석률 (이 값 미만)</translation>
    </message>
    <message>
        <source>Weeks the attendance rate looks back</source>
        <translation>출석률 계산 기간 (주)</translation>
    </message>
    <message numerus="yes">
        <source>the last %n week(s)</source>
        <translation>
            <numerusform>최근 %n주</numerusform>
        </translation>
    </message>
    <message>
        <source>Held sessions needed to judge the attendance rate</source>
        <translation>출석률을 판단하는 데 필요한 진행 수업 수</translation>
    </message>
    <message numerus="yes">
        <source>%n held session(s)</source>
        <translation>
            <numerusform>진행한 수업 %n회</numerusform>
        </translation>
    </message>
    <message>
        <source>School days to escalate</source>
        <translation>보고 기한 (수업일)</translation>
    </message>
    <message>
        <source>A meeting with the teacher or counselor, a letter home, and a look at another delivery model.</source>
        <translation>교사 또는 상담교사와의 면담, 가정통신문, 다른 운영 방식 검토.</translation>
    </message>
    <message>
        <source>After %1 in a row, pause the seat and offer it to the waitlist %2.</source>
        <translation>연속 %1 후 %2 자리를 보류하고 대기자 명단에 제안합니다.</translation>
    </message>
    <message>
        <source>Absences in a row before pausing the seat</source>
        <translation>자리 보류 전 연속 결석 횟수</translation>
    </message>
    <message>
        <source>School days to pause and offer the seat</source>
        <translation>자리 보류 및 제안 기한 (수업일)</translation>
    </message>
    <message>
        <source>The student with the highest need waiting for the same subject and tier is offered the seat.</source>
        <translation>같은 과목과 지원 단계를 기다리는 학생 중 필요도가 가장 높은 학생에게 자리를 제안합니다.</translation>
    </message>
    <message>
        <source>When a tutor is out, cover or cancel each of their sessions %1.</source>
        <translation>튜터가 부재하면 %1 각 수업을 대체하거나 취소합니다.</translation>
    </message>
    <message>
        <source>School days ahead to cover a session</source>
        <translation>수업 대체 기한 (수업 전 수업일)</translation>
    </message>
    <message>
        <source>by the day of the session</source>
        <translation>수업 당일까지</translation>
    </message>
    <message numerus="yes">
        <source>%n school day(s) ahead</source>
        <translation>
            <numerusform>수업일 %n일 전까지</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>기본값 복원(&amp;D)</translation>
    </message>
    <message>
        <source>Put back the protocol TutorDesk starts with</source>
        <translation>TutorDesk의 초기 절차로 되돌립니다</translation>
    </message>
</context>
<context>
    <name>tutordesk::ReportOutput</name>
    <message>
        <source>“%1” could not be printed: the printer refused it. Check the printer, or save it as a PDF and print that.</source>
        <translation>“%1”을(를) 인쇄할 수 없습니다: 프린터가 거부했습니다. 프린터를 확인하거나, PDF로 저장한 후 인쇄하십시오.</translation>
    </message>
    <message>
        <source>“%1” was sent to the printer.</source>
        <translation>“%1”을(를) 프린터로 보냈습니다.</translation>
    </message>
    <message>
        <source>Save “%1” as PDF</source>
        <translation>“%1”을(를) PDF로 저장</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved “%1” as %2.</source>
        <translation>“%1”을(를) %2(으)로 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ReportPages</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2쪽 중 %1쪽</translation>
    </message>
</context>
<context>
    <name>tutordesk::ReportRender</name>
    <message>
        <source>This program cannot write PDF files (no page writer is installed). Use TutorDesk or tutordesk-cli.</source>
        <translation>이 프로그램은 PDF 파일을 쓸 수 없습니다 (페이지 작성기가 설치되지 않음). TutorDesk 또는 tutordesk-cli를 사용하십시오.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ResolveActionDialog</name>
    <message>
        <source>Done — %1</source>
        <translation>완료 — %1</translation>
    </message>
    <message>
        <source>Not Needed — %1</source>
        <translation>불필요 — %1</translation>
    </message>
    <message>
        <source>Mark “%1” for %2 as done.</source>
        <translation>%2 학생의 “%1”을(를) 완료로 표시합니다.</translation>
    </message>
    <message>
        <source>Mark “%1” for %2 as not needed. Say why: the note stays with the action.</source>
        <translation>%2 학생의 “%1”을(를) 불필요로 표시합니다. 이유를 적어 주십시오: 메모는 작업과 함께 보관됩니다.</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>메모(&amp;N) (선택 사항):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>완료로 표시(&amp;D)</translation>
    </message>
    <message>
        <source>Mark &amp;Not Needed</source>
        <translation>불필요로 표시(&amp;N)</translation>
    </message>
    <message>
        <source>Write a note saying why it is not needed.</source>
        <translation>필요하지 않은 이유를 메모로 적어 주십시오.</translation>
    </message>
    <message>
        <source>The action could not be resolved.</source>
        <translation>작업을 처리할 수 없습니다.</translation>
    </message>
    <message>
        <source>The action could not be resolved: %1</source>
        <translation>작업을 처리할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Done: %1 for %2.</source>
        <translation>완료: %2 학생의 %1.</translation>
    </message>
    <message>
        <source>Not needed: %1 for %2.</source>
        <translation>불필요: %2 학생의 %1.</translation>
    </message>
</context>
<context>
    <name>tutordesk::RosterApplier</name>
    <message>
        <source>The district student ID %1 is also on line %2. Each student must be on the roster once: remove one of the two lines, or correct the ID.</source>
        <translation>교육청 학생 ID %1이(가) %2번째 줄에도 있습니다. 각 학생은 명단에 한 번만 있어야 합니다: 두 줄 중 하나를 삭제하거나 ID를 수정하십시오.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> 외 %n명</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>가져오기가 취소되었습니다. 변경된 것이 없습니다.</translation>
    </message>
    <message>
        <source>Withdrawn because this roster does not list them (their history is kept): %1.</source>
        <translation>이 명단에 없어 전학 처리됨 (기록은 보관됨): %1.</translation>
    </message>
    <message>
        <source>Active students this roster does not list: %1. They stay active; if this roster is the whole school and they have left, import it again and choose to withdraw them.</source>
        <translation>이 명단에 없는 재학생: %1. 재학 상태로 유지됩니다. 이 명단이 전교 명단이고 학생들이 떠났다면, 다시 가져와서 전학 처리를 선택하십시오.</translation>
    </message>
    <message>
        <source>This roster lists no students, so every student would be withdrawn. Check that it is the right file.</source>
        <translation>이 명단에 학생이 없어 모든 학생이 전학 처리됩니다. 올바른 파일인지 확인하십시오.</translation>
    </message>
    <message>
        <source>Withdrawn before and on this roster again, so active again: %1.</source>
        <translation>전학 처리되었다가 이 명단에 다시 있어 재학 상태로 복원됨: %1.</translation>
    </message>
    <message>
        <source>The roster could not be saved, so nothing was changed: %1</source>
        <translation>명단을 저장할 수 없어 변경된 것이 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::RosterFields</name>
    <message>
        <source>District student ID</source>
        <translation>교육청 학생 ID</translation>
    </message>
    <message>
        <source>State student ID</source>
        <translation>주 학생 ID</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>성</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>선호 이름</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>학년</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <source>Hispanic or Latino</source>
        <translation>히스패닉 또는 라틴계</translation>
    </message>
    <message>
        <source>Race (codes or names)</source>
        <translation>인종 (코드 또는 이름)</translation>
    </message>
    <message>
        <source>American Indian or Alaska Native</source>
        <translation>아메리카 원주민 또는 알래스카 원주민</translation>
    </message>
    <message>
        <source>Asian</source>
        <translation>아시아계</translation>
    </message>
    <message>
        <source>Black or African American</source>
        <translation>흑인 또는 아프리카계 미국인</translation>
    </message>
    <message>
        <source>Native Hawaiian or Other Pacific Islander</source>
        <translation>하와이 원주민 또는 기타 태평양 섬 주민</translation>
    </message>
    <message>
        <source>White</source>
        <translation>백인</translation>
    </message>
    <message>
        <source>English learner status</source>
        <translation>영어 학습자 상태</translation>
    </message>
    <message>
        <source>Home language</source>
        <translation>가정 언어</translation>
    </message>
    <message>
        <source>IEP (special education)</source>
        <translation>IEP (특수 교육)</translation>
    </message>
    <message>
        <source>Section 504 plan</source>
        <translation>Section 504 계획</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>위탁 아동</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>노숙 (McKinney-Vento)</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>사회경제적 취약</translation>
    </message>
    <message>
        <source>Attendance rate (%)</source>
        <translation>출석률 (%)</translation>
    </message>
    <message>
        <source>Parent or guardian name</source>
        <translation>부모 또는 보호자 성명</translation>
    </message>
    <message>
        <source>Parent or guardian first name</source>
        <translation>부모 또는 보호자 이름</translation>
    </message>
    <message>
        <source>Parent or guardian last name</source>
        <translation>부모 또는 보호자 성</translation>
    </message>
    <message>
        <source>Relationship to the student</source>
        <translation>학생과의 관계</translation>
    </message>
    <message>
        <source>Parent or guardian phone</source>
        <translation>부모 또는 보호자 전화</translation>
    </message>
    <message>
        <source>Parent or guardian email</source>
        <translation>부모 또는 보호자 이메일</translation>
    </message>
    <message>
        <source>Parent or guardian language</source>
        <translation>부모 또는 보호자 언어</translation>
    </message>
</context>
<context>
    <name>tutordesk::RosterRowReader</name>
    <message>
        <source>The column mapping takes &quot;%1&quot; from the column &quot;%2&quot;, but this file has no such column. Choose the column for &quot;%1&quot; again, or rename the column in the file.</source>
        <translation>열 매핑은 &quot;%2&quot; 열에서 &quot;%1&quot;을(를) 가져오지만 이 파일에는 그런 열이 없습니다. &quot;%1&quot;의 열을 다시 선택하거나 파일의 열 이름을 바꾸십시오.</translation>
    </message>
    <message>
        <source>No column holds &quot;%1&quot;. TutorDesk looked for a column named %2. Rename that column in the file, or choose it in the column mapping.</source>
        <translation>&quot;%1&quot;이(가) 들어 있는 열이 없습니다. TutorDesk는 %2(이)라는 이름의 열을 찾았습니다. 파일에서 해당 열 이름을 바꾸거나 열 매핑에서 선택하십시오.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; (%2) is not in this file; what TutorDesk has for it is left as it is.</source>
        <translation>&quot;%1&quot; 열(%2)이 이 파일에 없습니다. TutorDesk에 있는 해당 값은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>The last name is empty. Fill it in from the student system.</source>
        <translation>성이 비어 있습니다. 학생 시스템의 정보로 입력하십시오.</translation>
    </message>
    <message>
        <source>The first name is empty. Fill it in from the student system.</source>
        <translation>이름이 비어 있습니다. 학생 시스템의 정보로 입력하십시오.</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future. Check the year.</source>
        <translation>생년월일 %1이(가) 미래입니다. 연도를 확인하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>line %1 and %n more</source>
        <translation>
            <numerusform>%1번째 줄 외 %n줄</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1번째 줄</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; (%2) is not one TutorDesk knows; it is kept as written. If it is a common language, use its name in English or its code instead (es, vi, zh-Hant, …).</source>
        <translation>언어 &quot;%1&quot;(%2)은(는) TutorDesk가 모르는 언어이므로 쓰인 그대로 보관합니다. 일반적인 언어라면 영어 이름이나 코드(es, vi, zh-Hant, …)를 사용하십시오.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) names no race category, so no race is recorded for those students. Export the races themselves (for example &quot;Asian; White&quot;) to record them.</source>
        <translation>&quot;%1&quot;(%2)에는 인종 범주가 없어 해당 학생들의 인종이 기록되지 않습니다. 인종을 기록하려면 인종 자체(예: &quot;Asian; White&quot;)를 내보내십시오.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) says only that a student is not an English learner: a status of EL or TBD is cleared, and EO, IFEP or RFEP is kept. Export EO, IFEP or RFEP to record which.</source>
        <translation>&quot;%1&quot;(%2)은(는) 학생이 영어 학습자가 아니라는 것만 나타냅니다: EL 또는 TBD 상태는 지워지고, EO, IFEP 또는 RFEP는 유지됩니다. 어느 쪽인지 기록하려면 EO, IFEP 또는 RFEP를 내보내십시오.</translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation>가져오지 않은 열: %1.</translation>
    </message>
</context>
<context>
    <name>tutordesk::RosterValues</name>
    <message>
        <source>&quot;%1&quot; is not an English-learner status TutorDesk knows. Use EO, IFEP, EL, RFEP or TBD (&quot;English Only&quot;, &quot;Reclassified&quot;, an ELD level 1 to 5, or Y/N are read too).</source>
        <translation>&quot;%1&quot;은(는) TutorDesk가 아는 영어 학습자 상태가 아닙니다. EO, IFEP, EL, RFEP 또는 TBD를 사용하십시오 (&quot;English Only&quot;, &quot;Reclassified&quot;, ELD 수준 1~5, Y/N도 읽습니다).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a gender TutorDesk knows. Use F, M or X (Female, Male and Non-binary are read too), or leave the cell blank.</source>
        <translation>&quot;%1&quot;은(는) TutorDesk가 아는 성별이 아닙니다. F, M 또는 X를 사용하거나 (Female, Male, Non-binary도 읽습니다) 칸을 비워 두십시오.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date TutorDesk can read. Write it as YYYY-MM-DD (2016-09-08) or MM/DD/YYYY (09/08/2016); M/D/YY, YYYYMMDD and &quot;Sep 8, 2016&quot; are read too.</source>
        <translation>&quot;%1&quot;은(는) TutorDesk가 읽을 수 있는 날짜가 아닙니다. YYYY-MM-DD (2016-09-08) 또는 MM/DD/YYYY (09/08/2016) 형식으로 쓰십시오. M/D/YY, YYYYMMDD, &quot;Sep 8, 2016&quot;도 읽습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date. Check the day and the month (TutorDesk reads MM/DD/YYYY month first, as US systems write it).</source>
        <translation>&quot;%1&quot;은(는) 실제 날짜가 아닙니다. 일과 월을 확인하십시오 (TutorDesk는 미국 시스템처럼 MM/DD/YYYY, 즉 월을 먼저 읽습니다).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a race TutorDesk knows. Use the federal categories (American Indian or Alaska Native, Asian, Black or African American, Native Hawaiian or Other Pacific Islander, White) or CALPADS race codes (100, 201 to 299, 301 to 399, 400, 600, 700); separate several with semicolons.</source>
        <translation>&quot;%1&quot;은(는) TutorDesk가 아는 인종이 아닙니다. 연방 범주(American Indian or Alaska Native, Asian, Black or African American, Native Hawaiian or Other Pacific Islander, White) 또는 CALPADS 인종 코드(100, 201~299, 301~399, 400, 600, 700)를 사용하고, 여러 개는 세미콜론으로 구분하십시오.</translation>
    </message>
    <message>
        <source>The district student ID is empty. Every student needs the ID the district&apos;s student system gives them: fill it in, or remove the line.</source>
        <translation>교육청 학생 ID가 비어 있습니다. 모든 학생에게는 교육청 학생 시스템이 부여한 ID가 필요합니다: 입력하거나 해당 줄을 삭제하십시오.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an ID that Excel turned into a number. Export the roster again from the student system, or format the column as Text in Excel before saving.</source>
        <translation>&quot;%1&quot;은(는) Excel이 숫자로 바꾼 ID입니다. 학생 시스템에서 명단을 다시 내보내거나, 저장하기 전에 Excel에서 해당 열 서식을 텍스트로 지정하십시오.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a space inside. A district student ID has no spaces: check the cell for two values run together.</source>
        <translation>&quot;%1&quot;에 공백이 있습니다. 교육청 학생 ID에는 공백이 없습니다: 칸에 두 값이 붙어 있지 않은지 확인하십시오.</translation>
    </message>
    <message>
        <source>The grade is empty. Every student needs one: TK, K or 1 to 12.</source>
        <translation>학년이 비어 있습니다. 모든 학생에게 필요합니다: TK, K 또는 1~12.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a grade TutorDesk knows. Use TK, K or 1 to 12 (&quot;KN&quot;, &quot;00&quot;, &quot;03&quot;, &quot;3rd&quot; and &quot;Grade 3&quot; are read too).</source>
        <translation>&quot;%1&quot;은(는) TutorDesk가 아는 학년이 아닙니다. TK, K 또는 1~12를 사용하십시오 (&quot;KN&quot;, &quot;00&quot;, &quot;03&quot;, &quot;3rd&quot;, &quot;Grade 3&quot;도 읽습니다).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a yes or no. Use Y or N (Yes/No, Sí, TRUE/FALSE, 1/0, or X and blank are read too).</source>
        <translation>&quot;%1&quot;은(는) 예/아니요 값이 아닙니다. Y 또는 N을 사용하십시오 (Yes/No, Sí, TRUE/FALSE, 1/0, X와 빈칸도 읽습니다).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a yes or no. Use Y or N; lunch status Free or Reduced (F, R) means yes and Paid (P) means no.</source>
        <translation>&quot;%1&quot;은(는) 예/아니요 값이 아닙니다. Y 또는 N을 사용하십시오. 급식 상태 Free 또는 Reduced(F, R)는 예, Paid(P)는 아니요입니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not say whether the student is Hispanic or Latino. Use Y or N (&quot;Hispanic or Latino&quot; and &quot;Not Hispanic&quot; are read too).</source>
        <translation>&quot;%1&quot;은(는) 학생이 히스패닉 또는 라틴계인지 나타내지 않습니다. Y 또는 N을 사용하십시오 (&quot;Hispanic or Latino&quot;, &quot;Not Hispanic&quot;도 읽습니다).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an attendance rate. Write a percentage such as 97.5 or 97.5%, or a fraction such as 0.975.</source>
        <translation>&quot;%1&quot;은(는) 출석률이 아닙니다. 97.5 또는 97.5% 같은 백분율이나 0.975 같은 소수로 쓰십시오.</translation>
    </message>
    <message>
        <source>%1 is not a possible attendance rate: it must be between 0 and 100%.</source>
        <translation>%1은(는) 가능한 출석률이 아닙니다: 0에서 100% 사이여야 합니다.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Schedule</name>
    <message>
        <source>Mondays</source>
        <translation>월요일</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>화요일</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>수요일</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>목요일</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>금요일</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>토요일</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>일요일</translation>
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
        <translation>%1 (%2) 학생은 %4 같은 시간에 %3에 있습니다.</translation>
    </message>
    <message>
        <source>no hours on %1</source>
        <translation>%1에 가능 시간 없음</translation>
    </message>
    <message>
        <source>available %1</source>
        <translation>가능 시간 %1</translation>
    </message>
    <message>
        <source>%1 is not available on %2 at %3 (%4).</source>
        <translation>%1 튜터는 %2 %3에 가능하지 않습니다 (%4).</translation>
    </message>
    <message>
        <source>%1 is out on %2.</source>
        <translation>%1 튜터는 %2에 부재입니다.</translation>
    </message>
    <message>
        <source>%1 is out on %2 (%3).</source>
        <translation>%1 튜터는 %2에 부재입니다 (%3).</translation>
    </message>
    <message>
        <source>%1 is already covering %2 on %3.</source>
        <translation>%1 튜터는 이미 %3에 %2 수업을 대체하고 있습니다.</translation>
    </message>
    <message>
        <source>%1 already teaches %2 on %3.</source>
        <translation>%1 튜터는 이미 %3에 %2 수업을 맡고 있습니다.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is taken by %2 on %3.</source>
        <translation>%1은(는) %3에 %2이(가) 사용 중입니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is already covering %2 on %3 at %4 (%n date(s) from %5).</source>
        <translation>
            <numerusform>%1 튜터는 이미 %3 %4에 %2 수업을 대체하고 있습니다 (%5부터 %n개 날짜).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already teaches %2 on %3 at %4 (%n date(s) from %5).</source>
        <translation>
            <numerusform>%1 튜터는 이미 %3 %4에 %2 수업을 맡고 있습니다 (%5부터 %n개 날짜).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is in %2 at the same time on %3 at %4 (%n date(s) from %5).</source>
        <translation>
            <numerusform>%1 학생은 %3 %4 같은 시간에 %2에 있습니다 (%5부터 %n개 날짜).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is taken by %2 on %3 at %4 (%n date(s) from %5).</source>
        <translation>
            <numerusform>%1은(는) %3 %4에 %2이(가) 사용 중입니다 (%5부터 %n개 날짜).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more conflict(s).</source>
        <translation>
            <numerusform>외 충돌 %n건.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::SchedulePage</name>
    <message>
        <source>New &amp;Group…</source>
        <translation>새 그룹(&amp;G)…</translation>
    </message>
    <message>
        <source>Mark Tutor &amp;Out…</source>
        <translation>튜터 부재 표시(&amp;O)…</translation>
    </message>
    <message>
        <source>Print Day &amp;List…</source>
        <translation>일일 명단 인쇄(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>주간(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Day list</source>
        <translation>일일 명단(&amp;D)</translation>
    </message>
    <message>
        <source>A new tutoring group with its tutor, room, days and times</source>
        <translation>튜터, 교실, 요일, 시간을 정한 새 튜터링 그룹</translation>
    </message>
    <message>
        <source>A tutor is out: find substitutes or cancel and make up their sessions</source>
        <translation>튜터 부재: 대체 튜터를 찾거나 수업을 취소하고 보충합니다</translation>
    </message>
    <message>
        <source>Print the sessions of a day, with the students expected</source>
        <translation>하루의 수업을 참석 예정 학생과 함께 인쇄합니다</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ 이전 주(&amp;P)</translation>
    </message>
    <message>
        <source>T&amp;his Week</source>
        <translation>이번 주(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Next week ▶</source>
        <translation>다음 주(&amp;N) ▶</translation>
    </message>
    <message>
        <source>Week shown</source>
        <translation>표시된 주</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>표시(&amp;W):</translation>
    </message>
    <message>
        <source>Tutor filter</source>
        <translation>튜터 필터</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>이번 주 수업</translation>
    </message>
    <message>
        <source>All tutors</source>
        <translation>모든 튜터</translation>
    </message>
    <message>
        <source>The tutors could not be read: %1</source>
        <translation>튜터를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The week could not be read: %1</source>
        <translation>주간 일정을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>%1 주</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) this week</source>
        <translation>
            <numerusform>이번 주 수업 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n개 취소됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) to cover</source>
        <translation>
            <numerusform>대체 필요 수업 %n개</numerusform>
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
        <translation>%1 — 블록에 마우스를 올리면 상세 정보가 표시되며, 튜터 한 명만 표시할 수도 있습니다</translation>
    </message>
    <message>
        <source>The session could not be read: %1</source>
        <translation>수업을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 on %2 is scheduled again.</source>
        <translation>%2 %1 수업이 다시 예정되었습니다.</translation>
    </message>
</context>
<context>
    <name>tutordesk::School</name>
    <message>
        <source>The school code is missing: give the district&apos;s code for this school.</source>
        <translation>학교 코드가 없습니다: 이 학교의 교육청 코드를 입력하십시오.</translation>
    </message>
    <message>
        <source>The school name is missing.</source>
        <translation>학교 이름이 없습니다.</translation>
    </message>
    <message>
        <source>The school year must start before it ends (dates as YYYY-MM-DD).</source>
        <translation>학년도 시작일은 종료일보다 앞서야 합니다 (날짜 형식 YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>%1 already holds a school (%2). A TutorDesk database belongs to one school: create a new database for another.</source>
        <translation>%1에 이미 학교(%2)가 있습니다. TutorDesk 데이터베이스 하나는 한 학교용입니다: 다른 학교는 새 데이터베이스를 만드십시오.</translation>
    </message>
    <message>
        <source>The school could not be saved: %1</source>
        <translation>학교를 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>“%1” is not a phone number families can call: give at least 7 digits, for example (213) 555-0142.</source>
        <translation>“%1”은(는) 가정에서 걸 수 있는 전화번호가 아닙니다: 7자리 이상 입력하십시오. 예: (213) 555-0142.</translation>
    </message>
    <message>
        <source>This database holds no school yet: set the school up first.</source>
        <translation>이 데이터베이스에 아직 학교가 없습니다: 먼저 학교를 설정하십시오.</translation>
    </message>
    <message>
        <source>The school&apos;s details could not be saved: %1</source>
        <translation>학교 정보를 저장할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::SchoolCalendar</name>
    <message>
        <source>School day</source>
        <translation>수업일</translation>
    </message>
    <message>
        <source>Minimum day</source>
        <translation>단축 수업일</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>공휴일</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>방학</translation>
    </message>
    <message>
        <source>Non-instructional day</source>
        <translation>수업 없는 날</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>주말</translation>
    </message>
    <message>
        <source>Outside the school year</source>
        <translation>학년도 외</translation>
    </message>
</context>
<context>
    <name>tutordesk::SchoolDetailsEditor</name>
    <message>
        <source>Families read these on every letter: the school&apos;s name, address and phone at the top, and whom to call at the bottom.</source>
        <translation>가정은 모든 통신문에서 이 정보를 봅니다: 위쪽에 학교 이름, 주소, 전화번호, 아래쪽에 연락할 담당자.</translation>
    </message>
    <message>
        <source>(213) 555-0142</source>
        <translation>(213) 555-0142</translation>
    </message>
    <message>
        <source>Your name as families know it</source>
        <translation>가정에서 알고 있는 이름</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>학교 이름</translation>
    </message>
    <message>
        <source>School address</source>
        <translation>학교 주소</translation>
    </message>
    <message>
        <source>Phone number families call</source>
        <translation>가정이 연락할 전화번호</translation>
    </message>
    <message>
        <source>Tutoring coordinator</source>
        <translation>튜터링 코디네이터</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>학교 이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>주소(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Phone families call:</source>
        <translation>가정 연락 전화번호(&amp;P):</translation>
    </message>
    <message>
        <source>Tutoring &amp;coordinator:</source>
        <translation>튜터링 코디네이터(&amp;C):</translation>
    </message>
</context>
<context>
    <name>tutordesk::SchoolSetup</name>
    <message>
        <source>%1 is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation>%1이(가) 손상되어 읽을 수 없습니다 (%2). 백업에서 복원하십시오.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Scores</name>
    <message>
        <source>The import of %1 was cancelled; nothing was changed.</source>
        <translation>%1 가져오기가 취소되었습니다. 변경된 것이 없습니다.</translation>
    </message>
    <message>
        <source>The scores could not be saved, so nothing was changed: %1</source>
        <translation>점수를 저장할 수 없어 변경된 것이 없습니다: %1</translation>
    </message>
    <message>
        <source>The column mapping could not be saved for next time: %1</source>
        <translation>다음에 쓸 열 매핑을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>Student ID</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
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
        <translation>Grade levels below</translation>
    </message>
    <message>
        <source>Test window</source>
        <translation>Test window</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Assessment name</source>
        <translation>Assessment name</translation>
    </message>
    <message>
        <source>No column holds the %1. Rename that column to &quot;%1&quot;, or say which column it is in the mapping.</source>
        <translation>%1이(가) 들어 있는 열이 없습니다. 해당 열의 이름을 &quot;%1&quot;(으)로 바꾸거나, 매핑에서 어느 열인지 지정하십시오.</translation>
    </message>
    <message>
        <source>No column holds the Subject. Add a column &quot;Subject&quot; with Reading or Math on each line, or say which column it is in the mapping.</source>
        <translation>Subject가 들어 있는 열이 없습니다. 각 줄에 Reading 또는 Math가 적힌 &quot;Subject&quot; 열을 추가하거나, 매핑에서 어느 열인지 지정하십시오.</translation>
    </message>
    <message>
        <source>The student ID is empty. Fill it in, or remove the line.</source>
        <translation>학생 ID가 비어 있습니다. 입력하거나 해당 줄을 삭제하십시오.</translation>
    </message>
    <message>
        <source>No student with ID &quot;%1&quot; is on file. Import the roster first, or correct the ID.</source>
        <translation>ID가 &quot;%1&quot;인 학생이 등록되어 있지 않습니다. 먼저 명단을 가져오거나 ID를 수정하십시오.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subject TutorDesk knows. Write Reading, Math or Writing.</source>
        <translation>&quot;%1&quot;은(는) TutorDesk가 아는 과목이 아닙니다. Reading, Math 또는 Writing으로 쓰십시오.</translation>
    </message>
    <message>
        <source>The date is empty. Fill in the day the test was taken, as YYYY-MM-DD.</source>
        <translation>날짜가 비어 있습니다. 시험을 본 날짜를 YYYY-MM-DD 형식으로 입력하십시오.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a test window. Write BOY, MOY or EOY (or Fall, Winter, Spring).</source>
        <translation>&quot;%1&quot;은(는) 평가 시기가 아닙니다. BOY, MOY 또는 EOY(또는 Fall, Winter, Spring)로 쓰십시오.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Write the scale score in digits, for example 452.</source>
        <translation>&quot;%1&quot;은(는) 숫자가 아닙니다. 척도 점수를 숫자로 쓰십시오. 예: 452.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of grade levels below. Write a whole number from -3 (above grade level) to 12, or leave it empty.</source>
        <translation>&quot;%1&quot;은(는) 학년 미달 수준 값이 아닙니다. -3(학년 초과)에서 12 사이의 정수로 쓰거나 비워 두십시오.</translation>
    </message>
    <message>
        <source>This line has no score, placement or grade levels below. Fill one in, or remove the line.</source>
        <translation>이 줄에는 점수, 배치, 학년 미달 수준이 없습니다. 하나를 입력하거나 해당 줄을 삭제하십시오.</translation>
    </message>
    <message>
        <source>Line %1 has a result for the same student, subject, window and date. Keep one of the two lines.</source>
        <translation>%1번째 줄에 같은 학생, 과목, 시기, 날짜의 결과가 있습니다. 두 줄 중 하나만 남기십시오.</translation>
    </message>
    <message>
        <source>Results with no test window, which was taken from the date (August to October BOY, November to February MOY, March to July EOY): %1.</source>
        <translation>평가 시기가 없어 날짜로 판단한 결과 (8~10월 BOY, 11~2월 MOY, 3~7월 EOY): %1.</translation>
    </message>
    <message>
        <source>Placements that do not say how many grade levels below: %1. The need score counts those results only when a &quot;Grade levels below&quot; column gives it.</source>
        <translation>학년 미달 수준이 없는 배치: %1. 필요도 점수는 &quot;Grade levels below&quot; 열이 있을 때만 이 결과를 반영합니다.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Session</name>
    <message>
        <source>%1 is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation>%1이(가) 손상되어 읽을 수 없습니다 (%2). 백업에서 복원하십시오.</translation>
    </message>
    <message>
        <source>%1 holds no school yet.</source>
        <translation>%1에 아직 학교가 없습니다.</translation>
    </message>
</context>
<context>
    <name>tutordesk::SessionBlock</name>
    <message>
        <source>M</source>
        <comment>make-up, in a narrow block</comment>
        <translation>보</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Needs cover</source>
        <translation>대체 필요</translation>
    </message>
    <message>
        <source>Make-up</source>
        <translation>보충 수업</translation>
    </message>
</context>
<context>
    <name>tutordesk::SessionChangesText</name>
    <message>
        <source>Saved. No sessions were affected.</source>
        <translation>저장했습니다. 영향받은 수업이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n future session(s) removed</source>
        <translation>
            <numerusform>향후 수업 %n개 삭제</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added back</source>
        <translation>
            <numerusform>수업 %n개 복원</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) shortened</source>
        <translation>
            <numerusform>수업 %n개 단축</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) back to full length</source>
        <translation>
            <numerusform>수업 %n개 원래 길이로 복원</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) changed</source>
        <translation>
            <numerusform>수업 %n개 변경</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. %1.</source>
        <comment>Saved. 14 future sessions removed, 3 sessions shortened.</comment>
        <translation>저장했습니다. %1.</translation>
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
        <translation>%2 %3 %1</translation>
    </message>
    <message>
        <source>Tutor absent</source>
        <translation>튜터 부재</translation>
    </message>
    <message>
        <source>School event</source>
        <translation>학교 행사</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>날씨</translation>
    </message>
    <message>
        <source>Student event</source>
        <translation>학생 행사</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>기타 사유</translation>
    </message>
    <message>
        <source>There is no session %1 (it may have been removed). Reload the schedule.</source>
        <translation>수업 %1이(가) 없습니다 (삭제되었을 수 있습니다). 일정을 다시 불러오십시오.</translation>
    </message>
    <message>
        <source>Attendance was taken for this session on %1 (%2 at %3); clear it first.</source>
        <translation>이 수업은 %1에 출석을 체크했습니다 (%2 %3). 먼저 출석을 지우십시오.</translation>
    </message>
    <message>
        <source>%1 was already held; its substitute cannot be changed now.</source>
        <translation>%1은(는) 이미 진행되었습니다. 이제 대체 튜터를 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is cancelled. Restore it before you book a substitute.</source>
        <translation>%1은(는) 취소되었습니다. 대체 튜터를 지정하기 전에 복원하십시오.</translation>
    </message>
    <message>
        <source>There is no tutor %1 (they may have been removed). Reload the Tutors page.</source>
        <translation>튜터 %1이(가) 없습니다 (삭제되었을 수 있습니다). 튜터 페이지를 다시 불러오십시오.</translation>
    </message>
    <message>
        <source>%1 was already held; who taught it stays on record.</source>
        <translation>%1은(는) 이미 진행되었습니다. 지도한 튜터는 기록으로 남습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason to cancel a session: use tutor_absent, school_event, weather, student_event or other.</source>
        <translation>&quot;%1&quot;은(는) 수업 취소 사유가 아닙니다: tutor_absent, school_event, weather, student_event 또는 other를 사용하십시오.</translation>
    </message>
    <message>
        <source>%1 was already held and cannot be cancelled.</source>
        <translation>%1은(는) 이미 진행되어 취소할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not cancelled.</source>
        <translation>%1은(는) 취소되지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 is in the past; it stays cancelled.</source>
        <translation>%1은(는) 지난 수업이므로 취소 상태로 유지됩니다.</translation>
    </message>
    <message>
        <source>%1 cannot be restored. %2</source>
        <translation>%1을(를) 복원할 수 없습니다. %2</translation>
    </message>
    <message>
        <source>Choose a day and a start time for the make-up of %1.</source>
        <translation>%1 보충 수업의 날짜와 시작 시간을 선택하십시오.</translation>
    </message>
    <message>
        <source>The make-up of %1 cannot be on %2: it is not a school day (%3). Choose another day.</source>
        <translation>%1 보충 수업을 %2에 할 수 없습니다: 수업일이 아닙니다 (%3). 다른 날짜를 선택하십시오.</translation>
    </message>
    <message>
        <source>A make-up lasts 5 to 240 minutes, not %1.</source>
        <translation>보충 수업 시간은 %1분이 아니라 5~240분이어야 합니다.</translation>
    </message>
    <message>
        <source>The make-up of %1 cannot be on %2 at %3. %4</source>
        <translation>%1 보충 수업을 %2 %3에 할 수 없습니다. %4</translation>
    </message>
    <message>
        <source>Attendance was taken for this session; clear it first.</source>
        <translation>이 수업은 출석을 체크했습니다. 먼저 출석을 지우십시오.</translation>
    </message>
    <message>
        <source>That session is cancelled; attendance cannot be taken for it.</source>
        <translation>해당 수업은 취소되었습니다. 출석을 체크할 수 없습니다.</translation>
    </message>
    <message>
        <source>The schedule could not be changed in %1: %2</source>
        <translation>%1에서 일정을 변경할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is inactive and cannot cover %2. Choose a tutor from the substitute pool or an active tutor.</source>
        <translation>%1 튜터는 비활성 상태이므로 %2을(를) 대체할 수 없습니다. 대체 튜터 명단이나 활동 중인 튜터를 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 is the tutor of %2; choose someone else to cover it.</source>
        <translation>%1 튜터는 %2의 담당 튜터입니다. 대체할 다른 사람을 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 cannot cover %2: they do not teach %3. Choose a tutor who does.</source>
        <translation>%1 튜터는 %2을(를) 대체할 수 없습니다: %3을(를) 가르치지 않습니다. 해당 과목을 가르치는 튜터를 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 cannot cover %2. %3</source>
        <translation>%1 튜터는 %2을(를) 대체할 수 없습니다. %3</translation>
    </message>
    <message>
        <source>%1 cannot cover %2: they are marked out that day.</source>
        <translation>%1 튜터는 %2을(를) 대체할 수 없습니다: 그날 부재로 표시되어 있습니다.</translation>
    </message>
    <message>
        <source>%1 cannot cover %2: it is outside the times they are available. Choose another substitute, or change their availability on the Tutors page.</source>
        <translation>%1 튜터는 %2을(를) 대체할 수 없습니다: 가능 시간 밖입니다. 다른 대체 튜터를 선택하거나 튜터 페이지에서 가능 시간을 변경하십시오.</translation>
    </message>
    <message>
        <source>%1 cannot cover %2: they teach another session at that time.</source>
        <translation>%1 튜터는 %2을(를) 대체할 수 없습니다: 그 시간에 다른 수업을 맡고 있습니다.</translation>
    </message>
</context>
<context>
    <name>tutordesk::SessionDetails</name>
    <message>
        <source>Click a session to see who teaches it, where, and who attends.</source>
        <translation>수업을 클릭하면 담당 튜터, 장소, 참석 학생을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Edit Group…</source>
        <translation>그룹 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>Find a &amp;Substitute…</source>
        <translation>대체 튜터 찾기(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Cancel Session…</source>
        <translation>수업 취소(&amp;C)…</translation>
    </message>
    <message>
        <source>Make-&amp;up…</source>
        <translation>보충 수업(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>복원(&amp;R)</translation>
    </message>
    <message>
        <source>Take &amp;Attendance…</source>
        <translation>출석 체크(&amp;A)…</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>수업 상세 정보</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>날짜:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>시간:</translation>
    </message>
    <message>
        <source>Tutor:</source>
        <translation>튜터:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>교실:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>Change the group&apos;s tutor, room, days or times (double-click or Enter on a session)</source>
        <translation>그룹의 튜터, 교실, 요일 또는 시간을 변경합니다 (수업을 두 번 클릭하거나 Enter)</translation>
    </message>
    <message>
        <source>A free, cleared tutor who teaches the subject takes this session</source>
        <translation>해당 과목을 가르치고 시간이 되며 신원 조회가 완료된 튜터가 이 수업을 맡습니다</translation>
    </message>
    <message>
        <source>Cancel this session, with a make-up time or without</source>
        <translation>보충 수업 시간을 정하거나 정하지 않고 이 수업을 취소합니다</translation>
    </message>
    <message>
        <source>Schedule a make-up for this cancelled session</source>
        <translation>취소된 이 수업의 보충 수업을 예약합니다</translation>
    </message>
    <message>
        <source>The session happens after all: schedule it again</source>
        <translation>결국 수업이 진행됩니다: 다시 예정합니다</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier · subject</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>튜터 없음</translation>
    </message>
    <message>
        <source>%1, substituting for %2</source>
        <translation>%1 (%2 대신)</translation>
    </message>
    <message>
        <source>None given</source>
        <translation>지정 안 됨</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>3 students:</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>No students</source>
        <translation>학생 없음</translation>
    </message>
    <message>
        <source>Change &amp;Substitute…</source>
        <translation>대체 튜터 변경(&amp;S)…</translation>
    </message>
    <message>
        <source>Edit &amp;Attendance…</source>
        <translation>출석 수정(&amp;A)…</translation>
    </message>
    <message>
        <source>A cancelled session has no attendance</source>
        <translation>취소된 수업에는 출석이 없습니다</translation>
    </message>
    <message>
        <source>Attendance can be taken from the session&apos;s day on</source>
        <translation>출석은 수업 당일부터 체크할 수 있습니다</translation>
    </message>
    <message>
        <source>Change the attendance recorded for this session</source>
        <translation>이 수업에 기록된 출석을 변경합니다</translation>
    </message>
    <message>
        <source>Mark who came, with the keyboard: P, T, E or U per student</source>
        <translation>키보드로 참석 여부를 표시합니다: 학생마다 P, T, E 또는 U</translation>
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
        <translation>대체: %1</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>튜터 없음</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Cancelled (%1)</source>
        <comment>cancelled (reason)</comment>
        <translation>취소됨 (%1)</translation>
    </message>
    <message>
        <source>Needs cover: the tutor is out</source>
        <translation>대체 필요: 튜터 부재</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>진행됨</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>예정됨</translation>
    </message>
    <message>
        <source>%1 · Make-up</source>
        <comment>status · make-up</comment>
        <translation>%1 · 보충 수업</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier · subject</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Tutor: %1</source>
        <translation>튜터: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Substitute: %1 (for %2)</source>
        <translation>대체 튜터: %1 (%2 대신)</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>교실: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>3 students: names</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>tutor absent</source>
        <translation>튜터 부재</translation>
    </message>
    <message>
        <source>school event</source>
        <translation>학교 행사</translation>
    </message>
    <message>
        <source>weather</source>
        <translation>날씨</translation>
    </message>
    <message>
        <source>student event</source>
        <translation>학생 행사</translation>
    </message>
    <message>
        <source>other reason</source>
        <translation>기타 사유</translation>
    </message>
    <message>
        <source>Pull-out (during the school day)</source>
        <translation>수업 중 별도 지도 (정규 수업 시간)</translation>
    </message>
    <message>
        <source>After school</source>
        <translation>방과 후</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>토요일</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>온라인</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>혼합형</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>학생 %n명</numerusform>
        </translation>
    </message>
    <message>
        <source>No students</source>
        <translation>학생 없음</translation>
    </message>
    <message>
        <source>Saved. The sessions are unchanged.</source>
        <translation>저장했습니다. 수업은 변경되지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added</source>
        <translation>
            <numerusform>수업 %n개 추가됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) removed</source>
        <translation>
            <numerusform>수업 %n개 삭제됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>sessions</comment>
        <translation>
            <numerusform>%n개 삭제됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) moved</source>
        <translation>
            <numerusform>수업 %n개 이동됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <comment>sessions</comment>
        <translation>
            <numerusform>%n개 이동됨</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. %1; earlier sessions and their attendance are unchanged.</source>
        <translation>저장했습니다. %1. 이전 수업과 출석은 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>%1단계</translation>
    </message>
</context>
<context>
    <name>tutordesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>학교(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Need score</source>
        <translation>필요도 점수(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Tiers and seats</source>
        <translation>지원 단계 및 자리(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Protocol</source>
        <translation>절차(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>통신문(&amp;L)</translation>
    </message>
    <message>
        <source>Pro&amp;gress</source>
        <translation>진도(&amp;G)</translation>
    </message>
    <message>
        <source>P&amp;robes</source>
        <translation>진단 평가(&amp;R)</translation>
    </message>
    <message>
        <source>District s&amp;ync</source>
        <translation>교육청 동기화(&amp;Y)</translation>
    </message>
    <message>
        <source>Why the settings were not saved</source>
        <translation>설정이 저장되지 않은 이유</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>설정을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 Scheduled syncs can pass the token in TUTORDESK_TOKEN instead.</source>
        <translation>%1 예약된 동기화에서는 대신 TUTORDESK_TOKEN으로 토큰을 전달할 수 있습니다.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>저장되지 않음: %1</translation>
    </message>
    <message>
        <source>Recalculate Need Scores?</source>
        <translation>필요도 점수를 다시 계산하시겠습니까?</translation>
    </message>
    <message>
        <source>The new weights and tiers apply once need scores are recalculated. Recalculate every student&apos;s score now?</source>
        <translation>새 가중치와 지원 단계는 필요도 점수를 다시 계산해야 적용됩니다. 지금 모든 학생의 점수를 다시 계산하시겠습니까?</translation>
    </message>
    <message>
        <source>Seats already given are kept.</source>
        <translation>이미 배정된 자리는 유지됩니다.</translation>
    </message>
    <message>
        <source>Saved, but the need scores could not be recalculated: %1</source>
        <translation>저장했지만 필요도 점수를 다시 계산할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::SiblingGuardianDialog</name>
    <message>
        <source>Add a Sibling&apos;s Guardian</source>
        <translation>형제자매의 보호자 추가</translation>
    </message>
    <message>
        <source>Name or phone</source>
        <translation>이름 또는 전화</translation>
    </message>
    <message>
        <source>Search guardians by name or phone</source>
        <translation>이름 또는 전화로 보호자 검색</translation>
    </message>
    <message>
        <source>Guardians of other students</source>
        <translation>다른 학생의 보호자</translation>
    </message>
    <message>
        <source>Relationship to this student</source>
        <translation>이 학생과의 관계</translation>
    </message>
    <message>
        <source>Guardians of other students who share this family&apos;s last name or a phone number. Search to find someone else.</source>
        <translation>이 가정과 성이나 전화번호가 같은 다른 학생의 보호자입니다. 다른 사람을 찾으려면 검색하십시오.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>검색(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>관계(&amp;R):</translation>
    </message>
    <message>
        <source>The guardians could not be read: %1</source>
        <translation>보호자를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 — guardian of %2</source>
        <translation>%1 — %2의 보호자</translation>
    </message>
    <message>
        <source>Choose a guardian in the list, or search for one by name or phone.</source>
        <translation>목록에서 보호자를 선택하거나, 이름 또는 전화로 검색하십시오.</translation>
    </message>
    <message>
        <source>The guardian could not be added.</source>
        <translation>보호자를 추가할 수 없습니다.</translation>
    </message>
    <message>
        <source>The guardian could not be added: %1</source>
        <translation>보호자를 추가할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::Staffing</name>
    <message>
        <source>no tutor</source>
        <translation>튜터 없음</translation>
    </message>
    <message>
        <source>tutor inactive</source>
        <translation>튜터 비활성</translation>
    </message>
    <message>
        <source>clearance missing</source>
        <translation>신원 조회 없음</translation>
    </message>
    <message>
        <source>clearance expired</source>
        <translation>신원 조회 만료</translation>
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
        <translation>%1: 해당 위치에 TutorDesk 데이터베이스가 없습니다. 경로를 확인하거나 새 학교를 만드십시오.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a TutorDesk database.</source>
        <translation>%1은(는) TutorDesk 데이터베이스가 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>%1 is not a TutorDesk database (it is not a database file at all). Choose the .tutordesk file, or create a new school.</source>
        <translation>%1은(는) TutorDesk 데이터베이스가 아닙니다 (데이터베이스 파일이 전혀 아님). .tutordesk 파일을 선택하거나 새 학교를 만드십시오.</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>%1: %2 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not TutorDesk&apos;s. Open a TutorDesk database, or create a new school.</source>
        <translation>%1은(는) TutorDesk가 아닌 다른 프로그램의 데이터베이스입니다. TutorDesk 데이터베이스를 열거나 새 학교를 만드십시오.</translation>
    </message>
    <message>
        <source>%1 was written by a newer TutorDesk (data version %2; this TutorDesk reads up to %3). Install the newer TutorDesk to open it.</source>
        <translation>%1은(는) 더 새로운 TutorDesk에서 작성되었습니다 (데이터 버전 %2, 이 TutorDesk는 %3까지 읽음). 열려면 새 버전의 TutorDesk를 설치하십시오.</translation>
    </message>
    <message>
        <source>%1: cannot switch the database to write-ahead logging (got &quot;%2&quot;). Copy it to a local folder and open it there.</source>
        <translation>%1: 데이터베이스를 write-ahead logging 모드로 전환할 수 없습니다 (&quot;%2&quot; 반환). 로컬 폴더에 복사한 후 그곳에서 여십시오.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation>%1이(가) 손상되어 읽을 수 없습니다 (%2). 백업에서 복원하십시오.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing (%2). Check that the file and its folder are yours and not read-only.</source>
        <translation>%1을(를) 쓰기용으로 열 수 없습니다 (%2). 파일과 폴더가 본인 소유이고 읽기 전용이 아닌지 확인하십시오.</translation>
    </message>
    <message>
        <source>%1 is busy: another program is writing to it. Close it there and try again.</source>
        <translation>%1을(를) 사용 중입니다: 다른 프로그램이 쓰고 있습니다. 그 프로그램에서 닫은 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 needs upgrading for this TutorDesk, and a copy is kept first, but the copy could not be made (%2). Free some disk space and open it again.</source>
        <translation>%1을(를) 이 TutorDesk에 맞게 업그레이드해야 하며 먼저 사본을 보관하는데, 사본을 만들 수 없었습니다(%2). 디스크 공간을 확보한 후 다시 여십시오.</translation>
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
        <translation>%1(으)로 불림</translation>
    </message>
    <message>
        <source>Tier %1: select the student to see why</source>
        <translation>%1단계: 학생을 선택하면 이유를 볼 수 있습니다</translation>
    </message>
    <message>
        <source>District ID</source>
        <translation>교육청 ID</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>성</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>학년</translation>
    </message>
    <message>
        <source>Home language</source>
        <translation>가정 언어</translation>
    </message>
    <message>
        <source>EL status</source>
        <translation>EL 상태</translation>
    </message>
    <message>
        <source>Student groups</source>
        <translation>학생 집단</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>출석</translation>
    </message>
    <message>
        <source>Need score</source>
        <translation>필요도 점수</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>지원 단계</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>프로그램</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>The student&apos;s ID in the district&apos;s student information system</source>
        <translation>교육청 학생 정보 시스템의 학생 ID</translation>
    </message>
    <message>
        <source>English language status: EO, IFEP, EL, RFEP or TBD</source>
        <translation>영어 능력 상태: EO, IFEP, EL, RFEP 또는 TBD</translation>
    </message>
    <message>
        <source>IEP, Section 504 plan, foster youth, homeless, socio-economically disadvantaged (SED)
This column cannot be sorted; filter by student group instead.</source>
        <translation>IEP, Section 504 계획, 위탁 아동, 노숙, 사회경제적 취약(SED)
이 열은 정렬할 수 없습니다. 대신 학생 집단으로 필터링하십시오.</translation>
    </message>
    <message>
        <source>The student&apos;s school attendance rate this year</source>
        <translation>올해 학생의 학교 출석률</translation>
    </message>
    <message>
        <source>Points from benchmark results, attendance and student groups: higher means more need</source>
        <translation>기준 평가 결과, 출석, 학생 집단에 따른 점수: 높을수록 필요도가 큼</translation>
    </message>
    <message>
        <source>The tier of support the need score qualifies for: 1 classroom, 2 small group, 3 intensive</source>
        <translation>필요도 점수에 따른 지원 단계: 1 학급, 2 소그룹, 3 집중</translation>
    </message>
    <message>
        <source>Where the student stands in the tutoring program</source>
        <translation>튜터링 프로그램에서 학생의 현재 상태</translation>
    </message>
    <message>
        <source>Enrolled at the school, or withdrawn</source>
        <translation>학교에 재학 중 또는 전학</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentContactDialog</name>
    <message>
        <source>An &amp;interpreter helped</source>
        <translation>통역사 도움 받음(&amp;I)</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>후속 연락 날짜</translation>
    </message>
    <message>
        <source>Log Contact — %1</source>
        <translation>연락 기록 — %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No guardian (someone else)</source>
        <translation>보호자 아님 (다른 사람)</translation>
    </message>
    <message>
        <source>Guardian contacted</source>
        <translation>연락한 보호자</translation>
    </message>
    <message>
        <source>Date and time of the contact</source>
        <translation>연락 날짜 및 시간</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <source>We contacted the family</source>
        <translation>학교가 가정에 연락</translation>
    </message>
    <message>
        <source>The family contacted us</source>
        <translation>가정이 학교에 연락</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>목적</translation>
    </message>
    <message>
        <source>Language of the contact</source>
        <translation>연락 언어</translation>
    </message>
    <message>
        <source>e.g. asked about reading at home</source>
        <translation>예: 가정에서의 읽기에 대해 문의함</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Contact again on</source>
        <translation>다시 연락할 날짜</translation>
    </message>
    <message>
        <source>&amp;Guardian:</source>
        <translation>보호자(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>일시(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>방법(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>방향(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>결과(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>목적(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>후속 연락(&amp;F):</translation>
    </message>
    <message>
        <source>The contact could not be saved.</source>
        <translation>연락을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>The contact could not be saved: %1</source>
        <translation>연락을 저장할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentFamilyPanel</name>
    <message>
        <source>Guardians</source>
        <translation>보호자</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>보호자</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>연락</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>후속 연락</translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation>발송한 통신문</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>통신문</translation>
    </message>
    <message>
        <source>To</source>
        <translation>받는 사람</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a parent or guardian of this student</source>
        <translation>이 학생의 부모 또는 보호자를 추가합니다</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>편집(&amp;D)…</translation>
    </message>
    <message>
        <source>Change the guardian&apos;s phones, e-mail, language or consent</source>
        <translation>보호자의 전화, 이메일, 언어 또는 동의를 변경합니다</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>삭제(&amp;V)</translation>
    </message>
    <message>
        <source>This person is no longer this student&apos;s guardian</source>
        <translation>이 사람은 더 이상 이 학생의 보호자가 아닙니다</translation>
    </message>
    <message>
        <source>Ma&amp;ke Primary</source>
        <translation>주 보호자로 지정(&amp;K)</translation>
    </message>
    <message>
        <source>Letters go to the primary guardian and calls go there first</source>
        <translation>통신문은 주 보호자에게 가고 전화도 주 보호자에게 먼저 겁니다</translation>
    </message>
    <message>
        <source>Add a Si&amp;bling&apos;s Guardian…</source>
        <translation>형제자매의 보호자 추가(&amp;B)…</translation>
    </message>
    <message>
        <source>Link a parent already on record for a brother or sister</source>
        <translation>형제자매에 이미 등록된 부모를 연결합니다</translation>
    </message>
    <message>
        <source>Log &amp;Contact…</source>
        <translation>연락 기록(&amp;C)…</translation>
    </message>
    <message>
        <source>Record a call, text, visit or meeting with the family</source>
        <translation>가정과의 전화, 문자, 방문 또는 면담을 기록합니다</translation>
    </message>
    <message>
        <source>Write a Letter…</source>
        <translation>통신문 작성…</translation>
    </message>
    <message>
        <source>Print or save a letter in the family&apos;s language</source>
        <translation>가정의 언어로 통신문을 인쇄하거나 저장합니다</translation>
    </message>
    <message>
        <source>Double-click a contact (or press Enter) to correct it</source>
        <translation>연락을 두 번 클릭하거나 Enter를 누르면 수정할 수 있습니다</translation>
    </message>
    <message>
        <source>Mobile %1</source>
        <translation>휴대 %1</translation>
    </message>
    <message>
        <source>Home %1</source>
        <translation>집 %1</translation>
    </message>
    <message>
        <source>Work %1</source>
        <translation>직장 %1</translation>
    </message>
    <message>
        <source>Select a student to see their family.</source>
        <translation>학생을 선택하면 가정 정보를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>The family could not be read: %1</source>
        <translation>가정 정보를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>★ %1 — primary</source>
        <translation>★ %1 — 주 보호자</translation>
    </message>
    <message>
        <source>Prefers: %1</source>
        <translation>선호: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>이메일: %1</translation>
    </message>
    <message>
        <source>Consents to texts</source>
        <translation>문자 수신 동의</translation>
    </message>
    <message>
        <source>No consent to texts</source>
        <translation>문자 수신 미동의</translation>
    </message>
    <message>
        <source>Also the guardian of: %1</source>
        <translation>다음 학생의 보호자이기도 함: %1</translation>
    </message>
    <message>
        <source>No guardian on file: add one.</source>
        <translation>등록된 보호자가 없습니다: 추가하십시오.</translation>
    </message>
    <message>
        <source>%1 (from the family)</source>
        <translation>%1 (가정에서 연락)</translation>
    </message>
    <message>
        <source>%1, interpreter</source>
        <translation>%1, 통역사</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>상대: %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>기록자: %1</translation>
    </message>
    <message>
        <source>Printed from a translation not yet reviewed</source>
        <translation>검토 전 번역으로 인쇄됨</translation>
    </message>
    <message>
        <source>Remove Guardian</source>
        <translation>보호자 삭제</translation>
    </message>
    <message>
        <source>Remove %1 from this student&apos;s guardians? Contacts and letters already on record keep their name.</source>
        <translation>%1을(를) 이 학생의 보호자에서 삭제하시겠습니까? 이미 기록된 연락과 통신문에는 이름이 남습니다.</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentFilterBar</name>
    <message>
        <source>Show &amp;withdrawn</source>
        <translation>전학생 표시(&amp;W)</translation>
    </message>
    <message>
        <source>Search by name or ID</source>
        <translation>이름 또는 ID로 검색</translation>
    </message>
    <message>
        <source>Search students</source>
        <translation>학생 검색</translation>
    </message>
    <message>
        <source>Type part of a first, last or preferred name, or a district ID (Ctrl+F)</source>
        <translation>이름, 성, 선호 이름의 일부 또는 교육청 ID를 입력하십시오 (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>지원 단계(&amp;T):</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>지원 단계</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>프로그램(&amp;P):</translation>
    </message>
    <message>
        <source>Program status</source>
        <translation>프로그램 상태</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>학년(&amp;G):</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>학년</translation>
    </message>
    <message>
        <source>EL &amp;status:</source>
        <translation>EL 상태(&amp;S):</translation>
    </message>
    <message>
        <source>EL status</source>
        <translation>EL 상태</translation>
    </message>
    <message>
        <source>Home &amp;language:</source>
        <translation>가정 언어(&amp;L):</translation>
    </message>
    <message>
        <source>Home language</source>
        <translation>가정 언어</translation>
    </message>
    <message>
        <source>Student gr&amp;oup:</source>
        <translation>학생 집단(&amp;O):</translation>
    </message>
    <message>
        <source>Student group</source>
        <translation>학생 집단</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>모든 학년</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>All students</source>
        <translation>모든 학생</translation>
    </message>
    <message>
        <source>IEP</source>
        <translation>IEP</translation>
    </message>
    <message>
        <source>504 plan</source>
        <translation>504 계획</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>위탁 아동</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>노숙</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>사회경제적 취약</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>영어 학습자</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>모든 단계</translation>
    </message>
    <message>
        <source>Tier 3 · Intensive</source>
        <translation>3단계 · 집중</translation>
    </message>
    <message>
        <source>Tier 2 · Small group</source>
        <translation>2단계 · 소그룹</translation>
    </message>
    <message>
        <source>Tier 1 · Classroom</source>
        <translation>1단계 · 학급</translation>
    </message>
    <message>
        <source>The tier the student&apos;s need score qualifies for</source>
        <translation>학생의 필요도 점수에 따른 지원 단계</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Not in the program</source>
        <translation>프로그램 미참여</translation>
    </message>
    <message>
        <source>Where the student stands in the tutoring program</source>
        <translation>튜터링 프로그램에서 학생의 현재 상태</translation>
    </message>
    <message>
        <source>Show withdrawn students</source>
        <translation>전학생 표시</translation>
    </message>
    <message>
        <source>Include students who have left the school</source>
        <translation>학교를 떠난 학생 포함</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>모든 언어</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentMakeupDialog</name>
    <message>
        <source>Schedule Make-up — %1</source>
        <translation>보충 수업 예약 — %1</translation>
    </message>
    <message>
        <source>A make-up session of %1 for %2 only. Choose a time:</source>
        <translation>%2 학생만을 위한 %1 보충 수업입니다. 시간을 선택하십시오:</translation>
    </message>
    <message>
        <source>Make-up times</source>
        <translation>보충 수업 시간</translation>
    </message>
    <message>
        <source>&amp;Schedule Make-up</source>
        <translation>보충 수업 예약(&amp;S)</translation>
    </message>
    <message>
        <source>The free times could not be read: %1</source>
        <translation>가능한 시간을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No free time in the next school days: the tutor or %1 is busy. Schedule it from the Schedule page, or mark the action not needed with a note.</source>
        <translation>다음 수업일들에 가능한 시간이 없습니다: 튜터 또는 %1 학생의 일정이 있습니다. 일정 페이지에서 예약하거나, 메모와 함께 작업을 불필요로 표시하십시오.</translation>
    </message>
    <message>
        <source>The make-up could not be scheduled.</source>
        <translation>보충 수업을 예약할 수 없습니다.</translation>
    </message>
    <message>
        <source>The make-up could not be scheduled: %1</source>
        <translation>보충 수업을 예약할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Make-up for %1 scheduled: %2, %3.</source>
        <translation>%1 학생의 보충 수업을 예약했습니다: %2, %3.</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentTableModel</name>
    <message>
        <source>The student list could not be read: %1</source>
        <translation>학생 목록을 읽을 수 없습니다: %1</translation>
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
        <translation>전환 유치원 (TK)</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>유치원</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>%1학년</translation>
    </message>
    <message>
        <source>English only (EO)</source>
        <translation>영어 전용 (EO)</translation>
    </message>
    <message>
        <source>Initially fluent English proficient (IFEP)</source>
        <translation>최초 영어 능숙 (IFEP)</translation>
    </message>
    <message>
        <source>English learner (EL)</source>
        <translation>영어 학습자 (EL)</translation>
    </message>
    <message>
        <source>Reclassified fluent English proficient (RFEP)</source>
        <translation>재분류 영어 능숙 (RFEP)</translation>
    </message>
    <message>
        <source>To be determined (TBD)</source>
        <translation>미정 (TBD)</translation>
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
        <translation>위탁</translation>
    </message>
    <message>
        <source>Homeless</source>
        <comment>short tag</comment>
        <translation>노숙</translation>
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
        <translation>개별화 교육 프로그램 (IEP)</translation>
    </message>
    <message>
        <source>Section 504 plan</source>
        <translation>Section 504 계획</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>위탁 아동</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>노숙 (McKinney-Vento)</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged (SED)</source>
        <translation>사회경제적 취약 (SED)</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>enrollment status</comment>
        <translation>활동 중</translation>
    </message>
    <message>
        <source>Consented</source>
        <comment>enrollment status</comment>
        <translation>동의함</translation>
    </message>
    <message>
        <source>Invited</source>
        <comment>enrollment status</comment>
        <translation>안내됨</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>enrollment status</comment>
        <translation>보류됨</translation>
    </message>
    <message>
        <source>Exited</source>
        <comment>enrollment status</comment>
        <translation>종료됨</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <comment>enrollment status</comment>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <comment>student status: attends the school</comment>
        <translation>재학</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>student status: left the school</comment>
        <translation>전학</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentTutoringPanel</name>
    <message>
        <source>Open protocol actions</source>
        <translation>미처리 절차 작업</translation>
    </message>
    <message>
        <source>Tutoring seats</source>
        <translation>튜터링 자리</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Select a student to see their tutoring: minutes planned and received, sessions delivered and what is due about their absences.</source>
        <translation>학생을 선택하면 튜터링 정보를 볼 수 있습니다: 계획 및 받은 시간(분), 진행한 수업, 결석 관련 처리할 작업.</translation>
    </message>
    <message>
        <source>The student&apos;s tutoring could not be read: %1</source>
        <translation>학생의 튜터링 정보를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Not in tutoring this year.</source>
        <translation>올해 튜터링에 참여하지 않습니다.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>action · group</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · overdue by %Ln school day(s)</source>
        <translation>
            <numerusform>%1 · 수업일 %Ln일 기한 지남</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · due today</source>
        <translation>%1 · 오늘 기한</translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation>처리할 일 없음.</translation>
    </message>
    <message>
        <source>%1 · Tier %2 · %3 since %4</source>
        <comment>subject · tier · status since day</comment>
        <translation>%1 · %2단계 · %4부터 %3</translation>
    </message>
    <message>
        <source>%1 · Tier %2 · %3</source>
        <comment>subject · tier · status</comment>
        <translation>%1 · %2단계 · %3</translation>
    </message>
    <message>
        <source>This week: %1 of %2 min · To date: %3 of %4 min</source>
        <translation>이번 주: %2분 중 %1분 · 누적: %4분 중 %3분</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>minutes (percent of planned)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Minutes the student attended, make-ups included, against the minutes scheduled for the seat, cancelled sessions included.</source>
        <translation>학생이 참석한 시간(분, 보충 수업 포함) 대 자리에 예정된 시간(분, 취소된 수업 포함).</translation>
    </message>
    <message>
        <source>Minutes received of minutes planned</source>
        <translation>계획된 시간 중 받은 시간(분)</translation>
    </message>
    <message>
        <source>Sessions delivered: %1 of %2 (%3), not counting days absent from school</source>
        <translation>진행한 수업: %2개 중 %1개 (%3), 학교 결석일 제외</translation>
    </message>
    <message>
        <source>Sessions delivered: none scheduled yet</source>
        <translation>진행한 수업: 아직 예정된 수업 없음</translation>
    </message>
    <message>
        <source>Sessions the program held out of those it scheduled. Days the student was absent from school are left out: no session could have reached them.</source>
        <translation>프로그램이 예정한 수업 중 진행한 수업입니다. 학생이 학교에 결석한 날은 제외합니다: 그날은 어떤 수업도 학생에게 닿을 수 없었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Attendance: %1 of %Ln session(s) (%2)</source>
        <translation>
            <numerusform>출석: 수업 %Ln회 중 %1회 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance: not taken yet</source>
        <translation>출석: 아직 체크 안 함</translation>
    </message>
    <message>
        <source>%1 · Make-ups attended: %2</source>
        <comment>attendance · make-ups</comment>
        <translation>%1 · 출석한 보충 수업: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentsPage</name>
    <message>
        <source>&amp;Import Roster…</source>
        <translation>명단 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Recalculate Need Scores</source>
        <translation>필요도 점수 다시 계산(&amp;R)</translation>
    </message>
    <message>
        <source>Write Letters…</source>
        <translation>통신문 작성…</translation>
    </message>
    <message>
        <source>Number of students shown</source>
        <translation>표시된 학생 수</translation>
    </message>
    <message>
        <source>Bring in the roster your district&apos;s student system exported (Ctrl+I)</source>
        <translation>교육청 학생 시스템에서 내보낸 명단을 가져옵니다 (Ctrl+I)</translation>
    </message>
    <message>
        <source>Score every student again from their latest benchmarks, attendance and student groups, with the weights in Settings</source>
        <translation>설정의 가중치로 최근 기준 평가, 출석, 학생 집단을 바탕으로 모든 학생의 점수를 다시 계산합니다</translation>
    </message>
    <message>
        <source>Print a letter for each selected student&apos;s family, each in the family&apos;s language, in one batch (select several with Ctrl or Shift)</source>
        <translation>선택한 각 학생의 가정에 가정의 언어로 통신문을 한 번에 인쇄합니다 (Ctrl 또는 Shift로 여러 명 선택)</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>W&amp;hy this student</source>
        <translation>이 학생인 이유(&amp;H)</translation>
    </message>
    <message>
        <source>T&amp;utoring</source>
        <translation>튜터링(&amp;U)</translation>
    </message>
    <message>
        <source>Fa&amp;mily</source>
        <translation>가정(&amp;M)</translation>
    </message>
    <message>
        <source>Find Student</source>
        <translation>학생 찾기</translation>
    </message>
    <message>
        <source>The need scores could not be recalculated: %1</source>
        <translation>필요도 점수를 다시 계산할 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s)</source>
        <translation>
            <numerusform>학생 %Ln명</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::SupervisorDialog</name>
    <message>
        <source>Add Supervisor</source>
        <translation>관리자 추가</translation>
    </message>
    <message>
        <source>Edit Supervisor</source>
        <translation>관리자 편집</translation>
    </message>
    <message>
        <source>e.g. Instructional lead</source>
        <translation>예: 수업 지도 책임자</translation>
    </message>
    <message>
        <source>How many tutors this person can observe and coach</source>
        <translation>이 사람이 관찰하고 코칭할 수 있는 튜터 수</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>이름(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>성(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>직함(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>이메일(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>전화(&amp;P):</translation>
    </message>
    <message>
        <source>Can coach &amp;up to:</source>
        <translation>최대 코칭 인원(&amp;U):</translation>
    </message>
    <message>
        <source> tutors</source>
        <translation> 명</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>성</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>직함</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Most tutors this supervisor can coach</source>
        <translation>이 관리자가 코칭할 수 있는 최대 튜터 수</translation>
    </message>
    <message>
        <source>Why the supervisor was not saved</source>
        <translation>관리자가 저장되지 않은 이유</translation>
    </message>
    <message>
        <source>The supervisor could not be saved: %1</source>
        <translation>관리자를 저장할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::SupervisorPanel</name>
    <message>
        <source>Supervisors</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>Add &amp;Supervisor…</source>
        <translation>관리자 추가(&amp;S)…</translation>
    </message>
    <message>
        <source>Edit Su&amp;pervisor…</source>
        <translation>관리자 편집(&amp;P)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve Supervisor</source>
        <translation>관리자 삭제(&amp;V)</translation>
    </message>
    <message>
        <source>Supervisors and how many tutors each coaches</source>
        <translation>관리자와 각자 코칭하는 튜터 수</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>직함</translation>
    </message>
    <message>
        <source>Coaches</source>
        <translation>코칭</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>튜터</translation>
    </message>
    <message>
        <source>Tutors without a supervisor</source>
        <translation>관리자가 없는 튜터</translation>
    </message>
    <message>
        <source>Add a person who observes and coaches tutors</source>
        <translation>튜터를 관찰하고 코칭하는 사람을 추가합니다</translation>
    </message>
    <message>
        <source>Change the selected supervisor&apos;s details or how many tutors they can coach</source>
        <translation>선택한 관리자의 정보나 코칭할 수 있는 튜터 수를 변경합니다</translation>
    </message>
    <message>
        <source>Remove the selected supervisor; their tutors are left without one</source>
        <translation>선택한 관리자를 삭제합니다. 담당 튜터는 관리자가 없게 됩니다</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tutor(s)</source>
        <translation>
            <numerusform>튜터 %n명 중 %1명</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · over capacity by %2</source>
        <comment>9 of 8 tutors · over capacity by 1</comment>
        <translation>%1 · %2명 초과</translation>
    </message>
    <message>
        <source>The supervisors could not be read: %1</source>
        <translation>관리자를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (title)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No tutors yet</source>
        <translation>아직 튜터 없음</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No supervisors yet. Add the people who observe and coach your tutors.</source>
        <translation>아직 관리자가 없습니다. 튜터를 관찰하고 코칭하는 사람을 추가하십시오.</translation>
    </message>
    <message>
        <source>Every tutor has a supervisor.</source>
        <translation>모든 튜터에게 관리자가 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s) without a supervisor: %1</source>
        <translation>
            <numerusform>관리자가 없는 튜터 %n명: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1을(를) 추가했습니다.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>Remove Supervisor</source>
        <translation>관리자 삭제</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1? %n tutor(s) will have no supervisor until you choose another.</source>
        <translation>
            <numerusform>%1을(를) 삭제하시겠습니까? 다른 관리자를 지정할 때까지 튜터 %n명은 관리자가 없게 됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>The supervisor could not be removed: %1</source>
        <translation>관리자를 삭제할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1을(를) 삭제했습니다.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Supervisors</name>
    <message>
        <source>Enter the supervisor&apos;s first name.</source>
        <translation>관리자의 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter %1&apos;s last name.</source>
        <translation>%1의 성을 입력하십시오.</translation>
    </message>
    <message>
        <source>%1 can coach 1 to 100 tutors, not %2. Change the number of tutors.</source>
        <translation>%1이(가) 코칭할 수 있는 튜터 수는 %2명이 아니라 1~100명입니다. 튜터 수를 변경하십시오.</translation>
    </message>
    <message>
        <source>Another supervisor already has the id %1. Give %2 a different id.</source>
        <translation>다른 관리자가 이미 ID %1을(를) 사용합니다. %2에게 다른 ID를 지정하십시오.</translation>
    </message>
    <message>
        <source>%1 is no longer in the supervisor list. Reload the Tutors page.</source>
        <translation>%1은(는) 더 이상 관리자 목록에 없습니다. 튜터 페이지를 다시 불러오십시오.</translation>
    </message>
    <message>
        <source>%1 could not be saved in %2: %3</source>
        <translation>%1을(를) %2에 저장할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>The supervisor could not be removed from %1: %2</source>
        <translation>%1에서 관리자를 삭제할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::SyncPage</name>
    <message>
        <source>&amp;Send Now</source>
        <translation>지금 보내기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Copy to a Folder…</source>
        <translation>폴더로 복사(&amp;C)…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>설정(&amp;T)…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Send every waiting bundle to the district now</source>
        <translation>대기 중인 모든 데이터 묶음을 지금 교육청으로 보냅니다</translation>
    </message>
    <message>
        <source>&amp;Export Now</source>
        <translation>지금 내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>Make a bundle of what changed since the last one, then send it</source>
        <translation>지난번 이후 변경된 내용으로 데이터 묶음을 만들어 보냅니다</translation>
    </message>
    <message>
        <source>What Changed Since the Last Bundle</source>
        <translation>지난 데이터 묶음 이후 변경된 내용</translation>
    </message>
    <message>
        <source>Every Row (a Full Bundle)</source>
        <translation>모든 행 (전체 데이터 묶음)</translation>
    </message>
    <message>
        <source>Write the waiting bundles into a folder, such as a USB stick for the district office</source>
        <translation>대기 중인 데이터 묶음을 폴더(예: 교육청 사무실용 USB)에 씁니다</translation>
    </message>
    <message>
        <source>Copy the Waiting Bundles to a Folder</source>
        <translation>대기 중인 데이터 묶음을 폴더로 복사</translation>
    </message>
    <message>
        <source>District Sync</source>
        <translation>교육청 동기화</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>동기화 상태</translation>
    </message>
    <message>
        <source>Sync details</source>
        <translation>동기화 상세 정보</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>내보내기 진행률</translation>
    </message>
    <message>
        <source>Bundles for the district</source>
        <translation>교육청용 데이터 묶음</translation>
    </message>
    <message>
        <source>Bundles wait here until a folder or the district&apos;s address is chosen in Settings.</source>
        <translation>설정에서 폴더나 교육청 주소를 선택할 때까지 데이터 묶음은 여기서 대기합니다.</translation>
    </message>
    <message>
        <source>Students&apos; names are included.</source>
        <translation>학생 이름이 포함됩니다.</translation>
    </message>
    <message>
        <source>Students&apos; names are left out (the district has them).</source>
        <translation>학생 이름은 제외됩니다 (교육청에 있음).</translation>
    </message>
    <message>
        <source>Contact notes are included.</source>
        <translation>연락 메모가 포함됩니다.</translation>
    </message>
    <message>
        <source>Contact notes are left out.</source>
        <translation>연락 메모는 제외됩니다.</translation>
    </message>
    <message>
        <source>What changed is sent every day after %1 while TutorDesk is open.</source>
        <translation>TutorDesk가 열려 있으면 매일 %1 이후에 변경 내용을 보냅니다.</translation>
    </message>
    <message>
        <source>Nothing is sent on a schedule: use Export Now, or tutordesk-cli sync.</source>
        <translation>예약 전송은 없습니다: 지금 내보내기 또는 tutordesk-cli sync를 사용하십시오.</translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation>보낼 편지함을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Making the bundle…</source>
        <translation>데이터 묶음을 만드는 중…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>보내는 중…</translation>
    </message>
</context>
<context>
    <name>tutordesk::SyncService</name>
    <message numerus="yes">
        <source>Sent %n bundle(s) to the district.</source>
        <translation>
            <numerusform>데이터 묶음 %n개를 교육청으로 보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was stopped: nothing was written.</source>
        <translation>내보내기가 중지되었습니다: 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>The bundle for the district could not be made: %1</source>
        <translation>교육청용 데이터 묶음을 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Nothing has changed since the last bundle: there is nothing new to send.</source>
        <translation>지난 데이터 묶음 이후 변경된 것이 없습니다: 새로 보낼 것이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Made %1 (%Ln row(s)).</source>
        <translation>
            <numerusform>%1을(를) 만들었습니다 (%Ln행).</numerusform>
        </translation>
    </message>
    <message>
        <source>No district destination is set, so the bundles wait here. Choose a folder or the district&apos;s address in Settings ▸ District sync.</source>
        <translation>교육청 전송 대상이 설정되지 않아 데이터 묶음이 여기서 대기합니다. 설정 ▸ 교육청 동기화에서 폴더나 교육청 주소를 선택하십시오.</translation>
    </message>
    <message>
        <source>Bundles are being sent right now: try again in a moment.</source>
        <translation>지금 데이터 묶음을 보내는 중입니다: 잠시 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>No bundle is waiting: the district has everything.</source>
        <translation>대기 중인 데이터 묶음이 없습니다: 교육청에 모두 전달되었습니다.</translation>
    </message>
</context>
<context>
    <name>tutordesk::SyncSettingsEditor</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>Include students&apos; &amp;names (the district already knows each student by ID)</source>
        <translation>학생 이름 포함(&amp;N) (교육청은 이미 ID로 각 학생을 알고 있음)</translation>
    </message>
    <message>
        <source>Include the &amp;notes of family contacts (they may name other people)</source>
        <translation>가정 연락 메모 포함(&amp;N) (다른 사람의 이름이 있을 수 있음)</translation>
    </message>
    <message>
        <source>Send what changed every &amp;day after</source>
        <translation>매일(&amp;D) 다음 시각 이후 변경 내용 보내기</translation>
    </message>
    <message>
        <source>TutorDesk sends the district a bundle of CSV files: every row the first time, then what changed. Bundles wait in the outbox until the district has them, so nothing is lost while the computer is offline.</source>
        <translation>TutorDesk는 교육청에 CSV 파일 묶음을 보냅니다: 처음에는 모든 행을, 그 후에는 변경된 내용을 보냅니다. 데이터 묶음은 교육청에 전달될 때까지 보낼 편지함에서 대기하므로, 컴퓨터가 오프라인이어도 손실되지 않습니다.</translation>
    </message>
    <message>
        <source>A folder, or the district&apos;s address (https://…)</source>
        <translation>폴더 또는 교육청 주소 (https://…)</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>전송 대상(&amp;T):</translation>
    </message>
    <message>
        <source>District to&amp;ken:</source>
        <translation>교육청 토큰(&amp;K):</translation>
    </message>
    <message>
        <source>Daily sending time</source>
        <translation>매일 전송 시각</translation>
    </message>
    <message>
        <source>While TutorDesk is open. District IT can also run &quot;tutordesk-cli sync&quot; from a scheduler; it sends the same bundles.</source>
        <translation>TutorDesk가 열려 있는 동안. 교육청 IT 부서는 스케줄러에서 &quot;tutordesk-cli sync&quot;를 실행할 수도 있으며, 같은 데이터 묶음을 보냅니다.</translation>
    </message>
    <message>
        <source>No destination yet: bundles wait in the outbox until one is chosen.</source>
        <translation>아직 전송 대상이 없습니다: 대상을 선택할 때까지 데이터 묶음은 보낼 편지함에서 대기합니다.</translation>
    </message>
    <message>
        <source>Each bundle is written into this folder: a district share, a synced folder or a USB stick.</source>
        <translation>각 데이터 묶음을 이 폴더에 씁니다: 교육청 공유 폴더, 동기화 폴더 또는 USB.</translation>
    </message>
    <message>
        <source>Each bundle is sent to %1 over an encrypted connection.</source>
        <translation>각 데이터 묶음을 암호화된 연결로 %1에 보냅니다.</translation>
    </message>
    <message>
        <source>Saved in this computer&apos;s keychain (type to replace)</source>
        <translation>이 컴퓨터의 키체인에 저장됨 (바꾸려면 입력)</translation>
    </message>
    <message>
        <source>The district gives you this token. It is kept in this computer&apos;s keychain, never in the school&apos;s database.</source>
        <translation>교육청에서 이 토큰을 제공합니다. 학교 데이터베이스가 아니라 이 컴퓨터의 키체인에 보관됩니다.</translation>
    </message>
    <message>
        <source>Only an https:// address needs a token.</source>
        <translation>https:// 주소에만 토큰이 필요합니다.</translation>
    </message>
    <message>
        <source>The District&apos;s Folder</source>
        <translation>교육청 폴더</translation>
    </message>
</context>
<context>
    <name>tutordesk::SyncText</name>
    <message>
        <source>today at %1</source>
        <translation>오늘 %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>어제 %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>내일 %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>nowhere yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <source>the folder %1</source>
        <translation>폴더 %1</translation>
    </message>
    <message>
        <source>Everything has reached the district.</source>
        <translation>모든 데이터가 교육청에 전달되었습니다.</translation>
    </message>
    <message>
        <source>Nothing has been sent to the district yet.</source>
        <translation>아직 교육청에 보낸 것이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting: no district destination is set.</source>
        <translation>
            <numerusform>데이터 묶음 %n개 대기 중: 교육청 전송 대상이 설정되지 않았습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting to be sent.</source>
        <translation>
            <numerusform>데이터 묶음 %n개가 전송 대기 중입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundles go to %1.</source>
        <translation>데이터 묶음 전송 대상: %1.</translation>
    </message>
    <message>
        <source>Waiting since %1.</source>
        <translation>%1부터 대기 중.</translation>
    </message>
    <message>
        <source>Last delivered %1 to %2.</source>
        <translation>마지막 전송: %1, %2(으)로.</translation>
    </message>
    <message>
        <source>Last try %1: %2</source>
        <translation>마지막 시도 %1: %2</translation>
    </message>
    <message>
        <source>TutorDesk will try again %1, or now with Send Now.</source>
        <translation>TutorDesk가 %1 다시 시도합니다. 지금 보내기로 바로 보낼 수도 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting: no district destination set</source>
        <translation>
            <numerusform>데이터 묶음 %n개 대기 중: 교육청 전송 대상 미설정</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting for the district</source>
        <translation>
            <numerusform>교육청 전송 대기 중인 데이터 묶음 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>동기화됨 %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>아직 동기화 안 됨</translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation>전송됨 %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message numerus="yes">
        <source>Waiting (%n attempt(s))</source>
        <translation>
            <numerusform>대기 중 (시도 %n회)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row</source>
        <translation>모든 행</translation>
    </message>
    <message>
        <source>Changes since the last bundle</source>
        <translation>지난 데이터 묶음 이후 변경 내용</translation>
    </message>
</context>
<context>
    <name>tutordesk::TemplateEditorDialog</name>
    <message>
        <source>built-in text</source>
        <translation>기본 제공 내용</translation>
    </message>
    <message>
        <source>the district&apos;s template pack</source>
        <translation>교육청 서식 묶음</translation>
    </message>
    <message>
        <source>the district&apos;s template pack (%1)</source>
        <translation>교육청 서식 묶음 (%1)</translation>
    </message>
    <message>
        <source>edited in TutorDesk</source>
        <translation>TutorDesk에서 편집됨</translation>
    </message>
    <message>
        <source>edited in TutorDesk by %1 on %2</source>
        <translation>%2에 %1이(가) TutorDesk에서 편집함</translation>
    </message>
    <message>
        <source>A &amp;qualified translator has checked this text</source>
        <translation>자격 있는 번역자가 이 내용을 확인함(&amp;Q)</translation>
    </message>
    <message>
        <source>Edit Letter: %1, %2</source>
        <translation>통신문 편집: %1, %2</translation>
    </message>
    <message>
        <source>Where the text comes from</source>
        <translation>내용 출처</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Letter text (HTML)</source>
        <translation>통신문 내용 (HTML)</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>자리 표시자</translation>
    </message>
    <message>
        <source>Enter or double-click inserts the placeholder at the cursor</source>
        <translation>Enter 또는 두 번 클릭하면 커서 위치에 자리 표시자를 삽입합니다</translation>
    </message>
    <message>
        <source>Preview with sample values</source>
        <translation>예시 값으로 미리 보기</translation>
    </message>
    <message>
        <source>Only when a qualified translator checked the changed text: otherwise the letter dialog says the translation is not yet reviewed</source>
        <translation>자격 있는 번역자가 변경된 내용을 확인한 경우에만 선택하십시오. 그렇지 않으면 통신문 대화 상자에 번역이 검토 전이라고 표시됩니다</translation>
    </message>
    <message>
        <source>Why the text was not saved</source>
        <translation>내용이 저장되지 않은 이유</translation>
    </message>
    <message>
        <source>Ti&amp;tle:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Text (HTML; placeholders in double braces):</source>
        <translation>내용(&amp;T) (HTML, 자리 표시자는 이중 중괄호):</translation>
    </message>
    <message>
        <source>&amp;Placeholders:</source>
        <translation>자리 표시자(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Insert Placeholder</source>
        <translation>자리 표시자 삽입(&amp;I)</translation>
    </message>
    <message>
        <source>Pre&amp;view (for the letter&apos;s student, or sample values in brackets):</source>
        <translation>미리 보기(&amp;V) (통신문의 학생 기준, 또는 괄호 안의 예시 값):</translation>
    </message>
    <message>
        <source>&amp;Restore Original</source>
        <translation>원본 복원(&amp;R)</translation>
    </message>
    <message>
        <source>Drop the edited text and use the district&apos;s or the built-in text again</source>
        <translation>편집한 내용을 버리고 교육청 또는 기본 제공 내용을 다시 사용합니다</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The letter&apos;s text could not be read: %1</source>
        <translation>통신문 내용을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>no text in this language yet; starting from the English text</source>
        <translation>아직 이 언어로 된 내용이 없어 영어 내용에서 시작합니다</translation>
    </message>
    <message>
        <source>Version %1, %2. %3</source>
        <translation>버전 %1, %2. %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Reviewed by a qualified translator.</source>
        <translation>자격 있는 번역자가 검토했습니다.</translation>
    </message>
    <message>
        <source>Not yet reviewed by a qualified translator.</source>
        <translation>자격 있는 번역자가 아직 검토하지 않았습니다.</translation>
    </message>
    <message>
        <source>Preview for %1</source>
        <translation>%1 미리 보기</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>저장되지 않음: %1</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>복원되지 않음: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::TierEditor</name>
    <message>
        <source>&amp;Limit the seats the program offers to</source>
        <translation>프로그램이 제공하는 자리 수 제한(&amp;L):</translation>
    </message>
    <message>
        <source>Each tier says how much tutoring a student gets and who qualifies for it by need score.</source>
        <translation>각 지원 단계는 학생이 받는 튜터링의 양과 필요도 점수에 따른 대상 기준을 정합니다.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>지원 단계</translation>
    </message>
    <message>
        <source>Sessions a week</source>
        <translation>주당 수업 횟수</translation>
    </message>
    <message>
        <source>Minutes each</source>
        <translation>회당 시간(분)</translation>
    </message>
    <message>
        <source>Largest group</source>
        <translation>최대 그룹 인원</translation>
    </message>
    <message>
        <source>Lowest need score</source>
        <translation>최저 필요도 점수</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>지원 단계</translation>
    </message>
    <message>
        <source>Restore De&amp;faults</source>
        <translation>기본값 복원(&amp;F)</translation>
    </message>
    <message>
        <source>Put back the tiers TutorDesk starts with</source>
        <translation>TutorDesk의 초기 지원 단계로 되돌립니다</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>자리</translation>
    </message>
    <message>
        <source>Seats the program offers</source>
        <translation>프로그램이 제공하는 자리</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> 자리</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier name · description</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 분</translation>
    </message>
    <message>
        <source>Sessions a week, %1</source>
        <translation>주당 수업 횟수, %1</translation>
    </message>
    <message>
        <source>Minutes each, %1</source>
        <translation>회당 시간(분), %1</translation>
    </message>
    <message>
        <source>Largest group, %1</source>
        <translation>최대 그룹 인원, %1</translation>
    </message>
    <message>
        <source>Lowest need score, %1</source>
        <translation>최저 필요도 점수, %1</translation>
    </message>
    <message>
        <source>Without a limit, TutorDesk plans new groups up to the seats your groups offer now, or a quarter of the students before there are groups: %1 today.</source>
        <translation>제한이 없으면 TutorDesk는 현재 그룹이 제공하는 자리 수까지, 또는 그룹이 없을 때는 학생의 4분의 1까지 새 그룹을 계획합니다: 오늘 기준 %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s)</source>
        <translation>
            <numerusform>자리 %Ln개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::Tiers</name>
    <message>
        <source>Give tiers 1, 2 and 3 once each (tier %1 appears %2 times).</source>
        <translation>1, 2, 3단계를 한 번씩만 지정하십시오 (%1단계가 %2번 있음).</translation>
    </message>
    <message>
        <source>Only tiers 1, 2 and 3 exist; remove the others.</source>
        <translation>1, 2, 3단계만 있습니다. 나머지는 삭제하십시오.</translation>
    </message>
    <message>
        <source>Tier %1 needs a name.</source>
        <translation>%1단계에 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>Tier %1: the largest group must be 1 to 4 students, not %2.</source>
        <translation>%1단계: 최대 그룹 인원은 %2명이 아니라 1~4명이어야 합니다.</translation>
    </message>
    <message>
        <source>Tier %1: sessions a week must be 0 to 10, not %2.</source>
        <translation>%1단계: 주당 수업 횟수는 %2회가 아니라 0~10회여야 합니다.</translation>
    </message>
    <message>
        <source>Tier %1: minutes a session must be 0 to 240, not %2.</source>
        <translation>%1단계: 회당 시간은 %2분이 아니라 0~240분이어야 합니다.</translation>
    </message>
    <message>
        <source>Tier %1 is tutoring: give it at least 1 session a week.</source>
        <translation>%1단계는 튜터링 단계입니다: 주당 1회 이상 수업을 지정하십시오.</translation>
    </message>
    <message>
        <source>Tier %1 is tutoring: give its sessions at least 5 minutes.</source>
        <translation>%1단계는 튜터링 단계입니다: 수업 시간을 5분 이상으로 지정하십시오.</translation>
    </message>
    <message>
        <source>Tier %1: the minimum need score must be 0 to 1000, not %2.</source>
        <translation>%1단계: 최저 필요도 점수는 %2이(가) 아니라 0~1000이어야 합니다.</translation>
    </message>
    <message>
        <source>Tier 2&apos;s minimum need score (%1) is below tier 1&apos;s (%2): raise tier 2&apos;s or lower tier 1&apos;s.</source>
        <translation>2단계의 최저 필요도 점수(%1)가 1단계(%2)보다 낮습니다: 2단계 값을 높이거나 1단계 값을 낮추십시오.</translation>
    </message>
    <message>
        <source>Tier 3&apos;s minimum need score (%1) is below tier 2&apos;s (%2): raise tier 3&apos;s or lower tier 2&apos;s.</source>
        <translation>3단계의 최저 필요도 점수(%1)가 2단계(%2)보다 낮습니다: 3단계 값을 높이거나 2단계 값을 낮추십시오.</translation>
    </message>
    <message>
        <source>The tiers could not be saved: %1</source>
        <translation>지원 단계를 저장할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::TodayPage</name>
    <message>
        <source>Take &amp;Attendance…</source>
        <translation>출석 체크(&amp;A)…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>&amp;Sessions today</source>
        <translation>오늘 수업(&amp;S)</translation>
    </message>
    <message>
        <source>Take attendance for the selected session (Enter or double-click does the same)</source>
        <translation>선택한 수업의 출석을 체크합니다 (Enter 또는 두 번 클릭도 같음)</translation>
    </message>
    <message>
        <source>What needs &amp;doing</source>
        <translation>해야 할 일(&amp;D)</translation>
    </message>
    <message>
        <source>Print the missed-session letters due, one page for each family, each in the family&apos;s language; each is logged as a contact</source>
        <translation>기한이 된 결석 안내 통신문을 인쇄합니다. 가정마다 한 페이지씩 가정의 언어로 인쇄되며, 각각 연락으로 기록됩니다</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due</source>
        <translation>후속 연락 예정(&amp;F)</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>후속 연락 예정</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation>최근 결과</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Enter or double-click logs the follow-up call.</source>
        <translation>Enter 또는 두 번 클릭하면 후속 전화를 기록합니다.</translation>
    </message>
    <message>
        <source>Today&apos;s sessions and actions could not be read: %1</source>
        <translation>오늘의 수업과 작업을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The letters due could not be read: %1</source>
        <translation>기한이 된 통신문을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>No sessions: weekend</source>
        <translation>수업 없음: 주말</translation>
    </message>
    <message>
        <source>No sessions: not a school day</source>
        <translation>수업 없음: 수업일 아님</translation>
    </message>
    <message>
        <source>No sessions: %1</source>
        <translation>수업 없음: %1</translation>
    </message>
    <message>
        <source>No sessions today</source>
        <translation>오늘 수업 없음</translation>
    </message>
    <message>
        <source>Print Due Le&amp;tters (%1)…</source>
        <translation>기한 통신문 인쇄(&amp;T) (%1)…</translation>
    </message>
    <message numerus="yes">
        <source>Print %n due letter(s)</source>
        <translation>
            <numerusform>기한 통신문 %n건 인쇄</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up with %1&apos;s family logged.</source>
        <translation>%1 학생 가정과의 후속 연락을 기록했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) logged as contacts.</source>
        <translation>
            <numerusform>통신문 %n건을 연락으로 기록했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due (%1)</source>
        <translation>후속 연락 예정(&amp;F) (%1)</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due: none</source>
        <translation>후속 연락 예정(&amp;F): 없음</translation>
    </message>
</context>
<context>
    <name>tutordesk::TodaySessionsList</name>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>오늘의 수업</translation>
    </message>
    <message>
        <source>%1 · started %2</source>
        <translation>%1 · %2 시작</translation>
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
        <translation>기능: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::TodayText</name>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Needs cover</source>
        <translation>대체 필요</translation>
    </message>
    <message>
        <source>No students</source>
        <translation>학생 없음</translation>
    </message>
    <message numerus="yes">
        <source>Taken · %1 of %n present</source>
        <translation>
            <numerusform>출석 체크함 · %n명 중 %1명 출석</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partly taken · %1 of %n recorded</source>
        <translation>
            <numerusform>일부 체크함 · %n명 중 %1명 기록</numerusform>
        </translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>체크 안 함</translation>
    </message>
    <message>
        <source>The tutor is out</source>
        <translation>튜터 부재</translation>
    </message>
    <message>
        <source>%1 is out</source>
        <translation>%1 부재</translation>
    </message>
    <message>
        <source>Attendance %1% over 4 weeks</source>
        <translation>4주간 출석률 %1%</translation>
    </message>
    <message numerus="yes">
        <source>%n absence(s) in a row</source>
        <translation>
            <numerusform>연속 결석 %n회</numerusform>
        </translation>
    </message>
    <message>
        <source>Absent %1</source>
        <translation>결석 %1</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>결석</translation>
    </message>
    <message>
        <source>Notify the family</source>
        <translation>가정에 알림</translation>
    </message>
    <message>
        <source>Schedule a make-up</source>
        <translation>보충 수업 예약</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>보고</translation>
    </message>
    <message>
        <source>Pause, offer the seat</source>
        <translation>보류, 자리 제안</translation>
    </message>
    <message>
        <source>Find cover</source>
        <translation>대체 튜터 찾기</translation>
    </message>
    <message numerus="yes">
        <source>Overdue · %n school day(s)</source>
        <translation>
            <numerusform>기한 지남 · 수업일 %n일</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>오늘 기한</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>기한 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) not taken</source>
        <translation>
            <numerusform>출석 미체크 수업 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n session(s) taken</source>
        <translation>
            <numerusform>수업 %n개 모두 출석 체크함</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n개 취소됨</numerusform>
        </translation>
    </message>
    <message>
        <source>No actions due</source>
        <translation>처리할 작업 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) due</source>
        <translation>
            <numerusform>처리할 작업 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n overdue)</source>
        <translation>
            <numerusform>(%n건 기한 지남)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>후속 연락 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>No sessions scheduled yet</source>
        <translation>아직 예약된 수업 없음</translation>
    </message>
    <message>
        <source>Sessions delivered: %1 of %2</source>
        <translation>진행한 수업: %2개 중 %1개</translation>
    </message>
    <message>
        <source> (%1%)</source>
        <translation> (%1%)</translation>
    </message>
    <message>
        <source> · attended %1</source>
        <translation> · 출석 %1</translation>
    </message>
    <message>
        <source>TK</source>
        <translation>TK</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>유치원</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>%1학년</translation>
    </message>
</context>
<context>
    <name>tutordesk::TokenStore</name>
    <message>
        <source>This computer&apos;s keychain did not answer, so the sync token was not saved. Unlock the keychain (or sign in to the desktop) and save it again; a scheduled sync can also take the token from TUTORDESK_TOKEN.</source>
        <translation>이 컴퓨터의 키체인이 응답하지 않아 동기화 토큰이 저장되지 않았습니다. 키체인 잠금을 해제하고 (또는 데스크톱에 로그인하고) 다시 저장하십시오. 예약 동기화는 TUTORDESK_TOKEN에서 토큰을 가져올 수도 있습니다.</translation>
    </message>
    <message>
        <source>The sync token could not be saved in this computer&apos;s keychain (%1). TutorDesk never keeps it in the database; a scheduled sync can take it from TUTORDESK_TOKEN.</source>
        <translation>동기화 토큰을 이 컴퓨터의 키체인에 저장할 수 없습니다 (%1). TutorDesk는 토큰을 데이터베이스에 보관하지 않습니다. 예약 동기화는 TUTORDESK_TOKEN에서 가져올 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Transport</name>
    <message>
        <source>the finished file could not be renamed</source>
        <translation>완료된 파일의 이름을 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>No district destination is set: choose one in Settings ▸ District sync.</source>
        <translation>교육청 전송 대상이 설정되지 않았습니다: 설정 ▸ 교육청 동기화에서 선택하십시오.</translation>
    </message>
    <message>
        <source>The folder %1 is not there: is the USB stick or the district drive connected? The bundle waits in the outbox.</source>
        <translation>%1 폴더가 없습니다: USB나 교육청 드라이브가 연결되어 있습니까? 데이터 묶음은 보낼 편지함에서 대기합니다.</translation>
    </message>
    <message>
        <source>TutorDesk cannot write in the folder %1 (%2): check that the drive is not read-only and that you may write there. The bundle waits in the outbox.</source>
        <translation>TutorDesk가 %1 폴더에 쓸 수 없습니다 (%2): 드라이브가 읽기 전용이 아닌지, 쓰기 권한이 있는지 확인하십시오. 데이터 묶음은 보낼 편지함에서 대기합니다.</translation>
    </message>
    <message>
        <source>The bundle could not be written in full to the folder %1 (%2): is the drive full or was it removed? Nothing was left under the bundle&apos;s name; it waits in the outbox.</source>
        <translation>데이터 묶음을 %1 폴더에 모두 쓸 수 없습니다 (%2): 드라이브가 가득 찼거나 분리되었습니까? 데이터 묶음 이름으로 남은 파일은 없으며, 보낼 편지함에서 대기합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bundle name TutorDesk writes. Make a new export.</source>
        <translation>&quot;%1&quot;은(는) TutorDesk가 쓰는 데이터 묶음 이름이 아닙니다. 새로 내보내십시오.</translation>
    </message>
    <message>
        <source>TutorDesk could not reach %1: this computer may be offline, or the address is wrong. TutorDesk will try again.</source>
        <translation>TutorDesk가 %1에 연결할 수 없습니다: 이 컴퓨터가 오프라인이거나 주소가 잘못되었을 수 있습니다. TutorDesk가 다시 시도합니다.</translation>
    </message>
    <message>
        <source>%1 refused the connection: the district&apos;s server may be down. TutorDesk will try again.</source>
        <translation>%1이(가) 연결을 거부했습니다: 교육청 서버가 중단되었을 수 있습니다. TutorDesk가 다시 시도합니다.</translation>
    </message>
    <message numerus="yes">
        <source>The district&apos;s server at %1 did not answer (timed out after %n second(s)). TutorDesk will try again.</source>
        <translation>
            <numerusform>%1의 교육청 서버가 응답하지 않았습니다 (%n초 후 시간 초과). TutorDesk가 다시 시도합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The district&apos;s server at %1 could not prove who it is (its security certificate was not accepted), so nothing was sent. Ask the district&apos;s IT to check the server&apos;s certificate.</source>
        <translation>%1의 교육청 서버가 신원을 증명하지 못해 (보안 인증서가 허용되지 않음) 아무것도 보내지 않았습니다. 교육청 IT 부서에 서버 인증서 확인을 요청하십시오.</translation>
    </message>
    <message>
        <source>Sending to %1 failed (%2). TutorDesk will try again.</source>
        <translation>%1(으)로 보내지 못했습니다 (%2). TutorDesk가 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The district&apos;s server refused the sync token (%1): check it in Settings ▸ District sync.</source>
        <translation>교육청 서버가 동기화 토큰을 거부했습니다 (%1): 설정 ▸ 교육청 동기화에서 확인하십시오.</translation>
    </message>
    <message>
        <source>The district&apos;s server does not know this address (%1 not found at %2): check the address and the school code in Settings ▸ District sync.</source>
        <translation>교육청 서버가 이 주소를 모릅니다 (%2에서 %1을(를) 찾을 수 없음): 설정 ▸ 교육청 동기화에서 주소와 학교 코드를 확인하십시오.</translation>
    </message>
    <message>
        <source>The bundle is too large for the district&apos;s server (413): ask the district&apos;s IT to accept larger uploads.</source>
        <translation>데이터 묶음이 교육청 서버에 비해 너무 큽니다 (413): 교육청 IT 부서에 더 큰 업로드를 허용하도록 요청하십시오.</translation>
    </message>
    <message>
        <source>The district&apos;s server had a problem (%1); TutorDesk will try again.</source>
        <translation>교육청 서버에 문제가 있었습니다 (%1). TutorDesk가 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The district&apos;s server at %1 did not accept the bundle (it answered %2). TutorDesk will try again; if this goes on, tell the district&apos;s IT.</source>
        <translation>%1의 교육청 서버가 데이터 묶음을 받지 않았습니다 (응답 %2). TutorDesk가 다시 시도합니다. 계속되면 교육청 IT 부서에 알리십시오.</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorAbsences</name>
    <message>
        <source>Give the first and the last day the tutor is out.</source>
        <translation>튜터가 부재하는 첫날과 마지막 날을 입력하십시오.</translation>
    </message>
    <message>
        <source>The last day out (%1) is before the first (%2): swap them.</source>
        <translation>부재 마지막 날(%1)이 첫날(%2)보다 앞입니다: 두 날짜를 바꾸십시오.</translation>
    </message>
    <message>
        <source>There is no tutor %1 (they may have been removed). Reload the Tutors page.</source>
        <translation>튜터 %1이(가) 없습니다 (삭제되었을 수 있습니다). 튜터 페이지를 다시 불러오십시오.</translation>
    </message>
    <message>
        <source>The absence could not be saved in %1: %2</source>
        <translation>부재를 %1에 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>That absence no longer exists (it may have been taken back already). Reload the page.</source>
        <translation>해당 부재가 더 이상 없습니다 (이미 취소되었을 수 있습니다). 페이지를 다시 불러오십시오.</translation>
    </message>
    <message>
        <source>The absence could not be taken back in %1: %2</source>
        <translation>%1에서 부재를 취소할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorDialog</name>
    <message>
        <source>Background check date</source>
        <translation>범죄 경력 조회 날짜</translation>
    </message>
    <message>
        <source>Background check valid until</source>
        <translation>범죄 경력 조회 유효 기한</translation>
    </message>
    <message>
        <source>TB test date</source>
        <translation>결핵 검사 날짜</translation>
    </message>
    <message>
        <source>TB test valid until</source>
        <translation>결핵 검사 유효 기한</translation>
    </message>
    <message>
        <source>Add Tutor</source>
        <translation>튜터 추가</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 편집</translation>
    </message>
    <message>
        <source>Substitute pool: not assigned to groups, offered when a tutor is out</source>
        <translation>대체 튜터 명단: 그룹에 배정되지 않으며, 튜터 부재 시 제안됨</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>성</translation>
    </message>
    <message>
        <source>Type of tutor</source>
        <translation>튜터 유형</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>이름(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>성(&amp;L):</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>유형(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>이메일(&amp;E):</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>전화(&amp;H):</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>상태(&amp;A):</translation>
    </message>
    <message>
        <source>S&amp;upervisor:</source>
        <translation>관리자(&amp;U):</translation>
    </message>
    <message>
        <source>Subjects:</source>
        <translation>과목:</translation>
    </message>
    <message>
        <source>Clearances</source>
        <translation>신원 조회</translation>
    </message>
    <message>
        <source>&amp;Background check on:</source>
        <translation>범죄 경력 조회일(&amp;B):</translation>
    </message>
    <message>
        <source>Background check &amp;valid until:</source>
        <translation>범죄 경력 조회 유효 기한(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;TB test on:</source>
        <translation>결핵 검사일(&amp;T):</translation>
    </message>
    <message>
        <source>TB test valid u&amp;ntil:</source>
        <translation>결핵 검사 유효 기한(&amp;N):</translation>
    </message>
    <message>
        <source>Lan&amp;guages the tutor speaks</source>
        <translation>튜터가 구사하는 언어(&amp;G)</translation>
    </message>
    <message>
        <source>Languages the tutor speaks</source>
        <translation>튜터가 구사하는 언어</translation>
    </message>
    <message>
        <source>Tick every language the tutor can speak with students and families</source>
        <translation>튜터가 학생 및 가정과 대화할 수 있는 언어를 모두 선택하십시오</translation>
    </message>
    <message>
        <source>When the tutor can teach each week</source>
        <translation>튜터가 매주 지도할 수 있는 시간</translation>
    </message>
    <message>
        <source>What to change before saving</source>
        <translation>저장하기 전에 변경할 사항</translation>
    </message>
    <message>
        <source>Teaches %1</source>
        <translation>%1 지도</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>The supervisors could not be read: %1</source>
        <translation>관리자를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (title)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The tutor could not be saved: %1</source>
        <translation>튜터를 저장할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorImport</name>
    <message>
        <source>Write availability as days and times, windows separated by semicolons: &quot;Mon 08:00-12:00; Wed 13:00-15:30&quot; (Mon-Fri and Mon/Wed work too).</source>
        <translation>가능 시간은 요일과 시간으로 쓰고 구간은 세미콜론으로 구분하십시오: &quot;Mon 08:00-12:00; Wed 13:00-15:30&quot; (Mon-Fri, Mon/Wed도 가능).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day and times.</source>
        <translation>&quot;%1&quot;은(는) 요일과 시간이 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a time that is not a time of day (00:00 to 23:59).</source>
        <translation>&quot;%1&quot;에 올바른 시각(00:00~23:59)이 아닌 시간이 있습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a range of weekdays. Write Mon, Tue, Wed, Thu, Fri, Sat or Sun (or the full name), or a range such as Mon-Fri.</source>
        <translation>&quot;%1&quot;은(는) 요일 범위가 아닙니다. Mon, Tue, Wed, Thu, Fri, Sat 또는 Sun(또는 전체 이름)이나 Mon-Fri 같은 범위로 쓰십시오.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a weekday. Write Mon, Tue, Wed, Thu, Fri, Sat or Sun (or the full name).</source>
        <translation>&quot;%1&quot;은(는) 요일이 아닙니다. Mon, Tue, Wed, Thu, Fri, Sat 또는 Sun(또는 전체 이름)으로 쓰십시오.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no weekday.</source>
        <translation>&quot;%1&quot;에 요일이 없습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a supervisor TutorDesk knows. Write their first and last name (or their id) and they are added.</source>
        <translation>&quot;%1&quot;은(는) TutorDesk가 아는 관리자가 아닙니다. 이름과 성(또는 ID)을 쓰면 추가됩니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would be supervisor number %2 added by this file; an import adds at most %3. Check the column, or add supervisors on the Tutors page first.</source>
        <translation>&quot;%1&quot;은(는) 이 파일로 추가되는 %2번째 관리자가 됩니다. 가져오기로 추가할 수 있는 관리자는 최대 %3명입니다. 열을 확인하거나, 먼저 튜터 페이지에서 관리자를 추가하십시오.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>The file has no first name column. Name the column of first names &quot;First name&quot; (the first line of the file holds the column names).</source>
        <translation>파일에 이름 열이 없습니다. 이름 열의 이름을 &quot;First name&quot;으로 지정하십시오 (파일 첫 줄에 열 이름이 있습니다).</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>The file has no last name column. Name the column of last names &quot;Last name&quot; (the first line of the file holds the column names).</source>
        <translation>파일에 성 열이 없습니다. 성 열의 이름을 &quot;Last name&quot;으로 지정하십시오 (파일 첫 줄에 열 이름이 있습니다).</translation>
    </message>
    <message>
        <source>The first name is missing. Enter the tutor&apos;s first name.</source>
        <translation>이름이 없습니다. 튜터의 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>The last name is missing. Enter the tutor&apos;s last name.</source>
        <translation>성이 없습니다. 튜터의 성을 입력하십시오.</translation>
    </message>
    <message>
        <source>%1 is also on line %2. List each tutor once: remove one of the two lines.</source>
        <translation>%1이(가) %2번째 줄에도 있습니다. 각 튜터는 한 번만 있어야 합니다: 두 줄 중 하나를 삭제하십시오.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tutor type. Write one of: %2.</source>
        <translation>&quot;%1&quot;은(는) 튜터 유형이 아닙니다. 다음 중 하나를 쓰십시오: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status. Write one of: %2.</source>
        <translation>&quot;%1&quot;은(는) 상태가 아닙니다. 다음 중 하나를 쓰십시오: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subject. Write one or more of: %2, separated by semicolons.</source>
        <translation>&quot;%1&quot;은(는) 과목이 아닙니다. 다음 중 하나 이상을 세미콜론으로 구분하여 쓰십시오: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language TutorDesk knows. Write a code (es, ko, vi) or an English name (Spanish, Korean, Vietnamese).</source>
        <translation>&quot;%1&quot;은(는) TutorDesk가 아는 언어가 아닙니다. 코드(es, ko, vi)나 영어 이름(Spanish, Korean, Vietnamese)으로 쓰십시오.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as YYYY-MM-DD (2026-08-01) or M/D/YYYY (8/1/2026).</source>
        <translation>&quot;%1&quot;은(는) 날짜가 아닙니다. YYYY-MM-DD (2026-08-01) 또는 M/D/YYYY (8/1/2026) 형식으로 쓰십시오.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Would add %n supervisor(s): %1.</source>
        <translation>
            <numerusform>관리자 %n명이 추가됩니다: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n supervisor(s): %1.</source>
        <translation>
            <numerusform>관리자 %n명을 추가했습니다: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n line(s) with no values in any column.</source>
        <translation>
            <numerusform>모든 열이 비어 있는 %n줄을 건너뛰었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not read: %1.</source>
        <translation>읽지 않은 열: %1.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, %2번째 줄: %3</translation>
    </message>
    <message>
        <source>The tutors in %1 could not be saved in %2: %3</source>
        <translation>%1의 튜터를 %2에 저장할 수 없습니다: %3</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorOutDialog</name>
    <message>
        <source>%1 to %2</source>
        <comment>first day to last day</comment>
        <translation>%1 ~ %2</translation>
    </message>
    <message>
        <source>Mark Tutor Out</source>
        <translation>튜터 부재 표시</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who is out, and when?&lt;/b&gt;</source>
        <translation>&lt;b&gt;누가, 언제 부재합니까?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The tutors could not be read: %1</source>
        <translation>튜터를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Sick, personal day, training…</source>
        <translation>병가, 개인 휴가, 연수…</translation>
    </message>
    <message>
        <source>&amp;Tutor:</source>
        <translation>튜터(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>시작(&amp;F):</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>종료(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>사유(&amp;R):</translation>
    </message>
    <message>
        <source>Next, TutorDesk lists their sessions in these days and proposes a free, cleared substitute or a make-up time for each.</source>
        <translation>다음으로, TutorDesk가 이 기간의 수업을 나열하고 각 수업에 대해 시간이 되고 신원 조회가 완료된 대체 튜터나 보충 수업 시간을 제안합니다.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>결정</translation>
    </message>
    <message>
        <source>Sessions to cover</source>
        <translation>대체할 수업</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 이전(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>다음(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>적용(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>The last day is before the first: change one of them.</source>
        <translation>마지막 날이 첫날보다 앞입니다: 둘 중 하나를 변경하십시오.</translation>
    </message>
    <message>
        <source>The sessions could not be read: %1</source>
        <translation>수업을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 has no sessions in these days.</source>
        <translation>%1 튜터는 이 기간에 수업이 없습니다.</translation>
    </message>
    <message>
        <source>Apply saves the absence (%1).</source>
        <translation>적용하면 부재가 저장됩니다 (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%1 is out %2. %n session(s) need a decision: TutorDesk proposes one for each; change any you like, then Apply.</source>
        <translation>
            <numerusform>%1 튜터가 %2 부재합니다. 수업 %n개에 대한 결정이 필요합니다: TutorDesk가 각각 제안하니 원하는 대로 변경한 후 적용하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>저장되지 않음: %1</translation>
    </message>
    <message>
        <source>%1&apos;s absence is saved, but not the decisions: %2 Change that decision and click Apply again.</source>
        <translation>%1 튜터의 부재는 저장되었지만 결정은 저장되지 않았습니다: %2 해당 결정을 변경하고 적용을 다시 클릭하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) covered by a substitute</source>
        <translation>
            <numerusform>수업 %n개를 대체 튜터가 맡음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled with a make-up</source>
        <translation>
            <numerusform>%n개 취소 및 보충 수업 예약</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n개 취소</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is out %2.</source>
        <translation>%1 튜터가 %2 부재합니다.</translation>
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
        <translation>%1까지 신원 조회 완료</translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>오늘 만료</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>%n일 후 만료</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>%1에 만료됨</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>기록 안 됨</translation>
    </message>
    <message>
        <source>Background check: %1, valid until %2
TB test: %3, valid until %4</source>
        <translation>범죄 경력 조회: %1, %2까지 유효
결핵 검사: %3, %4까지 유효</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes a week</comment>
        <translation>%1분</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>과목</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>신원 조회</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>그룹</translation>
    </message>
    <message>
        <source>Weekly minutes</source>
        <translation>주간 시간(분)</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorText</name>
    <message>
        <source>Certified teacher</source>
        <translation>정교사</translation>
    </message>
    <message>
        <source>Paraprofessional</source>
        <translation>보조 교사</translation>
    </message>
    <message>
        <source>College student</source>
        <translation>대학생</translation>
    </message>
    <message>
        <source>Retired educator</source>
        <translation>퇴직 교육자</translation>
    </message>
    <message>
        <source>Community tutor</source>
        <translation>지역사회 튜터</translation>
    </message>
    <message>
        <source>Vendor (virtual)</source>
        <translation>외부 업체 (온라인)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>활동 중</translation>
    </message>
    <message>
        <source>Substitute pool</source>
        <translation>대체 튜터 명단</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>비활성</translation>
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
        <translation>%1 튜터가 아직 %2을(를) 맡고 있습니다. 먼저 %3에 다른 튜터를 지정하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>그룹 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>The supervisor chosen for %1 no longer exists. Choose another supervisor.</source>
        <translation>%1에 지정된 관리자가 더 이상 없습니다. 다른 관리자를 선택하십시오.</translation>
    </message>
    <message>
        <source>Another tutor already has the id %1. Give %2 a different id.</source>
        <translation>다른 튜터가 이미 ID %1을(를) 사용합니다. %2에게 다른 ID를 지정하십시오.</translation>
    </message>
    <message>
        <source>%1 is no longer in the tutor list (someone may have removed them). Reload the Tutors page.</source>
        <translation>%1은(는) 더 이상 튜터 목록에 없습니다 (다른 사람이 삭제했을 수 있습니다). 튜터 페이지를 다시 불러오십시오.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 expires on %3, before it was done (%4): check both dates.</source>
        <translation>%1 튜터의 %2 만료일(%3)이 실시일(%4)보다 앞입니다: 두 날짜를 모두 확인하십시오.</translation>
    </message>
    <message>
        <source>Enter the tutor&apos;s first name.</source>
        <translation>튜터의 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter %1&apos;s last name.</source>
        <translation>%1의 성을 입력하십시오.</translation>
    </message>
    <message>
        <source>Type: &quot;%1&quot; is not a tutor type. Choose one of: %2.</source>
        <translation>유형: &quot;%1&quot;은(는) 튜터 유형이 아닙니다. 다음 중 하나를 선택하십시오: %2.</translation>
    </message>
    <message>
        <source>Status: &quot;%1&quot; is not a status. Choose one of: %2.</source>
        <translation>상태: &quot;%1&quot;은(는) 상태가 아닙니다. 다음 중 하나를 선택하십시오: %2.</translation>
    </message>
    <message>
        <source>Subjects: choose at least one subject %1 can teach (reading, math, writing or other).</source>
        <translation>과목: %1 튜터가 가르칠 수 있는 과목을 하나 이상 선택하십시오 (읽기, 수학, 쓰기 또는 기타).</translation>
    </message>
    <message>
        <source>Subjects: &quot;%1&quot; is not a subject. Choose reading, math, writing or other.</source>
        <translation>과목: &quot;%1&quot;은(는) 과목이 아닙니다. 읽기, 수학, 쓰기 또는 기타 중에서 선택하십시오.</translation>
    </message>
    <message>
        <source>Languages: remove the empty language.</source>
        <translation>언어: 빈 언어를 삭제하십시오.</translation>
    </message>
    <message>
        <source>Availability: %1 is not a weekday (1 = Monday … 7 = Sunday).</source>
        <translation>가능 시간: %1은(는) 요일이 아닙니다 (1 = 월요일 … 7 = 일요일).</translation>
    </message>
    <message>
        <source>Availability on %1: enter both a start and an end time.</source>
        <translation>%1 가능 시간: 시작 시간과 종료 시간을 모두 입력하십시오.</translation>
    </message>
    <message>
        <source>Availability on %1: %2–%3 ends before it starts. Make the end later than the start.</source>
        <translation>%1 가능 시간: %2–%3의 종료가 시작보다 앞입니다. 종료 시간을 시작 시간보다 늦게 지정하십시오.</translation>
    </message>
    <message>
        <source>Availability on %1: %2–%3 and %4–%5 overlap. Join them into one window or move one.</source>
        <translation>%1 가능 시간: %2–%3과(와) %4–%5이(가) 겹칩니다. 하나로 합치거나 하나를 옮기십시오.</translation>
    </message>
    <message>
        <source>background check</source>
        <translation>범죄 경력 조회</translation>
    </message>
    <message>
        <source>TB test</source>
        <translation>결핵 검사</translation>
    </message>
    <message>
        <source>%1 could not be saved in %2: %3</source>
        <translation>%1을(를) %2에 저장할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tutor status. Choose active, substitute or inactive.</source>
        <translation>&quot;%1&quot;은(는) 튜터 상태가 아닙니다. 활동 중, 대체 또는 비활성 중에서 선택하십시오.</translation>
    </message>
    <message>
        <source>That tutor is no longer in the tutor list. Reload the Tutors page.</source>
        <translation>해당 튜터는 더 이상 튜터 목록에 없습니다. 튜터 페이지를 다시 불러오십시오.</translation>
    </message>
    <message>
        <source>The tutor&apos;s status could not be changed in %1: %2</source>
        <translation>%1에서 튜터 상태를 변경할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorsPage</name>
    <message>
        <source>&amp;Add Tutor…</source>
        <translation>튜터 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>편집(&amp;D)…</translation>
    </message>
    <message>
        <source>Mark &amp;Inactive</source>
        <translation>비활성으로 표시(&amp;I)</translation>
    </message>
    <message>
        <source>Mark &amp;Out…</source>
        <translation>부재 표시(&amp;O)…</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>가져오기(&amp;M)…</translation>
    </message>
    <message>
        <source>Tutors by status</source>
        <translation>상태별 튜터</translation>
    </message>
    <message>
        <source>Add a tutor with their subjects, languages, hours and clearances</source>
        <translation>과목, 언어, 가능 시간, 신원 조회와 함께 튜터를 추가합니다</translation>
    </message>
    <message>
        <source>Change the selected tutor (double-click or Enter)</source>
        <translation>선택한 튜터를 변경합니다 (두 번 클릭 또는 Enter)</translation>
    </message>
    <message>
        <source>Take the selected tutor off the roster, or bring them back</source>
        <translation>선택한 튜터를 명단에서 제외하거나 다시 포함합니다</translation>
    </message>
    <message>
        <source>The selected tutor is out: cover or cancel their sessions</source>
        <translation>선택한 튜터가 부재합니다: 수업을 대체하거나 취소합니다</translation>
    </message>
    <message>
        <source>Bring in tutors from a spreadsheet saved as CSV</source>
        <translation>CSV로 저장한 스프레드시트에서 튜터를 가져옵니다</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>튜터</translation>
    </message>
    <message>
        <source>Find Tutor</source>
        <translation>튜터 찾기</translation>
    </message>
    <message>
        <source>Imported tutors: %1 new, %2 changed, %3 unchanged.</source>
        <translation>튜터를 가져왔습니다: 새 튜터 %1, 변경 %2, 변경 없음 %3.</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>표시(&amp;W):</translation>
    </message>
    <message>
        <source>Show tutors</source>
        <translation>튜터 표시</translation>
    </message>
    <message>
        <source>All tutors</source>
        <translation>모든 튜터</translation>
    </message>
    <message>
        <source>Search by name, subject, language or supervisor</source>
        <translation>이름, 과목, 언어 또는 관리자로 검색</translation>
    </message>
    <message>
        <source>Search tutors</source>
        <translation>튜터 검색</translation>
    </message>
    <message>
        <source>Type part of a name, an email, a subject, a language or a supervisor (Ctrl+F)</source>
        <translation>이름, 이메일, 과목, 언어 또는 관리자의 일부를 입력하십시오 (Ctrl+F)</translation>
    </message>
    <message>
        <source>The tutors could not be read: %1</source>
        <translation>튜터를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 · %2 active · %3 in the substitute pool</source>
        <translation>%1 · 활동 중 %2명 · 대체 튜터 명단 %3명</translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s)</source>
        <translation>
            <numerusform>튜터 %n명</numerusform>
        </translation>
    </message>
    <message>
        <source>No tutors yet. Add your tutors or import them from a spreadsheet.</source>
        <translation>아직 튜터가 없습니다. 튜터를 추가하거나 스프레드시트에서 가져오십시오.</translation>
    </message>
    <message>
        <source>No tutor matches the search or the filter. Clear the search or show all tutors.</source>
        <translation>검색이나 필터에 맞는 튜터가 없습니다. 검색을 지우거나 모든 튜터를 표시하십시오.</translation>
    </message>
    <message>
        <source>Make Ac&amp;tive</source>
        <translation>활성화(&amp;T)</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1을(를) 추가했습니다.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>The tutor could not be changed: %1</source>
        <translation>튜터를 변경할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 튜터가 다시 활동 중입니다.</translation>
    </message>
    <message>
        <source>%1 is inactive and no longer offered for groups or as a substitute.</source>
        <translation>%1 튜터는 비활성 상태이며 더 이상 그룹이나 대체 튜터로 제안되지 않습니다.</translation>
    </message>
    <message>
        <source>Import Tutors</source>
        <translation>튜터 가져오기</translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s) read.</source>
        <translation>
            <numerusform>튜터 %n명을 읽었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the file: %2 new, %3 changed, %4 unchanged.</source>
        <translation>파일의 %1: 새 튜터 %2, 변경 %3, 변경 없음 %4.</translation>
    </message>
</context>
<context>
    <name>tutordesk::UiLanguage</name>
    <message>
        <source>As the Computer Is Set</source>
        <translation>컴퓨터 설정에 따름</translation>
    </message>
</context>
<context>
    <name>tutordesk::WaitlistModel</name>
    <message>
        <source>%1 · ID %2 · waiting for a seat in %3</source>
        <translation>%1 · ID %2 · %3 자리 대기 중</translation>
    </message>
    <message>
        <source>#</source>
        <comment>rank on the waitlist</comment>
        <translation>#</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>학년</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>과목</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>지원 단계</translation>
    </message>
    <message>
        <source>Need score</source>
        <translation>필요도 점수</translation>
    </message>
</context>
<context>
    <name>tutordesk::WeekLegend</name>
    <message>
        <source>Legend</source>
        <translation>범례</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>⚠ Needs cover</source>
        <translation>⚠ 대체 필요</translation>
    </message>
</context>
<context>
    <name>tutordesk::WeekView</name>
    <message>
        <source>Week</source>
        <translation>주간</translation>
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
        <translation>%1 (오늘)</translation>
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
        <translation>출석 부진</translation>
    </message>
    <message>
        <source>Attending, not improving</source>
        <translation>출석하지만 향상 없음</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 외 %n명</numerusform>
        </translation>
    </message>
    <message>
        <source>tutor absent</source>
        <translation>튜터 부재</translation>
    </message>
    <message>
        <source>school event</source>
        <translation>학교 행사</translation>
    </message>
    <message>
        <source>weather</source>
        <translation>날씨</translation>
    </message>
    <message>
        <source>student event</source>
        <translation>학생 행사</translation>
    </message>
    <message>
        <source>other reasons</source>
        <translation>기타 사유</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>진행</translation>
    </message>
    <message>
        <source>Make-ups held</source>
        <translation>진행한 보충 수업</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>No attendance yet</source>
        <translation>아직 출석 없음</translation>
    </message>
    <message>
        <source>No supervisors or tutors are set up.</source>
        <translation>설정된 관리자나 튜터가 없습니다.</translation>
    </message>
    <message>
        <source>%1 — over capacity</source>
        <translation>%1 — 정원 초과</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>튜터</translation>
    </message>
    <message>
        <source>Can coach</source>
        <translation>코칭 가능</translation>
    </message>
    <message numerus="yes">
        <source>%n other supervisor(s) within capacity.</source>
        <translation>
            <numerusform>정원 내 다른 관리자 %n명.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s) without a supervisor: %1.</source>
        <translation>
            <numerusform>관리자가 없는 튜터 %n명: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>외 %n명</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <source>(a session)</source>
        <translation>(수업)</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Weekly operating review — %1 — week of %2</source>
        <translation>주간 운영 검토 — %1 — %2 주</translation>
    </message>
    <message>
        <source>This week has not begun: there is nothing to count yet.</source>
        <translation>이번 주가 아직 시작되지 않았습니다: 아직 집계할 것이 없습니다.</translation>
    </message>
    <message>
        <source>Figures from %1 through %2 (the week is not over).</source>
        <translation>%1부터 %2까지의 수치 (주가 끝나지 않음).</translation>
    </message>
    <message>
        <source>Figures from %1 through %2.</source>
        <translation>%1부터 %2까지의 수치.</translation>
    </message>
    <message>
        <source>No attendance taken yet this week (last week %1).</source>
        <translation>이번 주에는 아직 출석 체크가 없습니다 (지난주 %1).</translation>
    </message>
    <message>
        <source>No attendance taken this week or last.</source>
        <translation>이번 주와 지난주 모두 출석 체크가 없습니다.</translation>
    </message>
    <message>
        <source>%1 of %2 student sessions attended</source>
        <translation>학생 수업 %2회 중 %1회 출석</translation>
    </message>
    <message>
        <source>Attendance %1 (%2; none taken last week).</source>
        <translation>출석률 %1 (%2, 지난주는 체크 없음).</translation>
    </message>
    <message numerus="yes">
        <source>up %n point(s)</source>
        <translation>
            <numerusform>%n%p 상승</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>down %n point(s)</source>
        <translation>
            <numerusform>%n%p 하락</numerusform>
        </translation>
    </message>
    <message>
        <source>no change</source>
        <translation>변화 없음</translation>
    </message>
    <message>
        <source>Attendance %1 (last week %2, %3): %4.</source>
        <translation>출석률 %1 (지난주 %2, %3): %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held</source>
        <translation>
            <numerusform>수업 %n회 진행</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n of them make-ups)</source>
        <translation>
            <numerusform>(그중 보충 수업 %n회)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n cancelled</source>
        <translation>
            <numerusform>, %n회 취소</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n past session(s) still without attendance</source>
        <translation>
            <numerusform>; 아직 출석이 없는 지난 수업 %n회</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation>취소: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Fill rate %1: %2 of %n active group(s) have an active tutor cleared to work.</source>
        <translation>
            <numerusform>배정률 %1: 활동 중인 그룹 %n개 중 %2개에 신원 조회가 완료된 활동 중인 튜터가 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) covered by a substitute</source>
        <translation>
            <numerusform>수업 %n회를 대체 튜터가 맡음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n tutor(s) absent this week.</source>
        <translation>
            <numerusform>; 이번 주 튜터 부재 %n명.</numerusform>
        </translation>
    </message>
    <message>
        <source>No student is flagged as not attending or as attending but not improving.</source>
        <translation>출석 부진이나 출석하지만 향상 없음으로 표시된 학생이 없습니다.</translation>
    </message>
    <message>
        <source>%1 not attending; %2 attending well but not improving.</source>
        <translation>출석 부진 %1; 잘 출석하지만 향상 없음 %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>학생 %n명</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 attempted, %2 reached (%3); %4 sent.</source>
        <translation>%1 시도, %2 통화 (%3); %4 발송.</translation>
    </message>
    <message numerus="yes">
        <source>%n family contact(s)</source>
        <translation>
            <numerusform>가정 연락 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>families of %n student(s)</source>
        <translation>
            <numerusform>학생 %n명의 가정</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>통신문 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>No protocol action is overdue.</source>
        <translation>기한이 지난 절차 작업이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n protocol action(s) overdue; the oldest:</source>
        <translation>
            <numerusform>기한이 지난 절차 작업 %n건, 가장 오래된 항목:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n protocol action(s) overdue:</source>
        <translation>
            <numerusform>기한이 지난 절차 작업 %n건:</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>출석</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>수업</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>인력 배치</translation>
    </message>
    <message>
        <source>Not staffed: %1.</source>
        <translation>인력 미배치: %1.</translation>
    </message>
    <message>
        <source>Tutors per supervisor</source>
        <translation>관리자당 튜터 수</translation>
    </message>
    <message>
        <source>Family outreach</source>
        <translation>가정 연락</translation>
    </message>
    <message>
        <source>Progress flags</source>
        <translation>진도 표시</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>기한 지난 작업</translation>
    </message>
    <message>
        <source>Not staffed: %1</source>
        <translation>인력 미배치: %1</translation>
    </message>
    <message>
        <source>%1: %2 tutors, can coach %3 — over capacity</source>
        <translation>%1: 튜터 %2명, 코칭 가능 %3명 — 정원 초과</translation>
    </message>
    <message>
        <source>%1: %2 tutors, can coach %3</source>
        <translation>%1: 튜터 %2명, 코칭 가능 %3명</translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s) without a supervisor: %1</source>
        <translation>
            <numerusform>관리자가 없는 튜터 %n명: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1 — %2, due %3</source>
        <translation>%1 — %2, 기한 %3</translation>
    </message>
</context>
<context>
    <name>tutordesk::WeeklyReviewTab</name>
    <message>
        <source>◀ &amp;Previous Week</source>
        <translation>◀ 이전 주(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;This Week</source>
        <translation>이번 주(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Next Week ▶</source>
        <translation>다음 주(&amp;N) ▶</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>인쇄(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDF로 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>Print the review on one page for the weekly meeting</source>
        <translation>주간 회의용으로 검토 내용을 한 페이지에 인쇄합니다</translation>
    </message>
    <message>
        <source>Save the review as a one-page PDF</source>
        <translation>검토 내용을 한 페이지 PDF로 저장합니다</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>%1 주</translation>
    </message>
    <message>
        <source>The review could not be read: %1</source>
        <translation>검토 내용을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Weekly review %1</source>
        <translation>주간 검토 %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::WelcomeWindow</name>
    <message>
        <source>Welcome to TutorDesk</source>
        <translation>TutorDesk에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Run your school&apos;s tutoring program by need: who gets a seat, who tutors them and when, and whether it works.</source>
        <translation>학교의 튜터링 프로그램을 필요도에 따라 운영하십시오: 누가 자리를 받는지, 누가 언제 지도하는지, 그리고 효과가 있는지를 관리합니다.</translation>
    </message>
    <message>
        <source>How would you like to start?</source>
        <translation>어떻게 시작하시겠습니까?</translation>
    </message>
    <message>
        <source>&amp;Set up my school</source>
        <translation>우리 학교 설정하기(&amp;S)</translation>
    </message>
    <message>
        <source>Enter your school&apos;s name, its code and the school-year dates. It takes a minute.</source>
        <translation>학교 이름, 학교 코드, 학년도 날짜를 입력하십시오. 1분이면 됩니다.</translation>
    </message>
    <message>
        <source>&amp;Open an existing database…</source>
        <translation>기존 데이터베이스 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a TutorDesk file (.tutordesk), for example one copied from another computer or a backup.</source>
        <translation>TutorDesk 파일(.tutordesk)을 엽니다. 예를 들어 다른 컴퓨터에서 복사한 파일이나 백업 파일입니다.</translation>
    </message>
    <message>
        <source>&amp;Explore a demo school</source>
        <translation>데모 학교 둘러보기(&amp;E)</translation>
    </message>
    <message>
        <source>Try TutorDesk on a made-up school of about 600 students. Your own school&apos;s data is kept apart.</source>
        <translation>학생 약 600명의 가상 학교에서 TutorDesk를 사용해 보십시오. 우리 학교 데이터는 따로 보관됩니다.</translation>
    </message>
    <message>
        <source>TutorDesk keeps your school&apos;s data in one file on this computer and works without an internet connection.</source>
        <translation>TutorDesk는 학교 데이터를 이 컴퓨터의 파일 하나에 보관하며 인터넷 연결 없이 작동합니다.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
</context>
</TS>
