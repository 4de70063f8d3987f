<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>tutordesk::AboutBox</name>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;School:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Database:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Data version:&lt;/b&gt; %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Trường:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Cơ sở dữ liệu:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Phiên bản dữ liệu:&lt;/b&gt; %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TutorDesk %1&lt;/h3&gt;&lt;p&gt;Intensive tutoring, run by need: who gets a seat, who tutors them and when, who attended, and whether it works.&lt;/p&gt;%2&lt;p&gt;Built with Qt %3 (running on Qt %4).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TutorDesk %1&lt;/h3&gt;&lt;p&gt;Chương trình gia sư tăng cường, vận hành theo nhu cầu: ai được nhận chỗ, ai dạy và khi nào, ai đã đi học, và chương trình có hiệu quả hay không.&lt;/p&gt;%2&lt;p&gt;Xây dựng bằng Qt %3 (đang chạy trên Qt %4).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About TutorDesk</source>
        <translation>Giới thiệu về TutorDesk</translation>
    </message>
</context>
<context>
    <name>tutordesk::ActionPanel</name>
    <message>
        <source>Selected action</source>
        <translation>Việc đã chọn</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Gia đình</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Thời lượng học</translation>
    </message>
    <message>
        <source>&amp;Log Contact…</source>
        <translation>&amp;Ghi nhận liên lạc…</translation>
    </message>
    <message>
        <source>Log the call, text or visit; saving resolves the action</source>
        <translation>Ghi lại cuộc gọi, tin nhắn hoặc lần đến thăm; khi lưu, việc này sẽ được giải quyết</translation>
    </message>
    <message>
        <source>Schedule &amp;Make-up…</source>
        <translation>Xếp buổi học &amp;bù…</translation>
    </message>
    <message>
        <source>A make-up session for this student</source>
        <translation>Một buổi học bù cho học sinh này</translation>
    </message>
    <message>
        <source>&amp;Pause and Offer Seat…</source>
        <translation>&amp;Tạm ngưng và nhường chỗ…</translation>
    </message>
    <message>
        <source>Pause the seat and offer it to the top of the waitlist</source>
        <translation>Tạm ngưng chỗ và nhường cho học sinh đứng đầu danh sách chờ</translation>
    </message>
    <message>
        <source>Find &amp;Cover…</source>
        <translation>Tìm người &amp;dạy thay…</translation>
    </message>
    <message>
        <source>Open the session on the Schedule page</source>
        <translation>Mở buổi học trên trang Lịch</translation>
    </message>
    <message>
        <source>&amp;Write Letter…</source>
        <translation>&amp;Viết thư…</translation>
    </message>
    <message>
        <source>Print or save a missed-session letter in the family&apos;s language; it is logged as a contact</source>
        <translation>In hoặc lưu thư báo vắng buổi học bằng ngôn ngữ của gia đình; thư được ghi nhận là một lần liên lạc</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;Xong…</translation>
    </message>
    <message>
        <source>Mark the action done, with a note</source>
        <translation>Đánh dấu việc đã xong, kèm ghi chú</translation>
    </message>
    <message>
        <source>Not &amp;Needed…</source>
        <translation>&amp;Không cần…</translation>
    </message>
    <message>
        <source>Mark the action not needed, with a note saying why</source>
        <translation>Đánh dấu việc không cần làm, kèm ghi chú nêu lý do</translation>
    </message>
    <message>
        <source>No action selected</source>
        <translation>Chưa chọn việc nào</translation>
    </message>
    <message>
        <source>Choose an action on the left to see the family and what resolves it.</source>
        <translation>Chọn một việc ở bên trái để xem thông tin gia đình và cách giải quyết việc đó.</translation>
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
        <translation>Chưa có người giám hộ trong hồ sơ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Family: %1</source>
        <translation>Gia đình: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Điện thoại: %1</translation>
    </message>
    <message>
        <source>none on file</source>
        <translation>không có trong hồ sơ</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Ngôn ngữ: %1</translation>
    </message>
    <message>
        <source>Prefers: %1</source>
        <translation>Ưu tiên: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Email: %1</translation>
    </message>
    <message>
        <source>The dosage could not be read: %1</source>
        <translation>Không đọc được thời lượng học: %1</translation>
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
        <translation>Không thể tạo trường mẫu. %1</translation>
    </message>
    <message>
        <source>Open a TutorDesk Database</source>
        <translation>Mở cơ sở dữ liệu TutorDesk</translation>
    </message>
    <message>
        <source>TutorDesk databases (*.%1);;All files (*)</source>
        <translation>Cơ sở dữ liệu TutorDesk (*.%1);;Tất cả các tệp (*)</translation>
    </message>
</context>
<context>
    <name>tutordesk::AssessmentDialog</name>
    <message>
        <source>The student could not be read: %1</source>
        <translation>Không đọc được thông tin học sinh: %1</translation>
    </message>
    <message>
        <source>Assessments — %1</source>
        <translation>Đánh giá — %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Môn học</translation>
    </message>
    <message>
        <source>Skill or test</source>
        <translation>Kỹ năng hoặc bài kiểm tra</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Đợt</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Placement, group or notes</source>
        <translation>Xếp mức, nhóm hoặc ghi chú</translation>
    </message>
    <message>
        <source>Assessment history</source>
        <translation>Lịch sử đánh giá</translation>
    </message>
    <message>
        <source>&amp;Remove Selected…</source>
        <translation>&amp;Xóa mục đã chọn…</translation>
    </message>
    <message>
        <source>Remove an assessment entered by mistake.</source>
        <translation>Xóa một kết quả đánh giá đã nhập nhầm.</translation>
    </message>
    <message>
        <source>Tutor &amp;observation</source>
        <translation>&amp;Quan sát của gia sư</translation>
    </message>
    <message>
        <source>Student &amp;confidence</source>
        <translation>Mức &amp;tự tin của học sinh</translation>
    </message>
    <message>
        <source>&amp;Benchmark</source>
        <translation>Bài kiểm tra định &amp;kỳ</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Không có nhóm</translation>
    </message>
    <message>
        <source>The student&apos;s groups could not be read: %1</source>
        <translation>Không đọc được các nhóm của học sinh: %1</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>Không xếp hạng</translation>
    </message>
    <message>
        <source>1 — beginning</source>
        <translation>1 — mới bắt đầu</translation>
    </message>
    <message>
        <source>2 — developing</source>
        <translation>2 — đang phát triển</translation>
    </message>
    <message>
        <source>3 — secure</source>
        <translation>3 — vững vàng</translation>
    </message>
    <message>
        <source>4 — independent</source>
        <translation>4 — tự làm được</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Nhóm:</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Xếp hạng:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Record Observation</source>
        <translation>Ghi nhận quan sát</translation>
    </message>
    <message>
        <source>1 — not at all sure</source>
        <translation>1 — hoàn toàn không chắc</translation>
    </message>
    <message>
        <source>2 — a little sure</source>
        <translation>2 — hơi chắc</translation>
    </message>
    <message>
        <source>3 — somewhat sure</source>
        <translation>3 — khá chắc</translation>
    </message>
    <message>
        <source>4 — sure</source>
        <translation>4 — chắc chắn</translation>
    </message>
    <message>
        <source>5 — very sure</source>
        <translation>5 — rất chắc chắn</translation>
    </message>
    <message>
        <source>How sure the student feels:</source>
        <translation>Mức độ tự tin của học sinh:</translation>
    </message>
    <message>
        <source>Record Rating</source>
        <translation>Ghi nhận xếp hạng</translation>
    </message>
    <message>
        <source>e.g. i-Ready Diagnostic</source>
        <translation>ví dụ: i-Ready Diagnostic</translation>
    </message>
    <message>
        <source>e.g. 2 grade levels below</source>
        <translation>ví dụ: thấp hơn 2 cấp lớp</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Chưa có</translation>
    </message>
    <message>
        <source>Grade levels below grade; negative when above grade.</source>
        <translation>Số cấp lớp thấp hơn lớp hiện tại; số âm nếu cao hơn.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Môn học:</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>Bài kiểm tra:</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Đợt:</translation>
    </message>
    <message>
        <source>Scale score:</source>
        <translation>Điểm quy đổi:</translation>
    </message>
    <message>
        <source>Placement:</source>
        <translation>Xếp mức:</translation>
    </message>
    <message>
        <source>Grade levels below:</source>
        <translation>Số cấp lớp thấp hơn:</translation>
    </message>
    <message>
        <source>Record Benchmark</source>
        <translation>Ghi nhận bài kiểm tra định kỳ</translation>
    </message>
    <message>
        <source>The assessments could not be read: %1</source>
        <translation>Không đọc được các kết quả đánh giá: %1</translation>
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
        <translation>Chưa ghi nhận quan sát: %1</translation>
    </message>
    <message>
        <source>Observation recorded for %1.</source>
        <translation>Đã ghi nhận quan sát cho %1.</translation>
    </message>
    <message>
        <source>The rating was not recorded: %1</source>
        <translation>Chưa ghi nhận xếp hạng: %1</translation>
    </message>
    <message>
        <source>Confidence %1 of 5 recorded.</source>
        <translation>Đã ghi nhận mức tự tin %1/5.</translation>
    </message>
    <message>
        <source>The benchmark was not recorded: %1</source>
        <translation>Chưa ghi nhận bài kiểm tra định kỳ: %1</translation>
    </message>
    <message>
        <source>%1 benchmark recorded.</source>
        <translation>Đã ghi nhận bài kiểm tra định kỳ %1.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1/%2 (%3)</translation>
    </message>
    <message>
        <source>Remove Assessment?</source>
        <translation>Xóa kết quả đánh giá?</translation>
    </message>
    <message>
        <source>Remove the %1? Only do this for one entered by mistake.</source>
        <translation>Xóa %1? Chỉ thực hiện với kết quả đã nhập nhầm.</translation>
    </message>
    <message>
        <source>Assessment removed.</source>
        <translation>Đã xóa kết quả đánh giá.</translation>
    </message>
    <message>
        <source>What the tutor saw, e.g. “Uses arrays for 6×7 without a prompt”</source>
        <translation>Những gì gia sư quan sát được, ví dụ “Dùng mảng để tính 6×7 mà không cần gợi ý”</translation>
    </message>
</context>
<context>
    <name>tutordesk::AssessmentText</name>
    <message>
        <source>Skill probe</source>
        <translation>Bài kiểm tra nhanh kỹ năng</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Kiểm tra định kỳ</translation>
    </message>
    <message>
        <source>Tutor observation</source>
        <translation>Quan sát của gia sư</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Mức tự tin</translation>
    </message>
    <message>
        <source>Pre</source>
        <translation>Đầu kỳ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến trình</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Cuối kỳ</translation>
    </message>
    <message>
        <source>Beginning of year</source>
        <translation>Đầu năm</translation>
    </message>
    <message>
        <source>Middle of year</source>
        <translation>Giữa năm</translation>
    </message>
    <message>
        <source>End of year</source>
        <translation>Cuối năm</translation>
    </message>
</context>
<context>
    <name>tutordesk::Assessments</name>
    <message>
        <source>There is no student %1 (they may have been removed). Reload the page.</source>
        <translation>Không có học sinh %1 (có thể đã bị xóa). Vui lòng tải lại trang.</translation>
    </message>
    <message>
        <source>Choose the day of the assessment.</source>
        <translation>Vui lòng chọn ngày đánh giá.</translation>
    </message>
    <message>
        <source>%1 is in the future. Enter an assessment on or after its day.</source>
        <translation>%1 là ngày trong tương lai. Hãy nhập kết quả đánh giá vào hoặc sau ngày đánh giá.</translation>
    </message>
    <message>
        <source>There is no group %1 (it may have been removed). Choose another group.</source>
        <translation>Không có nhóm %1 (có thể đã bị xóa). Vui lòng chọn nhóm khác.</translation>
    </message>
    <message>
        <source>The assessment could not be saved in %1: %2</source>
        <translation>Không thể lưu kết quả đánh giá vào %1: %2</translation>
    </message>
    <message>
        <source>Write what the tutor observed: an observation needs notes.</source>
        <translation>Vui lòng ghi những gì gia sư quan sát được: quan sát cần có ghi chú.</translation>
    </message>
    <message>
        <source>The observation rating is %1; it must be 1 to 4, or none.</source>
        <translation>Xếp hạng quan sát là %1; phải từ 1 đến 4, hoặc để trống.</translation>
    </message>
    <message>
        <source>The confidence rating is %1; it must be 1 (not at all) to 5 (very).</source>
        <translation>Mức tự tin là %1; phải từ 1 (hoàn toàn không) đến 5 (rất).</translation>
    </message>
    <message>
        <source>Choose the benchmark&apos;s subject.</source>
        <translation>Vui lòng chọn môn học của bài kiểm tra định kỳ.</translation>
    </message>
    <message>
        <source>Name the benchmark test, e.g. i-Ready Diagnostic.</source>
        <translation>Vui lòng nhập tên bài kiểm tra định kỳ, ví dụ i-Ready Diagnostic.</translation>
    </message>
    <message>
        <source>Choose the test window: beginning, middle or end of year.</source>
        <translation>Vui lòng chọn đợt kiểm tra: đầu năm, giữa năm hoặc cuối năm.</translation>
    </message>
    <message>
        <source>The scale score %1 is below 0. Check the score report.</source>
        <translation>Điểm quy đổi %1 nhỏ hơn 0. Vui lòng kiểm tra lại phiếu điểm.</translation>
    </message>
    <message>
        <source>Grade levels below is %1; it must be between -3 (above grade) and 12.</source>
        <translation>Số cấp lớp thấp hơn là %1; phải từ -3 (cao hơn lớp) đến 12.</translation>
    </message>
    <message>
        <source>That assessment is already gone (someone may have removed it). Reload the page.</source>
        <translation>Kết quả đánh giá đó không còn nữa (có thể ai đó đã xóa). Vui lòng tải lại trang.</translation>
    </message>
    <message>
        <source>The assessment could not be removed from %1: %2</source>
        <translation>Không thể xóa kết quả đánh giá khỏi %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::Attendance</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 ngày %2</translation>
    </message>
    <message>
        <source>%1 was present at %2: the minutes attended must be between 1 and %3, not %4.</source>
        <translation>%1 có mặt tại %2: số phút tham dự phải từ 1 đến %3, không phải %4.</translation>
    </message>
    <message>
        <source>%1 is only %2 minutes long: record %3 as present or absent.</source>
        <translation>%1 chỉ dài %2 phút: hãy ghi %3 là có mặt hoặc vắng.</translation>
    </message>
    <message>
        <source>%1 was tardy to %2: give the minutes they attended (1 to %3).</source>
        <translation>%1 đi trễ buổi %2: hãy nhập số phút đã tham dự (từ 1 đến %3).</translation>
    </message>
    <message>
        <source>%1 was tardy to %2: the minutes attended must be between 1 and %3, not %4 (a student who attended all %5 minutes is present).</source>
        <translation>%1 đi trễ buổi %2: số phút tham dự phải từ 1 đến %3, không phải %4 (học sinh tham dự đủ %5 phút được tính là có mặt).</translation>
    </message>
    <message>
        <source>%1 is on %2: attendance can be taken from that day on.</source>
        <translation>%1 diễn ra vào %2: có thể điểm danh từ ngày đó trở đi.</translation>
    </message>
    <message>
        <source>%1 was cancelled: a cancelled session has no attendance. Restore it on the Schedule page first, or record the students at a make-up.</source>
        <translation>%1 đã bị hủy: buổi học đã hủy không có điểm danh. Hãy khôi phục buổi học trên trang Lịch trước, hoặc ghi nhận học sinh tại một buổi học bù.</translation>
    </message>
    <message>
        <source>There is no student %1 (they may have been removed). Reload the attendance sheet.</source>
        <translation>Không có học sinh %1 (có thể đã bị xóa). Vui lòng tải lại bảng điểm danh.</translation>
    </message>
    <message>
        <source>%1 is not on the sheet of %2: only the group&apos;s students (or the students a make-up is for) can be recorded there.</source>
        <translation>%1 không có trong bảng điểm danh của %2: chỉ có thể ghi nhận học sinh của nhóm (hoặc học sinh được xếp buổi học bù).</translation>
    </message>
    <message>
        <source>%1 is marked twice for %2: keep one mark.</source>
        <translation>%1 được đánh dấu hai lần cho %2: hãy giữ lại một dấu.</translation>
    </message>
    <message>
        <source>%1 is past: changing what was recorded for it needs a reason, which the audit log keeps with who changed it and when. Give the reason for the change.</source>
        <translation>%1 đã qua: để thay đổi nội dung đã ghi nhận cần có lý do; nhật ký kiểm tra sẽ lưu lý do cùng người thay đổi và thời điểm. Vui lòng nêu lý do thay đổi.</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>buổi học %1</translation>
    </message>
    <message>
        <source>There is no session %1 (it may have been removed). Reload the schedule.</source>
        <translation>Không có buổi học %1 (có thể đã bị xóa). Vui lòng tải lại lịch.</translation>
    </message>
    <message>
        <source>The attendance of %1 could not be saved in %2: %3</source>
        <translation>Không thể lưu điểm danh của %1 vào %2: %3</translation>
    </message>
    <message>
        <source>No session &quot;%1&quot; in this school. `tutordesk-cli schedule --json` lists them.</source>
        <translation>Trường này không có buổi học &quot;%1&quot;. Lệnh `tutordesk-cli schedule --json` sẽ liệt kê các buổi học.</translation>
    </message>
    <message>
        <source>No student &quot;%1&quot; in this school: give the student&apos;s district id.</source>
        <translation>Trường này không có học sinh &quot;%1&quot;: hãy nhập mã học khu của học sinh.</translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceDialog</name>
    <message>
        <source>&amp;All Present</source>
        <translation>&amp;Tất cả có mặt</translation>
    </message>
    <message>
        <source>Take Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Skill covered</source>
        <translation>Kỹ năng đã học</translation>
    </message>
    <message>
        <source>What the session worked on</source>
        <translation>Nội dung buổi học đã luyện tập</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Lý do thay đổi</translation>
    </message>
    <message>
        <source>Required: why this past record changes (kept in the audit log)</source>
        <translation>Bắt buộc: lý do thay đổi bản ghi cũ này (được lưu trong nhật ký kiểm tra)</translation>
    </message>
    <message>
        <source>S&amp;kill covered:</source>
        <translation>&amp;Kỹ năng đã học:</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>&amp;Lý do thay đổi:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Save the attendance (%1)</source>
        <translation>Lưu điểm danh (%1)</translation>
    </message>
    <message>
        <source>Mark every student not marked yet as present (A on the sheet, or %1)</source>
        <translation>Đánh dấu có mặt cho mọi học sinh chưa được đánh dấu (A trên bảng, hoặc %1)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Buổi học</translation>
    </message>
    <message>
        <source>&lt;b&gt;P&lt;/b&gt; present · &lt;b&gt;T&lt;/b&gt; tardy, then the minutes · &lt;b&gt;E&lt;/b&gt; absent, excused · &lt;b&gt;U&lt;/b&gt; absent, unexcused&lt;br&gt;&lt;b&gt;A&lt;/b&gt; everyone else present · &lt;b&gt;Space&lt;/b&gt; absent from school · &lt;b&gt;%1&lt;/b&gt; save</source>
        <translation>&lt;b&gt;P&lt;/b&gt; có mặt · &lt;b&gt;T&lt;/b&gt; đi trễ, rồi nhập số phút · &lt;b&gt;E&lt;/b&gt; vắng có phép · &lt;b&gt;U&lt;/b&gt; vắng không phép&lt;br&gt;&lt;b&gt;A&lt;/b&gt; những em còn lại có mặt · &lt;b&gt;Space&lt;/b&gt; nghỉ học cả ngày · &lt;b&gt;%1&lt;/b&gt; lưu</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>The session&apos;s attendance could not be read: %1</source>
        <translation>Không đọc được điểm danh của buổi học: %1</translation>
    </message>
    <message>
        <source>This session no longer exists. Close this window and choose another session.</source>
        <translation>Buổi học này không còn tồn tại. Vui lòng đóng cửa sổ này và chọn buổi học khác.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No session&lt;/b&gt;</source>
        <translation>&lt;b&gt;Không có buổi học&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Attendance — %1</source>
        <translation>Điểm danh — %1</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>Chưa có gia sư</translation>
    </message>
    <message>
        <source>%1, substituting for %2</source>
        <translation>%1, dạy thay cho %2</translation>
    </message>
    <message>
        <source>no room given</source>
        <translation>chưa có phòng</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · %4</source>
        <comment>group, when · tutor · room</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · %4</translation>
    </message>
    <message>
        <source>&lt;br&gt;Target skill: %1</source>
        <translation>&lt;br&gt;Kỹ năng mục tiêu: %1</translation>
    </message>
    <message>
        <source>Nobody is expected at this session: its group has no students that day.</source>
        <translation>Buổi học này không có học sinh nào: nhóm không có học sinh vào ngày đó.</translation>
    </message>
    <message>
        <source>Mark the students first: P present, T tardy, E excused, U unexcused.</source>
        <translation>Vui lòng đánh dấu học sinh trước: P có mặt, T đi trễ, E vắng có phép, U vắng không phép.</translation>
    </message>
    <message>
        <source>This changes attendance already recorded for a past session: give a reason for the change. The audit log keeps it.</source>
        <translation>Thao tác này thay đổi điểm danh đã ghi cho một buổi học đã qua: vui lòng nêu lý do thay đổi. Nhật ký kiểm tra sẽ lưu lại lý do.</translation>
    </message>
    <message>
        <source>Discard Attendance?</source>
        <translation>Hủy bỏ điểm danh?</translation>
    </message>
    <message>
        <source>The attendance you entered for this session is not saved yet.</source>
        <translation>Điểm danh bạn đã nhập cho buổi học này chưa được lưu.</translation>
    </message>
    <message>
        <source>Discard it, or go back and save it with %1.</source>
        <translation>Hủy bỏ, hoặc quay lại và lưu bằng %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n có mặt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tardy</source>
        <translation>
            <numerusform>%n đi trễ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absent</source>
        <translation>
            <numerusform>%n vắng</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Attendance updated for %1: %2.</source>
        <translation>Đã cập nhật điểm danh cho %1: %2.</translation>
    </message>
    <message>
        <source>Attendance saved for %1: %2.</source>
        <translation>Đã lưu điểm danh cho %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up action(s) due.</source>
        <translation>
            <numerusform>Có %n việc theo dõi cần làm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up action(s) no longer needed.</source>
        <translation>
            <numerusform>%n việc theo dõi không còn cần thiết.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceSheetDelegate</name>
    <message>
        <source>Minutes attended</source>
        <translation>Số phút tham dự</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceSheetModel</name>
    <message>
        <source>District id %1</source>
        <translation>Mã học khu %1</translation>
    </message>
    <message>
        <source>Absent from school that day, not only from tutoring (Space)</source>
        <translation>Nghỉ học cả ngày hôm đó, không chỉ vắng buổi gia sư (Space)</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Chưa đánh dấu</translation>
    </message>
    <message>
        <source>P present · T tardy · E absent, excused · U absent, unexcused</source>
        <translation>P có mặt · T đi trễ · E vắng có phép · U vắng không phép</translation>
    </message>
    <message>
        <source>Type minutes</source>
        <translation>Nhập số phút</translation>
    </message>
    <message numerus="yes">
        <source>Minutes attended, less than the session&apos;s %n minute(s)</source>
        <translation>
            <numerusform>Số phút tham dự, ít hơn %n phút của buổi học</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes attended (the session&apos;s length unless the student left early)</source>
        <translation>Số phút tham dự (bằng thời lượng buổi học, trừ khi học sinh về sớm)</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Học sinh</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Số phút</translation>
    </message>
    <message>
        <source>Absent from school</source>
        <translation>Nghỉ học</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceSheetView</name>
    <message>
        <source>Attendance sheet</source>
        <translation>Bảng điểm danh</translation>
    </message>
    <message>
        <source>P present · T tardy (then type the minutes) · E absent, excused · U absent, unexcused
A: everyone not marked is present · Space: absent from school · Ctrl+Enter: save</source>
        <translation>P có mặt · T đi trễ (rồi nhập số phút) · E vắng có phép · U vắng không phép
A: mọi em chưa đánh dấu đều có mặt · Space: nghỉ học cả ngày · Ctrl+Enter: lưu</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Chưa đánh dấu</translation>
    </message>
    <message>
        <source>Type minutes</source>
        <translation>Nhập số phút</translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceStatuses</name>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Tardy</source>
        <translation>Đi trễ</translation>
    </message>
    <message>
        <source>Absent, excused</source>
        <translation>Vắng có phép</translation>
    </message>
    <message>
        <source>Absent, unexcused</source>
        <translation>Vắng không phép</translation>
    </message>
</context>
<context>
    <name>tutordesk::AvailabilityEditor</name>
    <message>
        <source>Add &amp;Time</source>
        <translation>&amp;Thêm giờ</translation>
    </message>
    <message>
        <source>Remove Ti&amp;me</source>
        <translation>&amp;Xóa giờ</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Weekly availability</source>
        <translation>Thời gian rảnh hằng tuần</translation>
    </message>
    <message>
        <source>Add a day and the hours the tutor can teach on it</source>
        <translation>Thêm một ngày và các giờ gia sư có thể dạy trong ngày đó</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Xóa dòng đã chọn</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Rảnh từ</translation>
    </message>
    <message>
        <source>Available until</source>
        <translation>Rảnh đến</translation>
    </message>
</context>
<context>
    <name>tutordesk::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>tutordesk::BundleExport</name>
    <message>
        <source>There is no school in this database yet, so there is nothing to export. Create the school (Settings ▸ School) first.</source>
        <translation>Cơ sở dữ liệu này chưa có trường nào, nên không có gì để xuất. Vui lòng tạo trường trước (Cài đặt ▸ Trường).</translation>
    </message>
    <message>
        <source>The export was asked without a time. This is a fault in TutorDesk: please report it.</source>
        <translation>Yêu cầu xuất dữ liệu không có thời gian. Đây là lỗi của TutorDesk: vui lòng báo lỗi.</translation>
    </message>
    <message>
        <source>The bundle could not be made: the database refused (%1). Nothing was put in the outbox; try again, and if it keeps failing, check the disk.</source>
        <translation>Không thể tạo gói dữ liệu: cơ sở dữ liệu đã từ chối (%1). Chưa có gì được đưa vào hộp thư đi; hãy thử lại, và nếu vẫn lỗi, vui lòng kiểm tra ổ đĩa.</translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was put in the outbox.</source>
        <translation>Đã hủy việc xuất dữ liệu. Chưa có gì được đưa vào hộp thư đi.</translation>
    </message>
    <message>
        <source>The bundle&apos;s zip could not be written (out of memory?). Close other programs and export again.</source>
        <translation>Không thể ghi tệp zip của gói dữ liệu (hết bộ nhớ?). Vui lòng đóng các chương trình khác và xuất lại.</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarDayDialog</name>
    <message>
        <source>First day</source>
        <translation>Ngày đầu tiên</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ngày cuối cùng</translation>
    </message>
    <message>
        <source>Add Day Off</source>
        <translation>Thêm ngày nghỉ</translation>
    </message>
    <message>
        <source>Edit Calendar Days</source>
        <translation>Sửa ngày trong lịch</translation>
    </message>
    <message>
        <source>Kind of day</source>
        <translation>Loại ngày</translation>
    </message>
    <message>
        <source>Holidays, breaks and non-instructional days have no sessions; minimum days have shorter ones</source>
        <translation>Ngày lễ, kỳ nghỉ và ngày không giảng dạy không có buổi học; ngày học rút ngắn có buổi học ngắn hơn</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>e.g. Veterans Day, Winter break, Parent conferences</source>
        <translation>ví dụ: Ngày Cựu chiến binh, Nghỉ đông, Họp phụ huynh</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Mô tả:</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 đến %2 (%n ngày)</numerusform>
        </translation>
    </message>
    <message>
        <source>Days being changed</source>
        <translation>Các ngày đang thay đổi</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Đế&amp;n:</translation>
    </message>
    <message>
        <source>How many school days this covers</source>
        <translation>Khoảng này gồm bao nhiêu ngày học</translation>
    </message>
    <message>
        <source>No weekdays in this range: weekends are never school days.</source>
        <translation>Không có ngày thường nào trong khoảng này: cuối tuần không bao giờ là ngày học.</translation>
    </message>
    <message numerus="yes">
        <source>Covers %n weekday(s); weekends are skipped.</source>
        <translation>
            <numerusform>Gồm %n ngày thường; bỏ qua cuối tuần.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarDaysModel</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Thứ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarEditor</name>
    <message>
        <source>A day in the list has no date. Enter the date.</source>
        <translation>Một ngày trong danh sách chưa có ngày tháng. Vui lòng nhập ngày.</translation>
    </message>
    <message>
        <source>%1 is outside the school year (%2 to %3). Choose a day in the year, or change the year&apos;s dates first.</source>
        <translation>%1 nằm ngoài năm học (%2 đến %3). Vui lòng chọn một ngày trong năm học, hoặc thay đổi ngày của năm học trước.</translation>
    </message>
    <message>
        <source>%1 is a weekend day; the calendar lists weekdays only. Choose a weekday.</source>
        <translation>%1 là ngày cuối tuần; lịch chỉ liệt kê ngày thường. Vui lòng chọn một ngày thường.</translation>
    </message>
    <message>
        <source>%1: choose school day, minimum day, holiday, break or non-instructional day.</source>
        <translation>%1: hãy chọn ngày học, ngày học rút ngắn, ngày lễ, kỳ nghỉ hoặc ngày không giảng dạy.</translation>
    </message>
    <message>
        <source>There is no school year yet. Set up the school first, then its calendar.</source>
        <translation>Chưa có năm học. Vui lòng thiết lập trường trước, sau đó đến lịch nhà trường.</translation>
    </message>
    <message>
        <source>The calendar could not be saved in %1: %2</source>
        <translation>Không thể lưu lịch vào %1: %2</translation>
    </message>
    <message>
        <source>Sessions on a minimum day can last %1 to %2 minutes, not %3. Change the minutes.</source>
        <translation>Buổi học vào ngày học rút ngắn có thể kéo dài từ %1 đến %2 phút, không phải %3. Vui lòng thay đổi số phút.</translation>
    </message>
    <message>
        <source>The minimum day length could not be saved in %1: %2</source>
        <translation>Không thể lưu thời lượng ngày học rút ngắn vào %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarImport</name>
    <message>
        <source>There is no school year yet to import %1 into. Set up the school first.</source>
        <translation>Chưa có năm học để nhập %1 vào. Vui lòng thiết lập trường trước.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>The file has no date column. Name the column of days &quot;Date&quot; (the first line of the file holds the column names).</source>
        <translation>Tệp không có cột ngày. Hãy đặt tên cột ngày là &quot;Date&quot; (dòng đầu tiên của tệp chứa tên các cột).</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>The file has no kind column. Add a column &quot;Kind&quot; saying holiday, break, minimum day, non-instructional or instructional for each line.</source>
        <translation>Tệp không có cột loại. Hãy thêm cột &quot;Kind&quot; ghi holiday, break, minimum day, non-instructional hoặc instructional cho mỗi dòng.</translation>
    </message>
    <message>
        <source>the school year runs %1 to %2</source>
        <translation>năm học kéo dài từ %1 đến %2</translation>
    </message>
    <message>
        <source>The date is missing. Enter the day as YYYY-MM-DD (2026-11-11) or M/D/YYYY (11/11/2026).</source>
        <translation>Thiếu ngày. Hãy nhập ngày theo dạng YYYY-MM-DD (2026-11-11) hoặc M/D/YYYY (11/11/2026).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as YYYY-MM-DD (2026-11-11) or M/D/YYYY (11/11/2026).</source>
        <translation>&quot;%1&quot; không phải là ngày. Hãy viết theo dạng YYYY-MM-DD (2026-11-11) hoặc M/D/YYYY (11/11/2026).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write the last day of the range as YYYY-MM-DD or M/D/YYYY, or leave it empty for one day.</source>
        <translation>&quot;%1&quot; không phải là ngày. Hãy viết ngày cuối của khoảng theo dạng YYYY-MM-DD hoặc M/D/YYYY, hoặc để trống nếu chỉ có một ngày.</translation>
    </message>
    <message>
        <source>The range ends (%1) before it starts (%2). Swap the two dates.</source>
        <translation>Khoảng ngày kết thúc (%1) trước khi bắt đầu (%2). Hãy đổi chỗ hai ngày.</translation>
    </message>
    <message>
        <source>The kind of day is missing.</source>
        <translation>Thiếu loại ngày.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of day.</source>
        <translation>&quot;%1&quot; không phải là một loại ngày.</translation>
    </message>
    <message>
        <source>Write holiday, break, minimum day, non-instructional or instructional.</source>
        <translation>Hãy ghi holiday, break, minimum day, non-instructional hoặc instructional.</translation>
    </message>
    <message>
        <source>%1 is outside the school year (%2). Correct the date or remove the line.</source>
        <translation>%1 nằm ngoài năm học (%2). Vui lòng sửa ngày hoặc xóa dòng này.</translation>
    </message>
    <message>
        <source>%1 is a weekend day; the calendar lists weekdays only. Correct the date or remove the line.</source>
        <translation>%1 là ngày cuối tuần; lịch chỉ liệt kê ngày thường. Vui lòng sửa ngày hoặc xóa dòng này.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n line(s) with no values in any column.</source>
        <translation>
            <numerusform>Đã bỏ qua %n dòng không có giá trị ở cột nào.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n weekend day(s) inside the ranges: weekends are never school days.</source>
        <translation>
            <numerusform>Đã bỏ qua %n ngày cuối tuần trong các khoảng ngày: cuối tuần không bao giờ là ngày học.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no label column, so the days have no names. Add a &quot;Label&quot; column (&quot;Veterans Day&quot;) to show them in the calendar.</source>
        <translation>Tệp không có cột nhãn, nên các ngày không có tên. Hãy thêm cột &quot;Label&quot; (&quot;Veterans Day&quot;) để hiển thị tên ngày trên lịch.</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <translation>Không thể nhập %1: %2</translation>
    </message>
    <message>
        <source>Sessions from %1 on: %2 added, %3 removed, %4 changed.</source>
        <translation>Buổi học từ %1 trở đi: thêm %2, xóa %3, thay đổi %4.</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarMonthView</name>
    <message>
        <source>School year, a month at a time</source>
        <translation>Năm học, hiển thị từng tháng</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarPage</name>
    <message>
        <source>&amp;Add Day Off…</source>
        <translation>&amp;Thêm ngày nghỉ…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Make &amp;School Day</source>
        <translation>Đặt làm ngày &amp;học</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>&amp;Nhập…</translation>
    </message>
    <message>
        <source>School days this year</source>
        <translation>Các ngày học trong năm</translation>
    </message>
    <message>
        <source>Add a holiday, a break, a minimum day or a non-instructional day</source>
        <translation>Thêm ngày lễ, kỳ nghỉ, ngày học rút ngắn hoặc ngày không giảng dạy</translation>
    </message>
    <message>
        <source>Change the kind or description of the selected days (double-click or Enter)</source>
        <translation>Thay đổi loại hoặc mô tả của các ngày đã chọn (nhấp đúp hoặc Enter)</translation>
    </message>
    <message>
        <source>Make the selected days ordinary school days again; their sessions come back</source>
        <translation>Đặt lại các ngày đã chọn thành ngày học bình thường; các buổi học của những ngày đó sẽ được khôi phục</translation>
    </message>
    <message>
        <source>Bring in the calendar your district sends, saved as CSV</source>
        <translation>Nhập lịch do học khu gửi, đã lưu dưới dạng CSV</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Lịch nhà trường</translation>
    </message>
    <message>
        <source>Holidays, breaks and minimum days</source>
        <translation>Ngày lễ, kỳ nghỉ và ngày học rút ngắn</translation>
    </message>
    <message numerus="yes">
        <source>Imported the calendar: %n new day(s), %1 changed, %2 unchanged. Sessions from today on follow it.</source>
        <translation>
            <numerusform>Đã nhập lịch: %n ngày mới, %1 thay đổi, %2 không đổi. Các buổi học từ hôm nay trở đi sẽ theo lịch này.</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar could not be read: %1</source>
        <translation>Không đọc được lịch: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n school day(s)</source>
        <translation>
            <numerusform>%n ngày học</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s) and break day(s)</source>
        <translation>
            <numerusform>%n ngày lễ và ngày nghỉ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minimum day(s)</source>
        <translation>
            <numerusform>%n ngày học rút ngắn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n non-instructional day(s)</source>
        <translation>
            <numerusform>%n ngày không giảng dạy</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No school year yet. Set up your school with the first and last day of the year, then add its holidays here.</source>
        <translation>Chưa có năm học. Hãy thiết lập trường với ngày đầu và ngày cuối của năm học, rồi thêm các ngày lễ tại đây.</translation>
    </message>
    <message>
        <source>No holidays or breaks yet. Add your days off, or import the calendar your district sends.</source>
        <translation>Chưa có ngày lễ hoặc kỳ nghỉ nào. Hãy thêm các ngày nghỉ, hoặc nhập lịch do học khu gửi.</translation>
    </message>
    <message>
        <source>Nothing was saved: the dates chosen are all weekends.</source>
        <translation>Chưa lưu gì: tất cả các ngày đã chọn đều là cuối tuần.</translation>
    </message>
    <message>
        <source>The calendar could not be saved: %1</source>
        <translation>Không thể lưu lịch: %1</translation>
    </message>
    <message>
        <source>Import Calendar</source>
        <translation>Nhập lịch nhà trường</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) read.</source>
        <translation>
            <numerusform>Đã đọc %n dòng.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the file: %2 new, %3 changed, %4 already in the calendar. Sessions from today on will follow the new calendar.</source>
        <translation>%1 trong tệp: %2 mới, %3 thay đổi, %4 đã có trong lịch. Các buổi học từ hôm nay trở đi sẽ theo lịch mới.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ngày</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarSidePanel</name>
    <message>
        <source>Appl&amp;y</source>
        <translation>Áp &amp;dụng</translation>
    </message>
    <message>
        <source>Holiday or break</source>
        <translation>Ngày lễ hoặc kỳ nghỉ</translation>
    </message>
    <message>
        <source>Minimum day</source>
        <translation>Ngày học rút ngắn</translation>
    </message>
    <message>
        <source>Non-instructional day</source>
        <translation>Ngày không giảng dạy</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Cuối tuần</translation>
    </message>
    <message>
        <source>The chosen day</source>
        <translation>Ngày đã chọn</translation>
    </message>
    <message>
        <source>Minimum-day sessions &amp;last at most:</source>
        <translation>Buổi học ngày rút ngắn &amp;kéo dài tối đa:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>Longest session on a minimum day, in minutes</source>
        <translation>Buổi học dài nhất vào ngày học rút ngắn, tính bằng phút</translation>
    </message>
    <message>
        <source>Longer sessions are shortened to this on minimum days</source>
        <translation>Các buổi học dài hơn sẽ được rút ngắn còn chừng này vào ngày học rút ngắn</translation>
    </message>
    <message>
        <source>Shorten or lengthen the minimum-day sessions from today on</source>
        <translation>Rút ngắn hoặc kéo dài các buổi học ngày rút ngắn từ hôm nay trở đi</translation>
    </message>
    <message>
        <source>Holidays, breaks and non-instructional days have no sessions. Every change moves the sessions from today on; sessions already held, and their attendance, stay as they were.</source>
        <translation>Ngày lễ, kỳ nghỉ và ngày không giảng dạy không có buổi học. Mỗi thay đổi sẽ dời các buổi học từ hôm nay trở đi; các buổi học đã diễn ra và điểm danh của chúng vẫn giữ nguyên.</translation>
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
        <translation>Tuần bắt đầu</translation>
    </message>
    <message>
        <source>Cancelled: tutor absent</source>
        <translation>Đã hủy: gia sư vắng</translation>
    </message>
    <message>
        <source>Cancelled: school event</source>
        <translation>Đã hủy: sự kiện của trường</translation>
    </message>
    <message>
        <source>Cancelled: weather</source>
        <translation>Đã hủy: thời tiết</translation>
    </message>
    <message>
        <source>Cancelled: student event</source>
        <translation>Đã hủy: hoạt động của học sinh</translation>
    </message>
    <message>
        <source>Cancelled: other reason</source>
        <translation>Đã hủy: lý do khác</translation>
    </message>
    <message>
        <source>Probe scores: %1</source>
        <translation>Điểm kiểm tra nhanh: %1</translation>
    </message>
    <message>
        <source>Date of probe</source>
        <translation>Ngày kiểm tra nhanh</translation>
    </message>
    <message>
        <source>% of probe maximum</source>
        <translation>% điểm tối đa của bài kiểm tra nhanh</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1 · %2%3
%4 of %5 points · %6% of maximum</source>
        <translation>%1 · %2%3
%4/%5 điểm · %6% điểm tối đa</translation>
    </message>
    <message>
        <source>Mastery (%1%)</source>
        <translation>Thành thạo (%1%)</translation>
    </message>
    <message>
        <source>Minutes received against planned: %1</source>
        <translation>Số phút đã nhận so với kế hoạch: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>minutes (cumulative)</source>
        <translation>phút (lũy kế)</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>%1 · by %2
%3 of %4 planned minutes received</source>
        <translation>%1 · đến %2
đã nhận %3/%4 phút theo kế hoạch</translation>
    </message>
    <message>
        <source>Attendance by week: %1</source>
        <translation>Điểm danh theo tuần: %1</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Buổi học đã tổ chức</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>Buổi học đã tham dự</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>buổi học</translation>
    </message>
    <message>
        <source>%1 · week of %2
attended %3 of %4 sessions held</source>
        <translation>%1 · tuần bắt đầu %2
đã tham dự %3/%4 buổi học đã tổ chức</translation>
    </message>
    <message>
        <source>Growth per student on %1: %2</source>
        <translation>Mức tiến bộ của từng học sinh về %1: %2</translation>
    </message>
    <message>
        <source>Growth (latest − pre probe)</source>
        <translation>Mức tiến bộ (gần nhất − đầu kỳ)</translation>
    </message>
    <message>
        <source>%1 (not measured)</source>
        <translation>%1 (chưa đo)</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Học sinh</translation>
    </message>
    <message>
        <source>growth (% points of probe maximum)</source>
        <translation>mức tiến bộ (điểm % của điểm tối đa)</translation>
    </message>
    <message numerus="yes">
        <source>%1: not measured (%n probe(s) on this skill; growth needs two)</source>
        <translation>
            <numerusform>%1: chưa đo (%n bài kiểm tra nhanh về kỹ năng này; cần hai bài để tính mức tiến bộ)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 points (from %3% to %4% of maximum)%5</source>
        <translation>%1: %2 điểm (từ %3% lên %4% điểm tối đa)%5</translation>
    </message>
    <message>
        <source>, mastered</source>
        <translation>, đã thành thạo</translation>
    </message>
    <message>
        <source>Sessions held against scheduled: %1</source>
        <translation>Buổi học đã tổ chức so với đã lên lịch: %1</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Đã tổ chức</translation>
    </message>
    <message>
        <source>Not marked yet</source>
        <translation>Chưa đánh dấu</translation>
    </message>
    <message>
        <source>sessions scheduled</source>
        <translation>buổi học đã lên lịch</translation>
    </message>
    <message>
        <source>Week of %1: %2 of %3 scheduled sessions held</source>
        <translation>Tuần bắt đầu %1: đã tổ chức %2/%3 buổi học theo lịch</translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n đã hủy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n make-up(s) held</source>
        <translation>
            <numerusform>Đã tổ chức %n buổi học bù</numerusform>
        </translation>
    </message>
    <message>
        <source>Dosage: students in tutoring by minutes received</source>
        <translation>Thời lượng học: học sinh học gia sư theo số phút đã nhận</translation>
    </message>
    <message>
        <source>Students in tutoring</source>
        <translation>Học sinh học gia sư</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>minutes received this year</source>
        <translation>số phút đã nhận trong năm nay</translation>
    </message>
    <message>
        <source>students</source>
        <translation>học sinh</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) received %1 to %2 minutes</source>
        <translation>
            <numerusform>%n học sinh đã nhận từ %1 đến %2 phút</numerusform>
        </translation>
    </message>
    <message>
        <source>Growth against dosage (one point per student and skill)</source>
        <translation>Mức tiến bộ so với thời lượng học (mỗi điểm là một học sinh và một kỹ năng)</translation>
    </message>
    <message>
        <source>minutes received</source>
        <translation>số phút đã nhận</translation>
    </message>
    <message>
        <source>growth (% points)</source>
        <translation>mức tiến bộ (điểm %)</translation>
    </message>
    <message>
        <source>No growth</source>
        <translation>Không tiến bộ</translation>
    </message>
    <message>
        <source>%1 (Tier %2, %3)
%4 minutes received · growth %5 points</source>
        <translation>%1 (Cấp %2, %3)
đã nhận %4 phút · tiến bộ %5 điểm</translation>
    </message>
    <message numerus="yes">
        <source>Tier %1 (%n point(s))</source>
        <translation>
            <numerusform>Cấp %1 (%n điểm)</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly attendance rate, whole school</source>
        <translation>Tỷ lệ chuyên cần hằng tuần, toàn trường</translation>
    </message>
    <message>
        <source>% of sessions attended</source>
        <translation>% buổi học đã tham dự</translation>
    </message>
    <message>
        <source>Attended ÷ (attended + absent)</source>
        <translation>Đã tham dự ÷ (đã tham dự + vắng)</translation>
    </message>
    <message>
        <source>Week of %1: %2% attended
%3 attended, %4 absent</source>
        <translation>Tuần bắt đầu %1: tham dự %2%
%3 tham dự, %4 vắng</translation>
    </message>
    <message>
        <source>Students per tier of need, and how many are seated</source>
        <translation>Số học sinh theo từng cấp nhu cầu và số em đã có chỗ</translation>
    </message>
    <message>
        <source>Students with this need</source>
        <translation>Học sinh có nhu cầu này</translation>
    </message>
    <message>
        <source>Seated in tutoring</source>
        <translation>Đã có chỗ học gia sư</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Cấp %1</translation>
    </message>
    <message>
        <source>tier of need</source>
        <translation>cấp nhu cầu</translation>
    </message>
    <message numerus="yes">
        <source>Tier %1: %n student(s), %2 seated</source>
        <translation>
            <numerusform>Cấp %1: %n học sinh, %2 đã có chỗ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::ChartPanel</name>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>Lưu biểu đồ thành PNG…</translation>
    </message>
    <message>
        <source>Save %1 as PNG</source>
        <translation>Lưu %1 thành PNG</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Lưu biểu đồ thành PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Chưa lưu biểu đồ</translation>
    </message>
    <message>
        <source>The chart could not be written to %1. Choose a folder you can write to and try again.</source>
        <translation>Không thể ghi biểu đồ vào %1. Vui lòng chọn thư mục bạn có quyền ghi và thử lại.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ClearanceWarningStrip</name>
    <message>
        <source>Clearances that need attention</source>
        <translation>Thẩm tra lý lịch cần lưu ý</translation>
    </message>
    <message>
        <source>Tutors whose clearances need attention</source>
        <translation>Gia sư có thẩm tra lý lịch cần lưu ý</translation>
    </message>
    <message>
        <source>Click a line or press Enter to select that tutor in the table</source>
        <translation>Nhấp vào một dòng hoặc nhấn Enter để chọn gia sư đó trong bảng</translation>
    </message>
    <message numerus="yes">
        <source>%n clearance(s) need attention</source>
        <translation>
            <numerusform>%n thẩm tra lý lịch cần lưu ý</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>tutor: clearance problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Select %1 in the table</source>
        <translation>Chọn %1 trong bảng</translation>
    </message>
</context>
<context>
    <name>tutordesk::Clearances</name>
    <message>
        <source>Background check</source>
        <translation>Kiểm tra lý lịch</translation>
    </message>
    <message>
        <source>TB test</source>
        <translation>Xét nghiệm lao (TB)</translation>
    </message>
    <message>
        <source>%1 is not on file</source>
        <translation>Chưa có %1 trong hồ sơ</translation>
    </message>
    <message>
        <source>%1 expired on %2</source>
        <translation>%1 đã hết hạn vào %2</translation>
    </message>
    <message>
        <source>%1 expires today (%2)</source>
        <translation>%1 hết hạn hôm nay (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 expires in %n day(s) (%2)</source>
        <translation>
            <numerusform>%1 sẽ hết hạn sau %n ngày (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 valid until %2</source>
        <translation>%1 có hiệu lực đến %2</translation>
    </message>
    <message>
        <source>%1 is inactive: make them active or part of the substitute pool on the Tutors page first.</source>
        <translation>%1 đang ngưng hoạt động: vui lòng kích hoạt lại hoặc đưa vào nhóm gia sư dạy thay trên trang Gia sư trước.</translation>
    </message>
    <message>
        <source>%1 has no background check on file: record it on the Tutors page first.</source>
        <translation>%1 chưa có kiểm tra lý lịch trong hồ sơ: vui lòng ghi nhận trên trang Gia sư trước.</translation>
    </message>
    <message>
        <source>%1 has no TB test on file: record it on the Tutors page first.</source>
        <translation>%1 chưa có xét nghiệm lao trong hồ sơ: vui lòng ghi nhận trên trang Gia sư trước.</translation>
    </message>
    <message>
        <source>%1&apos;s background check expired on %2: record the new check on the Tutors page first.</source>
        <translation>Kiểm tra lý lịch của %1 đã hết hạn vào %2: vui lòng ghi nhận lần kiểm tra mới trên trang Gia sư trước.</translation>
    </message>
    <message>
        <source>%1&apos;s TB test expired on %2: record the new test on the Tutors page first.</source>
        <translation>Xét nghiệm lao của %1 đã hết hạn vào %2: vui lòng ghi nhận lần xét nghiệm mới trên trang Gia sư trước.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ColumnMapping</name>
    <message>
        <source>%1 is not a mapping file: %2 at character %3.</source>
        <translation>%1 không phải là tệp ánh xạ cột: %2 tại ký tự %3.</translation>
    </message>
    <message>
        <source>%1: a mapping file needs &quot;version&quot;: 1.</source>
        <translation>%1: tệp ánh xạ cột cần có &quot;version&quot;: 1.</translation>
    </message>
    <message>
        <source>%1: a mapping file needs a &quot;columns&quot; object of field names and column names.</source>
        <translation>%1: tệp ánh xạ cột cần có đối tượng &quot;columns&quot; gồm tên trường và tên cột.</translation>
    </message>
    <message>
        <source>%1: the column for &quot;%2&quot; must be text (the header name).</source>
        <translation>%1: cột cho &quot;%2&quot; phải là văn bản (tên tiêu đề cột).</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactEditDialog</name>
    <message>
        <source>An &amp;interpreter helped</source>
        <translation>Có thông &amp;dịch viên hỗ trợ</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Ngày theo dõi tiếp</translation>
    </message>
    <message>
        <source>Outgoing (we contacted the family)</source>
        <translation>Liên lạc đi (chúng ta liên lạc với gia đình)</translation>
    </message>
    <message>
        <source>Incoming (the family contacted us)</source>
        <translation>Liên lạc đến (gia đình liên lạc với chúng ta)</translation>
    </message>
    <message>
        <source>Contact again on</source>
        <translation>Liên lạc lại vào</translation>
    </message>
    <message>
        <source>e.g. the wrong outcome was picked</source>
        <translation>ví dụ: đã chọn nhầm kết quả</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Thời gian:</translation>
    </message>
    <message>
        <source>Date and time of the contact</source>
        <translation>Ngày và giờ liên lạc</translation>
    </message>
    <message>
        <source>&amp;Guardian:</source>
        <translation>&amp;Người giám hộ:</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Người giám hộ</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Hình thức:</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Chiều liên lạc:</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Chiều liên lạc</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>N&amp;gôn ngữ:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Mục đích:</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Kết quả:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Gh&amp;i chú:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>Theo dõi tiế&amp;p:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Người ghi:</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>Người ghi nhận</translation>
    </message>
    <message>
        <source>Why are you changing this &amp;record?</source>
        <translation>Vì sao bạn thay đổi &amp;bản ghi này?</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Lý do thay đổi</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Xóa…</translation>
    </message>
    <message>
        <source>Remove a contact logged by mistake (the audit log keeps it and your reason)</source>
        <translation>Xóa một liên lạc đã ghi nhầm (nhật ký kiểm tra vẫn lưu liên lạc đó cùng lý do của bạn)</translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation>Sửa liên lạc</translation>
    </message>
    <message>
        <source>A contact logged on %1. Every change is kept in the audit log with its reason.</source>
        <translation>Một liên lạc được ghi nhận vào %1. Mọi thay đổi đều được lưu trong nhật ký kiểm tra kèm lý do.</translation>
    </message>
    <message>
        <source>This contact is no longer in the log (it may have been deleted). Close this window and reload the page.</source>
        <translation>Liên lạc này không còn trong nhật ký (có thể đã bị xóa). Vui lòng đóng cửa sổ này và tải lại trang.</translation>
    </message>
    <message>
        <source>No guardian named</source>
        <translation>Chưa nêu người giám hộ</translation>
    </message>
    <message>
        <source>Say why you are changing this record first</source>
        <translation>Vui lòng nêu lý do thay đổi bản ghi này trước</translation>
    </message>
    <message>
        <source>Changed the contact of %1.</source>
        <translation>Đã thay đổi liên lạc của %1.</translation>
    </message>
    <message>
        <source>Deleted the contact of %1.</source>
        <translation>Đã xóa liên lạc của %1.</translation>
    </message>
    <message>
        <source>Delete Contact</source>
        <translation>Xóa liên lạc</translation>
    </message>
    <message>
        <source>Delete the contact of %1? The audit log keeps it with your reason.

Why are you deleting this record?</source>
        <translation>Xóa liên lạc của %1? Nhật ký kiểm tra vẫn lưu liên lạc này cùng lý do của bạn.

Vì sao bạn xóa bản ghi này?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Reason for deleting the contact</source>
        <translation>Lý do xóa liên lạc</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactFilterBar</name>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>Mọi hình thức</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Mọi kết quả</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Any purpose</source>
        <translation>Mọi mục đích</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Mọi ngôn ngữ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Needs &amp;follow-up</source>
        <translation>Cần theo &amp;dõi tiếp</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Mọi thời gian</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Tuần này</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 ngày qua</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <source>Dates below</source>
        <translation>Theo ngày bên dưới</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Khoảng thời gian</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Khoảng thời gian:</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;Từ</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>Đế&amp;n</translation>
    </message>
    <message>
        <source>Search by student, district ID or guardian</source>
        <translation>Tìm theo học sinh, mã học khu hoặc người giám hộ</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Tìm liên lạc</translation>
    </message>
    <message>
        <source>Type part of a student&apos;s name or district ID, or a guardian&apos;s name</source>
        <translation>Nhập một phần tên hoặc mã học khu của học sinh, hoặc tên người giám hộ</translation>
    </message>
    <message>
        <source>Only contacts that asked for a follow-up date</source>
        <translation>Chỉ những liên lạc có đặt ngày theo dõi tiếp</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactLog</name>
    <message>
        <source>There is no contact %1 in the log (it may have been deleted meanwhile). Reload the page.</source>
        <translation>Không có liên lạc %1 trong nhật ký (có thể vừa bị xóa). Vui lòng tải lại trang.</translation>
    </message>
    <message>
        <source>That guardian is not listed for this student. Choose one of the student&apos;s guardians.</source>
        <translation>Người giám hộ đó không có trong danh sách của học sinh này. Vui lòng chọn một trong những người giám hộ của học sinh.</translation>
    </message>
    <message>
        <source>This contact is the record of the letter “%1” printed on %2, and a printed letter stays on record. If something in it is wrong, correct it with Edit instead.</source>
        <translation>Liên lạc này là bản ghi của thư “%1” đã in vào %2, và thư đã in luôn được lưu trong hồ sơ. Nếu có gì sai, vui lòng dùng Sửa để điều chỉnh.</translation>
    </message>
    <message>
        <source>This contact resolved the due action “%1”. Reopen that action first (on the student&apos;s Tutoring tab), then delete the contact, or correct the contact with Edit instead.</source>
        <translation>Liên lạc này đã giải quyết việc cần làm “%1”. Hãy mở lại việc đó trước (trong thẻ Học gia sư của học sinh), rồi xóa liên lạc, hoặc dùng Sửa để điều chỉnh liên lạc.</translation>
    </message>
    <message>
        <source>Say why you are changing this contact: the reason is kept with the old and new values in the audit log that funding reviews read.</source>
        <translation>Vui lòng nêu lý do thay đổi liên lạc này: lý do được lưu cùng giá trị cũ và mới trong nhật ký kiểm tra mà các đợt rà soát tài trợ sẽ xem.</translation>
    </message>
    <message>
        <source>The contact could not be changed in %1: %2</source>
        <translation>Không thể thay đổi liên lạc trong %1: %2</translation>
    </message>
    <message>
        <source>Say why you are deleting this contact: the reason is kept in the audit log that funding reviews read.</source>
        <translation>Vui lòng nêu lý do xóa liên lạc này: lý do được lưu trong nhật ký kiểm tra mà các đợt rà soát tài trợ sẽ xem.</translation>
    </message>
    <message>
        <source>The contact could not be deleted from %1: %2</source>
        <translation>Không thể xóa liên lạc khỏi %1: %2</translation>
    </message>
    <message>
        <source>Enrollment and consent</source>
        <translation>Ghi danh và đồng ý</translation>
    </message>
    <message>
        <source>Missed session</source>
        <translation>Vắng buổi học</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến bộ</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Chung</translation>
    </message>
    <message>
        <source>“%1” is not a way of contacting a family. Choose phone, text, email, letter, home visit, in person or conference.</source>
        <translation>“%1” không phải là cách liên lạc với gia đình. Hãy chọn điện thoại, tin nhắn, email, thư, thăm nhà, gặp trực tiếp hoặc họp.</translation>
    </message>
    <message>
        <source>“%1” is not a direction. Choose outgoing or incoming.</source>
        <translation>“%1” không phải là chiều liên lạc. Hãy chọn liên lạc đi hoặc liên lạc đến.</translation>
    </message>
    <message>
        <source>“%1” is not a purpose. Choose enrollment, missed session, progress or general.</source>
        <translation>“%1” không phải là mục đích. Hãy chọn ghi danh, vắng buổi học, tiến bộ hoặc chung.</translation>
    </message>
    <message>
        <source>“%1” is not an outcome. Choose reached, left a message, no answer, wrong number, declined or sent.</source>
        <translation>“%1” không phải là kết quả. Hãy chọn đã liên lạc được, đã để lại lời nhắn, không trả lời, sai số, từ chối hoặc đã gửi.</translation>
    </message>
    <message>
        <source>Say when the contact happened.</source>
        <translation>Vui lòng cho biết thời điểm liên lạc.</translation>
    </message>
    <message>
        <source>Say in which language the family was contacted.</source>
        <translation>Vui lòng cho biết ngôn ngữ đã dùng để liên lạc với gia đình.</translation>
    </message>
    <message>
        <source>There is no student %1 (they may have been removed). Reload the page.</source>
        <translation>Không có học sinh %1 (có thể đã bị xóa). Vui lòng tải lại trang.</translation>
    </message>
    <message>
        <source>The contact could not be saved in %1: %2</source>
        <translation>Không thể lưu liên lạc vào %1: %2</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Tin nhắn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Thư</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Thăm nhà</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Gặp trực tiếp</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Họp</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Đã liên lạc được</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Đã để lại lời nhắn</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Không trả lời</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Sai số</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactTableModel</name>
    <message>
        <source>The contact log could not be read: %1</source>
        <translation>Không đọc được nhật ký liên lạc: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Liên lạc đến</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Liên lạc đi</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Thông dịch viên</translation>
    </message>
    <message>
        <source>District ID %1</source>
        <translation>Mã học khu %1</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Nhấp để sắp xếp theo cột này</translation>
    </message>
    <message>
        <source>The log sorts by date, student, method or outcome</source>
        <translation>Nhật ký được sắp xếp theo ngày, học sinh, hình thức hoặc kết quả</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Ngày và giờ</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Học sinh</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Người giám hộ</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Chiều</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Theo dõi tiếp</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người ghi</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactsPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Xóa…</translation>
    </message>
    <message>
        <source>Contacts shown</source>
        <translation>Các liên lạc đang hiển thị</translation>
    </message>
    <message>
        <source>Correct the selected contact (Enter); the audit log keeps your reason</source>
        <translation>Sửa liên lạc đã chọn (Enter); nhật ký kiểm tra lưu lại lý do của bạn</translation>
    </message>
    <message>
        <source>Remove the selected contact, logged by mistake (Delete)</source>
        <translation>Xóa liên lạc đã chọn do ghi nhầm (Delete)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Liên lạc</translation>
    </message>
    <message>
        <source>Family contacts</source>
        <translation>Liên lạc với gia đình</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Deleted the contact of %1.</source>
        <translation>Đã xóa liên lạc của %1.</translation>
    </message>
    <message>
        <source>The contact log could not be read: %1</source>
        <translation>Không đọc được nhật ký liên lạc: %1</translation>
    </message>
    <message>
        <source>1 family reached</source>
        <translation>Đã liên lạc được với 1 gia đình</translation>
    </message>
    <message numerus="yes">
        <source>%n families reached</source>
        <translation>
            <numerusform>Đã liên lạc được với %n gia đình</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s): </source>
        <translation>
            <numerusform>%n liên lạc: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s), </source>
        <translation>
            <numerusform>%n lần thử, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reached, </source>
        <translation>
            <numerusform>%n liên lạc được, </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::CoverChoiceBox</name>
    <message>
        <source>Decision for %1 on %2</source>
        <translation>Quyết định cho %1 vào %2</translation>
    </message>
    <message>
        <source>substitute pool</source>
        <translation>nhóm gia sư dạy thay</translation>
    </message>
    <message>
        <source>speaks their language</source>
        <translation>nói được ngôn ngữ của các em</translation>
    </message>
    <message>
        <source>Substitute: %1</source>
        <translation>Dạy thay: %1</translation>
    </message>
    <message>
        <source>Substitute: %1 (%2)</source>
        <comment>substitute: name (why)</comment>
        <translation>Dạy thay: %1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 is free then, cleared and teaches %2. %3 this week so far.%4</source>
        <translation>%1 rảnh vào lúc đó, đã được thẩm tra lý lịch và dạy %2. Tuần này đã có %3.%4</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n buổi học</numerusform>
        </translation>
    </message>
    <message>
        <source>Speaks the home language most of the students share.</source>
        <translation>Nói được ngôn ngữ ở nhà mà phần lớn học sinh sử dụng.</translation>
    </message>
    <message>
        <source>No substitute is free and cleared at this time</source>
        <translation>Không có gia sư dạy thay nào rảnh và đã được thẩm tra lý lịch vào lúc này</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>make-up day and time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Make up %1</source>
        <translation>Học bù %1</translation>
    </message>
    <message>
        <source>Cancel, make up %1</source>
        <translation>Hủy, học bù %1</translation>
    </message>
    <message>
        <source>No make-up time in the next school days</source>
        <translation>Không có giờ học bù trong những ngày học sắp tới</translation>
    </message>
    <message>
        <source>Cancel, no make-up</source>
        <translation>Hủy, không học bù</translation>
    </message>
    <message>
        <source>%1 covers %2 on %3.</source>
        <translation>%1 dạy thay %2 vào %3.</translation>
    </message>
    <message>
        <source>%1 on %2: make-up on %3 at %4.</source>
        <translation>%1 vào %2: học bù vào %3 lúc %4.</translation>
    </message>
    <message>
        <source>%1 on %2 is cancelled.</source>
        <translation>%1 vào %2 đã bị hủy.</translation>
    </message>
</context>
<context>
    <name>tutordesk::CoverSessionDialog</name>
    <message>
        <source>Find a Substitute</source>
        <translation>Tìm gia sư dạy thay</translation>
    </message>
    <message>
        <source>Cancel Session</source>
        <translation>Hủy buổi học</translation>
    </message>
    <message>
        <source>Schedule a Make-up</source>
        <translation>Xếp buổi học bù</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3</translation>
    </message>
    <message>
        <source>&amp;Make-up:</source>
        <translation>&amp;Học bù:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Quyết định:</translation>
    </message>
    <message>
        <source>Cancel &amp;reason:</source>
        <translation>&amp;Lý do hủy:</translation>
    </message>
    <message>
        <source>Optional: what families or the teacher should know</source>
        <translation>Không bắt buộc: điều gia đình hoặc giáo viên cần biết</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Make-up for %1 scheduled on %2 at %3.</source>
        <translation>Đã xếp buổi học bù cho %1 vào %2 lúc %3.</translation>
    </message>
</context>
<context>
    <name>tutordesk::CsvReader</name>
    <message>
        <source>%1, line %2, column %3: a field of more than %4 characters. This is not a roster file, or a quote (&quot;) opens a field that should have closed much earlier.</source>
        <translation>%1, dòng %2, cột %3: một trường dài hơn %4 ký tự. Đây không phải là tệp danh sách học sinh, hoặc có dấu ngoặc kép (&quot;) mở một trường lẽ ra phải đóng sớm hơn nhiều.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2. Check this line for a missing or extra delimiter, or a quote (&quot;) that is not closed.</source>
        <translation>%1 trường trong khi tiêu đề có %2. Vui lòng kiểm tra dòng này xem có thiếu hoặc thừa dấu phân cách, hoặc dấu ngoặc kép (&quot;) chưa đóng.</translation>
    </message>
    <message>
        <source>%1: there is no such file.</source>
        <translation>%1: không có tệp này.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row. Export the roster again from the student system.</source>
        <translation>%1 trống: không có dòng tiêu đề. Vui lòng xuất lại danh sách học sinh từ hệ thống quản lý học sinh.</translation>
    </message>
    <message>
        <source>%1 is a zip file or an Excel workbook, not CSV. In Excel, use File &gt; Save As &gt; &quot;CSV UTF-8&quot;; a OneRoster export is imported as a zip.</source>
        <translation>%1 là tệp zip hoặc bảng tính Excel, không phải CSV. Trong Excel, hãy dùng File &gt; Save As &gt; &quot;CSV UTF-8&quot;; bản xuất OneRoster được nhập dưới dạng zip.</translation>
    </message>
    <message>
        <source>%1 holds binary data, not text. Choose the CSV file the student system exported.</source>
        <translation>%1 chứa dữ liệu nhị phân, không phải văn bản. Vui lòng chọn tệp CSV do hệ thống quản lý học sinh xuất ra.</translation>
    </message>
    <message>
        <source>%1: not enough memory to read it.</source>
        <translation>%1: không đủ bộ nhớ để đọc.</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Đã hủy việc đọc %1.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: a quoted field starts here and is never closed. Look for a stray quote (&quot;) in that cell, or save the file from Excel again.</source>
        <translation>%1, dòng %2, cột %3: một trường có ngoặc kép bắt đầu ở đây nhưng không bao giờ đóng. Hãy tìm dấu ngoặc kép (&quot;) bị thừa trong ô đó, hoặc lưu lại tệp từ Excel.</translation>
    </message>
    <message>
        <source>%1 has no header row. Export the roster again with column names in the first row.</source>
        <translation>%1 không có dòng tiêu đề. Vui lòng xuất lại danh sách học sinh với tên cột ở dòng đầu tiên.</translation>
    </message>
</context>
<context>
    <name>tutordesk::DayListReport</name>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Đã hủy: %1</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Đã tổ chức</translation>
    </message>
    <message>
        <source>Make-up</source>
        <translation>Học bù</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Đã lên lịch</translation>
    </message>
    <message>
        <source>%1, needs cover</source>
        <translation>%1, cần người dạy thay</translation>
    </message>
    <message>
        <source>Substitute: %1 for %2</source>
        <translation>Dạy thay: %1 thay cho %2</translation>
    </message>
    <message>
        <source>no tutor</source>
        <translation>chưa có gia sư</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>Chưa có gia sư</translation>
    </message>
    <message>
        <source>Tutor: %1</source>
        <translation>Gia sư: %1</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Chưa có phòng</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Học sinh</translation>
    </message>
    <message>
        <source>District ID</source>
        <translation>Mã học khu</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>No students hold a seat.</source>
        <translation>Không có học sinh nào giữ chỗ.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Day list, %1</source>
        <translation>Danh sách trong ngày, %1</translation>
    </message>
    <message>
        <source>Day list</source>
        <translation>Danh sách trong ngày</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No sessions on this day.</source>
        <translation>Không có buổi học nào trong ngày này.</translation>
    </message>
    <message>
        <source>No sessions on this day: %1.</source>
        <translation>Không có buổi học nào trong ngày này: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s). Tick the box of each student who attended.</source>
        <translation>
            <numerusform>%n buổi học. Đánh dấu vào ô của từng học sinh đã có mặt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::DayListTab</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Lưu thành P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>The day before</source>
        <translation>Ngày trước</translation>
    </message>
    <message>
        <source>The day after</source>
        <translation>Ngày sau</translation>
    </message>
    <message>
        <source>Print the day list with a column to take attendance by hand</source>
        <translation>In danh sách trong ngày kèm một cột để điểm danh bằng tay</translation>
    </message>
    <message>
        <source>Save the printable day list as a PDF file</source>
        <translation>Lưu danh sách trong ngày thành tệp PDF</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Phòng</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Gia sư</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Học sinh</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Sessions of the day</source>
        <translation>Các buổi học trong ngày</translation>
    </message>
    <message>
        <source>The day&apos;s sessions could not be read: %1</source>
        <translation>Không đọc được các buổi học trong ngày: %1</translation>
    </message>
    <message>
        <source>No sessions on this day.</source>
        <translation>Không có buổi học nào trong ngày này.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>sessions · students</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n buổi học</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — no school. %2</source>
        <comment>day off — sessions</comment>
        <translation>%1 — trường nghỉ. %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>The day list could not be made: %1</source>
        <translation>Không thể tạo danh sách trong ngày: %1</translation>
    </message>
    <message>
        <source>Day list %1</source>
        <translation>Danh sách trong ngày %1</translation>
    </message>
    <message>
        <source>Print Day List</source>
        <translation>In danh sách trong ngày</translation>
    </message>
    <message>
        <source>The day list for %1 was sent to the printer.</source>
        <translation>Đã gửi danh sách trong ngày %1 đến máy in.</translation>
    </message>
    <message>
        <source>Day list %1.pdf</source>
        <comment>file name</comment>
        <translation>Danh sách trong ngày %1.pdf</translation>
    </message>
    <message>
        <source>Save Day List as PDF</source>
        <translation>Lưu danh sách trong ngày thành PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The day list was saved to %1.</source>
        <translation>Đã lưu danh sách trong ngày vào %1.</translation>
    </message>
    <message>
        <source>The day list could not be saved to %1: check that the folder exists and that you may write there.</source>
        <translation>Không thể lưu danh sách trong ngày vào %1: vui lòng kiểm tra thư mục có tồn tại và bạn có quyền ghi vào đó.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Demo</name>
    <message>
        <source>%1 already holds a school; the demo needs an empty database. Choose a new file for the demo school.</source>
        <translation>%1 đã chứa dữ liệu của một trường; trường mẫu cần một cơ sở dữ liệu trống. Vui lòng chọn một tệp mới cho trường mẫu.</translation>
    </message>
    <message>
        <source>The demo school was cancelled; %1 is as it was.</source>
        <translation>Đã hủy tạo trường mẫu; %1 vẫn giữ nguyên.</translation>
    </message>
    <message>
        <source>The demo school could not be made: %1</source>
        <translation>Không thể tạo trường mẫu: %1</translation>
    </message>
    <message>
        <source>The demo school could not be saved in %1: %2</source>
        <translation>Không thể lưu trường mẫu vào %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::DemoLauncher</name>
    <message>
        <source>Explore a Demo School</source>
        <translation>Dùng thử với trường mẫu</translation>
    </message>
    <message>
        <source>Creating the demo school: students, tutors, groups and a school year of sessions…</source>
        <translation>Đang tạo trường mẫu: học sinh, gia sư, nhóm và các buổi học của một năm học…</translation>
    </message>
</context>
<context>
    <name>tutordesk::DueActionsModel</name>
    <message>
        <source>Due %1</source>
        <translation>Hạn %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Học sinh</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Cần làm</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
</context>
<context>
    <name>tutordesk::DueActionsView</name>
    <message>
        <source>Due actions</source>
        <translation>Việc cần làm</translation>
    </message>
</context>
<context>
    <name>tutordesk::Equity</name>
    <message>
        <source>The gap threshold must be above 0 and at most 1 (0.8 is the &quot;four-fifths&quot; rule), not %1.</source>
        <translation>Ngưỡng chênh lệch phải lớn hơn 0 và tối đa là 1 (0,8 là quy tắc &quot;bốn phần năm&quot;), không phải %1.</translation>
    </message>
    <message>
        <source>The equity gap threshold could not be saved: %1</source>
        <translation>Không thể lưu ngưỡng chênh lệch công bằng: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::EquityTab</name>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Lưu thành PDF…</translation>
    </message>
    <message>
        <source>&amp;Highlight a group whose share of seats or minutes is below</source>
        <translation>&amp;Tô sáng nhóm có tỷ lệ chỗ hoặc số phút thấp hơn</translation>
    </message>
    <message>
        <source>× its share of need</source>
        <translation>× tỷ lệ nhu cầu của nhóm</translation>
    </message>
    <message>
        <source>Print the equity audit</source>
        <translation>In bản rà soát công bằng</translation>
    </message>
    <message>
        <source>Save the equity audit as a PDF</source>
        <translation>Lưu bản rà soát công bằng thành PDF</translation>
    </message>
    <message>
        <source>The equity audit could not be read: %1</source>
        <translation>Không đọc được bản rà soát công bằng: %1</translation>
    </message>
    <message>
        <source>Equity audit · figures to %1</source>
        <translation>Rà soát công bằng · số liệu đến %1</translation>
    </message>
    <message>
        <source>Equity audit</source>
        <translation>Rà soát công bằng</translation>
    </message>
    <message>
        <source>— withheld: rests on fewer than 10 students, or would reveal a smaller group&apos;s figure (point at it for the reason).</source>
        <translation>— không hiển thị: dựa trên ít hơn 10 học sinh, hoặc sẽ làm lộ số liệu của một nhóm nhỏ hơn (trỏ chuột vào để xem lý do).</translation>
    </message>
    <message>
        <source>No group’s share of seats or minutes falls below %1 of its share of need.</source>
        <translation>Không có nhóm nào có tỷ lệ chỗ hoặc số phút thấp hơn %1 tỷ lệ nhu cầu của nhóm.</translation>
    </message>
    <message>
        <source>▼ Groups getting less than their share:</source>
        <translation>▼ Các nhóm nhận ít hơn phần của mình:</translation>
    </message>
    <message>
        <source>Equity audit %1</source>
        <translation>Rà soát công bằng %1</translation>
    </message>
    <message>
        <source>A group is highlighted when its share of seats or of minutes is below this fraction of its share of the students in need. 0.80 is the “four-fifths” rule.</source>
        <translation>Một nhóm được tô sáng khi tỷ lệ chỗ hoặc tỷ lệ số phút của nhóm thấp hơn mức này so với tỷ lệ học sinh có nhu cầu của nhóm. 0,80 là quy tắc “bốn phần năm”.</translation>
    </message>
</context>
<context>
    <name>tutordesk::EquityText</name>
    <message>
        <source>Race/ethnicity</source>
        <translation>Chủng tộc/sắc tộc</translation>
    </message>
    <message>
        <source>EL status</source>
        <translation>Tình trạng học tiếng Anh (EL)</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Khuyết tật</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>Thanh thiếu niên được nhận nuôi tạm thời</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>Vô gia cư</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>Hoàn cảnh kinh tế - xã hội khó khăn</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Hispanic or Latino</source>
        <translation>Gốc Tây Ban Nha hoặc La-tinh</translation>
    </message>
    <message>
        <source>American Indian or Alaska Native</source>
        <translation>Người Mỹ bản địa hoặc thổ dân Alaska</translation>
    </message>
    <message>
        <source>Asian</source>
        <translation>Người gốc Á</translation>
    </message>
    <message>
        <source>Black or African American</source>
        <translation>Người da đen hoặc người Mỹ gốc Phi</translation>
    </message>
    <message>
        <source>Native Hawaiian or Pacific Islander</source>
        <translation>Người Hawaii bản địa hoặc dân đảo Thái Bình Dương</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Người da trắng</translation>
    </message>
    <message>
        <source>Two or more races</source>
        <translation>Hai chủng tộc trở lên</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Không khai báo</translation>
    </message>
    <message>
        <source>EL (English learner)</source>
        <translation>EL (học sinh đang học tiếng Anh)</translation>
    </message>
    <message>
        <source>RFEP (reclassified)</source>
        <translation>RFEP (đã được xếp loại lại)</translation>
    </message>
    <message>
        <source>EO/IFEP (English only or proficient)</source>
        <translation>EO/IFEP (chỉ nói tiếng Anh hoặc thông thạo)</translation>
    </message>
    <message>
        <source>TBD (to be determined)</source>
        <translation>TBD (chưa xác định)</translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation>Có kế hoạch IEP hoặc 504</translation>
    </message>
    <message>
        <source>No IEP or 504 plan</source>
        <translation>Không có kế hoạch IEP hoặc 504</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>Vô gia cư (McKinney-Vento)</translation>
    </message>
    <message>
        <source>Transitional kindergarten</source>
        <translation>Mẫu giáo chuyển tiếp</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>Mẫu giáo</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Lớp %1</translation>
    </message>
    <message>
        <source>Hispanic or Latino students</source>
        <translation>Học sinh gốc Tây Ban Nha hoặc La-tinh</translation>
    </message>
    <message>
        <source>American Indian or Alaska Native students</source>
        <translation>Học sinh người Mỹ bản địa hoặc thổ dân Alaska</translation>
    </message>
    <message>
        <source>Asian students</source>
        <translation>Học sinh người gốc Á</translation>
    </message>
    <message>
        <source>Black or African American students</source>
        <translation>Học sinh da đen hoặc người Mỹ gốc Phi</translation>
    </message>
    <message>
        <source>Native Hawaiian or Pacific Islander students</source>
        <translation>Học sinh người Hawaii bản địa hoặc dân đảo Thái Bình Dương</translation>
    </message>
    <message>
        <source>White students</source>
        <translation>Học sinh da trắng</translation>
    </message>
    <message>
        <source>Students of two or more races</source>
        <translation>Học sinh thuộc hai chủng tộc trở lên</translation>
    </message>
    <message>
        <source>Students with no race/ethnicity reported</source>
        <translation>Học sinh không khai báo chủng tộc/sắc tộc</translation>
    </message>
    <message>
        <source>EL students</source>
        <translation>Học sinh EL</translation>
    </message>
    <message>
        <source>RFEP students</source>
        <translation>Học sinh RFEP</translation>
    </message>
    <message>
        <source>EO/IFEP students</source>
        <translation>Học sinh EO/IFEP</translation>
    </message>
    <message>
        <source>Students whose EL status is TBD</source>
        <translation>Học sinh có tình trạng EL chưa xác định</translation>
    </message>
    <message>
        <source>Students with no EL status reported</source>
        <translation>Học sinh không khai báo tình trạng EL</translation>
    </message>
    <message>
        <source>Students with an IEP or 504 plan</source>
        <translation>Học sinh có kế hoạch IEP hoặc 504</translation>
    </message>
    <message>
        <source>Students without an IEP or 504 plan</source>
        <translation>Học sinh không có kế hoạch IEP hoặc 504</translation>
    </message>
    <message>
        <source>Homeless students</source>
        <translation>Học sinh vô gia cư</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged students</source>
        <translation>Học sinh có hoàn cảnh kinh tế - xã hội khó khăn</translation>
    </message>
    <message>
        <source>TK students</source>
        <translation>Học sinh mẫu giáo chuyển tiếp</translation>
    </message>
    <message>
        <source>Kindergarten students</source>
        <translation>Học sinh mẫu giáo</translation>
    </message>
    <message>
        <source>Grade %1 students</source>
        <translation>Học sinh lớp %1</translation>
    </message>
    <message>
        <source>Student group</source>
        <translation>Nhóm học sinh</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Đủ điều kiện</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Đã được mời</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Đã ghi danh</translation>
    </message>
    <message>
        <source>Minutes each</source>
        <translation>Số phút mỗi em</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Chuyên cần</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Mức tiến bộ</translation>
    </message>
    <message>
        <source>Share of seats</source>
        <translation>Tỷ lệ chỗ</translation>
    </message>
    <message>
        <source>Share of minutes</source>
        <translation>Tỷ lệ số phút</translation>
    </message>
    <message>
        <source>Share of need</source>
        <translation>Tỷ lệ nhu cầu</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Tạm ngưng</translation>
    </message>
    <message>
        <source>Make-ups offered</source>
        <translation>Buổi học bù được mời</translation>
    </message>
    <message>
        <source>Make-ups attended</source>
        <translation>Buổi học bù đã tham dự</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Đã rời chương trình</translation>
    </message>
    <message>
        <source>A student counts in every group they belong to, once per dimension.</source>
        <translation>Mỗi học sinh được tính trong mọi nhóm mà em thuộc về, một lần cho mỗi tiêu chí.</translation>
    </message>
    <message>
        <source>Students in need: active students whose need score puts them in Tier 2 or Tier 3.</source>
        <translation>Học sinh có nhu cầu: học sinh đang học có điểm nhu cầu thuộc Cấp 2 hoặc Cấp 3.</translation>
    </message>
    <message>
        <source>Eligible students who were ever given a seat in a group (invited or later), waitlist places left out.</source>
        <translation>Học sinh đủ điều kiện đã từng được cấp chỗ trong một nhóm (được mời hoặc sau đó), không tính vị trí trong danh sách chờ.</translation>
    </message>
    <message>
        <source>Eligible students who took up a seat: active now, or came to sessions before a pause or an exit.</source>
        <translation>Học sinh đủ điều kiện đã nhận chỗ: hiện đang học, hoặc đã tham gia buổi học trước khi tạm ngưng hay rời chương trình.</translation>
    </message>
    <message>
        <source>Tutoring minutes received so far per enrolled student, make-ups included.</source>
        <translation>Số phút học gia sư đã nhận cho đến nay của mỗi học sinh đã ghi danh, kể cả buổi học bù.</translation>
    </message>
    <message>
        <source>Sessions attended out of the sessions where attendance was taken for the enrolled students.</source>
        <translation>Số buổi đã tham dự trên số buổi học có điểm danh của các học sinh đã ghi danh.</translation>
    </message>
    <message>
        <source>Mean growth on the group&apos;s probe, latest score minus the pre-test, in percentage points; only students with two probe results count.</source>
        <translation>Mức tiến bộ trung bình trong bài kiểm tra nhanh của nhóm, bằng điểm gần nhất trừ điểm đầu kỳ, tính theo điểm phần trăm; chỉ tính học sinh có hai kết quả kiểm tra nhanh.</translation>
    </message>
    <message>
        <source>This group&apos;s enrolled students out of all enrolled students in need.</source>
        <translation>Số học sinh đã ghi danh của nhóm này trên tổng số học sinh có nhu cầu đã ghi danh.</translation>
    </message>
    <message>
        <source>This group&apos;s tutoring minutes out of all minutes delivered to students in need.</source>
        <translation>Số phút học gia sư của nhóm này trên tổng số phút đã dạy cho học sinh có nhu cầu.</translation>
    </message>
    <message>
        <source>This group&apos;s eligible students out of all students in need. A share of seats or minutes below %1 of this is highlighted.</source>
        <translation>Số học sinh đủ điều kiện của nhóm này trên tổng số học sinh có nhu cầu. Tỷ lệ chỗ hoặc số phút thấp hơn %1 mức này sẽ được tô sáng.</translation>
    </message>
    <message>
        <source>Enrolled students whose seat was paused or offered to the waitlist after missed sessions.</source>
        <translation>Học sinh đã ghi danh bị tạm ngưng chỗ hoặc chỗ được nhường cho danh sách chờ sau khi vắng buổi học.</translation>
    </message>
    <message>
        <source>Make-up sessions offered per enrolled student.</source>
        <translation>Số buổi học bù được mời cho mỗi học sinh đã ghi danh.</translation>
    </message>
    <message>
        <source>Make-up sessions attended per enrolled student.</source>
        <translation>Số buổi học bù đã tham dự của mỗi học sinh đã ghi danh.</translation>
    </message>
    <message>
        <source>Enrolled students who left a group (exited).</source>
        <translation>Học sinh đã ghi danh nhưng đã rời nhóm.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 (four-fifths)</source>
        <translation>%1 (bốn phần năm)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 điểm</translation>
    </message>
    <message>
        <source>Withheld: fewer than 10 students in this group have growth measured yet.</source>
        <translation>Không hiển thị: nhóm này có ít hơn 10 học sinh đã được đo mức tiến bộ.</translation>
    </message>
    <message>
        <source>Withheld: fewer than 10 students behind this figure.</source>
        <translation>Không hiển thị: số liệu này dựa trên ít hơn 10 học sinh.</translation>
    </message>
    <message>
        <source>Withheld so that a smaller group&apos;s figure cannot be worked out by subtraction.</source>
        <translation>Không hiển thị để tránh suy ra số liệu của một nhóm nhỏ hơn bằng phép trừ.</translation>
    </message>
    <message>
        <source>Nothing to measure yet.</source>
        <translation>Chưa có gì để đo.</translation>
    </message>
    <message>
        <source>withheld to protect a smaller group</source>
        <translation>không hiển thị để bảo vệ một nhóm nhỏ hơn</translation>
    </message>
    <message>
        <source>fewer than 10 students</source>
        <translation>ít hơn 10 học sinh</translation>
    </message>
    <message>
        <source>This group is large enough, but showing it would let a smaller group&apos;s figures be worked out by subtraction, so it is held back too.</source>
        <translation>Nhóm này đủ lớn, nhưng nếu hiển thị thì có thể suy ra số liệu của một nhóm nhỏ hơn bằng phép trừ, nên cũng không được hiển thị.</translation>
    </message>
    <message>
        <source>Fewer than 10 students in need: no figure is shown, to protect their privacy.</source>
        <translation>Ít hơn 10 học sinh có nhu cầu: không hiển thị số liệu để bảo vệ quyền riêng tư của các em.</translation>
    </message>
    <message>
        <source>%1 hold %2 of seats but are %3 of students in need.</source>
        <translation>%1 chiếm %2 số chỗ nhưng chiếm %3 số học sinh có nhu cầu.</translation>
    </message>
    <message>
        <source>%1 receive %2 of tutoring minutes but are %3 of students in need.</source>
        <translation>%1 nhận %2 số phút học gia sư nhưng chiếm %3 số học sinh có nhu cầu.</translation>
    </message>
    <message>
        <source>A group with fewer than 10 eligible students is not shown, and a figure that rests on fewer than 10 students is withheld, so that no student can be identified.</source>
        <translation>Nhóm có ít hơn 10 học sinh đủ điều kiện sẽ không được hiển thị, và số liệu dựa trên ít hơn 10 học sinh sẽ bị ẩn, để không thể nhận diện học sinh nào.</translation>
    </message>
    <message>
        <source>A group is highlighted when its share of seats or minutes is below %1 of its share of need.</source>
        <translation>Một nhóm được tô sáng khi tỷ lệ chỗ hoặc số phút thấp hơn %1 tỷ lệ nhu cầu của nhóm.</translation>
    </message>
    <message numerus="yes">
        <source>%n tutored student(s) no longer in Tier 2 or 3 (or no longer at the school) are not counted.</source>
        <translation>
            <numerusform>%n học sinh đã học gia sư nhưng không còn thuộc Cấp 2 hoặc 3 (hoặc không còn học tại trường) không được tính.</numerusform>
        </translation>
    </message>
    <message>
        <source>Equity audit</source>
        <translation>Rà soát công bằng</translation>
    </message>
    <message>
        <source>%1 · figures to %2</source>
        <translation>%1 · số liệu đến %2</translation>
    </message>
    <message>
        <source>No group&apos;s share of seats or minutes falls below %1 of its share of need.</source>
        <translation>Không có nhóm nào có tỷ lệ chỗ hoặc số phút thấp hơn %1 tỷ lệ nhu cầu của nhóm.</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Chênh lệch</translation>
    </message>
    <message>
        <source>Access, dosage and growth</source>
        <translation>Tiếp cận, thời lượng học và mức tiến bộ</translation>
    </message>
    <message>
        <source>The process</source>
        <translation>Quá trình</translation>
    </message>
    <message>
        <source>— withheld: fewer than 10 students behind the figure, or it would reveal a smaller group&apos;s.</source>
        <translation>— không hiển thị: số liệu dựa trên ít hơn 10 học sinh, hoặc sẽ làm lộ số liệu của một nhóm nhỏ hơn.</translation>
    </message>
    <message>
        <source>Equity audit, figures to %1</source>
        <translation>Rà soát công bằng, số liệu đến %1</translation>
    </message>
    <message>
        <source>Gaps (share below %1 of the share of need):</source>
        <translation>Chênh lệch (tỷ lệ thấp hơn %1 tỷ lệ nhu cầu):</translation>
    </message>
    <message>
        <source>The process (per enrolled student)</source>
        <translation>Quá trình (tính trên mỗi học sinh đã ghi danh)</translation>
    </message>
    <message>
        <source>— withheld: fewer than 10 students behind the figure, or it would reveal a smaller group&apos;s. ! a gap.</source>
        <translation>— không hiển thị: số liệu dựa trên ít hơn 10 học sinh, hoặc sẽ làm lộ số liệu của một nhóm nhỏ hơn. ! có chênh lệch.</translation>
    </message>
    <message>
        <source>“Eligible” means the need score qualifies the student for tutoring: an active student in Tier 2 or Tier 3 today.</source>
        <translation>“Đủ điều kiện” nghĩa là điểm nhu cầu cho phép học sinh học gia sư: học sinh đang học thuộc Cấp 2 hoặc Cấp 3 tính đến hôm nay.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ExchangeSettings</name>
    <message>
        <source>The sync settings could not be saved: %1</source>
        <translation>Không thể lưu cài đặt đồng bộ: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a full folder path. Choose the district&apos;s folder with Browse…, or enter an address that starts with https://.</source>
        <translation>&quot;%1&quot; không phải là đường dẫn thư mục đầy đủ. Hãy chọn thư mục của học khu bằng nút Duyệt…, hoặc nhập địa chỉ bắt đầu bằng https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address TutorDesk can send to. Copy the address the district gave you, starting with https://.</source>
        <translation>&quot;%1&quot; không phải là địa chỉ web mà TutorDesk có thể gửi đến. Hãy sao chép địa chỉ học khu đã cung cấp, bắt đầu bằng https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not encrypted (http://). Students&apos; records are sent only over https://: ask the district for its https:// address.</source>
        <translation>&quot;%1&quot; không được mã hóa (http://). Hồ sơ học sinh chỉ được gửi qua https://: vui lòng hỏi học khu địa chỉ https:// của họ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a folder nor an https:// address.</source>
        <translation>&quot;%1&quot; không phải là thư mục cũng không phải là địa chỉ https://.</translation>
    </message>
</context>
<context>
    <name>tutordesk::FileImportFlow</name>
    <message>
        <source>The file could not be imported: %1</source>
        <translation>Không thể nhập tệp: %1</translation>
    </message>
    <message>
        <source>Spreadsheets saved as CSV (*.csv *.txt);;All files (*)</source>
        <translation>Bảng tính lưu dưới dạng CSV (*.csv *.txt);;Tất cả các tệp (*)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s) now. Import it again to see them.</source>
        <translation>
            <numerusform>Chưa nhập gì: tệp hiện có %n lỗi. Hãy nhập lại để xem các lỗi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::FilePreview</name>
    <message>
        <source>How the file was read</source>
        <translation>Cách tệp được đọc</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Các dòng đầu tiên của tệp</translation>
    </message>
</context>
<context>
    <name>tutordesk::GenericRosterReader</name>
    <message>
        <source>The district student ID %1 is also on line %2. Each student must be on the roster once: remove one of the two lines, or correct the ID.</source>
        <translation>Mã học sinh của học khu %1 cũng có ở dòng %2. Mỗi học sinh chỉ được có một lần trong danh sách: hãy xóa một trong hai dòng, hoặc sửa lại mã.</translation>
    </message>
    <message numerus="yes">
        <source>Not listed: %n more problem(s). Correct the ones above (often one column is wrong throughout) and import again to see what is left.</source>
        <translation>
            <numerusform>Chưa liệt kê: còn %n lỗi nữa. Hãy sửa các lỗi ở trên (thường là một cột bị sai từ đầu đến cuối) rồi nhập lại để xem những lỗi còn lại.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with no values in any column were skipped.</source>
        <translation>
            <numerusform>Đã bỏ qua %n dòng không có giá trị ở cột nào.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::GroupDialog</name>
    <message>
        <source>Sessions before this day, and their attendance, stay as they are</source>
        <translation>Các buổi học trước ngày này và điểm danh của chúng được giữ nguyên</translation>
    </message>
    <message>
        <source>Changes appl&amp;y from:</source>
        <translation>Thay đổi áp &amp;dụng từ:</translation>
    </message>
    <message>
        <source>Sessions this pattern makes</source>
        <translation>Các buổi học được tạo theo lịch này</translation>
    </message>
    <message>
        <source>Conflicts — change the days, the time, the tutor or the room:</source>
        <translation>Xung đột — hãy thay đổi ngày, giờ, gia sư hoặc phòng:</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>The group could not be read: %1</source>
        <translation>Không đọc được thông tin nhóm: %1</translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>Nhóm mới</translation>
    </message>
    <message>
        <source>Edit Group — %1</source>
        <translation>Sửa nhóm — %1</translation>
    </message>
    <message>
        <source>No sessions yet: choose a tutor, at least one day and a start time.</source>
        <translation>Chưa có buổi học: hãy chọn gia sư, ít nhất một ngày và giờ bắt đầu.</translation>
    </message>
    <message>
        <source>No sessions: no school day between these dates meets the pattern.</source>
        <translation>Không có buổi học: không có ngày học nào giữa các ngày này khớp với lịch.</translation>
    </message>
    <message numerus="yes">
        <source>≈ %n session(s) from %1 to %2</source>
        <translation>
            <numerusform>≈ %n buổi học từ %1 đến %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The conflicts could not be checked: %1</source>
        <translation>Không thể kiểm tra xung đột: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) — change the days, the time, the tutor or the room:</source>
        <translation>
            <numerusform>%n xung đột — hãy thay đổi ngày, giờ, gia sư hoặc phòng:</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve the conflicts first</source>
        <translation>Vui lòng giải quyết các xung đột trước</translation>
    </message>
    <message>
        <source>Give the group a name first</source>
        <translation>Vui lòng đặt tên cho nhóm trước</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::GroupForm</name>
    <message>
        <source> students</source>
        <comment>cap spin box suffix</comment>
        <translation> học sinh</translation>
    </message>
    <message>
        <source>Code, e.g. RF.3.3</source>
        <translation>Mã, ví dụ RF.3.3</translation>
    </message>
    <message>
        <source>The skill in plain words</source>
        <translation>Kỹ năng, diễn đạt bằng lời đơn giản</translation>
    </message>
    <message>
        <source>Room, or the meeting link for a virtual group</source>
        <translation>Phòng, hoặc đường dẫn họp cho nhóm trực tuyến</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes spin box suffix</comment>
        <translation> phút</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Tê&amp;n:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Môn học:</translation>
    </message>
    <message>
        <source>S&amp;kill:</source>
        <translation>&amp;Kỹ năng:</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Cấp:</translation>
    </message>
    <message>
        <source>&amp;Delivery:</source>
        <translation>&amp;Hình thức học:</translation>
    </message>
    <message>
        <source>C&amp;ap:</source>
        <translation>Sĩ &amp;số tối đa:</translation>
    </message>
    <message>
        <source>T&amp;utor:</source>
        <translation>&amp;Gia sư:</translation>
    </message>
    <message>
        <source>&amp;Room or link:</source>
        <translation>&amp;Phòng hoặc đường dẫn:</translation>
    </message>
    <message>
        <source>Meets on:</source>
        <translation>Học vào:</translation>
    </message>
    <message>
        <source>for</source>
        <translation>trong</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Giờ bắt đầu</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Số phút</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Bắt đầu lúc:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Ngày đầu tiên</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ngày cuối cùng</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ:</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier name · description</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No tutor yet (the group stays planned)</source>
        <translation>Chưa có gia sư (nhóm vẫn ở trạng thái dự kiến)</translation>
    </message>
    <message>
        <source>%1 — inactive</source>
        <translation>%1 — ngưng hoạt động</translation>
    </message>
    <message>
        <source>%1 — clearance missing</source>
        <translation>%1 — thiếu thẩm tra lý lịch</translation>
    </message>
    <message>
        <source>%1 — clearance expired</source>
        <translation>%1 — thẩm tra lý lịch đã hết hạn</translation>
    </message>
    <message>
        <source>%1 (substitute pool)</source>
        <translation>%1 (nhóm dạy thay)</translation>
    </message>
</context>
<context>
    <name>tutordesk::GroupSchedule</name>
    <message>
        <source>The group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>%1: “%2” is not a subject. Choose reading, math, writing or other.</source>
        <translation>%1: “%2” không phải là môn học. Hãy chọn đọc, toán, viết hoặc khác.</translation>
    </message>
    <message>
        <source>%1: the tier must be 1, 2 or 3, not %2.</source>
        <translation>%1: cấp phải là 1, 2 hoặc 3, không phải %2.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a delivery model. Choose pull-out, after school, Saturday, virtual or hybrid.</source>
        <translation>%1: “%2” không phải là hình thức học. Hãy chọn học tách lớp, sau giờ học, thứ Bảy, trực tuyến hoặc kết hợp.</translation>
    </message>
    <message>
        <source>%1: a group holds 1 to 4 students, not %2. Choose a cap from 1 to 4.</source>
        <translation>%1: một nhóm có từ 1 đến 4 học sinh, không phải %2. Hãy chọn sĩ số tối đa từ 1 đến 4.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n student(s) holding seats, more than a cap of %2. Move students to other groups first, or keep the cap at %n or more.</source>
        <translation>
            <numerusform>%1 có %n học sinh đang giữ chỗ, nhiều hơn sĩ số tối đa %2. Hãy chuyển học sinh sang nhóm khác trước, hoặc giữ sĩ số tối đa từ %n trở lên.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a session lasts 5 to 240 minutes, not %2.</source>
        <translation>%1: một buổi học kéo dài từ 5 đến 240 phút, không phải %2.</translation>
    </message>
    <message>
        <source>%1: the meeting days are not valid. Choose the weekdays again.</source>
        <translation>%1: các ngày học không hợp lệ. Vui lòng chọn lại các ngày trong tuần.</translation>
    </message>
    <message>
        <source>%1: a session starting at %2 for %3 minutes would end after midnight. Choose an earlier start.</source>
        <translation>%1: buổi học bắt đầu lúc %2 và kéo dài %3 phút sẽ kết thúc sau nửa đêm. Vui lòng chọn giờ bắt đầu sớm hơn.</translation>
    </message>
    <message>
        <source>%1 needs a start day and an end day. Enter both.</source>
        <translation>%1 cần có ngày bắt đầu và ngày kết thúc. Vui lòng nhập cả hai.</translation>
    </message>
    <message>
        <source>%1 starts on %2, after its end day %3. Choose an end day on or after the start.</source>
        <translation>%1 bắt đầu vào %2, sau ngày kết thúc %3. Vui lòng chọn ngày kết thúc bằng hoặc sau ngày bắt đầu.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a group status. Choose planned, active or ended.</source>
        <translation>%1: “%2” không phải là trạng thái nhóm. Hãy chọn dự kiến, đang hoạt động hoặc đã kết thúc.</translation>
    </message>
    <message>
        <source>There is no group %1 any more (it may have been removed). Reload the page.</source>
        <translation>Không còn nhóm %1 (có thể đã bị xóa). Vui lòng tải lại trang.</translation>
    </message>
    <message>
        <source>%1: the chosen tutor is no longer on the roster. Choose another tutor.</source>
        <translation>%1: gia sư đã chọn không còn trong danh sách. Vui lòng chọn gia sư khác.</translation>
    </message>
    <message>
        <source>%1 is inactive and cannot lead %2. Choose another tutor, or make them active on the Tutors page.</source>
        <translation>%1 đang ngưng hoạt động và không thể phụ trách %2. Vui lòng chọn gia sư khác, hoặc kích hoạt lại trên trang Gia sư.</translation>
    </message>
    <message>
        <source>%1 is not cleared to work with students on %2. Record their clearances on the Tutors page first.</source>
        <translation>%1 chưa được thẩm tra lý lịch để làm việc với học sinh vào %2. Vui lòng ghi nhận thẩm tra lý lịch trên trang Gia sư trước.</translation>
    </message>
    <message>
        <source>%1 could not be saved in %2: %3</source>
        <translation>Không thể lưu %1 vào %2: %3</translation>
    </message>
    <message>
        <source>The group has no name. Enter a name, for example “Reading · Grades 3–4 · Tier 2 · A”.</source>
        <translation>Nhóm chưa có tên. Vui lòng nhập tên, ví dụ “Đọc · Lớp 3–4 · Cấp 2 · A”.</translation>
    </message>
</context>
<context>
    <name>tutordesk::GuardianEditor</name>
    <message>
        <source>First name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Họ</translation>
    </message>
    <message>
        <source>&amp;Primary contact for this student</source>
        <translation>Người liên lạc chính của học &amp;sinh này</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Điện thoại di động</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Điện thoại nhà</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Điện thoại cơ quan</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Consents to &amp;text messages</source>
        <translation>Đồng ý nhận t&amp;in nhắn</translation>
    </message>
    <message>
        <source>Add Guardian</source>
        <translation>Thêm người giám hộ</translation>
    </message>
    <message>
        <source>Edit Guardian — %1</source>
        <translation>Sửa người giám hộ — %1</translation>
    </message>
    <message>
        <source>Relationship to the student</source>
        <translation>Quan hệ với học sinh</translation>
    </message>
    <message>
        <source>The guardian letters are addressed to and calls go to first</source>
        <translation>Người giám hộ được gửi thư và gọi điện trước tiên</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Ngôn ngữ ưu tiên</translation>
    </message>
    <message>
        <source>Choose a language, or type a language code such as &quot;hmn&quot; for Hmong. Letters are printed in the listed languages; others get English letters.</source>
        <translation>Chọn một ngôn ngữ, hoặc nhập mã ngôn ngữ như &quot;hmn&quot; cho tiếng H&apos;Mông. Thư được in bằng các ngôn ngữ có trong danh sách; các ngôn ngữ khác sẽ nhận thư bằng tiếng Anh.</translation>
    </message>
    <message>
        <source>Preferred contact method</source>
        <translation>Cách liên lạc ưu tiên</translation>
    </message>
    <message>
        <source>Texts are sent only to a mobile phone, and only with the family&apos;s consent</source>
        <translation>Tin nhắn chỉ được gửi đến điện thoại di động, và chỉ khi gia đình đồng ý</translation>
    </message>
    <message>
        <source>e.g. (323) 555-0101</source>
        <translation>ví dụ: (323) 555-0101</translation>
    </message>
    <message>
        <source>e.g. maria@example.com</source>
        <translation>ví dụ: maria@example.com</translation>
    </message>
    <message>
        <source>Also the guardian of: %1. Changes to the phones, e-mail and language apply to these children too.</source>
        <translation>Cũng là người giám hộ của: %1. Thay đổi về số điện thoại, email và ngôn ngữ cũng áp dụng cho các em này.</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Họ:</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Quan hệ:</translation>
    </message>
    <message>
        <source>&amp;Mobile phone:</source>
        <translation>Điện thoại &amp;di động:</translation>
    </message>
    <message>
        <source>&amp;Home phone:</source>
        <translation>Điện thoại &amp;nhà:</translation>
    </message>
    <message>
        <source>&amp;Work phone:</source>
        <translation>Điện thoại &amp;cơ quan:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>N&amp;gôn ngữ:</translation>
    </message>
    <message>
        <source>&amp;Contact by:</source>
        <translation>&amp;Liên lạc qua:</translation>
    </message>
    <message>
        <source>Why the guardian was not saved</source>
        <translation>Lý do chưa lưu được người giám hộ</translation>
    </message>
    <message>
        <source>The guardian could not be saved.</source>
        <translation>Không thể lưu người giám hộ.</translation>
    </message>
    <message>
        <source>The guardian could not be saved: %1</source>
        <translation>Không thể lưu người giám hộ: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::Guardians</name>
    <message>
        <source>The %1 phone of %2, &quot;%3&quot;, has characters a phone number does not have. Use digits, spaces and ( ) - . + only.</source>
        <translation>Số điện thoại %1 của %2, &quot;%3&quot;, có ký tự không dùng trong số điện thoại. Chỉ dùng chữ số, khoảng trắng và ( ) - . +.</translation>
    </message>
    <message>
        <source>The %1 phone of %2, &quot;%3&quot;, is too short: a phone number has at least 7 digits. Correct it or leave it empty.</source>
        <translation>Số điện thoại %1 của %2, &quot;%3&quot;, quá ngắn: số điện thoại có ít nhất 7 chữ số. Vui lòng sửa lại hoặc để trống.</translation>
    </message>
    <message>
        <source>A guardian needs a name: type a first or a last name.</source>
        <translation>Người giám hộ cần có tên: vui lòng nhập tên hoặc họ.</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>di động</translation>
    </message>
    <message>
        <source>home</source>
        <translation>nhà</translation>
    </message>
    <message>
        <source>work</source>
        <translation>cơ quan</translation>
    </message>
    <message>
        <source>The e-mail of %1, &quot;%2&quot;, is not an e-mail address: it needs one @ between a name and a domain, with no spaces (maria@example.com).</source>
        <translation>Email của %1, &quot;%2&quot;, không phải là địa chỉ email: cần có một dấu @ giữa tên và tên miền, không có khoảng trắng (maria@example.com).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a relationship TutorDesk knows. Choose one of: %2.</source>
        <translation>&quot;%1&quot; không phải là mối quan hệ mà TutorDesk nhận biết. Hãy chọn một trong: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a contact method TutorDesk knows. Choose one of: %2.</source>
        <translation>&quot;%1&quot; không phải là cách liên lạc mà TutorDesk nhận biết. Hãy chọn một trong: %2.</translation>
    </message>
    <message>
        <source>Choose the language %1 prefers (English if you do not know it).</source>
        <translation>Vui lòng chọn ngôn ngữ mà %1 ưu tiên (chọn tiếng Anh nếu bạn không biết).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code. Choose a language from the list or type a code such as &quot;es&quot;, &quot;zh-Hant&quot; or &quot;hmn&quot;.</source>
        <translation>&quot;%1&quot; không phải là mã ngôn ngữ. Hãy chọn ngôn ngữ trong danh sách hoặc nhập mã như &quot;es&quot;, &quot;zh-Hant&quot; hay &quot;hmn&quot;.</translation>
    </message>
    <message>
        <source>%1 consents to texts but has no mobile phone. Type the mobile number or clear the consent.</source>
        <translation>%1 đồng ý nhận tin nhắn nhưng không có điện thoại di động. Vui lòng nhập số di động hoặc bỏ chọn đồng ý.</translation>
    </message>
    <message>
        <source>%1 prefers texts but has not consented to them. Record the consent or choose another method.</source>
        <translation>%1 ưu tiên tin nhắn nhưng chưa đồng ý nhận tin nhắn. Vui lòng ghi nhận sự đồng ý hoặc chọn cách liên lạc khác.</translation>
    </message>
    <message>
        <source>%1 prefers e-mail but has no e-mail address. Type it or choose another method.</source>
        <translation>%1 ưu tiên email nhưng không có địa chỉ email. Vui lòng nhập địa chỉ hoặc chọn cách liên lạc khác.</translation>
    </message>
    <message>
        <source>The guardian could not be saved in %1: %2</source>
        <translation>Không thể lưu người giám hộ vào %1: %2</translation>
    </message>
    <message>
        <source>There is no student %1 (they may have been removed). Reload the Students page.</source>
        <translation>Không có học sinh %1 (có thể đã bị xóa). Vui lòng tải lại trang Học sinh.</translation>
    </message>
    <message>
        <source>%1 is not a guardian of this student any more (someone may have removed them). Reload the Students page.</source>
        <translation>%1 không còn là người giám hộ của học sinh này (có thể ai đó đã xóa). Vui lòng tải lại trang Học sinh.</translation>
    </message>
    <message>
        <source>Guardian details edited</source>
        <translation>Đã sửa thông tin người giám hộ</translation>
    </message>
    <message>
        <source>That guardian is no longer on record (they may have been removed). Search again.</source>
        <translation>Người giám hộ đó không còn trong hồ sơ (có thể đã bị xóa). Vui lòng tìm lại.</translation>
    </message>
    <message>
        <source>%1 is already a guardian of this student.</source>
        <translation>%1 đã là người giám hộ của học sinh này.</translation>
    </message>
    <message>
        <source>That guardian is not linked to this student any more. Reload the Students page.</source>
        <translation>Người giám hộ đó không còn liên kết với học sinh này. Vui lòng tải lại trang Học sinh.</translation>
    </message>
    <message>
        <source>The guardian could not be removed in %1: %2</source>
        <translation>Không thể xóa người giám hộ trong %1: %2</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Mẹ</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Cha</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Ông bà</translation>
    </message>
    <message>
        <source>Aunt or uncle</source>
        <translation>Cô, dì, chú, bác</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Anh chị em</translation>
    </message>
    <message>
        <source>Foster parent</source>
        <translation>Cha mẹ nuôi tạm thời</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Người giám hộ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Gọi điện</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Tin nhắn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Thư</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Gặp trực tiếp</translation>
    </message>
</context>
<context>
    <name>tutordesk::GuiOptions</name>
    <message>
        <source>TutorDesk: intensive tutoring, run by need.</source>
        <translation>TutorDesk: chương trình gia sư tăng cường, vận hành theo nhu cầu.</translation>
    </message>
    <message>
        <source>Open the TutorDesk database at PATH (else $TUTORDESK_DB, else your school&apos;s usual database).</source>
        <translation>Mở cơ sở dữ liệu TutorDesk tại PATH (nếu không có thì dùng $TUTORDESK_DB, nếu không nữa thì dùng cơ sở dữ liệu thường dùng của trường).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Open the demo school, creating it first if it is not there yet.</source>
        <translation>Mở trường mẫu, tạo trường mẫu trước nếu chưa có.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE (PNG) once it has loaded, then quit.</source>
        <translation>Lưu ảnh chụp cửa sổ vào FILE (PNG) sau khi tải xong, rồi thoát.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Take DAY (YYYY-MM-DD) as today, e.g. for a demo school&apos;s screenshots.</source>
        <translation>Lấy DAY (YYYY-MM-DD) làm ngày hôm nay, ví dụ để chụp màn hình trường mẫu.</translation>
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
        <translation>Cơ sở dữ liệu TutorDesk cần mở (giống --db).</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[file]</translation>
    </message>
    <message>
        <source>--today needs a day written YYYY-MM-DD, e.g. 2026-11-20.</source>
        <translation>--today cần một ngày viết theo dạng YYYY-MM-DD, ví dụ 2026-11-20.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Import</name>
    <message>
        <source>, line %1</source>
        <translation>, dòng %1</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>, cột %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>the mapping given</source>
        <translation>ánh xạ cột được cung cấp</translation>
    </message>
    <message>
        <source>the mapping saved last time</source>
        <translation>ánh xạ cột đã lưu lần trước</translation>
    </message>
    <message>
        <source>matched by name</source>
        <translation>khớp theo tên</translation>
    </message>
    <message>
        <source>Columns (%1): %2.</source>
        <translation>Các cột (%1): %2.</translation>
    </message>
    <message>
        <source>The mapping given is for &quot;%1&quot; files, but %2 is read as &quot;%3&quot;. Give a mapping made for this kind of file, or none to match the columns by name.</source>
        <translation>Ánh xạ cột được cung cấp dành cho tệp &quot;%1&quot;, nhưng %2 được đọc là &quot;%3&quot;. Hãy cung cấp ánh xạ dành cho loại tệp này, hoặc không cung cấp để khớp cột theo tên.</translation>
    </message>
    <message>
        <source>%1 more problems are not listed. Correct the ones above (often one column is wrong throughout) and run again to see what is left.</source>
        <translation>Còn %1 lỗi nữa chưa được liệt kê. Hãy sửa các lỗi ở trên (thường là một cột bị sai từ đầu đến cuối) rồi chạy lại để xem những lỗi còn lại.</translation>
    </message>
    <message>
        <source>A OneRoster export names its own columns; the column mapping given was not needed.</source>
        <translation>Bản xuất OneRoster tự đặt tên cột; không cần ánh xạ cột được cung cấp.</translation>
    </message>
    <message>
        <source>%1 is a CSV roster. Choosing a school and adding a flags file are for OneRoster exports (a .zip or a folder); a CSV roster carries its flags in its own columns.</source>
        <translation>%1 là danh sách học sinh dạng CSV. Việc chọn trường và thêm tệp đánh dấu chỉ dành cho bản xuất OneRoster (tệp .zip hoặc thư mục); danh sách CSV chứa các đánh dấu trong chính các cột của nó.</translation>
    </message>
    <message>
        <source>The column mapping could not be saved for next time: %1</source>
        <translation>Không thể lưu ánh xạ cột cho lần sau: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportActions</name>
    <message>
        <source>Import &amp;Roster…</source>
        <translation>Nhập &amp;danh sách học sinh…</translation>
    </message>
    <message>
        <source>Import &amp;Scores…</source>
        <translation>Nhập đ&amp;iểm…</translation>
    </message>
    <message>
        <source>Bring in the students from your district&apos;s roster file</source>
        <translation>Nhập học sinh từ tệp danh sách học sinh của học khu</translation>
    </message>
    <message>
        <source>Bring in benchmark results (i-Ready, STAR, MAP) for students on file</source>
        <translation>Nhập kết quả kiểm tra định kỳ (i-Ready, STAR, MAP) cho các học sinh đã có trong hồ sơ</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportDialog</name>
    <message>
        <source>C&amp;heck File</source>
        <translation>&amp;Kiểm tra tệp</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Read the whole file and list every problem, without importing anything</source>
        <translation>Đọc toàn bộ tệp và liệt kê mọi lỗi, chưa nhập gì cả</translation>
    </message>
    <message>
        <source>Available once the file has been checked without problems</source>
        <translation>Có thể dùng sau khi tệp được kiểm tra không có lỗi</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Đã hủy việc kiểm tra.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Đã hủy việc nhập. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Choose a file to begin.</source>
        <translation>Vui lòng chọn tệp để bắt đầu.</translation>
    </message>
    <message>
        <source>Click Check File: TutorDesk reads the whole file and lists anything to fix. Nothing is imported yet.</source>
        <translation>Nhấp Kiểm tra tệp: TutorDesk sẽ đọc toàn bộ tệp và liệt kê những gì cần sửa. Chưa có gì được nhập.</translation>
    </message>
    <message>
        <source>The choices changed. Click Check File again.</source>
        <translation>Các lựa chọn đã thay đổi. Vui lòng nhấp Kiểm tra tệp lại.</translation>
    </message>
    <message>
        <source>1 student on file is not in this roster. Mark them withdrawn? Their history is kept.</source>
        <translation>1 học sinh trong hồ sơ không có trong danh sách này. Đánh dấu em đã nghỉ học? Lịch sử của em vẫn được giữ lại.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln students on file are not in this roster. Mark them withdrawn? Their history is kept.</source>
        <translation>
            <numerusform>%Ln học sinh trong hồ sơ không có trong danh sách này. Đánh dấu các em đã nghỉ học? Lịch sử của các em vẫn được giữ lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>Students Not in This Roster</source>
        <translation>Học sinh không có trong danh sách này</translation>
    </message>
    <message>
        <source>Choose No if this file lists only some of the school&apos;s students.</source>
        <translation>Chọn Không nếu tệp này chỉ liệt kê một phần học sinh của trường.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Đang kiểm tra %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Đang nhập %1…</translation>
    </message>
    <message>
        <source>The need scores could not be recalculated: %1</source>
        <translation>Không thể tính lại điểm nhu cầu: %1</translation>
    </message>
    <message>
        <source>Need scores were recalculated from the new data.</source>
        <translation>Đã tính lại điểm nhu cầu từ dữ liệu mới.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportKind</name>
    <message>
        <source>Import Roster</source>
        <translation>Nhập danh sách học sinh</translation>
    </message>
    <message>
        <source>Choose the roster your district&apos;s student system exported: a CSV file, or a OneRoster zip file or folder.</source>
        <translation>Chọn danh sách học sinh do hệ thống quản lý học sinh của học khu xuất ra: tệp CSV, hoặc tệp zip hay thư mục OneRoster.</translation>
    </message>
    <message>
        <source>Import Benchmark Scores</source>
        <translation>Nhập điểm kiểm tra định kỳ</translation>
    </message>
    <message>
        <source>Choose the scores file your assessment system exported (i-Ready, STAR, MAP or similar) as CSV. The students must already be on file.</source>
        <translation>Chọn tệp điểm do hệ thống đánh giá xuất ra (i-Ready, STAR, MAP hoặc tương tự) dưới dạng CSV. Học sinh phải có sẵn trong hồ sơ.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportReportView</name>
    <message>
        <source>&amp;Copy Report</source>
        <translation>&amp;Sao chép báo cáo</translation>
    </message>
    <message>
        <source>Sa&amp;ve Report…</source>
        <translation>&amp;Lưu báo cáo…</translation>
    </message>
    <message>
        <source>What the import found</source>
        <translation>Kết quả của lần nhập</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Bước tiếp theo</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Lỗi trong tệp</translation>
    </message>
    <message>
        <source>Copy the report to paste it into an email or a document</source>
        <translation>Sao chép báo cáo để dán vào email hoặc tài liệu</translation>
    </message>
    <message>
        <source>Save the report as a text file</source>
        <translation>Lưu báo cáo thành tệp văn bản</translation>
    </message>
    <message>
        <source>%1 - import report.txt</source>
        <comment>file name</comment>
        <translation>%1 - báo cáo nhập.txt</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Tệp văn bản (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Không thể lưu báo cáo vào %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportReviewDialog</name>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Nội dung của tệp</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Bước tiếp theo</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Nothing has been imported. Fix the file, save it, and import it again.</source>
        <translation>
            <numerusform>Tìm thấy %n lỗi. Chưa có gì được nhập. Hãy sửa tệp, lưu lại và nhập lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything in this file is already in TutorDesk. There is nothing to import.</source>
        <translation>Mọi dữ liệu trong tệp này đã có trong TutorDesk. Không có gì để nhập.</translation>
    </message>
    <message>
        <source>No problems found. Click Import to bring these changes in.</source>
        <translation>Không tìm thấy lỗi. Nhấp Nhập để đưa các thay đổi này vào.</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Lỗi trong tệp</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportRunner</name>
    <message>
        <source>Checking the File</source>
        <translation>Đang kiểm tra tệp</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Đang nhập</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportSource</name>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Tệp cần nhập</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Chưa chọn tệp</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <source>OneRoster &amp;Folder…</source>
        <translation>Thư mục &amp;OneRoster…</translation>
    </message>
    <message>
        <source>A folder holding a OneRoster export (orgs.csv, users.csv, …)</source>
        <translation>Thư mục chứa bản xuất OneRoster (orgs.csv, users.csv, …)</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>Cột nào là cột nào</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Các dòng đầu tiên của tệp</translation>
    </message>
    <message>
        <source>Choose a OneRoster Folder</source>
        <translation>Chọn thư mục OneRoster</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>Chọn tệp</translation>
    </message>
    <message>
        <source>Rosters (*.csv *.txt *.zip);;All files (*)</source>
        <translation>Danh sách học sinh (*.csv *.txt *.zip);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Tệp CSV (*.csv *.txt);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>The columns you chose last time. Check them against the first rows on the right.</source>
        <translation>Các cột bạn đã chọn lần trước. Vui lòng đối chiếu với các dòng đầu tiên ở bên phải.</translation>
    </message>
    <message>
        <source>TutorDesk matched these columns by their names. Check them against the first rows on the right.</source>
        <translation>TutorDesk đã khớp các cột này theo tên. Vui lòng đối chiếu với các dòng đầu tiên ở bên phải.</translation>
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
        <translation>Unicode (UTF-8, như Excel lưu)</translation>
    </message>
    <message>
        <source>Windows Western European (as older Excel saves it)</source>
        <translation>Windows Tây Âu (như các bản Excel cũ lưu)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation>Unicode (UTF-16)</translation>
    </message>
    <message>
        <source>columns separated by tabs</source>
        <translation>các cột phân cách bằng tab</translation>
    </message>
    <message>
        <source>columns separated by semicolons</source>
        <translation>các cột phân cách bằng dấu chấm phẩy</translation>
    </message>
    <message>
        <source>columns separated by commas</source>
        <translation>các cột phân cách bằng dấu phẩy</translation>
    </message>
    <message>
        <source>columns separated by &quot;%1&quot;</source>
        <translation>các cột phân cách bằng &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Read as %1, %2; %3 after the header.</source>
        <translation>Đọc theo %1, %2; %3 sau dòng tiêu đề.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln dòng</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Dòng %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>cột %1</translation>
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
            <numerusform>Đã đọc %Ln học sinh.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) read.</source>
        <translation>
            <numerusform>Đã đọc %Ln kết quả.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 read: %2 new, %3 changed, %4 unchanged.</source>
        <translation>Đã đọc %1: %2 mới, %3 thay đổi, %4 không đổi.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s)</source>
        <translation>
            <numerusform>%Ln học sinh</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) marked withdrawn.</source>
        <translation>
            <numerusform>Đã đánh dấu %Ln học sinh nghỉ học.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in this roster: %Ln student(s) on file.</source>
        <translation>
            <numerusform>Không có trong danh sách này: %Ln học sinh trong hồ sơ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Families: %1 new, %2 changed.</source>
        <translation>Gia đình: %1 mới, %2 thay đổi.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln kết quả</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found. Nothing has been imported. Fix the file (or choose other columns above), save it, and click Check File again.</source>
        <translation>
            <numerusform>Tìm thấy %Ln lỗi. Chưa có gì được nhập. Hãy sửa tệp (hoặc chọn các cột khác ở trên), lưu lại và nhấp Kiểm tra tệp lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Đã nhập.</translation>
    </message>
    <message>
        <source>No problems found. Click Import to bring these changes in.</source>
        <translation>Không tìm thấy lỗi. Nhấp Nhập để đưa các thay đổi này vào.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LanguageNames</name>
    <message>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Tiếng Tây Ban Nha</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Tiếng Hàn</translation>
    </message>
    <message>
        <source>Chinese, Simplified</source>
        <translation>Tiếng Trung giản thể</translation>
    </message>
    <message>
        <source>Chinese, Traditional</source>
        <translation>Tiếng Trung phồn thể</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>Tiếng Armenia</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>Tiếng Tagalog</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Tiếng Nga</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Tiếng Ba Tư</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Tiếng Ả Rập</translation>
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
        <translation>Thư gửi gia đình</translation>
    </message>
    <message>
        <source>Family Letter</source>
        <translation>Thư gửi gia đình</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>Loại thư</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Khổ giấy</translation>
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
        <translation>Ghi chú về thư này</translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation>Xem trước thư</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>&amp;Print All…</source>
        <translation>&amp;In tất cả…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Print through the system print dialog (%1); each letter is logged as a contact</source>
        <translation>In qua hộp thoại in của hệ thống (%1); mỗi thư được ghi nhận là một lần liên lạc</translation>
    </message>
    <message>
        <source>&amp;Save All as One PDF…</source>
        <translation>&amp;Lưu tất cả thành một tệp PDF…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Lưu thành PDF…</translation>
    </message>
    <message>
        <source>Save as a PDF file (%1), one letter per page; each letter is logged as a contact</source>
        <translation>Lưu thành tệp PDF (%1), mỗi thư một trang; mỗi thư được ghi nhận là một lần liên lạc</translation>
    </message>
    <message>
        <source>&amp;Edit Template…</source>
        <translation>&amp;Sửa mẫu…</translation>
    </message>
    <message>
        <source>Change this kind of letter&apos;s text in this language (kept beside the original)</source>
        <translation>Thay đổi nội dung loại thư này bằng ngôn ngữ này (bản gốc vẫn được giữ lại)</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Gửi đến</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>Ngôn ngữ của thư</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>L&amp;oại:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Gửi đến:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>&amp;Khổ giấy:</translation>
    </message>
    <message>
        <source>&amp;Letters (one page for each family):</source>
        <translation>&amp;Thư (mỗi gia đình một trang):</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Thư</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Học sinh</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Gia đình</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>The student&apos;s family could not be read: %1</source>
        <translation>Không đọc được thông tin gia đình của học sinh: %1</translation>
    </message>
    <message>
        <source>Unnamed guardian</source>
        <translation>Người giám hộ chưa có tên</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, primary</source>
        <translation>%1, người liên lạc chính</translation>
    </message>
    <message>
        <source>No guardian on file: addressed to the family</source>
        <translation>Chưa có người giám hộ trong hồ sơ: gửi đến gia đình</translation>
    </message>
    <message>
        <source>Letter to the Family of %1</source>
        <translation>Thư gửi gia đình của %1</translation>
    </message>
    <message>
        <source>This letter cannot be written: %1</source>
        <translation>Không thể soạn thư này: %1</translation>
    </message>
    <message>
        <source>Student %1</source>
        <translation>Học sinh %1</translation>
    </message>
    <message>
        <source>Family of %1</source>
        <translation>Gia đình của %1</translation>
    </message>
    <message>
        <source>translation not yet reviewed</source>
        <translation>bản dịch chưa được duyệt</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Family Letters (%1)</source>
        <translation>Thư gửi gia đình (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) cannot be written and are left out: %1</source>
        <translation>
            <numerusform>%n thư không thể soạn và đã bị bỏ qua: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Translation not yet reviewed by a qualified translator.</source>
        <translation>Bản dịch chưa được một dịch giả có chuyên môn duyệt.</translation>
    </message>
    <message>
        <source>The text was edited in TutorDesk (version %1).</source>
        <translation>Nội dung đã được chỉnh sửa trong TutorDesk (phiên bản %1).</translation>
    </message>
    <message>
        <source>Printed and logged</source>
        <translation>Đã in và ghi nhận</translation>
    </message>
    <message>
        <source>Saved and logged</source>
        <translation>Đã lưu và ghi nhận</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Family letters</source>
        <translation>Thư gửi gia đình</translation>
    </message>
    <message>
        <source>No letters are chosen to print.</source>
        <translation>Chưa chọn thư nào để in.</translation>
    </message>
    <message>
        <source>The letters could not be printed: the printer refused them. Check the printer, or save them as a PDF and print that.</source>
        <translation>Không in được thư: máy in đã từ chối. Vui lòng kiểm tra máy in, hoặc lưu thư thành PDF rồi in tệp đó.</translation>
    </message>
    <message>
        <source>Save Letters as PDF</source>
        <translation>Lưu thư thành PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No letters are chosen to save.</source>
        <translation>Chưa chọn thư nào để lưu.</translation>
    </message>
    <message>
        <source>Printed, but the letters are not on record: %1 Log the contacts by hand.</source>
        <translation>Đã in, nhưng thư chưa được ghi vào hồ sơ: %1 Vui lòng ghi nhận liên lạc thủ công.</translation>
    </message>
    <message>
        <source>Saved, but the letters are not on record: %1 Log the contacts by hand.</source>
        <translation>Đã lưu, nhưng thư chưa được ghi vào hồ sơ: %1 Vui lòng ghi nhận liên lạc thủ công.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) printed and logged as contacts.</source>
        <translation>
            <numerusform>Đã in %n thư và ghi nhận là liên lạc.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) saved as a PDF and logged as contacts.</source>
        <translation>
            <numerusform>Đã lưu %n thư thành PDF và ghi nhận là liên lạc.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterKinds</name>
    <message>
        <source>Enrollment invitation with consent slip</source>
        <translation>Thư mời ghi danh kèm phiếu đồng ý</translation>
    </message>
    <message>
        <source>Missed-session notice 1</source>
        <translation>Thông báo vắng buổi học lần 1</translation>
    </message>
    <message>
        <source>Missed-session notice 2</source>
        <translation>Thông báo vắng buổi học lần 2</translation>
    </message>
    <message>
        <source>Missed-session notice 3</source>
        <translation>Thông báo vắng buổi học lần 3</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Báo cáo tiến bộ</translation>
    </message>
    <message>
        <source>End-of-program summary</source>
        <translation>Tổng kết cuối chương trình</translation>
    </message>
    <message>
        <source>The school&apos;s name</source>
        <translation>Tên trường</translation>
    </message>
    <message>
        <source>The school&apos;s address</source>
        <translation>Địa chỉ trường</translation>
    </message>
    <message>
        <source>The school&apos;s phone number</source>
        <translation>Số điện thoại của trường</translation>
    </message>
    <message>
        <source>The tutoring coordinator&apos;s name</source>
        <translation>Tên điều phối viên chương trình gia sư</translation>
    </message>
    <message>
        <source>The letter&apos;s date, written out</source>
        <translation>Ngày viết thư, viết đầy đủ</translation>
    </message>
    <message>
        <source>The date to return the slip by (a week later)</source>
        <translation>Hạn gửi lại phiếu (một tuần sau)</translation>
    </message>
    <message>
        <source>The guardian&apos;s name, or &quot;Family of&quot; the student</source>
        <translation>Tên người giám hộ, hoặc &quot;Gia đình của&quot; học sinh</translation>
    </message>
    <message>
        <source>The student&apos;s preferred or first name</source>
        <translation>Tên thường gọi hoặc tên của học sinh</translation>
    </message>
    <message>
        <source>The student&apos;s full name</source>
        <translation>Họ và tên đầy đủ của học sinh</translation>
    </message>
    <message>
        <source>The student&apos;s grade, in words</source>
        <translation>Lớp của học sinh, viết bằng chữ</translation>
    </message>
    <message>
        <source>The subject of the tutoring group</source>
        <translation>Môn học của nhóm gia sư</translation>
    </message>
    <message>
        <source>The days the group meets</source>
        <translation>Các ngày nhóm học</translation>
    </message>
    <message>
        <source>The group&apos;s start and end time</source>
        <translation>Giờ bắt đầu và kết thúc của nhóm</translation>
    </message>
    <message>
        <source>Where the group meets</source>
        <translation>Nơi nhóm học</translation>
    </message>
    <message>
        <source>The group&apos;s tutor</source>
        <translation>Gia sư của nhóm</translation>
    </message>
    <message>
        <source>The group&apos;s first day</source>
        <translation>Ngày học đầu tiên của nhóm</translation>
    </message>
    <message>
        <source>The group&apos;s last day</source>
        <translation>Ngày học cuối cùng của nhóm</translation>
    </message>
    <message>
        <source>The day of the missed session</source>
        <translation>Ngày của buổi học bị vắng</translation>
    </message>
    <message>
        <source>The days of the sessions missed in a row</source>
        <translation>Các ngày của những buổi học bị vắng liên tiếp</translation>
    </message>
    <message>
        <source>How many sessions were missed in a row</source>
        <translation>Số buổi học bị vắng liên tiếp</translation>
    </message>
    <message>
        <source>Sessions attended over the last four weeks, in percent</source>
        <translation>Tỷ lệ phần trăm buổi học đã tham dự trong bốn tuần qua</translation>
    </message>
    <message>
        <source>Sessions the student attended</source>
        <translation>Số buổi học sinh đã tham dự</translation>
    </message>
    <message>
        <source>Sessions the group held</source>
        <translation>Số buổi nhóm đã tổ chức</translation>
    </message>
    <message>
        <source>Minutes of tutoring received</source>
        <translation>Số phút học gia sư đã nhận</translation>
    </message>
    <message>
        <source>Minutes of tutoring planned</source>
        <translation>Số phút học gia sư theo kế hoạch</translation>
    </message>
    <message>
        <source>The skill the group works on</source>
        <translation>Kỹ năng nhóm đang luyện tập</translation>
    </message>
    <message>
        <source>The first probe score</source>
        <translation>Điểm bài kiểm tra nhanh đầu tiên</translation>
    </message>
    <message>
        <source>The latest probe score</source>
        <translation>Điểm bài kiểm tra nhanh gần nhất</translation>
    </message>
    <message>
        <source>Growth from the first to the latest probe</source>
        <translation>Mức tiến bộ từ bài kiểm tra nhanh đầu tiên đến bài gần nhất</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterLog</name>
    <message>
        <source>There is no student %1 (they may have been removed). Merge the letters again.</source>
        <translation>Không có học sinh %1 (có thể đã bị xóa). Vui lòng tạo lại thư.</translation>
    </message>
    <message>
        <source>The letter for %1 is addressed to a guardian no longer listed for them. Merge the letters again.</source>
        <translation>Thư cho %1 được gửi đến một người giám hộ không còn trong danh sách của em. Vui lòng tạo lại thư.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of letter.</source>
        <translation>“%1” không phải là một loại thư.</translation>
    </message>
    <message>
        <source>The letter for %1 answers a due action of another student. Merge the letters again.</source>
        <translation>Thư cho %1 ứng với việc cần làm của một học sinh khác. Vui lòng tạo lại thư.</translation>
    </message>
    <message>
        <source>Letter sent: %1</source>
        <translation>Đã gửi thư: %1</translation>
    </message>
    <message>
        <source>“%1” is not a way of sending a letter: print or pdf.</source>
        <translation>“%1” không phải là cách gửi thư: print hoặc pdf.</translation>
    </message>
    <message>
        <source>Say when the letters were printed or saved.</source>
        <translation>Vui lòng cho biết thời điểm thư được in hoặc lưu.</translation>
    </message>
    <message>
        <source>No letter was logged: %1</source>
        <translation>Chưa ghi nhận thư nào: %1</translation>
    </message>
    <message>
        <source>The letters could not be logged in %1: %2. Nothing was logged; try again.</source>
        <translation>Không thể ghi nhận thư vào %1: %2. Chưa có gì được ghi nhận; vui lòng thử lại.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterMerge</name>
    <message>
        <source>Hmong</source>
        <translation>Tiếng H&apos;Mông</translation>
    </message>
    <message>
        <source>The %1 for %2 could not be filled in: no value for %3. Please report this.</source>
        <translation>Không thể điền %1 cho %2: không có giá trị cho %3. Vui lòng báo lỗi này.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of letter. Use one of: %2.</source>
        <translation>&quot;%1&quot; không phải là một loại thư. Hãy dùng một trong các loại: %2.</translation>
    </message>
    <message>
        <source>The letter has no date. Give the day it is written.</source>
        <translation>Thư chưa có ngày. Vui lòng nhập ngày viết thư.</translation>
    </message>
    <message>
        <source>TutorDesk has no letters in &quot;%1&quot;. Use one of: %2.</source>
        <translation>TutorDesk không có thư bằng &quot;%1&quot;. Hãy dùng một trong các ngôn ngữ: %2.</translation>
    </message>
    <message>
        <source>The family reads %1; there is no %1 %2 yet, so this one is in English.</source>
        <translation>Gia đình đọc %1; chưa có %2 bằng %1, nên thư này được viết bằng tiếng Anh.</translation>
    </message>
    <message>
        <source>The family reads %1; there are no %1 letters yet, so this one is in English.</source>
        <translation>Gia đình đọc %1; chưa có thư bằng %1, nên thư này được viết bằng tiếng Anh.</translation>
    </message>
    <message>
        <source>The English %1 is missing from this copy of TutorDesk. Reinstall TutorDesk.</source>
        <translation>Bản TutorDesk này bị thiếu %1 tiếng Anh. Vui lòng cài đặt lại TutorDesk.</translation>
    </message>
    <message>
        <source>student %1</source>
        <translation>học sinh %1</translation>
    </message>
    <message>
        <source>No letters were made: the letter for %1 could not be: %2</source>
        <translation>Chưa tạo thư nào: không thể soạn thư cho %1: %2</translation>
    </message>
    <message>
        <source>That guardian is not on record for %1. Choose one of %1&apos;s guardians.</source>
        <translation>Người giám hộ đó không có trong hồ sơ của %1. Vui lòng chọn một trong những người giám hộ của %1.</translation>
    </message>
    <message>
        <source>Student %1 is not on record. Choose a student from the list.</source>
        <translation>Học sinh %1 không có trong hồ sơ. Vui lòng chọn học sinh trong danh sách.</translation>
    </message>
    <message>
        <source>That due action is not %1&apos;s. Start the letter from one of %1&apos;s actions.</source>
        <translation>Việc cần làm đó không thuộc về %1. Hãy soạn thư từ một trong các việc của %1.</translation>
    </message>
    <message>
        <source>The school&apos;s phone number is not set, and every letter tells the family where to call. Add it in Settings ▸ School.</source>
        <translation>Chưa nhập số điện thoại của trường, trong khi mọi thư đều cho gia đình biết số điện thoại để gọi. Hãy thêm trong Cài đặt ▸ Trường.</translation>
    </message>
    <message>
        <source>The tutoring coordinator&apos;s name is not set, and every letter is signed with it. Add it in Settings ▸ School.</source>
        <translation>Chưa nhập tên điều phối viên chương trình gia sư, trong khi mọi thư đều được ký bằng tên này. Hãy thêm trong Cài đặt ▸ Trường.</translation>
    </message>
    <message>
        <source>%1&apos;s group has no meeting days yet. Set the group&apos;s days first.</source>
        <translation>Nhóm của %1 chưa có ngày học. Vui lòng đặt ngày học cho nhóm trước.</translation>
    </message>
    <message>
        <source>%1&apos;s group has no start time yet. Set the group&apos;s time first.</source>
        <translation>Nhóm của %1 chưa có giờ bắt đầu. Vui lòng đặt giờ học cho nhóm trước.</translation>
    </message>
    <message>
        <source>%1&apos;s group has no tutor. Assign a tutor to the group first.</source>
        <translation>Nhóm của %1 chưa có gia sư. Vui lòng phân công gia sư cho nhóm trước.</translation>
    </message>
    <message>
        <source>%1 has no seat in a tutoring group, so the letter has no group to describe. Place %1 in a group first.</source>
        <translation>%1 chưa có chỗ trong nhóm gia sư nào, nên thư không có nhóm để mô tả. Vui lòng xếp %1 vào một nhóm trước.</translation>
    </message>
    <message>
        <source>%1 has no missed session on record, so there is nothing for a missed-session letter to name. Check the attendance or choose another kind of letter.</source>
        <translation>%1 không có buổi học bị vắng nào trong hồ sơ, nên thư báo vắng không có gì để nêu. Vui lòng kiểm tra điểm danh hoặc chọn loại thư khác.</translation>
    </message>
    <message>
        <source>%1 has no attendance on record yet, so there is no rate to report.</source>
        <translation>%1 chưa có dữ liệu điểm danh, nên chưa có tỷ lệ để báo cáo.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterRender</name>
    <message>
        <source>This program cannot write PDF files (no page writer is installed). Use TutorDesk or tutordesk-cli.</source>
        <translation>Chương trình này không thể ghi tệp PDF (chưa cài bộ ghi trang). Vui lòng dùng TutorDesk hoặc tutordesk-cli.</translation>
    </message>
    <message numerus="yes">
        <source>%n family letter(s)</source>
        <translation>
            <numerusform>%n thư gửi gia đình</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no letters to save in %1.</source>
        <translation>Không có thư nào để lưu vào %1.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterTemplate</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, dòng %2: %3</translation>
    </message>
    <message>
        <source>%1: the letter has no text after the header. Write the letter below the line &quot;--&gt;&quot;.</source>
        <translation>%1: thư không có nội dung sau phần đầu. Hãy viết thư bên dưới dòng &quot;--&gt;&quot;.</translation>
    </message>
    <message>
        <source>{{%1}} is not a value a %2 letter can use. Use one of: %3.</source>
        <translation>{{%1}} không phải là giá trị mà thư %2 có thể dùng. Hãy dùng một trong: %3.</translation>
    </message>
    <message>
        <source>a placeholder is not closed. Write each one as {{name}} on one line.</source>
        <translation>một ô giữ chỗ chưa được đóng. Hãy viết mỗi ô theo dạng {{name}} trên một dòng.</translation>
    </message>
    <message>
        <source>this is not a TutorDesk letter template: it must start with the line &quot;&lt;!--tutordesk-letter&quot; followed by language, kind, version, reviewed and title.</source>
        <translation>đây không phải là mẫu thư TutorDesk: mẫu phải bắt đầu bằng dòng &quot;&lt;!--tutordesk-letter&quot;, tiếp theo là language, kind, version, reviewed và title.</translation>
    </message>
    <message>
        <source>expected &quot;name: value&quot; (language, kind, version, reviewed or title), or &quot;--&gt;&quot; to end the header.</source>
        <translation>cần có dạng &quot;name: value&quot; (language, kind, version, reviewed hoặc title), hoặc &quot;--&gt;&quot; để kết thúc phần đầu.</translation>
    </message>
    <message>
        <source>language &quot;%1&quot; is not one TutorDesk prints letters in. Use one of: %2.</source>
        <translation>ngôn ngữ &quot;%1&quot; không phải là ngôn ngữ TutorDesk dùng để in thư. Hãy dùng một trong: %2.</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; is not a kind of letter. Use one of: %2.</source>
        <translation>kind &quot;%1&quot; không phải là một loại thư. Hãy dùng một trong: %2.</translation>
    </message>
    <message>
        <source>version is empty. Write a version such as 1 or 2024-2.</source>
        <translation>version đang trống. Hãy ghi phiên bản, ví dụ 1 hoặc 2024-2.</translation>
    </message>
    <message>
        <source>reviewed must be yes or no.</source>
        <translation>reviewed phải là yes hoặc no.</translation>
    </message>
    <message>
        <source>title is empty. Write the letter&apos;s title in its language.</source>
        <translation>title đang trống. Hãy ghi tiêu đề thư bằng ngôn ngữ của thư.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header field. Use language, kind, version, reviewed and title.</source>
        <translation>&quot;%1&quot; không phải là trường của phần đầu. Hãy dùng language, kind, version, reviewed và title.</translation>
    </message>
    <message>
        <source>%1: the header is not closed. Add a line &quot;--&gt;&quot; after the title.</source>
        <translation>%1: phần đầu chưa được đóng. Hãy thêm dòng &quot;--&gt;&quot; sau title.</translation>
    </message>
    <message>
        <source>the header has no %1 line. Add &quot;%1: …&quot; before &quot;--&gt;&quot;.</source>
        <translation>phần đầu không có dòng %1. Hãy thêm &quot;%1: …&quot; trước &quot;--&gt;&quot;.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterTemplates</name>
    <message>
        <source>%1 cannot be read: the zip is damaged. Ask the district for the pack again.</source>
        <translation>Không đọc được %1: tệp zip bị hỏng. Vui lòng xin học khu gửi lại gói mẫu.</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a zip file: it is damaged or not a zip. Ask the district for the template pack again.</source>
        <translation>Không thể mở %1 như tệp zip: tệp bị hỏng hoặc không phải zip. Vui lòng xin học khu gửi lại gói mẫu thư.</translation>
    </message>
    <message>
        <source>%1 holds %2 files; a template pack has at most %3. It is not a template pack, so nothing was installed.</source>
        <translation>%1 chứa %2 tệp; một gói mẫu thư có tối đa %3. Đây không phải là gói mẫu thư, nên chưa cài đặt gì.</translation>
    </message>
    <message>
        <source>%1 holds a file named &quot;%2&quot;, which points outside the zip. It is not a template pack, so nothing was installed.</source>
        <translation>%1 chứa một tệp tên &quot;%2&quot; trỏ ra ngoài tệp zip. Đây không phải là gói mẫu thư, nên chưa cài đặt gì.</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Make the zip again without a password.</source>
        <translation>%1 được bảo vệ bằng mật khẩu. Hãy tạo lại tệp zip không có mật khẩu.</translation>
    </message>
    <message>
        <source>%1: %2 unpacks to more than %3 KB; a letter template is much smaller. Nothing was installed.</source>
        <translation>%1: %2 khi giải nén lớn hơn %3 KB; một mẫu thư nhỏ hơn nhiều. Chưa cài đặt gì.</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 KB. It is not a template pack, so nothing was installed.</source>
        <translation>%1 khi giải nén lớn hơn %2 KB. Đây không phải là gói mẫu thư, nên chưa cài đặt gì.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 files. It is not a template pack, so nothing was installed.</source>
        <translation>%1 chứa hơn %2 tệp. Đây không phải là gói mẫu thư, nên chưa cài đặt gì.</translation>
    </message>
    <message>
        <source>%1: %2 is larger than %3 KB; a letter template is much smaller. Nothing was installed.</source>
        <translation>%1: %2 lớn hơn %3 KB; một mẫu thư nhỏ hơn nhiều. Chưa cài đặt gì.</translation>
    </message>
    <message>
        <source>%1: %2 cannot be read: %3</source>
        <translation>%1: không đọc được %2: %3</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KB. It is not a template pack, so nothing was installed.</source>
        <translation>%1 lớn hơn %2 KB. Đây không phải là gói mẫu thư, nên chưa cài đặt gì.</translation>
    </message>
    <message>
        <source>%1 does not exist. Choose the template pack&apos;s folder or .zip file.</source>
        <translation>%1 không tồn tại. Vui lòng chọn thư mục hoặc tệp .zip của gói mẫu thư.</translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a .zip file. A template pack is a folder (or a zip of it) with one folder per language, such as es/missed-1.html.</source>
        <translation>%1 không phải là thư mục cũng không phải là tệp .zip. Gói mẫu thư là một thư mục (hoặc tệp zip của thư mục đó) có mỗi ngôn ngữ một thư mục, ví dụ es/missed-1.html.</translation>
    </message>
    <message>
        <source>%1: a template pack holds one folder per language with the letters inside, such as es/missed-1.html. Move the file into its language&apos;s folder.</source>
        <translation>%1: gói mẫu thư có mỗi ngôn ngữ một thư mục chứa các thư, ví dụ es/missed-1.html. Hãy chuyển tệp vào thư mục ngôn ngữ của nó.</translation>
    </message>
    <message>
        <source>%1: the folder &quot;%2&quot; is not a letter language. Name the folders %3.</source>
        <translation>%1: thư mục &quot;%2&quot; không phải là ngôn ngữ thư. Hãy đặt tên thư mục là %3.</translation>
    </message>
    <message>
        <source>%1: the words file is not a JSON object (%2). Fix it like resources/letters/en/terms.json.</source>
        <translation>%1: tệp từ ngữ không phải là đối tượng JSON (%2). Hãy sửa theo mẫu resources/letters/en/terms.json.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>không phải là đối tượng</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be text in quotes.</source>
        <translation>%1: &quot;%2&quot; phải là văn bản trong dấu ngoặc kép.</translation>
    </message>
    <message>
        <source>%1: the file says language &quot;%2&quot; but sits in the folder %3. Fix the language or move the file.</source>
        <translation>%1: tệp ghi ngôn ngữ &quot;%2&quot; nhưng nằm trong thư mục %3. Hãy sửa ngôn ngữ hoặc chuyển tệp.</translation>
    </message>
    <message>
        <source>%1 is neither a letter (&lt;kind&gt;.html) nor the words file (terms.json). Remove it from the pack.</source>
        <translation>%1 không phải là thư (&lt;kind&gt;.html) cũng không phải là tệp từ ngữ (terms.json). Hãy xóa tệp khỏi gói.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a kind of letter. Name the file after its kind: %3.</source>
        <translation>%1: &quot;%2&quot; không phải là một loại thư. Hãy đặt tên tệp theo loại thư: %3.</translation>
    </message>
    <message>
        <source>%1: the header says kind %2 but the file is named %3.html. Fix the kind line or rename the file.</source>
        <translation>%1: phần đầu ghi kind %2 nhưng tệp có tên %3.html. Hãy sửa dòng kind hoặc đổi tên tệp.</translation>
    </message>
    <message>
        <source>%1: the header says language %2 but the file is in the folder %3. Fix the language line or move the file.</source>
        <translation>%1: phần đầu ghi language %2 nhưng tệp nằm trong thư mục %3. Hãy sửa dòng language hoặc chuyển tệp.</translation>
    </message>
    <message>
        <source>The pack was not installed; the letters in use are unchanged.</source>
        <translation>Chưa cài đặt gói; các thư đang dùng không thay đổi.</translation>
    </message>
    <message>
        <source>%1 holds no letter templates. A template pack has one folder per language with files such as es/missed-1.html.</source>
        <translation>%1 không chứa mẫu thư nào. Gói mẫu thư có mỗi ngôn ngữ một thư mục với các tệp như es/missed-1.html.</translation>
    </message>
    <message>
        <source>The template pack %1 could not be saved: %2. Nothing was changed.</source>
        <translation>Không thể lưu gói mẫu thư %1: %2. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The district&apos;s template pack could not be removed: %1.</source>
        <translation>Không thể xóa gói mẫu thư của học khu: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of letter. Use one of: %2.</source>
        <translation>&quot;%1&quot; không phải là một loại thư. Hãy dùng một trong: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language TutorDesk prints letters in. Use one of: %2.</source>
        <translation>&quot;%1&quot; không phải là ngôn ngữ TutorDesk dùng để in thư. Hãy dùng một trong: %2.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 bằng %2</translation>
    </message>
    <message>
        <source>The text was not saved.</source>
        <translation>Chưa lưu nội dung.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2.</source>
        <translation>Không thể lưu %1: %2.</translation>
    </message>
    <message>
        <source>The edited text could not be removed: %1.</source>
        <translation>Không thể xóa nội dung đã chỉnh sửa: %1.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterTemplatesPage</name>
    <message>
        <source>Built-in</source>
        <translation>Có sẵn</translation>
    </message>
    <message>
        <source>District pack</source>
        <translation>Gói của học khu</translation>
    </message>
    <message>
        <source>District pack (%1)</source>
        <translation>Gói của học khu (%1)</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Đã chỉnh sửa</translation>
    </message>
    <message>
        <source>&amp;Install Template Pack…</source>
        <translation>&amp;Cài đặt gói mẫu thư…</translation>
    </message>
    <message>
        <source>Remove Pac&amp;k</source>
        <translation>&amp;Xóa gói</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Restore &amp;Original</source>
        <translation>Khôi phục &amp;bản gốc</translation>
    </message>
    <message>
        <source>The text of each family letter in each language. A district&apos;s template pack and texts edited here are kept beside the built-in texts; changes on this page take effect at once.</source>
        <translation>Nội dung của từng thư gửi gia đình bằng từng ngôn ngữ. Gói mẫu thư của học khu và nội dung chỉnh sửa tại đây được lưu bên cạnh nội dung có sẵn; thay đổi trên trang này có hiệu lực ngay.</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Mẫu thư</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Thư</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Text from</source>
        <translation>Nguồn nội dung</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>From a &amp;Folder…</source>
        <translation>Từ &amp;thư mục…</translation>
    </message>
    <message>
        <source>From a &amp;Zip File…</source>
        <translation>Từ tệp &amp;zip…</translation>
    </message>
    <message>
        <source>A district&apos;s letters: a folder or zip with &lt;language&gt;/&lt;kind&gt;.html files</source>
        <translation>Thư của học khu: một thư mục hoặc tệp zip có các tệp &lt;language&gt;/&lt;kind&gt;.html</translation>
    </message>
    <message>
        <source>Use the built-in texts again where the district&apos;s pack had its own</source>
        <translation>Dùng lại nội dung có sẵn ở những chỗ gói của học khu có nội dung riêng</translation>
    </message>
    <message>
        <source>Change the selected letter&apos;s text (kept beside the original)</source>
        <translation>Thay đổi nội dung của thư đã chọn (bản gốc vẫn được giữ lại)</translation>
    </message>
    <message>
        <source>Drop the text edited here and use the district&apos;s or built-in text again</source>
        <translation>Bỏ nội dung đã chỉnh sửa tại đây và dùng lại nội dung của học khu hoặc nội dung có sẵn</translation>
    </message>
    <message>
        <source>The letter templates could not be read: %1</source>
        <translation>Không đọc được các mẫu thư: %1</translation>
    </message>
    <message>
        <source>Edited by %1 on %2</source>
        <translation>Do %1 chỉnh sửa vào %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Install Template Pack from a Folder</source>
        <translation>Cài đặt gói mẫu thư từ thư mục</translation>
    </message>
    <message>
        <source>Install Template Pack from a Zip File</source>
        <translation>Cài đặt gói mẫu thư từ tệp zip</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Tệp zip (*.zip)</translation>
    </message>
    <message>
        <source>The template pack was not installed: %1</source>
        <translation>Chưa cài đặt gói mẫu thư: %1</translation>
    </message>
    <message numerus="yes">
        <source>Installed %n template(s) from %1.</source>
        <translation>
            <numerusform>Đã cài đặt %n mẫu thư từ %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The template pack was not removed: %1</source>
        <translation>Chưa xóa gói mẫu thư: %1</translation>
    </message>
    <message>
        <source>The district&apos;s template pack was removed.</source>
        <translation>Đã xóa gói mẫu thư của học khu.</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>Chưa khôi phục: %1</translation>
    </message>
    <message>
        <source>The original text is in use again.</source>
        <translation>Đã dùng lại nội dung gốc.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LogContactDialog</name>
    <message>
        <source>An &amp;interpreter helped</source>
        <translation>Có thông &amp;dịch viên hỗ trợ</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Ngày theo dõi tiếp</translation>
    </message>
    <message>
        <source>Log Contact — %1</source>
        <translation>Ghi nhận liên lạc — %1</translation>
    </message>
    <message>
        <source>e.g. will attend Thursday</source>
        <translation>ví dụ: sẽ đi học vào thứ Năm</translation>
    </message>
    <message>
        <source>Contact again on</source>
        <translation>Liên lạc lại vào</translation>
    </message>
    <message>
        <source>No guardian on file</source>
        <translation>Chưa có người giám hộ trong hồ sơ</translation>
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
        <translation>Về %1: %2</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Hình thức:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Kết quả:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>&amp;Theo dõi tiếp:</translation>
    </message>
    <message>
        <source>&amp;Save and Resolve</source>
        <translation>&amp;Lưu và giải quyết</translation>
    </message>
    <message>
        <source>The contact could not be saved.</source>
        <translation>Không thể lưu liên lạc.</translation>
    </message>
    <message>
        <source>The contact could not be saved: %1</source>
        <translation>Không thể lưu liên lạc: %1</translation>
    </message>
    <message>
        <source>Logged a contact about %1 (%2, %3). Resolved: %4.</source>
        <translation>Đã ghi nhận liên lạc về %1 (%2, %3). Đã giải quyết: %4.</translation>
    </message>
</context>
<context>
    <name>tutordesk::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Các trang</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Học sinh</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Liên lạc</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến bộ</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Xếp nhóm</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Lịch</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>Gia sư</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Lịch nhà trường</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Năm học</translation>
    </message>
    <message>
        <source>District sync</source>
        <translation>Đồng bộ với học khu</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;New School…</source>
        <translation>&amp;Trường mới…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>Import &amp;Tutors…</source>
        <translation>Nhập gia &amp;sư…</translation>
    </message>
    <message>
        <source>Import School &amp;Calendar…</source>
        <translation>Nhập &amp;lịch nhà trường…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About TutorDesk</source>
        <translation>&amp;Giới thiệu về TutorDesk</translation>
    </message>
    <message>
        <source>Making a bundle for the district…</source>
        <translation>Đang tạo gói dữ liệu cho học khu…</translation>
    </message>
    <message>
        <source>Sending to the district…</source>
        <translation>Đang gửi đến học khu…</translation>
    </message>
    <message>
        <source>Sync state unknown</source>
        <translation>Không rõ trạng thái đồng bộ</translation>
    </message>
    <message>
        <source>Open the Sync page</source>
        <translation>Mở trang Đồng bộ</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Không có cơ sở dữ liệu gần đây</translation>
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
        <translation>Năm học %1 – %2</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
</context>
<context>
    <name>tutordesk::MappingTable</name>
    <message>
        <source>TutorDesk field</source>
        <translation>Trường của TutorDesk</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Cần thiết</translation>
    </message>
    <message>
        <source>Column in your file</source>
        <translation>Cột trong tệp của bạn</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Các cột</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Bắt buộc</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Không bắt buộc</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Cột cho %1</translation>
    </message>
    <message>
        <source>— not in file —</source>
        <translation>— không có trong tệp —</translation>
    </message>
    <message>
        <source>Choose a column for: %1.</source>
        <translation>Vui lòng chọn cột cho: %1.</translation>
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
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Đóng thông báo</translation>
    </message>
</context>
<context>
    <name>tutordesk::MoveToGroupDialog</name>
    <message>
        <source>Move to Group</source>
        <translation>Chuyển sang nhóm</translation>
    </message>
    <message>
        <source>Move %1 to which %2 group?</source>
        <translation>Chuyển %1 sang nhóm %2 nào?</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Các nhóm</translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s) free</source>
        <translation>
            <numerusform>còn trống %Ln chỗ</numerusform>
        </translation>
    </message>
    <message>
        <source>full</source>
        <translation>đã đầy</translation>
    </message>
    <message>
        <source>no tutor yet</source>
        <translation>chưa có gia sư</translation>
    </message>
    <message>
        <source>%1 — %2 · tier %3 · %4</source>
        <comment>group — seats · tier · tutor</comment>
        <translation>%1 — %2 · cấp %3 · %4</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Chuyển</translation>
    </message>
    <message>
        <source>There is no other %1 group yet.</source>
        <translation>Chưa có nhóm %1 nào khác.</translation>
    </message>
</context>
<context>
    <name>tutordesk::NeedPanel</name>
    <message>
        <source>Why this student</source>
        <translation>Vì sao là học sinh này</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Học sinh</translation>
    </message>
    <message>
        <source>Need score</source>
        <translation>Điểm nhu cầu</translation>
    </message>
    <message>
        <source>Equal scores are ranked by grade levels behind, then by lower school attendance, then by district ID: never by when a family signed up.</source>
        <translation>Các điểm bằng nhau được xếp theo số cấp lớp bị chậm, sau đó theo tỷ lệ chuyên cần thấp hơn, rồi theo mã học khu: không bao giờ theo thời điểm gia đình đăng ký.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Points behind the need score</source>
        <translation>Các điểm tạo nên điểm nhu cầu</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Select a student to see how their need score was worked out.</source>
        <translation>Chọn một học sinh để xem cách tính điểm nhu cầu của em.</translation>
    </message>
    <message>
        <source>The need score could not be read: %1</source>
        <translation>Không đọc được điểm nhu cầu: %1</translation>
    </message>
    <message>
        <source>This student has no need score yet. Click Recalculate Need Scores once their benchmark results are imported.</source>
        <translation>Học sinh này chưa có điểm nhu cầu. Hãy nhấp Tính lại điểm nhu cầu sau khi đã nhập kết quả kiểm tra định kỳ của em.</translation>
    </message>
    <message>
        <source>%1 · %2 · ID %3</source>
        <comment>name · grade · district ID</comment>
        <translation>%1 · %2 · Mã %3</translation>
    </message>
    <message>
        <source>Need score %1</source>
        <translation>Điểm nhu cầu %1</translation>
    </message>
    <message>
        <source>Nothing in this student&apos;s benchmarks, attendance or student groups adds points.</source>
        <translation>Không có yếu tố nào trong kết quả kiểm tra định kỳ, chuyên cần hay nhóm học sinh của em làm tăng điểm.</translation>
    </message>
</context>
<context>
    <name>tutordesk::NeedScore</name>
    <message>
        <source>The need scores could not be saved: %1</source>
        <translation>Không thể lưu điểm nhu cầu: %1</translation>
    </message>
    <message>
        <source>no grade-level placement</source>
        <translation>chưa xếp mức theo cấp lớp</translation>
    </message>
    <message>
        <source>on or above grade level</source>
        <translation>đạt hoặc vượt cấp lớp</translation>
    </message>
    <message>
        <source>1 grade level below</source>
        <translation>chậm 1 cấp lớp</translation>
    </message>
    <message>
        <source>%1 grade levels below</source>
        <translation>chậm %1 cấp lớp</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No benchmark on file</source>
        <translation>Chưa có kết quả kiểm tra định kỳ</translation>
    </message>
    <message>
        <source>School attendance %1%, under %2%</source>
        <translation>Chuyên cần ở trường %1%, dưới %2%</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>Học sinh đang học tiếng Anh</translation>
    </message>
    <message>
        <source>IEP and 504 plan</source>
        <translation>IEP và kế hoạch 504</translation>
    </message>
    <message>
        <source>IEP</source>
        <translation>IEP</translation>
    </message>
    <message>
        <source>504 plan</source>
        <translation>Kế hoạch 504</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>Thanh thiếu niên được nhận nuôi tạm thời</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>Vô gia cư (McKinney-Vento)</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>Hoàn cảnh kinh tế - xã hội khó khăn</translation>
    </message>
    <message>
        <source>Points per grade level below</source>
        <translation>Số điểm cho mỗi cấp lớp bị chậm</translation>
    </message>
    <message>
        <source>Most points from the benchmark</source>
        <translation>Số điểm tối đa từ kiểm tra định kỳ</translation>
    </message>
    <message>
        <source>Attendance threshold</source>
        <translation>Ngưỡng chuyên cần</translation>
    </message>
    <message>
        <source>Points per attendance point under the threshold</source>
        <translation>Số điểm cho mỗi điểm chuyên cần dưới ngưỡng</translation>
    </message>
    <message>
        <source>Most points from attendance</source>
        <translation>Số điểm tối đa từ chuyên cần</translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation>Kế hoạch IEP hoặc 504</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>Vô gia cư</translation>
    </message>
    <message>
        <source>%1 must be a number from 0 to 1000, not %2.</source>
        <translation>%1 phải là số từ 0 đến 1000, không phải %2.</translation>
    </message>
    <message>
        <source>The attendance threshold is a percentage: give a number from 0 to 100, not %1.</source>
        <translation>Ngưỡng chuyên cần là tỷ lệ phần trăm: hãy nhập số từ 0 đến 100, không phải %1.</translation>
    </message>
    <message>
        <source>The need-score weights could not be saved: %1</source>
        <translation>Không thể lưu trọng số điểm nhu cầu: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::NeedWeightsEditor</name>
    <message>
        <source>A student&apos;s need score adds up points for each sign that they are behind. Higher scores are seated first.</source>
        <translation>Điểm nhu cầu của học sinh được cộng dồn từ các dấu hiệu cho thấy em đang bị chậm. Học sinh có điểm cao hơn được xếp chỗ trước.</translation>
    </message>
    <message>
        <source> points</source>
        <translation> điểm</translation>
    </message>
    <message>
        <source>Per grade level below</source>
        <translation>Mỗi cấp lớp bị chậm</translation>
    </message>
    <message>
        <source>For each grade level behind on the latest benchmark, in the subject furthest behind.</source>
        <translation>Cho mỗi cấp lớp bị chậm trong bài kiểm tra định kỳ gần nhất, ở môn bị chậm nhiều nhất.</translation>
    </message>
    <message>
        <source>Most from benchmarks</source>
        <translation>Tối đa từ kiểm tra định kỳ</translation>
    </message>
    <message>
        <source>Benchmarks never add more than this.</source>
        <translation>Kiểm tra định kỳ không bao giờ cộng nhiều hơn mức này.</translation>
    </message>
    <message>
        <source>Attendance counts below</source>
        <translation>Tính chuyên cần dưới</translation>
    </message>
    <message>
        <source>School attendance under this adds points.</source>
        <translation>Chuyên cần ở trường dưới mức này sẽ được cộng điểm.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Per attendance point below</source>
        <translation>Mỗi điểm chuyên cần dưới ngưỡng</translation>
    </message>
    <message>
        <source>For each percentage point of attendance under that line.</source>
        <translation>Cho mỗi điểm phần trăm chuyên cần dưới ngưỡng đó.</translation>
    </message>
    <message>
        <source>Most from attendance</source>
        <translation>Tối đa từ chuyên cần</translation>
    </message>
    <message>
        <source>Attendance never adds more than this.</source>
        <translation>Chuyên cần không bao giờ cộng nhiều hơn mức này.</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>Học sinh đang học tiếng Anh</translation>
    </message>
    <message>
        <source>For a student whose EL status is EL.</source>
        <translation>Cho học sinh có tình trạng EL là EL.</translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation>Kế hoạch IEP hoặc 504</translation>
    </message>
    <message>
        <source>For a student with an IEP or a Section 504 plan.</source>
        <translation>Cho học sinh có IEP hoặc kế hoạch Section 504.</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>Thanh thiếu niên được nhận nuôi tạm thời</translation>
    </message>
    <message>
        <source>For a student in foster care.</source>
        <translation>Cho học sinh đang được nhận nuôi tạm thời.</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>Vô gia cư</translation>
    </message>
    <message>
        <source>For a student who is homeless (McKinney-Vento).</source>
        <translation>Cho học sinh vô gia cư (McKinney-Vento).</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>Hoàn cảnh kinh tế - xã hội khó khăn</translation>
    </message>
    <message>
        <source>For a student the district counts as SED.</source>
        <translation>Cho học sinh được học khu xếp vào diện SED.</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Khôi phục &amp;mặc định</translation>
    </message>
    <message>
        <source>Put back the weights TutorDesk starts with</source>
        <translation>Đặt lại các trọng số ban đầu của TutorDesk</translation>
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
        <translation>Thiết lập trường của tôi</translation>
    </message>
    <message>
        <source>TutorDesk keeps everything about one school in one file on this computer.</source>
        <translation>TutorDesk lưu mọi thông tin của một trường trong một tệp trên máy tính này.</translation>
    </message>
    <message>
        <source>e.g. Alvarado Street Elementary</source>
        <translation>ví dụ: Trường Tiểu học Alvarado Street</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>Tên trường</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>&amp;Tên trường:</translation>
    </message>
    <message>
        <source>the district&apos;s code for this school</source>
        <translation>mã của học khu cho trường này</translation>
    </message>
    <message>
        <source>School code</source>
        <translation>Mã trường</translation>
    </message>
    <message>
        <source>The code your district uses for this school (in California, its CDS code)</source>
        <translation>Mã học khu dùng cho trường này (ở California là mã CDS)</translation>
    </message>
    <message>
        <source>School &amp;code:</source>
        <translation>&amp;Mã trường:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>không bắt buộc</translation>
    </message>
    <message>
        <source>District code</source>
        <translation>Mã học khu</translation>
    </message>
    <message>
        <source>&amp;District code:</source>
        <translation>Mã &amp;học khu:</translation>
    </message>
    <message>
        <source>First day of the school year</source>
        <translation>Ngày đầu tiên của năm học</translation>
    </message>
    <message>
        <source>School year &amp;starts:</source>
        <translation>Năm học &amp;bắt đầu:</translation>
    </message>
    <message>
        <source>Last day of the school year</source>
        <translation>Ngày cuối cùng của năm học</translation>
    </message>
    <message>
        <source>School year &amp;ends:</source>
        <translation>Năm học &amp;kết thúc:</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Tha&amp;y đổi…</translation>
    </message>
    <message>
        <source>Choose where to save the database file</source>
        <translation>Chọn nơi lưu tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Saved in:</source>
        <translation>Lưu tại:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Set &amp;Up School</source>
        <translation>Thiết &amp;lập trường</translation>
    </message>
    <message>
        <source>TutorDesk databases (*.%1)</source>
        <translation>Cơ sở dữ liệu TutorDesk (*.%1)</translation>
    </message>
    <message>
        <source>Save the School&apos;s Database As</source>
        <translation>Lưu cơ sở dữ liệu của trường thành</translation>
    </message>
</context>
<context>
    <name>tutordesk::OneRoster</name>
    <message>
        <source>The export has no demographics.csv: birth dates, sex, race and ethnicity are left as they are.</source>
        <translation>Bản xuất không có demographics.csv: ngày sinh, giới tính, chủng tộc và sắc tộc được giữ nguyên.</translation>
    </message>
    <message>
        <source>%1 has no sourcedId column, so it is not a OneRoster file TutorDesk can read. Export the roster again as OneRoster CSV.</source>
        <translation>%1 không có cột sourcedId, nên không phải là tệp OneRoster mà TutorDesk đọc được. Vui lòng xuất lại danh sách học sinh dưới dạng OneRoster CSV.</translation>
    </message>
    <message>
        <source>No column holds the student ID, so the flags cannot be matched to students. Name that column &quot;Student ID&quot;.</source>
        <translation>Không có cột nào chứa mã học sinh, nên không thể ghép các đánh dấu với học sinh. Hãy đặt tên cột đó là &quot;Student ID&quot;.</translation>
    </message>
    <message>
        <source>No column holds a student-group flag (EL Status, Home Language, IEP, 504, Foster, Homeless, SED, Attendance %). Name the columns like those.</source>
        <translation>Không có cột nào chứa đánh dấu nhóm học sinh (EL Status, Home Language, IEP, 504, Foster, Homeless, SED, Attendance %). Hãy đặt tên cột theo các tên đó.</translation>
    </message>
    <message>
        <source>Line %1 has flags for the same student. Keep one of the two lines.</source>
        <translation>Dòng %1 có đánh dấu cho cùng một học sinh. Hãy giữ lại một trong hai dòng.</translation>
    </message>
    <message>
        <source>Student-group flags from %1: %2.</source>
        <translation>Đánh dấu nhóm học sinh từ %1: %2.</translation>
    </message>
    <message>
        <source>Lines of the flags file for students not in this school&apos;s roster, left out: %1.</source>
        <translation>Các dòng trong tệp đánh dấu của học sinh không có trong danh sách của trường, đã bỏ qua: %1.</translation>
    </message>
    <message>
        <source>%1 has no propertyName and value columns, so it is not a OneRoster manifest. Export the roster again as OneRoster CSV.</source>
        <translation>%1 không có cột propertyName và value, nên không phải là tệp manifest OneRoster. Vui lòng xuất lại danh sách học sinh dưới dạng OneRoster CSV.</translation>
    </message>
    <message>
        <source>%1 says this is OneRoster %2. TutorDesk reads OneRoster 1.1 and 1.2: ask for an export in one of those.</source>
        <translation>%1 cho biết đây là OneRoster %2. TutorDesk đọc OneRoster 1.1 và 1.2: vui lòng yêu cầu bản xuất theo một trong hai phiên bản đó.</translation>
    </message>
    <message>
        <source>%1 says %2.csv holds only the changes since the last export (delta). A roster import needs every student: ask for a bulk export.</source>
        <translation>%1 cho biết %2.csv chỉ chứa các thay đổi kể từ lần xuất trước (delta). Nhập danh sách học sinh cần có mọi học sinh: vui lòng yêu cầu bản xuất đầy đủ (bulk).</translation>
    </message>
    <message>
        <source>Choose the school: in the import window, or on the command line with --org and the id before the colon.</source>
        <translation>Vui lòng chọn trường: trong cửa sổ nhập, hoặc trên dòng lệnh với --org và mã đứng trước dấu hai chấm.</translation>
    </message>
    <message>
        <source>%1 is missing: a OneRoster export lists its schools there. Export the roster again with orgs.csv included.</source>
        <translation>Thiếu %1: bản xuất OneRoster liệt kê các trường ở đó. Vui lòng xuất lại danh sách học sinh có kèm orgs.csv.</translation>
    </message>
    <message>
        <source>%1 has no sourcedId column, so it is not a OneRoster orgs file. Export the roster again as OneRoster CSV.</source>
        <translation>%1 không có cột sourcedId, nên không phải là tệp orgs của OneRoster. Vui lòng xuất lại danh sách học sinh dưới dạng OneRoster CSV.</translation>
    </message>
    <message>
        <source>%1 has no school &quot;%2&quot;. The schools in it:%3
%4</source>
        <translation>%1 không có trường &quot;%2&quot;. Các trường trong tệp:%3
%4</translation>
    </message>
    <message>
        <source>%1 lists no school (no row has type &quot;school&quot;). Export the roster of your school again from the student system.</source>
        <translation>%1 không liệt kê trường nào (không có dòng nào có type &quot;school&quot;). Vui lòng xuất lại danh sách học sinh của trường từ hệ thống quản lý học sinh.</translation>
    </message>
    <message>
        <source>%1 lists %2 schools; TutorDesk imports one at a time. The schools:%3
%4</source>
        <translation>%1 liệt kê %2 trường; TutorDesk chỉ nhập từng trường một. Các trường:%3
%4</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Đã hủy việc đọc %1.</translation>
    </message>
    <message>
        <source>OneRoster export without a manifest.csv; school %1.</source>
        <translation>Bản xuất OneRoster không có manifest.csv; trường %1.</translation>
    </message>
    <message>
        <source>OneRoster %1 export; school %2.</source>
        <translation>Bản xuất OneRoster %1; trường %2.</translation>
    </message>
    <message>
        <source>%1: there is no such file or folder.</source>
        <translation>%1: không có tệp hoặc thư mục này.</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a zip file: it is damaged or not a zip. Download the OneRoster export from the student system again.</source>
        <translation>Không thể mở %1 như tệp zip: tệp bị hỏng hoặc không phải zip. Vui lòng tải lại bản xuất OneRoster từ hệ thống quản lý học sinh.</translation>
    </message>
    <message>
        <source>%1 holds %2 files; a OneRoster export has a dozen. It is not a roster export, so nothing was read.</source>
        <translation>%1 chứa %2 tệp; một bản xuất OneRoster có khoảng một chục tệp. Đây không phải là bản xuất danh sách học sinh, nên chưa đọc gì.</translation>
    </message>
    <message>
        <source>%1 holds a file named &quot;%2&quot;, which points outside the zip. A OneRoster export never does that, so nothing was read. Ask the district for a new export.</source>
        <translation>%1 chứa một tệp tên &quot;%2&quot; trỏ ra ngoài tệp zip. Bản xuất OneRoster không bao giờ như vậy, nên chưa đọc gì. Vui lòng xin học khu một bản xuất mới.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; would unpack to %3 MB, more than the %4 MB TutorDesk reads from one file. It is not a school&apos;s roster, so nothing was read.</source>
        <translation>%1: &quot;%2&quot; khi giải nén sẽ là %3 MB, lớn hơn mức %4 MB mà TutorDesk đọc từ một tệp. Đây không phải là danh sách học sinh của trường, nên chưa đọc gì.</translation>
    </message>
    <message>
        <source>%1 would unpack to more than %2 MB. It is not a school&apos;s roster, so nothing was read.</source>
        <translation>%1 khi giải nén sẽ lớn hơn %2 MB. Đây không phải là danh sách học sinh của trường, nên chưa đọc gì.</translation>
    </message>
    <message>
        <source>%1 has no %2. Export the roster again with every OneRoster file included.</source>
        <translation>%1 không có %2. Vui lòng xuất lại danh sách học sinh có kèm mọi tệp OneRoster.</translation>
    </message>
    <message>
        <source>%1 cannot be read: the zip is damaged. Download the OneRoster export again.</source>
        <translation>Không đọc được %1: tệp zip bị hỏng. Vui lòng tải lại bản xuất OneRoster.</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Export the roster again without a password.</source>
        <translation>%1 được bảo vệ bằng mật khẩu. Vui lòng xuất lại danh sách học sinh không có mật khẩu.</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 MB. It is not a school&apos;s roster, so nothing was read.</source>
        <translation>%1 khi giải nén lớn hơn %2 MB. Đây không phải là danh sách học sinh của trường, nên chưa đọc gì.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB. It is not a school&apos;s roster, so nothing was read.</source>
        <translation>%1 lớn hơn %2 MB. Đây không phải là danh sách học sinh của trường, nên chưa đọc gì.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1 has no %2 column, so it is not a OneRoster file TutorDesk can read. Export the roster again as OneRoster CSV.</source>
        <translation>%1 không có cột %2, nên không phải là tệp OneRoster mà TutorDesk đọc được. Vui lòng xuất lại danh sách học sinh dưới dạng OneRoster CSV.</translation>
    </message>
    <message>
        <source>%1 is missing, and users.csv has no role column: TutorDesk cannot tell who is a student. Export the roster again with roles.csv included (OneRoster 1.2).</source>
        <translation>Thiếu %1, và users.csv không có cột role: TutorDesk không thể biết ai là học sinh. Vui lòng xuất lại danh sách học sinh có kèm roles.csv (OneRoster 1.2).</translation>
    </message>
    <message>
        <source>%1 is missing: a OneRoster export lists its students there. Export the roster again with users.csv included.</source>
        <translation>Thiếu %1: bản xuất OneRoster liệt kê học sinh ở đó. Vui lòng xuất lại danh sách học sinh có kèm users.csv.</translation>
    </message>
    <message>
        <source>The grade is empty. Fill in the student&apos;s grade in the student system and export again.</source>
        <translation>Lớp đang trống. Vui lòng điền lớp của học sinh trong hệ thống quản lý học sinh và xuất lại.</translation>
    </message>
    <message>
        <source>The sourcedId is empty. Every OneRoster user needs one: export again.</source>
        <translation>sourcedId đang trống. Mọi người dùng OneRoster đều cần có: vui lòng xuất lại.</translation>
    </message>
    <message>
        <source>The first name (givenName) is empty. Fill it in the student system.</source>
        <translation>Tên (givenName) đang trống. Vui lòng điền trong hệ thống quản lý học sinh.</translation>
    </message>
    <message>
        <source>The last name (familyName) is empty. Fill it in the student system.</source>
        <translation>Họ (familyName) đang trống. Vui lòng điền trong hệ thống quản lý học sinh.</translation>
    </message>
    <message>
        <source>Line %1 has the same student ID &quot;%2&quot;. Each student must be listed once: correct the ID in the student system.</source>
        <translation>Dòng %1 có cùng mã học sinh &quot;%2&quot;. Mỗi học sinh chỉ được liệt kê một lần: vui lòng sửa mã trong hệ thống quản lý học sinh.</translation>
    </message>
    <message>
        <source>Columns TutorDesk does not use: %1.</source>
        <translation>Các cột TutorDesk không dùng: %1.</translation>
    </message>
    <message>
        <source>Students with no identifier in users.csv, whose OneRoster sourcedId is used as the district student ID: %1.</source>
        <translation>Học sinh không có mã định danh trong users.csv, dùng sourcedId của OneRoster làm mã học sinh của học khu: %1.</translation>
    </message>
    <message>
        <source>Pre-kindergarten students left out (TutorDesk serves TK to grade 12): %1.</source>
        <translation>Học sinh mầm non đã bị bỏ qua (TutorDesk phục vụ từ mẫu giáo chuyển tiếp đến lớp 12): %1.</translation>
    </message>
    <message>
        <source>Students of other schools in this export, left out: %1.</source>
        <translation>Học sinh của các trường khác trong bản xuất này, đã bỏ qua: %1.</translation>
    </message>
</context>
<context>
    <name>tutordesk::OneRosterBox</name>
    <message>
        <source>OneRoster export</source>
        <translation>Bản xuất OneRoster</translation>
    </message>
    <message>
        <source>Only needed when the export holds several schools</source>
        <translation>Chỉ cần khi bản xuất chứa nhiều trường</translation>
    </message>
    <message>
        <source>School ID in the export</source>
        <translation>Mã trường trong bản xuất</translation>
    </message>
    <message>
        <source>School ID (&amp;sourcedId):</source>
        <translation>Mã trường (&amp;sourcedId):</translation>
    </message>
    <message>
        <source>Optional: a CSV with EL status, IEP and other student groups</source>
        <translation>Không bắt buộc: một tệp CSV có tình trạng EL, IEP và các nhóm học sinh khác</translation>
    </message>
    <message>
        <source>Student groups file</source>
        <translation>Tệp nhóm học sinh</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Choose the student groups file</source>
        <translation>Chọn tệp nhóm học sinh</translation>
    </message>
    <message>
        <source>Student &amp;groups file:</source>
        <translation>Tệp &amp;nhóm học sinh:</translation>
    </message>
    <message>
        <source>Choose the Student Groups File</source>
        <translation>Chọn tệp nhóm học sinh</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Tệp CSV (*.csv *.txt);;Tất cả các tệp (*)</translation>
    </message>
</context>
<context>
    <name>tutordesk::OptionalDateEdit</name>
    <message>
        <source>Recorded</source>
        <translation>Đã ghi nhận</translation>
    </message>
    <message>
        <source>%1 recorded</source>
        <translation>Đã ghi nhận %1</translation>
    </message>
    <message>
        <source>Untick when there is no date on file</source>
        <translation>Bỏ chọn khi hồ sơ không có ngày</translation>
    </message>
</context>
<context>
    <name>tutordesk::Outbox</name>
    <message>
        <source>The bundle could not be marked as delivered: it is no longer in the outbox.</source>
        <translation>Không thể đánh dấu gói dữ liệu là đã gửi: gói không còn trong hộp thư đi.</translation>
    </message>
    <message>
        <source>The bundle was delivered but the outbox could not record it (%1). It will be sent again next time, which is harmless.</source>
        <translation>Gói dữ liệu đã được gửi nhưng hộp thư đi không ghi nhận được (%1). Gói sẽ được gửi lại vào lần sau, điều này không gây hại.</translation>
    </message>
    <message>
        <source>The failed attempt could not be recorded: the bundle is no longer waiting in the outbox.</source>
        <translation>Không thể ghi nhận lần gửi thất bại: gói dữ liệu không còn chờ trong hộp thư đi.</translation>
    </message>
    <message>
        <source>The failed attempt could not be recorded in the outbox (%1). The bundle is still waiting.</source>
        <translation>Không thể ghi nhận lần gửi thất bại vào hộp thư đi (%1). Gói dữ liệu vẫn đang chờ.</translation>
    </message>
    <message>
        <source>The waiting bundles could not be set to go now (%1). Try again.</source>
        <translation>Không thể đặt các gói dữ liệu đang chờ gửi ngay (%1). Vui lòng thử lại.</translation>
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
        <translation>Đã gửi đến %1</translation>
    </message>
    <message>
        <source>Last tried at %1</source>
        <translation>Lần thử gần nhất lúc %1</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Tạo lúc</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Lỗi gần nhất</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Tên tệp</translation>
    </message>
</context>
<context>
    <name>tutordesk::OutboxSender</name>
    <message>
        <source>The outbox could not be read (%1).</source>
        <translation>Không đọc được hộp thư đi (%1).</translation>
    </message>
    <message>
        <source>The bundle %1 could not be read from the outbox (%2).</source>
        <translation>Không đọc được gói dữ liệu %1 từ hộp thư đi (%2).</translation>
    </message>
    <message>
        <source>The bundle %1 has no content left in the outbox. Make a new bulk export for the district.</source>
        <translation>Gói dữ liệu %1 không còn nội dung trong hộp thư đi. Vui lòng tạo một bản xuất đầy đủ mới cho học khu.</translation>
    </message>
</context>
<context>
    <name>tutordesk::PauseOfferDialog</name>
    <message>
        <source>Pause and Offer Seat — %1</source>
        <translation>Tạm ngưng và nhường chỗ — %1</translation>
    </message>
    <message>
        <source>The waitlist could not be read: %1</source>
        <translation>Không đọc được danh sách chờ: %1</translation>
    </message>
    <message>
        <source>Pause %1&apos;s seat in %2 (%3). The seat frees up; the enrollment stays, paused, and can be resumed.</source>
        <translation>Tạm ngưng chỗ của %1 trong %2 (%3). Chỗ sẽ được giải phóng; việc ghi danh vẫn được giữ ở trạng thái tạm ngưng và có thể tiếp tục lại.</translation>
    </message>
    <message>
        <source>&amp;Offer the seat to %1 (%2, need %3), first on the waitlist</source>
        <translation>&amp;Nhường chỗ cho %1 (%2, nhu cầu %3), người đứng đầu danh sách chờ</translation>
    </message>
    <message>
        <source>Nobody on the waitlist fits this seat: the enrollment is paused only.</source>
        <translation>Không có ai trong danh sách chờ phù hợp với chỗ này: chỉ tạm ngưng việc ghi danh.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>&amp;Pause and Offer</source>
        <translation>&amp;Tạm ngưng và nhường chỗ</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Tạm ngưng</translation>
    </message>
    <message>
        <source>Write the reason for the pause.</source>
        <translation>Vui lòng ghi lý do tạm ngưng.</translation>
    </message>
    <message>
        <source>The seat could not be paused.</source>
        <translation>Không thể tạm ngưng chỗ.</translation>
    </message>
    <message>
        <source>The seat could not be paused: %1</source>
        <translation>Không thể tạm ngưng chỗ: %1</translation>
    </message>
    <message>
        <source>Paused %1 in %2; the seat went to %3.</source>
        <translation>Đã tạm ngưng %1 trong %2; chỗ đã được chuyển cho %3.</translation>
    </message>
    <message>
        <source>Paused %1 in %2; nobody waits for the seat.</source>
        <translation>Đã tạm ngưng %1 trong %2; không có ai chờ chỗ này.</translation>
    </message>
</context>
<context>
    <name>tutordesk::PdfFile</name>
    <message>
        <source>%1 could not be saved: %2. Choose a folder you can write to.</source>
        <translation>Không thể lưu %1: %2. Vui lòng chọn thư mục bạn có quyền ghi.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. Check that the disk has room and try again.</source>
        <translation>Không thể lưu %1: %2. Vui lòng kiểm tra ổ đĩa còn chỗ trống và thử lại.</translation>
    </message>
    <message>
        <source>nothing could be drawn on the pages</source>
        <translation>không vẽ được gì lên các trang</translation>
    </message>
    <message>
        <source>%1 could not be replaced: it may be open in another program. Close it, or choose another name.</source>
        <translation>Không thể thay thế %1: tệp có thể đang mở trong một chương trình khác. Hãy đóng tệp, hoặc chọn tên khác.</translation>
    </message>
    <message>
        <source>%1 could not be saved. Choose a folder you can write to.</source>
        <translation>Không thể lưu %1. Vui lòng chọn thư mục bạn có quyền ghi.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Placement</name>
    <message>
        <source>%1 has no school yet: set the school up (its name and school year) before placing students.</source>
        <translation>%1 chưa có trường: vui lòng thiết lập trường (tên và năm học) trước khi xếp học sinh.</translation>
    </message>
    <message>
        <source>Placement by need</source>
        <translation>Xếp nhóm theo nhu cầu</translation>
    </message>
    <message>
        <source>A group filled up while placing; nothing was changed. Run the placement again.</source>
        <translation>Một nhóm đã đầy trong lúc xếp; không có gì thay đổi. Vui lòng chạy lại việc xếp nhóm.</translation>
    </message>
    <message>
        <source>The placement could not be saved in %1: %2</source>
        <translation>Không thể lưu kết quả xếp nhóm vào %1: %2</translation>
    </message>
    <message>
        <source>%1 · Grades %2 · Tier %3 · %4</source>
        <translation>%1 · Lớp %2 · Cấp %3 · %4</translation>
    </message>
    <message>
        <source>%1 is full (%2 of %3). Move someone out first or choose another group.</source>
        <translation>%1 đã đầy (%2/%3). Hãy chuyển bớt một học sinh ra trước hoặc chọn nhóm khác.</translation>
    </message>
    <message>
        <source>to be set</source>
        <translation>chưa đặt</translation>
    </message>
    <message>
        <source>Left the waitlist: no longer an active student at the school</source>
        <translation>Đã rời danh sách chờ: không còn là học sinh đang học tại trường</translation>
    </message>
    <message>
        <source>Left the waitlist: the need score (%1) is now under tier 2</source>
        <translation>Đã rời danh sách chờ: điểm nhu cầu (%1) hiện dưới cấp 2</translation>
    </message>
    <message>
        <source>Left the waitlist: the latest benchmark no longer shows %1 below grade level</source>
        <translation>Đã rời danh sách chờ: bài kiểm tra định kỳ gần nhất không còn cho thấy %1 dưới cấp lớp</translation>
    </message>
    <message>
        <source>Left the waitlist: already holds a seat in %1</source>
        <translation>Đã rời danh sách chờ: đã có chỗ trong %1</translation>
    </message>
    <message>
        <source>Left the waitlist: a seat in %1 was paused or ended; re-seat by hand</source>
        <translation>Đã rời danh sách chờ: chỗ trong %1 đã bị tạm ngưng hoặc kết thúc; hãy xếp lại bằng tay</translation>
    </message>
    <message>
        <source>The seat budget must be 0 to %1 seats, not %2.</source>
        <translation>Số chỗ ngân sách phải từ 0 đến %1 chỗ, không phải %2.</translation>
    </message>
    <message>
        <source>The seat budget could not be saved: %1</source>
        <translation>Không thể lưu số chỗ ngân sách: %1</translation>
    </message>
    <message>
        <source>%1 has ended. Choose an active or planned group.</source>
        <translation>%1 đã kết thúc. Vui lòng chọn nhóm đang hoạt động hoặc dự kiến.</translation>
    </message>
    <message>
        <source>%1 is a %2 group and %3&apos;s enrollment is for %4: a move keeps the subject. Choose a %4 group.</source>
        <translation>%1 là nhóm %2 còn việc ghi danh của %3 là cho %4: khi chuyển nhóm phải giữ nguyên môn học. Vui lòng chọn nhóm %4.</translation>
    </message>
    <message>
        <source>%1 already has a seat in %2.</source>
        <translation>%1 đã có chỗ trong %2.</translation>
    </message>
    <message>
        <source>That group is full. Move someone out first or choose another group.</source>
        <translation>Nhóm đó đã đầy. Hãy chuyển bớt một học sinh ra trước hoặc chọn nhóm khác.</translation>
    </message>
    <message>
        <source>The enrollment could not be changed in %1: %2</source>
        <translation>Không thể thay đổi việc ghi danh trong %1: %2</translation>
    </message>
    <message>
        <source>There is no enrollment %1 (it may have been removed). Reload the Placement page.</source>
        <translation>Không có lượt ghi danh %1 (có thể đã bị xóa). Vui lòng tải lại trang Xếp nhóm.</translation>
    </message>
    <message>
        <source>There is no group %1 (it may have been removed). Reload the Placement page.</source>
        <translation>Không có nhóm %1 (có thể đã bị xóa). Vui lòng tải lại trang Xếp nhóm.</translation>
    </message>
    <message>
        <source>Seated from the waitlist</source>
        <translation>Được xếp chỗ từ danh sách chờ</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>Đã chuyển sang %1</translation>
    </message>
    <message>
        <source>Moved back to the waitlist</source>
        <translation>Đã chuyển trở lại danh sách chờ</translation>
    </message>
    <message>
        <source>%1&apos;s %2 enrollment is %3: only a seat or a place on the waitlist can be moved.</source>
        <translation>Việc ghi danh môn %2 của %1 đang ở trạng thái %3: chỉ có thể chuyển chỗ hoặc vị trí trong danh sách chờ.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 enrollment is not on the waitlist (it is %3).</source>
        <translation>Việc ghi danh môn %2 của %1 không nằm trong danh sách chờ (đang ở trạng thái %3).</translation>
    </message>
    <message>
        <source>%1&apos;s %2 enrollment holds no seat (it is %3), so there is nothing to pause.</source>
        <translation>Việc ghi danh môn %2 của %1 không giữ chỗ nào (đang ở trạng thái %3), nên không có gì để tạm ngưng.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Tạm ngưng</translation>
    </message>
    <message>
        <source>%1&apos;s %2 enrollment is not paused (it is %3).</source>
        <translation>Việc ghi danh môn %2 của %1 không bị tạm ngưng (đang ở trạng thái %3).</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Đã tiếp tục</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementGroupsModel</name>
    <message>
        <source>%1 (new)</source>
        <comment>group status, proposed just now</comment>
        <translation>%1 (mới)</translation>
    </message>
    <message>
        <source>No tutor yet</source>
        <translation>Chưa có gia sư</translation>
    </message>
    <message>
        <source>%1, tier %2</source>
        <translation>%1, cấp %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s) free</source>
        <translation>
            <numerusform>còn trống %Ln chỗ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · ID %2 · need score %3</source>
        <translation>%1 · Mã %2 · điểm nhu cầu %3</translation>
    </message>
    <message>
        <source>Group / student</source>
        <translation>Nhóm / học sinh</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Need score</source>
        <translation>Điểm nhu cầu</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Chỗ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Gia sư</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementLists</name>
    <message>
        <source>Groups and their students</source>
        <translation>Các nhóm và học sinh</translation>
    </message>
    <message>
        <source>Waitlist, highest need first</source>
        <translation>Danh sách chờ, nhu cầu cao nhất trước</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Các nhóm</translation>
    </message>
    <message>
        <source>Waitlist (highest need first)</source>
        <translation>Danh sách chờ (nhu cầu cao nhất trước)</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementMove</name>
    <message>
        <source>Moved %1 to %2.</source>
        <translation>Đã chuyển %1 sang %2.</translation>
    </message>
    <message>
        <source>the waitlist</source>
        <translation>danh sách chờ</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementPage</name>
    <message>
        <source>&amp;Propose Placement…</source>
        <translation>Đề &amp;xuất xếp nhóm…</translation>
    </message>
    <message>
        <source>&amp;Move to Group…</source>
        <translation>&amp;Chuyển sang nhóm…</translation>
    </message>
    <message>
        <source>Move to &amp;Waitlist</source>
        <translation>Chuyển &amp;về danh sách chờ</translation>
    </message>
    <message>
        <source>Schedule &amp;Group…</source>
        <translation>Lên lịch cho &amp;nhóm…</translation>
    </message>
    <message>
        <source>Seats and waitlist</source>
        <translation>Chỗ và danh sách chờ</translation>
    </message>
    <message>
        <source>See how TutorDesk would seat students by need, then apply it if you agree</source>
        <translation>Xem TutorDesk sẽ xếp chỗ cho học sinh theo nhu cầu như thế nào, rồi áp dụng nếu bạn đồng ý</translation>
    </message>
    <message>
        <source>Move the selected student to another group of the same subject (Ctrl+M)</source>
        <translation>Chuyển học sinh đã chọn sang một nhóm khác cùng môn học (Ctrl+M)</translation>
    </message>
    <message>
        <source>Give the selected student&apos;s seat back; they wait in need order (Ctrl+Shift+M)</source>
        <translation>Trả lại chỗ của học sinh đã chọn; em sẽ chờ theo thứ tự nhu cầu (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Give the selected group its tutor, room, days and time; its sessions follow (or double-click a group)</source>
        <translation>Đặt gia sư, phòng, ngày và giờ cho nhóm đã chọn; các buổi học sẽ được tạo theo đó (hoặc nhấp đúp vào một nhóm)</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Xếp nhóm</translation>
    </message>
    <message>
        <source>The groups could not be read: %1</source>
        <translation>Không đọc được các nhóm: %1</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 seats taken · %4 waiting</source>
        <translation>%1 · đã dùng %2/%3 chỗ · %4 đang chờ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln nhóm</numerusform>
        </translation>
    </message>
    <message>
        <source>No groups yet. Import the roster and the benchmark scores, then click Propose Placement.</source>
        <translation>Chưa có nhóm nào. Hãy nhập danh sách học sinh và điểm kiểm tra định kỳ, rồi nhấp Đề xuất xếp nhóm.</translation>
    </message>
    <message>
        <source>Placement applied. %1</source>
        <translation>Đã áp dụng xếp nhóm. %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementProposal</name>
    <message numerus="yes">
        <source>%Ln student(s)</source>
        <translation>
            <numerusform>%Ln học sinh</numerusform>
        </translation>
    </message>
    <message>
        <source>No student got a new seat.</source>
        <translation>Không có học sinh nào nhận chỗ mới.</translation>
    </message>
    <message>
        <source>No student would get a new seat.</source>
        <translation>Sẽ không có học sinh nào nhận chỗ mới.</translation>
    </message>
    <message>
        <source>%1 got a seat, %2.</source>
        <translation>%1 đã nhận chỗ, %2.</translation>
    </message>
    <message>
        <source>%1 would get a seat, %2.</source>
        <translation>%1 sẽ nhận chỗ, %2.</translation>
    </message>
    <message numerus="yes">
        <source>with %Ln new group(s) planned</source>
        <translation>
            <numerusform>với %Ln nhóm mới dự kiến</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 got a seat in the groups there are.</source>
        <translation>%1 đã nhận chỗ trong các nhóm hiện có.</translation>
    </message>
    <message>
        <source>%1 would get a seat in the groups there are.</source>
        <translation>%1 sẽ nhận chỗ trong các nhóm hiện có.</translation>
    </message>
    <message>
        <source>Nobody waits.</source>
        <translation>Không có ai phải chờ.</translation>
    </message>
    <message>
        <source>Nobody would wait.</source>
        <translation>Sẽ không có ai phải chờ.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) wait, highest need first.</source>
        <translation>
            <numerusform>%Ln học sinh đang chờ, nhu cầu cao nhất trước.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) would wait, highest need first.</source>
        <translation>
            <numerusform>%Ln học sinh sẽ phải chờ, nhu cầu cao nhất trước.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) left the waitlist: they no longer qualify.</source>
        <translation>
            <numerusform>%Ln học sinh đã rời danh sách chờ: các em không còn đủ điều kiện.</numerusform>
        </translation>
    </message>
    <message>
        <source>The groups offer %1 of the %2 seats the program can fund.</source>
        <translation>Các nhóm cung cấp %1 trong số %2 chỗ mà chương trình có thể tài trợ.</translation>
    </message>
    <message>
        <source>Propose Placement</source>
        <translation>Đề xuất xếp nhóm</translation>
    </message>
    <message>
        <source>New seats are offered as invitations: tutoring starts once the family consents. Apply this placement?</source>
        <translation>Các chỗ mới được gửi dưới dạng lời mời: việc học gia sư bắt đầu khi gia đình đồng ý. Áp dụng kết quả xếp nhóm này?</translation>
    </message>
    <message>
        <source>Nothing to apply.</source>
        <translation>Không có gì để áp dụng.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Áp &amp;dụng</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProbeGridDialog</name>
    <message>
        <source>Enter Probes</source>
        <translation>Nhập điểm kiểm tra nhanh</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Nhóm:</translation>
    </message>
    <message>
        <source>Probe date</source>
        <translation>Ngày kiểm tra nhanh</translation>
    </message>
    <message>
        <source>Probe window</source>
        <translation>Đợt kiểm tra nhanh</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>N&amp;gày:</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>Đợ&amp;t:</translation>
    </message>
    <message>
        <source>Out &amp;of:</source>
        <translation>Trên tổng &amp;số:</translation>
    </message>
    <message>
        <source>Probe scores</source>
        <translation>Điểm kiểm tra nhanh</translation>
    </message>
    <message>
        <source>Type a score and press Enter for the next student. Leave a cell empty for “not tested”. Ctrl+S saves every score at once.</source>
        <translation>Nhập điểm và nhấn Enter để sang học sinh tiếp theo. Để trống ô nếu “chưa kiểm tra”. Ctrl+S lưu tất cả điểm cùng lúc.</translation>
    </message>
    <message>
        <source>&amp;Save Scores</source>
        <translation>&amp;Lưu điểm</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>no tutor</source>
        <translation>chưa có gia sư</translation>
    </message>
    <message>
        <source>no skill</source>
        <translation>chưa có kỹ năng</translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation>%1 (đã kết thúc)</translation>
    </message>
    <message>
        <source>There are no groups yet. Create groups on the Schedule page first.</source>
        <translation>Chưa có nhóm nào. Vui lòng tạo nhóm trên trang Lịch trước.</translation>
    </message>
    <message>
        <source>The groups could not be read: %1</source>
        <translation>Không đọc được các nhóm: %1</translation>
    </message>
    <message>
        <source>Discard Scores?</source>
        <translation>Hủy bỏ điểm?</translation>
    </message>
    <message>
        <source>The scores typed for this group are not saved. Discard them and open the other group?</source>
        <translation>Điểm đã nhập cho nhóm này chưa được lưu. Hủy bỏ và mở nhóm kia?</translation>
    </message>
    <message>
        <source>The group&apos;s probes could not be read: %1</source>
        <translation>Không đọc được các bài kiểm tra nhanh của nhóm: %1</translation>
    </message>
    <message>
        <source>This group has no target skill yet: set one on the Schedule page before entering probes.</source>
        <translation>Nhóm này chưa có kỹ năng mục tiêu: vui lòng đặt kỹ năng trên trang Lịch trước khi nhập điểm kiểm tra nhanh.</translation>
    </message>
    <message>
        <source>Skill %1</source>
        <translation>Kỹ năng %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · Mastery at %2 %</source>
        <translation>%1 · Thành thạo ở mức %2 %</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Học sinh</translation>
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
        <translation>%1 (đã lưu)
%2</translation>
    </message>
    <message>
        <source>New: %1
%2</source>
        <translation>Mới: %1
%2</translation>
    </message>
    <message>
        <source>Growth
(points of %)</source>
        <translation>Mức tiến bộ
(điểm %)</translation>
    </message>
    <message>
        <source>Mastery</source>
        <translation>Thành thạo</translation>
    </message>
    <message>
        <source>%1 (seat given back)</source>
        <translation>%1 (đã trả lại chỗ)</translation>
    </message>
    <message>
        <source>No longer in this group on this day; earlier results are kept.</source>
        <translation>Không còn trong nhóm này vào ngày này; các kết quả trước đó vẫn được giữ lại.</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>✓ Mastered</source>
        <translation>✓ Đã thành thạo</translation>
    </message>
    <message>
        <source>Not a number: type the score, or leave the cell empty for “not tested”.</source>
        <translation>Không phải là số: hãy nhập điểm, hoặc để trống ô nếu “chưa kiểm tra”.</translation>
    </message>
    <message>
        <source>The score must be between 0 and %1.</source>
        <translation>Điểm phải từ 0 đến %1.</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 điểm</translation>
    </message>
    <message>
        <source>From the baseline probe to this one, in percentage points.</source>
        <translation>Từ bài kiểm tra nhanh ban đầu đến bài này, tính theo điểm phần trăm.</translation>
    </message>
    <message>
        <source>Growth shows once there are two results.</source>
        <translation>Mức tiến bộ sẽ hiển thị khi có hai kết quả.</translation>
    </message>
    <message>
        <source>%1&apos;s score “%2” is not a number. Type the score, or clear the cell for “not tested”. Nothing was saved.</source>
        <translation>Điểm “%2” của %1 không phải là số. Hãy nhập điểm, hoặc xóa ô nếu “chưa kiểm tra”. Chưa lưu gì.</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Chưa lưu gì. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) added</source>
        <translation>
            <numerusform>Đã thêm %n điểm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n đã thay đổi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cleared</source>
        <translation>
            <numerusform>%n đã xóa</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to save: no score was changed.</source>
        <translation>Không có gì để lưu: chưa có điểm nào thay đổi.</translation>
    </message>
    <message>
        <source>Saved for %1: %2.</source>
        <translation>Đã lưu cho %1: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Save Scores?</source>
        <translation>Lưu điểm?</translation>
    </message>
    <message>
        <source>Some scores typed for %1 are not saved.</source>
        <translation>Một số điểm đã nhập cho %1 chưa được lưu.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProbeSheet</name>
    <message>
        <source>student %1</source>
        <translation>học sinh %1</translation>
    </message>
    <message>
        <source>%1 has no target skill, so its probes cannot be compared. Give the group a skill code on the Schedule page first.</source>
        <translation>%1 chưa có kỹ năng mục tiêu, nên không thể so sánh các bài kiểm tra nhanh. Vui lòng đặt mã kỹ năng cho nhóm trên trang Lịch trước.</translation>
    </message>
    <message>
        <source>Choose the day the probe was given.</source>
        <translation>Vui lòng chọn ngày làm bài kiểm tra nhanh.</translation>
    </message>
    <message>
        <source>The probe day %1 is in the future. Enter probes on or after the day they are given.</source>
        <translation>Ngày kiểm tra nhanh %1 là ngày trong tương lai. Hãy nhập điểm vào hoặc sau ngày làm bài.</translation>
    </message>
    <message>
        <source>The probe day %1 is before %2 starts (%3). Check the day.</source>
        <translation>Ngày kiểm tra nhanh %1 trước ngày %2 bắt đầu (%3). Vui lòng kiểm tra lại ngày.</translation>
    </message>
    <message>
        <source>Choose the probe window: pre, progress or post.</source>
        <translation>Vui lòng chọn đợt kiểm tra nhanh: đầu kỳ, tiến trình hoặc cuối kỳ.</translation>
    </message>
    <message>
        <source>The probe&apos;s maximum score must be more than 0.</source>
        <translation>Điểm tối đa của bài kiểm tra nhanh phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>%1&apos;s score %2 is outside 0 to %3. Correct the score or the probe&apos;s maximum.</source>
        <translation>Điểm %2 của %1 nằm ngoài khoảng 0 đến %3. Vui lòng sửa điểm hoặc điểm tối đa của bài kiểm tra.</translation>
    </message>
    <message>
        <source>%1 has no seat in %2 on %3, so the score %4 cannot be recorded for the group. Clear the score or check the day.</source>
        <translation>%1 không có chỗ trong %2 vào %3, nên không thể ghi điểm %4 cho nhóm. Hãy xóa điểm hoặc kiểm tra lại ngày.</translation>
    </message>
    <message>
        <source>There is no group %1 (it may have been removed). Choose another group.</source>
        <translation>Không có nhóm %1 (có thể đã bị xóa). Vui lòng chọn nhóm khác.</translation>
    </message>
    <message>
        <source>The probe scores could not be saved in %1: %2. Nothing was changed; try again.</source>
        <translation>Không thể lưu điểm kiểm tra nhanh vào %1: %2. Không có gì thay đổi; vui lòng thử lại.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProbeSkills</name>
    <message>
        <source>A probe needs a skill code, e.g. 3.OA.7.</source>
        <translation>Bài kiểm tra nhanh cần có mã kỹ năng, ví dụ 3.OA.7.</translation>
    </message>
    <message>
        <source>The mastery threshold of %1 is %2 %; it must be between 1 and 100 %.</source>
        <translation>Ngưỡng thành thạo của %1 là %2 %; phải từ 1 đến 100 %.</translation>
    </message>
    <message>
        <source>The maximum score of %1 is %2; it must be more than 0 (or left empty).</source>
        <translation>Điểm tối đa của %1 là %2; phải lớn hơn 0 (hoặc để trống).</translation>
    </message>
    <message>
        <source>The probe settings could not be saved in %1: %2</source>
        <translation>Không thể lưu cài đặt bài kiểm tra nhanh vào %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProbeSkillsEditor</name>
    <message>
        <source>Each skill probe&apos;s usual maximum score (the grid starts with it) and the share of it that counts as mastery. Growth and mastery everywhere use these.</source>
        <translation>Điểm tối đa thường dùng của mỗi bài kiểm tra nhanh kỹ năng (bảng nhập điểm bắt đầu với giá trị này) và tỷ lệ được tính là thành thạo. Mức tiến bộ và mức thành thạo ở mọi nơi đều dùng các giá trị này.</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Kỹ năng</translation>
    </message>
    <message>
        <source>Plain words</source>
        <translation>Diễn giải</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Môn học</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <source>Mastery at</source>
        <translation>Thành thạo ở mức</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Được dùng bởi</translation>
    </message>
    <message>
        <source>Probe skills</source>
        <translation>Kỹ năng kiểm tra nhanh</translation>
    </message>
    <message>
        <source>A skill appears here once a group targets it or a probe names it.</source>
        <translation>Một kỹ năng sẽ xuất hiện ở đây khi có nhóm nhắm đến hoặc có bài kiểm tra nhanh nêu tên kỹ năng đó.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Chưa đặt</translation>
    </message>
    <message>
        <source>Maximum score of %1</source>
        <translation>Điểm tối đa của %1</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Mastery threshold of %1</source>
        <translation>Ngưỡng thành thạo của %1</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n nhóm</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n kết quả</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgramText</name>
    <message>
        <source>Benchmark results</source>
        <translation>Kết quả kiểm tra định kỳ</translation>
    </message>
    <message>
        <source>School attendance</source>
        <translation>Chuyên cần ở trường</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>Học sinh đang học tiếng Anh</translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation>Kế hoạch IEP hoặc 504</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>Thanh thiếu niên được nhận nuôi tạm thời</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>Vô gia cư (McKinney-Vento)</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>Hoàn cảnh kinh tế - xã hội khó khăn</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Cấp %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier name · description</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2 × %3 min a week, groups of up to %4</source>
        <comment>tier, sessions, minutes, group size</comment>
        <translation>%1: %2 × %3 phút mỗi tuần, nhóm tối đa %4 em</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>group status</comment>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>group status</comment>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Ended</source>
        <comment>group status</comment>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>seats taken of the group&apos;s cap</comment>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressChartsTab</name>
    <message>
        <source>&amp;School</source>
        <translation>&amp;Trường</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Nhóm:</translation>
    </message>
    <message>
        <source>S&amp;tudent:</source>
        <translation>&amp;Học sinh:</translation>
    </message>
    <message>
        <source>Group to chart</source>
        <translation>Nhóm cần vẽ biểu đồ</translation>
    </message>
    <message>
        <source>Student to chart</source>
        <translation>Học sinh cần vẽ biểu đồ</translation>
    </message>
    <message>
        <source>Type a name or district id</source>
        <translation>Nhập tên hoặc mã học khu</translation>
    </message>
    <message>
        <source>Hover over a point or bar for the figures; right-click a chart to save or print it.</source>
        <translation>Di chuột lên một điểm hoặc cột để xem số liệu; nhấp chuột phải vào biểu đồ để lưu hoặc in.</translation>
    </message>
    <message>
        <source>Chart for:</source>
        <translation>Biểu đồ cho:</translation>
    </message>
    <message>
        <source>Dosage distribution</source>
        <translation>Phân bố thời lượng học</translation>
    </message>
    <message>
        <source>No student holds a seat yet.</source>
        <translation>Chưa có học sinh nào giữ chỗ.</translation>
    </message>
    <message>
        <source>Growth against dosage</source>
        <translation>Mức tiến bộ so với thời lượng học</translation>
    </message>
    <message>
        <source>No growth yet: growth shows once a student has two probes on their group&apos;s skill.</source>
        <translation>Chưa có mức tiến bộ: mức tiến bộ sẽ hiển thị khi học sinh có hai bài kiểm tra nhanh về kỹ năng của nhóm.</translation>
    </message>
    <message>
        <source>Weekly attendance rate</source>
        <translation>Tỷ lệ chuyên cần hằng tuần</translation>
    </message>
    <message>
        <source>No attendance taken yet.</source>
        <translation>Chưa có dữ liệu điểm danh.</translation>
    </message>
    <message>
        <source>Students per tier</source>
        <translation>Số học sinh theo cấp</translation>
    </message>
    <message>
        <source>No student has a tier of need yet: compute need scores on the Placement page.</source>
        <translation>Chưa có học sinh nào có cấp nhu cầu: hãy tính điểm nhu cầu trên trang Xếp nhóm.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Choose a group above.</source>
        <translation>Vui lòng chọn một nhóm ở trên.</translation>
    </message>
    <message>
        <source>Growth per student</source>
        <translation>Mức tiến bộ của từng học sinh</translation>
    </message>
    <message>
        <source>No students in this group yet.</source>
        <translation>Nhóm này chưa có học sinh.</translation>
    </message>
    <message>
        <source>This group has no target skill, so growth cannot be measured. Set its skill on the Schedule page.</source>
        <translation>Nhóm này chưa có kỹ năng mục tiêu, nên không thể đo mức tiến bộ. Hãy đặt kỹ năng cho nhóm trên trang Lịch.</translation>
    </message>
    <message>
        <source>No growth yet: no student in this group has two probes on %1.</source>
        <translation>Chưa có mức tiến bộ: chưa có học sinh nào trong nhóm này có hai bài kiểm tra nhanh về %1.</translation>
    </message>
    <message>
        <source>Sessions held against scheduled</source>
        <translation>Buổi học đã tổ chức so với đã lên lịch</translation>
    </message>
    <message>
        <source>No sessions scheduled for this group yet.</source>
        <translation>Nhóm này chưa có buổi học nào được lên lịch.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Học sinh</translation>
    </message>
    <message>
        <source>Choose a student above.</source>
        <translation>Vui lòng chọn một học sinh ở trên.</translation>
    </message>
    <message>
        <source>Probe scores</source>
        <translation>Điểm kiểm tra nhanh</translation>
    </message>
    <message>
        <source>No probes yet for this student.</source>
        <translation>Học sinh này chưa có bài kiểm tra nhanh nào.</translation>
    </message>
    <message>
        <source>Minutes received against planned</source>
        <translation>Số phút đã nhận so với kế hoạch</translation>
    </message>
    <message>
        <source>No sessions yet for this student.</source>
        <translation>Học sinh này chưa có buổi học nào.</translation>
    </message>
    <message>
        <source>Attendance by week</source>
        <translation>Điểm danh theo tuần</translation>
    </message>
    <message>
        <source>No sessions held for this student yet.</source>
        <translation>Chưa có buổi học nào được tổ chức cho học sinh này.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressFilterBar</name>
    <message>
        <source>Include pa&amp;used and exited</source>
        <translation>Bao gồm cả &amp;tạm ngưng và đã rời</translation>
    </message>
    <message>
        <source>Stu&amp;dents</source>
        <translation>&amp;Học sinh</translation>
    </message>
    <message>
        <source>G&amp;roups</source>
        <translation>&amp;Nhóm</translation>
    </message>
    <message>
        <source>One row per student and group</source>
        <translation>Mỗi học sinh và nhóm một dòng</translation>
    </message>
    <message>
        <source>One row per group: delivery, attendance, growth and flags</source>
        <translation>Mỗi nhóm một dòng: số buổi đã tổ chức, chuyên cần, mức tiến bộ và cảnh báo</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>One group&apos;s students, or the whole school</source>
        <translation>Học sinh của một nhóm, hoặc toàn trường</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Tất cả các nhóm</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Any flag or none</source>
        <translation>Có hoặc không có cảnh báo</translation>
    </message>
    <message>
        <source>Flagged (either)</source>
        <translation>Có cảnh báo (bất kỳ)</translation>
    </message>
    <message>
        <source>Not attending</source>
        <translation>Không đi học</translation>
    </message>
    <message>
        <source>Attending, not improving</source>
        <translation>Đi học, không tiến bộ</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Mọi cấp</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Cấp %1</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Môn học</translation>
    </message>
    <message>
        <source>Any subject</source>
        <translation>Mọi môn học</translation>
    </message>
    <message>
        <source>Also seats paused or exited this year (they are never flagged)</source>
        <translation>Cả các chỗ đã tạm ngưng hoặc đã rời trong năm nay (không bao giờ bị cảnh báo)</translation>
    </message>
    <message>
        <source>Search by name or district ID</source>
        <translation>Tìm theo tên hoặc mã học khu</translation>
    </message>
    <message>
        <source>Search students</source>
        <translation>Tìm học sinh</translation>
    </message>
    <message>
        <source>Students: part of a name or district ID. Groups: part of a group&apos;s name, skill or tutor</source>
        <translation>Học sinh: một phần tên hoặc mã học khu. Nhóm: một phần tên nhóm, kỹ năng hoặc gia sư</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressFlags</name>
    <message>
        <source>%1 pts</source>
        <translation>%1 điểm</translation>
    </message>
    <message>
        <source>Sessions attended before judging growth must be a whole number from 1 to 200, not %1.</source>
        <translation>Số buổi đã tham dự trước khi đánh giá mức tiến bộ phải là số nguyên từ 1 đến 200, không phải %1.</translation>
    </message>
    <message>
        <source>The attendance that counts as attending well must be above 0% and at most 100%, not %1.</source>
        <translation>Mức chuyên cần được coi là đi học đều phải lớn hơn 0% và tối đa 100%, không phải %1.</translation>
    </message>
    <message>
        <source>The growth expected must be from 0 to 100 percentage points, not %1.</source>
        <translation>Mức tiến bộ kỳ vọng phải từ 0 đến 100 điểm phần trăm, không phải %1.</translation>
    </message>
    <message>
        <source>Sessions needed to judge attendance must be a whole number from 1 to 200, not %1.</source>
        <translation>Số buổi cần có để đánh giá chuyên cần phải là số nguyên từ 1 đến 200, không phải %1.</translation>
    </message>
    <message>
        <source>The attendance under which a student is not attending must be above 0% and at most 100%, not %1.</source>
        <translation>Mức chuyên cần mà dưới đó học sinh bị coi là không đi học phải lớn hơn 0% và tối đa 100%, không phải %1.</translation>
    </message>
    <message>
        <source>The attendance under which a student is not attending (%1) must not be above the attendance that counts as attending well (%2).</source>
        <translation>Mức chuyên cần mà dưới đó học sinh bị coi là không đi học (%1) không được cao hơn mức được coi là đi học đều (%2).</translation>
    </message>
    <message>
        <source>The progress flags were not saved: %1</source>
        <translation>Chưa lưu các cảnh báo tiến bộ: %1</translation>
    </message>
    <message>
        <source>The progress flags could not be saved in %1: %2</source>
        <translation>Không thể lưu các cảnh báo tiến bộ vào %1: %2</translation>
    </message>
    <message>
        <source>Attending, not improving</source>
        <translation>Đi học, không tiến bộ</translation>
    </message>
    <message>
        <source>Not attending</source>
        <translation>Không đi học</translation>
    </message>
    <message>
        <source>No flag</source>
        <translation>Không có cảnh báo</translation>
    </message>
    <message>
        <source>Came to at least %1 at %2 attendance or better, yet grew less than %3 on the group&apos;s skill probe (pre to latest) and has not reached mastery. Attending is not the problem: look at the instruction.</source>
        <translation>Đã tham dự ít nhất %1 với mức chuyên cần %2 trở lên, nhưng tiến bộ ít hơn %3 trong bài kiểm tra nhanh kỹ năng của nhóm (từ đầu kỳ đến gần nhất) và chưa đạt mức thành thạo. Vấn đề không nằm ở chuyên cần: hãy xem lại việc giảng dạy.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n buổi học</numerusform>
        </translation>
    </message>
    <message>
        <source>Came to fewer than %1 of the sessions with attendance taken, after at least %2. The student is not getting the tutoring: reach the family first.</source>
        <translation>Đã tham dự ít hơn %1 số buổi học có điểm danh, sau ít nhất %2. Học sinh không được học gia sư: hãy liên lạc với gia đình trước.</translation>
    </message>
    <message>
        <source>Neither flag applies: attendance is not below %1, and growth is not yet judged or is at least %2 (or the skill is mastered).</source>
        <translation>Không có cảnh báo nào áp dụng: chuyên cần không dưới %1, và mức tiến bộ chưa được đánh giá hoặc đạt ít nhất %2 (hoặc kỹ năng đã thành thạo).</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressFlagsEditor</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n buổi học</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions attended before growth is judged</source>
        <translation>Số buổi đã tham dự trước khi đánh giá mức tiến bộ</translation>
    </message>
    <message>
        <source>Attendance that counts as attending well</source>
        <translation>Mức chuyên cần được coi là đi học đều</translation>
    </message>
    <message>
        <source>Growth expected, in percentage points</source>
        <translation>Mức tiến bộ kỳ vọng, tính theo điểm phần trăm</translation>
    </message>
    <message>
        <source>Sessions needed to judge attendance</source>
        <translation>Số buổi cần có để đánh giá chuyên cần</translation>
    </message>
    <message>
        <source>Attendance under which a student is not attending</source>
        <translation>Mức chuyên cần mà dưới đó học sinh bị coi là không đi học</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> điểm</translation>
    </message>
    <message>
        <source>The Progress page flags two kinds of student so that nobody waits until the end of the program to be noticed. Only seats held now are flagged.</source>
        <translation>Trang Tiến bộ cảnh báo hai loại học sinh để không em nào phải đợi đến cuối chương trình mới được chú ý. Chỉ các chỗ đang giữ mới bị cảnh báo.</translation>
    </message>
    <message>
        <source>After at least %1 with attendance taken, flag a student who came to under %2 of them.</source>
        <translation>Sau ít nhất %1 có điểm danh, cảnh báo học sinh tham dự dưới %2 số buổi đó.</translation>
    </message>
    <message>
        <source>The tutoring cannot work if the student is not there: reach the family first.</source>
        <translation>Học gia sư không thể có hiệu quả nếu học sinh không có mặt: hãy liên lạc với gia đình trước.</translation>
    </message>
    <message>
        <source>After at least %1 attended at %2 attendance or better,
flag growth under %3 on the group&apos;s skill probe (a mastered skill is never flagged).</source>
        <translation>Sau ít nhất %1 đã tham dự với mức chuyên cần %2 trở lên,
cảnh báo mức tiến bộ dưới %3 trong bài kiểm tra nhanh kỹ năng của nhóm (kỹ năng đã thành thạo không bao giờ bị cảnh báo).</translation>
    </message>
    <message>
        <source>Growth is the latest probe&apos;s percentage minus the pre probe&apos;s, in percentage points; it needs two probes on the group&apos;s skill.</source>
        <translation>Mức tiến bộ là tỷ lệ phần trăm của bài kiểm tra nhanh gần nhất trừ đi tỷ lệ của bài đầu kỳ, tính theo điểm phần trăm; cần có hai bài kiểm tra nhanh về kỹ năng của nhóm.</translation>
    </message>
    <message>
        <source>Problem with the thresholds</source>
        <translation>Vấn đề với các ngưỡng</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Khôi phục &amp;mặc định</translation>
    </message>
    <message>
        <source>Put back the thresholds TutorDesk starts with</source>
        <translation>Đặt lại các ngưỡng ban đầu của TutorDesk</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressPage</name>
    <message>
        <source>Enter &amp;Probes…</source>
        <translation>Nhập điểm &amp;kiểm tra nhanh…</translation>
    </message>
    <message>
        <source>Type a group&apos;s skill probe scores in a grid</source>
        <translation>Nhập điểm kiểm tra nhanh kỹ năng của một nhóm vào bảng</translation>
    </message>
    <message>
        <source>&amp;Students</source>
        <translation>&amp;Học sinh</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Biểu đồ</translation>
    </message>
    <message>
        <source>&amp;Equity Audit</source>
        <translation>&amp;Rà soát công bằng</translation>
    </message>
    <message>
        <source>&amp;Weekly Review</source>
        <translation>Đánh &amp;giá hằng tuần</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến bộ</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressTableGroups</name>
    <message>
        <source>The groups&apos; progress could not be read: %1</source>
        <translation>Không đọc được tiến bộ của các nhóm: %1</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>Chưa có gia sư</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Cấp %1</translation>
    </message>
    <message>
        <source>%1 held (%2)</source>
        <translation>Đã tổ chức %1 (%2)</translation>
    </message>
    <message>
        <source>%1 not attending · %2 not improving</source>
        <translation>%1 không đi học · %2 không tiến bộ</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Regular sessions held of those scheduled up to today: did the program deliver?</source>
        <translation>Số buổi học thường kỳ đã tổ chức trên số buổi đã lên lịch đến hôm nay: chương trình đã thực hiện đủ chưa?</translation>
    </message>
    <message>
        <source>Mean growth of the group&apos;s students with two probes, in percentage points</source>
        <translation>Mức tiến bộ trung bình của các học sinh trong nhóm có hai bài kiểm tra nhanh, tính theo điểm phần trăm</translation>
    </message>
    <message>
        <source>Open the group to see who is flagged and why</source>
        <translation>Mở nhóm để xem ai bị cảnh báo và vì sao</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Nhấp để sắp xếp theo cột này</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Gia sư</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Học sinh</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Buổi học</translation>
    </message>
    <message>
        <source>Mean attendance</source>
        <translation>Chuyên cần trung bình</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Số phút</translation>
    </message>
    <message>
        <source>Mean growth</source>
        <translation>Tiến bộ trung bình</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Cảnh báo</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressTableModel</name>
    <message>
        <source>The progress figures could not be read: %1</source>
        <translation>Không đọc được số liệu tiến bộ: %1</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>Chưa có gia sư</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Chưa đặt</translation>
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
        <translation>Mã học khu %1 · Lớp %2</translation>
    </message>
    <message>
        <source>Tier %1 · %2</source>
        <translation>Cấp %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) attended (make-ups included)</source>
        <translation>
            <numerusform>Đã tham dự %n buổi học (kể cả buổi học bù)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absence(s)</source>
        <translation>
            <numerusform>%n lần vắng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held for this student up to today (make-ups included)</source>
        <translation>
            <numerusform>Đã tổ chức %n buổi học cho học sinh này tính đến hôm nay (kể cả buổi học bù)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance: sessions attended of those with attendance taken</source>
        <translation>Chuyên cần: số buổi đã tham dự trên số buổi có điểm danh</translation>
    </message>
    <message>
        <source>Minutes received of minutes scheduled (cancelled sessions included in the plan)</source>
        <translation>Số phút đã nhận trên số phút đã lên lịch (kế hoạch bao gồm cả buổi học đã hủy)</translation>
    </message>
    <message>
        <source>First probe on the group&apos;s skill, %1</source>
        <translation>Bài kiểm tra nhanh đầu tiên về kỹ năng của nhóm, %1</translation>
    </message>
    <message>
        <source>No probe yet on %1</source>
        <translation>Chưa có bài kiểm tra nhanh nào về %1</translation>
    </message>
    <message>
        <source>Latest probe, %1</source>
        <translation>Bài kiểm tra nhanh gần nhất, %1</translation>
    </message>
    <message>
        <source>Growth needs a second probe on the same skill</source>
        <translation>Cần bài kiểm tra nhanh thứ hai về cùng kỹ năng để tính mức tiến bộ</translation>
    </message>
    <message>
        <source>Growth needs a pre and a later probe on the same skill</source>
        <translation>Cần một bài đầu kỳ và một bài sau đó về cùng kỹ năng để tính mức tiến bộ</translation>
    </message>
    <message>
        <source>Latest percentage minus pre percentage, in percentage points%1</source>
        <translation>Tỷ lệ gần nhất trừ tỷ lệ đầu kỳ, tính theo điểm phần trăm%1</translation>
    </message>
    <message>
        <source>; ✓ mastered</source>
        <translation>; ✓ đã thành thạo</translation>
    </message>
    <message>
        <source>A seat given back is not flagged</source>
        <translation>Chỗ đã trả lại không bị cảnh báo</translation>
    </message>
    <message>
        <source>Sessions attended of sessions held</source>
        <translation>Số buổi đã tham dự trên số buổi đã tổ chức</translation>
    </message>
    <message>
        <source>Sessions attended of those with attendance taken</source>
        <translation>Số buổi đã tham dự trên số buổi có điểm danh</translation>
    </message>
    <message>
        <source>Minutes received of minutes planned</source>
        <translation>Số phút đã nhận trên số phút theo kế hoạch</translation>
    </message>
    <message>
        <source>The first (pre) probe on the group&apos;s skill: score and percentage</source>
        <translation>Bài kiểm tra nhanh đầu tiên (đầu kỳ) về kỹ năng của nhóm: điểm và tỷ lệ phần trăm</translation>
    </message>
    <message>
        <source>The latest probe on the same skill</source>
        <translation>Bài kiểm tra nhanh gần nhất về cùng kỹ năng</translation>
    </message>
    <message>
        <source>Latest minus pre, in percentage points; ✓ mastered</source>
        <translation>Gần nhất trừ đầu kỳ, tính theo điểm phần trăm; ✓ đã thành thạo</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Nhấp để sắp xếp theo cột này</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Học sinh</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Gia sư</translation>
    </message>
    <message>
        <source>Target skill</source>
        <translation>Kỹ năng mục tiêu</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Buổi học</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Chuyên cần</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Số phút</translation>
    </message>
    <message>
        <source>Pre</source>
        <translation>Đầu kỳ</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Gần nhất</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Tiến bộ</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Cảnh báo</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressTableTab</name>
    <message>
        <source>Students shown</source>
        <translation>Học sinh đang hiển thị</translation>
    </message>
    <message>
        <source>Students&apos; attendance, skill and growth</source>
        <translation>Chuyên cần, kỹ năng và mức tiến bộ của học sinh</translation>
    </message>
    <message>
        <source>Groups&apos; delivery, attendance and growth</source>
        <translation>Số buổi đã tổ chức, chuyên cần và mức tiến bộ của các nhóm</translation>
    </message>
    <message>
        <source>Open a school to see who attended, what skill was targeted and who improved.</source>
        <translation>Hãy mở một trường để xem ai đã đi học, kỹ năng nào được nhắm đến và ai đã tiến bộ.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n nhóm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n học sinh</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n chỗ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attending</source>
        <translation>
            <numerusform>%n không đi học</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attending but not improving</source>
        <translation>
            <numerusform>%n đi học nhưng không tiến bộ</numerusform>
        </translation>
    </message>
    <message>
        <source>mean growth %1</source>
        <translation>tiến bộ trung bình %1</translation>
    </message>
    <message>
        <source>no growth measured yet</source>
        <translation>chưa đo được mức tiến bộ</translation>
    </message>
    <message>
        <source>mean attendance %1</source>
        <translation>chuyên cần trung bình %1</translation>
    </message>
    <message>
        <source>Show &amp;Charts</source>
        <translation>Xem &amp;biểu đồ</translation>
    </message>
    <message>
        <source>Enter &amp;Probes for This Group…</source>
        <translation>Nhập điểm &amp;kiểm tra nhanh cho nhóm này…</translation>
    </message>
    <message>
        <source>Record &amp;Observation or Confidence…</source>
        <translation>Ghi nhận &amp;quan sát hoặc mức tự tin…</translation>
    </message>
    <message>
        <source>Show &amp;Students</source>
        <translation>Xem &amp;học sinh</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressTableText</name>
    <message>
        <source>%1 pts</source>
        <translation>%1 điểm</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1/%2 · %3</source>
        <translation>%1/%2 · %3</translation>
    </message>
    <message>
        <source>pre</source>
        <translation>đầu kỳ</translation>
    </message>
    <message>
        <source>post</source>
        <translation>cuối kỳ</translation>
    </message>
    <message>
        <source>progress check</source>
        <translation>kiểm tra tiến trình</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Tạm ngưng</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Đã rời</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Đã mời</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>Đã đồng ý</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang học</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolActions</name>
    <message>
        <source>“%1” is not about a missed session, so there is no make-up to schedule.</source>
        <translation>“%1” không liên quan đến buổi học bị vắng, nên không có buổi học bù để xếp.</translation>
    </message>
    <message>
        <source>The missed session of “%1” is gone (it may have been removed). Reload the Today page.</source>
        <translation>Buổi học bị vắng của “%1” không còn nữa (có thể đã bị xóa). Vui lòng tải lại trang Hôm nay.</translation>
    </message>
    <message>
        <source>Choose a day and a start time for %1&apos;s make-up.</source>
        <translation>Vui lòng chọn ngày và giờ bắt đầu cho buổi học bù của %1.</translation>
    </message>
    <message>
        <source>%1&apos;s make-up must come after the missed session (%2) and not before today. Choose a later day.</source>
        <translation>Buổi học bù của %1 phải diễn ra sau buổi học bị vắng (%2) và không trước hôm nay. Vui lòng chọn ngày muộn hơn.</translation>
    </message>
    <message>
        <source>%1 is not a school day. Choose another day for %2&apos;s make-up.</source>
        <translation>%1 không phải là ngày học. Vui lòng chọn ngày khác cho buổi học bù của %2.</translation>
    </message>
    <message>
        <source>A make-up lasts 5 to 240 minutes, not %1.</source>
        <translation>Buổi học bù kéo dài từ 5 đến 240 phút, không phải %1.</translation>
    </message>
    <message>
        <source>Make-up on %1 at %2</source>
        <translation>Học bù vào %1 lúc %2</translation>
    </message>
    <message>
        <source>There is no due action %1 (it may have been removed). Reload the Today page.</source>
        <translation>Không có việc cần làm %1 (có thể đã bị xóa). Vui lòng tải lại trang Hôm nay.</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 cho %2</translation>
    </message>
    <message>
        <source>“%1” was withdrawn: the absence that caused it was changed. There is nothing left to do.</source>
        <translation>“%1” đã được rút lại: lần vắng dẫn đến việc này đã được thay đổi. Không còn gì phải làm.</translation>
    </message>
    <message>
        <source>“%1” is already resolved as not needed. Reopen it first to change that.</source>
        <translation>“%1” đã được giải quyết là không cần. Hãy mở lại trước để thay đổi.</translation>
    </message>
    <message>
        <source>“%1” is already done. Reopen it first to change that.</source>
        <translation>“%1” đã xong. Hãy mở lại trước để thay đổi.</translation>
    </message>
    <message>
        <source>Log a call or letter to the family first: escalation follows at least one contact attempt.</source>
        <translation>Vui lòng ghi nhận một cuộc gọi hoặc thư gửi gia đình trước: việc chuyển lên cấp trên chỉ thực hiện sau ít nhất một lần thử liên lạc.</translation>
    </message>
    <message>
        <source>Say why it is not needed.</source>
        <translation>Vui lòng nêu lý do không cần.</translation>
    </message>
    <message>
        <source>The contact to link to “%1” is gone (it may have been removed). Log it again.</source>
        <translation>Liên lạc cần liên kết với “%1” không còn nữa (có thể đã bị xóa). Vui lòng ghi nhận lại.</translation>
    </message>
    <message>
        <source>The letter to link to “%1” is gone (it may have been removed). Print it again.</source>
        <translation>Thư cần liên kết với “%1” không còn nữa (có thể đã bị xóa). Vui lòng in lại.</translation>
    </message>
    <message>
        <source>There is no contact %1 (it may have been removed). Log it again.</source>
        <translation>Không có liên lạc %1 (có thể đã bị xóa). Vui lòng ghi nhận lại.</translation>
    </message>
    <message>
        <source>That contact is about another student, not %1. Choose %1&apos;s contact.</source>
        <translation>Liên lạc đó là về một học sinh khác, không phải %1. Vui lòng chọn liên lạc của %1.</translation>
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
        <translation>Không thể lưu thay đổi vào %1: %2</translation>
    </message>
    <message>
        <source>“%1” was withdrawn by the protocol (its absence was changed) and stays withdrawn.</source>
        <translation>“%1” đã được quy trình rút lại (lần vắng liên quan đã được thay đổi) và vẫn ở trạng thái rút lại.</translation>
    </message>
    <message>
        <source>“%1” is still open: there is nothing to reopen.</source>
        <translation>“%1” vẫn đang mở: không có gì để mở lại.</translation>
    </message>
    <message>
        <source>There is no letter %1 (it may have been removed). Print it again.</source>
        <translation>Không có thư %1 (có thể đã bị xóa). Vui lòng in lại.</translation>
    </message>
    <message>
        <source>That letter is to another student&apos;s family, not %1&apos;s.</source>
        <translation>Thư đó gửi cho gia đình của một học sinh khác, không phải của %1.</translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation>Đã gửi thư</translation>
    </message>
    <message>
        <source>There is no waitlist entry %1 (it may have been removed). Choose again.</source>
        <translation>Không có mục %1 trong danh sách chờ (có thể đã bị xóa). Vui lòng chọn lại.</translation>
    </message>
    <message>
        <source>%1 is not on the waitlist any more, so the seat in %2 cannot be offered to them. Choose again.</source>
        <translation>%1 không còn trong danh sách chờ, nên không thể nhường chỗ trong %2 cho em. Vui lòng chọn lại.</translation>
    </message>
    <message>
        <source>%1 waits for another subject than %2 teaches. Choose someone waiting for it.</source>
        <translation>%1 đang chờ một môn học khác với môn mà %2 dạy. Vui lòng chọn một học sinh đang chờ môn này.</translation>
    </message>
    <message>
        <source>%1 already has a seat in %2.</source>
        <translation>%1 đã có chỗ trong %2.</translation>
    </message>
    <message>
        <source>Seated from the waitlist in a paused seat</source>
        <translation>Được xếp từ danh sách chờ vào một chỗ đang tạm ngưng</translation>
    </message>
    <message>
        <source>“%1” names no seat in a group, so there is nothing to pause.</source>
        <translation>“%1” không nêu chỗ nào trong nhóm, nên không có gì để tạm ngưng.</translation>
    </message>
    <message>
        <source>Paused after missed sessions</source>
        <translation>Tạm ngưng sau khi vắng buổi học</translation>
    </message>
    <message>
        <source>%1&apos;s seat in %2 is %3, not held: there is nothing to pause.</source>
        <translation>Chỗ của %1 trong %2 đang ở trạng thái %3, không được giữ: không có gì để tạm ngưng.</translation>
    </message>
    <message>
        <source>Paused (%1); nobody was offered the seat.</source>
        <translation>Đã tạm ngưng (%1); chỗ chưa được nhường cho ai.</translation>
    </message>
    <message>
        <source>Paused (%1); the seat was offered to %2.</source>
        <translation>Đã tạm ngưng (%1); chỗ đã được nhường cho %2.</translation>
    </message>
    <message>
        <source>That group is full. Move someone out first or choose another group.</source>
        <translation>Nhóm đó đã đầy. Hãy chuyển bớt một học sinh ra trước hoặc chọn nhóm khác.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolEngine</name>
    <message>
        <source>Withdrawn: the session was removed.</source>
        <translation>Đã rút lại: buổi học đã bị xóa.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Covered by %1</source>
        <translation>Do %1 dạy thay</translation>
    </message>
    <message>
        <source>Withdrawn: %1 is no longer marked out on %2.</source>
        <translation>Đã rút lại: %1 không còn được ghi là vắng vào %2.</translation>
    </message>
    <message>
        <source>The missed-session protocol could not be brought up to date in %1: %2 Nothing was changed; try again, and if it keeps failing run &quot;tutordesk-cli check&quot;.</source>
        <translation>Không thể cập nhật quy trình xử lý vắng buổi học trong %1: %2 Không có gì thay đổi; vui lòng thử lại, và nếu vẫn lỗi, hãy chạy &quot;tutordesk-cli check&quot;.</translation>
    </message>
    <message>
        <source>Withdrawn: the session on %1 was cancelled.</source>
        <translation>Đã rút lại: buổi học vào %1 đã bị hủy.</translation>
    </message>
    <message>
        <source>Withdrawn: the attendance for the session on %1 was cleared.</source>
        <translation>Đã rút lại: điểm danh của buổi học vào %1 đã bị xóa.</translation>
    </message>
    <message>
        <source>Withdrawn: the absence on %1 is now recorded as present.</source>
        <translation>Đã rút lại: lần vắng vào %1 nay được ghi là có mặt.</translation>
    </message>
    <message>
        <source>Withdrawn: the absence on %1 is now recorded as tardy.</source>
        <translation>Đã rút lại: lần vắng vào %1 nay được ghi là đi trễ.</translation>
    </message>
    <message>
        <source>Withdrawn: the absence on %1 is now recorded as excused.</source>
        <translation>Đã rút lại: lần vắng vào %1 nay được ghi là có phép.</translation>
    </message>
    <message>
        <source>Withdrawn: after a change to the attendance before it or to the protocol&apos;s thresholds, the absence on %1 no longer calls for this.</source>
        <translation>Đã rút lại: sau khi thay đổi điểm danh trước đó hoặc các ngưỡng của quy trình, lần vắng vào %1 không còn cần việc này.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolRuleNames</name>
    <message>
        <source>Notify the family</source>
        <translation>Thông báo cho gia đình</translation>
    </message>
    <message>
        <source>Schedule a make-up</source>
        <translation>Xếp buổi học bù</translation>
    </message>
    <message>
        <source>Escalate to the teacher or counselor</source>
        <translation>Chuyển lên giáo viên hoặc chuyên viên tư vấn</translation>
    </message>
    <message>
        <source>Pause the seat and offer it</source>
        <translation>Tạm ngưng chỗ và nhường cho người khác</translation>
    </message>
    <message>
        <source>Cover a tutor&apos;s absence</source>
        <translation>Tìm người dạy thay khi gia sư vắng</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolRules</name>
    <message>
        <source>Absences in a row before the family is notified</source>
        <translation>Số lần vắng liên tiếp trước khi thông báo cho gia đình</translation>
    </message>
    <message>
        <source>School days to notify the family</source>
        <translation>Số ngày học để thông báo cho gia đình</translation>
    </message>
    <message>
        <source>Absences in a row before a make-up</source>
        <translation>Số lần vắng liên tiếp trước khi xếp buổi học bù</translation>
    </message>
    <message>
        <source>School days to schedule a make-up</source>
        <translation>Số ngày học để xếp buổi học bù</translation>
    </message>
    <message>
        <source>Absences in a row before escalating</source>
        <translation>Số lần vắng liên tiếp trước khi chuyển lên cấp trên</translation>
    </message>
    <message>
        <source>The attendance percentage under which to escalate</source>
        <translation>Tỷ lệ chuyên cần mà dưới đó sẽ chuyển lên cấp trên</translation>
    </message>
    <message>
        <source>Weeks the attendance percentage looks back</source>
        <translation>Số tuần tính tỷ lệ chuyên cần</translation>
    </message>
    <message>
        <source>Sessions needed to judge the attendance percentage</source>
        <translation>Số buổi cần có để đánh giá tỷ lệ chuyên cần</translation>
    </message>
    <message>
        <source>School days to escalate</source>
        <translation>Số ngày học để chuyển lên cấp trên</translation>
    </message>
    <message>
        <source>Absences in a row before pausing the seat</source>
        <translation>Số lần vắng liên tiếp trước khi tạm ngưng chỗ</translation>
    </message>
    <message>
        <source>School days to pause the seat</source>
        <translation>Số ngày học để tạm ngưng chỗ</translation>
    </message>
    <message>
        <source>School days before a session to cover a tutor&apos;s absence</source>
        <translation>Số ngày học trước buổi học để tìm người dạy thay khi gia sư vắng</translation>
    </message>
    <message>
        <source>%1 must be %2 or more, not %3.</source>
        <translation>%1 phải từ %2 trở lên, không phải %3.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not %4.</source>
        <translation>%1 phải là số nguyên từ %2 đến %3, không phải %4.</translation>
    </message>
    <message>
        <source>The protocol&apos;s thresholds were not saved: %1</source>
        <translation>Chưa lưu các ngưỡng của quy trình: %1</translation>
    </message>
    <message>
        <source>The protocol&apos;s thresholds could not be saved in %1: %2</source>
        <translation>Không thể lưu các ngưỡng của quy trình vào %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolRulesEditor</name>
    <message numerus="yes">
        <source>%n absence(s)</source>
        <comment>in a row</comment>
        <translation>
            <numerusform>%n lần vắng</numerusform>
        </translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>ngay trong ngày</translation>
    </message>
    <message numerus="yes">
        <source>within %n school day(s)</source>
        <translation>
            <numerusform>trong vòng %n ngày học</numerusform>
        </translation>
    </message>
    <message>
        <source>also for excused absences</source>
        <translation>kể cả vắng có phép</translation>
    </message>
    <message>
        <source>also after any unexcused absence</source>
        <translation>và sau bất kỳ lần vắng không phép nào</translation>
    </message>
    <message>
        <source>When a student misses tutoring, TutorDesk lists what to do and by when. Absences in a row count held sessions only; coming to any session, a make-up included, ends the run.</source>
        <translation>Khi học sinh vắng buổi gia sư, TutorDesk liệt kê những việc cần làm và thời hạn. Số lần vắng liên tiếp chỉ tính các buổi học đã tổ chức; tham dự bất kỳ buổi nào, kể cả buổi học bù, sẽ ngắt chuỗi vắng.</translation>
    </message>
    <message>
        <source>An excused absence usually means the family already told the school.</source>
        <translation>Vắng có phép thường có nghĩa là gia đình đã báo cho trường.</translation>
    </message>
    <message>
        <source>After %1 in a row, notify the family %2, in their language. %3</source>
        <translation>Sau %1 liên tiếp, thông báo cho gia đình %2, bằng ngôn ngữ của gia đình. %3</translation>
    </message>
    <message>
        <source>Absences in a row before notifying the family</source>
        <translation>Số lần vắng liên tiếp trước khi thông báo cho gia đình</translation>
    </message>
    <message>
        <source>School days to notify the family</source>
        <translation>Số ngày học để thông báo cho gia đình</translation>
    </message>
    <message>
        <source>An unexcused absence asks for a make-up even when it is the first.</source>
        <translation>Một lần vắng không phép cũng cần xếp buổi học bù, dù là lần đầu.</translation>
    </message>
    <message>
        <source>After %1 in a row, schedule a make-up %2 and log a family contact. %3</source>
        <translation>Sau %1 liên tiếp, xếp buổi học bù %2 và ghi nhận một lần liên lạc với gia đình. %3</translation>
    </message>
    <message>
        <source>Absences in a row before a make-up</source>
        <translation>Số lần vắng liên tiếp trước khi xếp buổi học bù</translation>
    </message>
    <message>
        <source>School days to schedule the make-up</source>
        <translation>Số ngày học để xếp buổi học bù</translation>
    </message>
    <message>
        <source>After %1 in a row, or attendance under %2 over %3 (at least %4),
escalate %5.</source>
        <translation>Sau %1 liên tiếp, hoặc chuyên cần dưới %2 trong %3 (ít nhất %4),
chuyển lên cấp trên %5.</translation>
    </message>
    <message>
        <source>Absences in a row before escalating</source>
        <translation>Số lần vắng liên tiếp trước khi chuyển lên cấp trên</translation>
    </message>
    <message>
        <source>Attendance rate below which to escalate</source>
        <translation>Tỷ lệ chuyên cần mà dưới đó sẽ chuyển lên cấp trên</translation>
    </message>
    <message>
        <source>Weeks the attendance rate looks back</source>
        <translation>Số tuần tính tỷ lệ chuyên cần</translation>
    </message>
    <message numerus="yes">
        <source>the last %n week(s)</source>
        <translation>
            <numerusform>%n tuần gần nhất</numerusform>
        </translation>
    </message>
    <message>
        <source>Held sessions needed to judge the attendance rate</source>
        <translation>Số buổi đã tổ chức cần có để đánh giá tỷ lệ chuyên cần</translation>
    </message>
    <message numerus="yes">
        <source>%n held session(s)</source>
        <translation>
            <numerusform>%n buổi đã tổ chức</numerusform>
        </translation>
    </message>
    <message>
        <source>School days to escalate</source>
        <translation>Số ngày học để chuyển lên cấp trên</translation>
    </message>
    <message>
        <source>A meeting with the teacher or counselor, a letter home, and a look at another delivery model.</source>
        <translation>Một cuộc họp với giáo viên hoặc chuyên viên tư vấn, một lá thư gửi về nhà, và xem xét một hình thức học khác.</translation>
    </message>
    <message>
        <source>After %1 in a row, pause the seat and offer it to the waitlist %2.</source>
        <translation>Sau %1 liên tiếp, tạm ngưng chỗ và nhường cho danh sách chờ %2.</translation>
    </message>
    <message>
        <source>Absences in a row before pausing the seat</source>
        <translation>Số lần vắng liên tiếp trước khi tạm ngưng chỗ</translation>
    </message>
    <message>
        <source>School days to pause and offer the seat</source>
        <translation>Số ngày học để tạm ngưng và nhường chỗ</translation>
    </message>
    <message>
        <source>The student with the highest need waiting for the same subject and tier is offered the seat.</source>
        <translation>Chỗ sẽ được nhường cho học sinh có nhu cầu cao nhất đang chờ cùng môn học và cùng cấp.</translation>
    </message>
    <message>
        <source>When a tutor is out, cover or cancel each of their sessions %1.</source>
        <translation>Khi gia sư vắng, tìm người dạy thay hoặc hủy từng buổi học của gia sư đó %1.</translation>
    </message>
    <message>
        <source>School days ahead to cover a session</source>
        <translation>Số ngày học trước để tìm người dạy thay</translation>
    </message>
    <message>
        <source>by the day of the session</source>
        <translation>trước ngày của buổi học</translation>
    </message>
    <message numerus="yes">
        <source>%n school day(s) ahead</source>
        <translation>
            <numerusform>trước %n ngày học</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Khôi phục &amp;mặc định</translation>
    </message>
    <message>
        <source>Put back the protocol TutorDesk starts with</source>
        <translation>Đặt lại quy trình ban đầu của TutorDesk</translation>
    </message>
</context>
<context>
    <name>tutordesk::ReportOutput</name>
    <message>
        <source>“%1” could not be printed: the printer refused it. Check the printer, or save it as a PDF and print that.</source>
        <translation>Không thể in “%1”: máy in đã từ chối. Vui lòng kiểm tra máy in, hoặc lưu thành PDF rồi in tệp đó.</translation>
    </message>
    <message>
        <source>“%1” was sent to the printer.</source>
        <translation>Đã gửi “%1” đến máy in.</translation>
    </message>
    <message>
        <source>Save “%1” as PDF</source>
        <translation>Lưu “%1” thành PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved “%1” as %2.</source>
        <translation>Đã lưu “%1” thành %2.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ReportPages</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
</context>
<context>
    <name>tutordesk::ReportRender</name>
    <message>
        <source>This program cannot write PDF files (no page writer is installed). Use TutorDesk or tutordesk-cli.</source>
        <translation>Chương trình này không thể ghi tệp PDF (chưa cài bộ ghi trang). Vui lòng dùng TutorDesk hoặc tutordesk-cli.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ResolveActionDialog</name>
    <message>
        <source>Done — %1</source>
        <translation>Đã xong — %1</translation>
    </message>
    <message>
        <source>Not Needed — %1</source>
        <translation>Không cần — %1</translation>
    </message>
    <message>
        <source>Mark “%1” for %2 as done.</source>
        <translation>Đánh dấu “%1” của %2 là đã xong.</translation>
    </message>
    <message>
        <source>Mark “%1” for %2 as not needed. Say why: the note stays with the action.</source>
        <translation>Đánh dấu “%1” của %2 là không cần. Vui lòng nêu lý do: ghi chú sẽ được lưu cùng việc này.</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Ghi chú (không bắt buộc):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>Đánh dấu đã &amp;xong</translation>
    </message>
    <message>
        <source>Mark &amp;Not Needed</source>
        <translation>Đánh dấu &amp;không cần</translation>
    </message>
    <message>
        <source>Write a note saying why it is not needed.</source>
        <translation>Vui lòng ghi chú lý do không cần làm.</translation>
    </message>
    <message>
        <source>The action could not be resolved.</source>
        <translation>Không thể giải quyết việc này.</translation>
    </message>
    <message>
        <source>The action could not be resolved: %1</source>
        <translation>Không thể giải quyết việc này: %1</translation>
    </message>
    <message>
        <source>Done: %1 for %2.</source>
        <translation>Đã xong: %1 cho %2.</translation>
    </message>
    <message>
        <source>Not needed: %1 for %2.</source>
        <translation>Không cần: %1 cho %2.</translation>
    </message>
</context>
<context>
    <name>tutordesk::RosterApplier</name>
    <message>
        <source>The district student ID %1 is also on line %2. Each student must be on the roster once: remove one of the two lines, or correct the ID.</source>
        <translation>Mã học sinh của học khu %1 cũng có ở dòng %2. Mỗi học sinh chỉ được có một lần trong danh sách: hãy xóa một trong hai dòng, hoặc sửa lại mã.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> và %n em khác</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Đã hủy việc nhập; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Withdrawn because this roster does not list them (their history is kept): %1.</source>
        <translation>Đã đánh dấu nghỉ học vì không có trong danh sách này (lịch sử vẫn được giữ lại): %1.</translation>
    </message>
    <message>
        <source>Active students this roster does not list: %1. They stay active; if this roster is the whole school and they have left, import it again and choose to withdraw them.</source>
        <translation>Học sinh đang học không có trong danh sách này: %1. Các em vẫn ở trạng thái đang học; nếu danh sách này là toàn trường và các em đã chuyển đi, hãy nhập lại và chọn đánh dấu nghỉ học.</translation>
    </message>
    <message>
        <source>This roster lists no students, so every student would be withdrawn. Check that it is the right file.</source>
        <translation>Danh sách này không có học sinh nào, nên mọi học sinh sẽ bị đánh dấu nghỉ học. Vui lòng kiểm tra xem có đúng tệp không.</translation>
    </message>
    <message>
        <source>Withdrawn before and on this roster again, so active again: %1.</source>
        <translation>Đã nghỉ học trước đây và có lại trong danh sách này, nên được kích hoạt lại: %1.</translation>
    </message>
    <message>
        <source>The roster could not be saved, so nothing was changed: %1</source>
        <translation>Không thể lưu danh sách học sinh, nên không có gì thay đổi: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::RosterFields</name>
    <message>
        <source>District student ID</source>
        <translation>Mã học sinh của học khu</translation>
    </message>
    <message>
        <source>State student ID</source>
        <translation>Mã học sinh của tiểu bang</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Họ</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Tên thường gọi</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Hispanic or Latino</source>
        <translation>Gốc Tây Ban Nha hoặc La-tinh</translation>
    </message>
    <message>
        <source>Race (codes or names)</source>
        <translation>Chủng tộc (mã hoặc tên)</translation>
    </message>
    <message>
        <source>American Indian or Alaska Native</source>
        <translation>Người Mỹ bản địa hoặc thổ dân Alaska</translation>
    </message>
    <message>
        <source>Asian</source>
        <translation>Người gốc Á</translation>
    </message>
    <message>
        <source>Black or African American</source>
        <translation>Người da đen hoặc người Mỹ gốc Phi</translation>
    </message>
    <message>
        <source>Native Hawaiian or Other Pacific Islander</source>
        <translation>Người Hawaii bản địa hoặc dân đảo Thái Bình Dương khác</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Người da trắng</translation>
    </message>
    <message>
        <source>English learner status</source>
        <translation>Tình trạng học tiếng Anh</translation>
    </message>
    <message>
        <source>Home language</source>
        <translation>Ngôn ngữ ở nhà</translation>
    </message>
    <message>
        <source>IEP (special education)</source>
        <translation>IEP (giáo dục đặc biệt)</translation>
    </message>
    <message>
        <source>Section 504 plan</source>
        <translation>Kế hoạch Section 504</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>Thanh thiếu niên được nhận nuôi tạm thời</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>Vô gia cư (McKinney-Vento)</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>Hoàn cảnh kinh tế - xã hội khó khăn</translation>
    </message>
    <message>
        <source>Attendance rate (%)</source>
        <translation>Tỷ lệ chuyên cần (%)</translation>
    </message>
    <message>
        <source>Parent or guardian name</source>
        <translation>Tên cha mẹ hoặc người giám hộ</translation>
    </message>
    <message>
        <source>Parent or guardian first name</source>
        <translation>Tên (first name) của cha mẹ hoặc người giám hộ</translation>
    </message>
    <message>
        <source>Parent or guardian last name</source>
        <translation>Họ của cha mẹ hoặc người giám hộ</translation>
    </message>
    <message>
        <source>Relationship to the student</source>
        <translation>Quan hệ với học sinh</translation>
    </message>
    <message>
        <source>Parent or guardian phone</source>
        <translation>Điện thoại của cha mẹ hoặc người giám hộ</translation>
    </message>
    <message>
        <source>Parent or guardian email</source>
        <translation>Email của cha mẹ hoặc người giám hộ</translation>
    </message>
    <message>
        <source>Parent or guardian language</source>
        <translation>Ngôn ngữ của cha mẹ hoặc người giám hộ</translation>
    </message>
</context>
<context>
    <name>tutordesk::RosterRowReader</name>
    <message>
        <source>The column mapping takes &quot;%1&quot; from the column &quot;%2&quot;, but this file has no such column. Choose the column for &quot;%1&quot; again, or rename the column in the file.</source>
        <translation>Ánh xạ cột lấy &quot;%1&quot; từ cột &quot;%2&quot;, nhưng tệp này không có cột đó. Hãy chọn lại cột cho &quot;%1&quot;, hoặc đổi tên cột trong tệp.</translation>
    </message>
    <message>
        <source>No column holds &quot;%1&quot;. TutorDesk looked for a column named %2. Rename that column in the file, or choose it in the column mapping.</source>
        <translation>Không có cột nào chứa &quot;%1&quot;. TutorDesk đã tìm cột có tên %2. Hãy đổi tên cột đó trong tệp, hoặc chọn cột trong phần ánh xạ cột.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; (%2) is not in this file; what TutorDesk has for it is left as it is.</source>
        <translation>Cột &quot;%1&quot; (%2) không có trong tệp này; dữ liệu TutorDesk đang có cho cột đó được giữ nguyên.</translation>
    </message>
    <message>
        <source>The last name is empty. Fill it in from the student system.</source>
        <translation>Họ đang trống. Vui lòng điền từ hệ thống quản lý học sinh.</translation>
    </message>
    <message>
        <source>The first name is empty. Fill it in from the student system.</source>
        <translation>Tên đang trống. Vui lòng điền từ hệ thống quản lý học sinh.</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future. Check the year.</source>
        <translation>Ngày sinh %1 là ngày trong tương lai. Vui lòng kiểm tra lại năm.</translation>
    </message>
    <message numerus="yes">
        <source>line %1 and %n more</source>
        <translation>
            <numerusform>dòng %1 và %n dòng khác</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>dòng %1</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; (%2) is not one TutorDesk knows; it is kept as written. If it is a common language, use its name in English or its code instead (es, vi, zh-Hant, …).</source>
        <translation>Ngôn ngữ &quot;%1&quot; (%2) không có trong danh sách TutorDesk biết; được giữ nguyên như đã viết. Nếu đó là ngôn ngữ phổ biến, hãy dùng tên tiếng Anh hoặc mã của ngôn ngữ (es, vi, zh-Hant, …).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) names no race category, so no race is recorded for those students. Export the races themselves (for example &quot;Asian; White&quot;) to record them.</source>
        <translation>&quot;%1&quot; (%2) không nêu nhóm chủng tộc nào, nên không ghi nhận chủng tộc cho các học sinh đó. Hãy xuất chính tên chủng tộc (ví dụ &quot;Asian; White&quot;) để ghi nhận.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) says only that a student is not an English learner: a status of EL or TBD is cleared, and EO, IFEP or RFEP is kept. Export EO, IFEP or RFEP to record which.</source>
        <translation>&quot;%1&quot; (%2) chỉ cho biết học sinh không phải là người đang học tiếng Anh: tình trạng EL hoặc TBD sẽ bị xóa, còn EO, IFEP hoặc RFEP được giữ nguyên. Hãy xuất EO, IFEP hoặc RFEP để ghi nhận cụ thể.</translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation>Các cột không được nhập: %1.</translation>
    </message>
</context>
<context>
    <name>tutordesk::RosterValues</name>
    <message>
        <source>&quot;%1&quot; is not an English-learner status TutorDesk knows. Use EO, IFEP, EL, RFEP or TBD (&quot;English Only&quot;, &quot;Reclassified&quot;, an ELD level 1 to 5, or Y/N are read too).</source>
        <translation>&quot;%1&quot; không phải là tình trạng học tiếng Anh mà TutorDesk biết. Hãy dùng EO, IFEP, EL, RFEP hoặc TBD (&quot;English Only&quot;, &quot;Reclassified&quot;, cấp độ ELD từ 1 đến 5, hoặc Y/N cũng được chấp nhận).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a gender TutorDesk knows. Use F, M or X (Female, Male and Non-binary are read too), or leave the cell blank.</source>
        <translation>&quot;%1&quot; không phải là giới tính mà TutorDesk biết. Hãy dùng F, M hoặc X (Female, Male và Non-binary cũng được chấp nhận), hoặc để trống ô.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date TutorDesk can read. Write it as YYYY-MM-DD (2016-09-08) or MM/DD/YYYY (09/08/2016); M/D/YY, YYYYMMDD and &quot;Sep 8, 2016&quot; are read too.</source>
        <translation>&quot;%1&quot; không phải là ngày mà TutorDesk đọc được. Hãy viết theo dạng YYYY-MM-DD (2016-09-08) hoặc MM/DD/YYYY (09/08/2016); M/D/YY, YYYYMMDD và &quot;Sep 8, 2016&quot; cũng được chấp nhận.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date. Check the day and the month (TutorDesk reads MM/DD/YYYY month first, as US systems write it).</source>
        <translation>&quot;%1&quot; không phải là ngày có thật. Vui lòng kiểm tra ngày và tháng (TutorDesk đọc MM/DD/YYYY với tháng đứng trước, như các hệ thống ở Mỹ).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a race TutorDesk knows. Use the federal categories (American Indian or Alaska Native, Asian, Black or African American, Native Hawaiian or Other Pacific Islander, White) or CALPADS race codes (100, 201 to 299, 301 to 399, 400, 600, 700); separate several with semicolons.</source>
        <translation>&quot;%1&quot; không phải là chủng tộc mà TutorDesk biết. Hãy dùng các nhóm của liên bang (American Indian or Alaska Native, Asian, Black or African American, Native Hawaiian or Other Pacific Islander, White) hoặc mã chủng tộc CALPADS (100, 201 đến 299, 301 đến 399, 400, 600, 700); phân cách nhiều giá trị bằng dấu chấm phẩy.</translation>
    </message>
    <message>
        <source>The district student ID is empty. Every student needs the ID the district&apos;s student system gives them: fill it in, or remove the line.</source>
        <translation>Mã học sinh của học khu đang trống. Mỗi học sinh cần có mã do hệ thống quản lý học sinh của học khu cấp: hãy điền mã, hoặc xóa dòng này.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an ID that Excel turned into a number. Export the roster again from the student system, or format the column as Text in Excel before saving.</source>
        <translation>&quot;%1&quot; là mã đã bị Excel chuyển thành số. Hãy xuất lại danh sách học sinh từ hệ thống quản lý học sinh, hoặc định dạng cột là Text trong Excel trước khi lưu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a space inside. A district student ID has no spaces: check the cell for two values run together.</source>
        <translation>&quot;%1&quot; có khoảng trắng ở giữa. Mã học sinh của học khu không có khoảng trắng: hãy kiểm tra xem ô có hai giá trị bị dính liền không.</translation>
    </message>
    <message>
        <source>The grade is empty. Every student needs one: TK, K or 1 to 12.</source>
        <translation>Lớp đang trống. Mỗi học sinh cần có lớp: TK, K hoặc từ 1 đến 12.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a grade TutorDesk knows. Use TK, K or 1 to 12 (&quot;KN&quot;, &quot;00&quot;, &quot;03&quot;, &quot;3rd&quot; and &quot;Grade 3&quot; are read too).</source>
        <translation>&quot;%1&quot; không phải là lớp mà TutorDesk biết. Hãy dùng TK, K hoặc từ 1 đến 12 (&quot;KN&quot;, &quot;00&quot;, &quot;03&quot;, &quot;3rd&quot; và &quot;Grade 3&quot; cũng được chấp nhận).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a yes or no. Use Y or N (Yes/No, Sí, TRUE/FALSE, 1/0, or X and blank are read too).</source>
        <translation>&quot;%1&quot; không phải là có hoặc không. Hãy dùng Y hoặc N (Yes/No, Sí, TRUE/FALSE, 1/0, hoặc X và ô trống cũng được chấp nhận).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a yes or no. Use Y or N; lunch status Free or Reduced (F, R) means yes and Paid (P) means no.</source>
        <translation>&quot;%1&quot; không phải là có hoặc không. Hãy dùng Y hoặc N; tình trạng bữa trưa Free hoặc Reduced (F, R) nghĩa là có và Paid (P) nghĩa là không.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not say whether the student is Hispanic or Latino. Use Y or N (&quot;Hispanic or Latino&quot; and &quot;Not Hispanic&quot; are read too).</source>
        <translation>&quot;%1&quot; không cho biết học sinh có phải gốc Tây Ban Nha hoặc La-tinh hay không. Hãy dùng Y hoặc N (&quot;Hispanic or Latino&quot; và &quot;Not Hispanic&quot; cũng được chấp nhận).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an attendance rate. Write a percentage such as 97.5 or 97.5%, or a fraction such as 0.975.</source>
        <translation>&quot;%1&quot; không phải là tỷ lệ chuyên cần. Hãy viết tỷ lệ phần trăm như 97.5 hoặc 97.5%, hoặc phân số như 0.975.</translation>
    </message>
    <message>
        <source>%1 is not a possible attendance rate: it must be between 0 and 100%.</source>
        <translation>%1 không phải là tỷ lệ chuyên cần hợp lệ: phải từ 0 đến 100%.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Schedule</name>
    <message>
        <source>Mondays</source>
        <translation>Thứ Hai</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>Thứ Ba</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>Thứ Tư</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>Thứ Năm</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>Thứ Sáu</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>Chủ Nhật</translation>
    </message>
</context>
<context>
    <name>tutordesk::ScheduleConflicts</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 lúc %2</translation>
    </message>
    <message>
        <source>%1 (%2) is in %3 at the same time on %4.</source>
        <translation>%1 (%2) đang học %3 vào cùng thời gian ngày %4.</translation>
    </message>
    <message>
        <source>no hours on %1</source>
        <translation>không có giờ rảnh vào %1</translation>
    </message>
    <message>
        <source>available %1</source>
        <translation>rảnh %1</translation>
    </message>
    <message>
        <source>%1 is not available on %2 at %3 (%4).</source>
        <translation>%1 không rảnh vào %2 lúc %3 (%4).</translation>
    </message>
    <message>
        <source>%1 is out on %2.</source>
        <translation>%1 vắng vào %2.</translation>
    </message>
    <message>
        <source>%1 is out on %2 (%3).</source>
        <translation>%1 vắng vào %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is already covering %2 on %3.</source>
        <translation>%1 đã dạy thay %2 vào %3.</translation>
    </message>
    <message>
        <source>%1 already teaches %2 on %3.</source>
        <translation>%1 đã dạy %2 vào %3.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is taken by %2 on %3.</source>
        <translation>%1 đã được %2 sử dụng vào %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is already covering %2 on %3 at %4 (%n date(s) from %5).</source>
        <translation>
            <numerusform>%1 đã dạy thay %2 vào %3 lúc %4 (%n ngày từ %5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already teaches %2 on %3 at %4 (%n date(s) from %5).</source>
        <translation>
            <numerusform>%1 đã dạy %2 vào %3 lúc %4 (%n ngày từ %5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is in %2 at the same time on %3 at %4 (%n date(s) from %5).</source>
        <translation>
            <numerusform>%1 đang học %2 vào cùng thời gian %3 lúc %4 (%n ngày từ %5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is taken by %2 on %3 at %4 (%n date(s) from %5).</source>
        <translation>
            <numerusform>%1 đã được %2 sử dụng vào %3 lúc %4 (%n ngày từ %5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more conflict(s).</source>
        <translation>
            <numerusform>…và %n xung đột khác.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::SchedulePage</name>
    <message>
        <source>New &amp;Group…</source>
        <translation>&amp;Nhóm mới…</translation>
    </message>
    <message>
        <source>Mark Tutor &amp;Out…</source>
        <translation>Ghi nhận gia sư &amp;vắng…</translation>
    </message>
    <message>
        <source>Print Day &amp;List…</source>
        <translation>In danh sách tron&amp;g ngày…</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Tuần</translation>
    </message>
    <message>
        <source>&amp;Day list</source>
        <translation>&amp;Danh sách trong ngày</translation>
    </message>
    <message>
        <source>A new tutoring group with its tutor, room, days and times</source>
        <translation>Một nhóm gia sư mới cùng gia sư, phòng, ngày và giờ học</translation>
    </message>
    <message>
        <source>A tutor is out: find substitutes or cancel and make up their sessions</source>
        <translation>Gia sư vắng: tìm người dạy thay hoặc hủy và xếp học bù các buổi học của gia sư</translation>
    </message>
    <message>
        <source>Print the sessions of a day, with the students expected</source>
        <translation>In các buổi học trong ngày, kèm học sinh dự kiến</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Lịch</translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ Tuần t&amp;rước</translation>
    </message>
    <message>
        <source>T&amp;his Week</source>
        <translation>T&amp;uần này</translation>
    </message>
    <message>
        <source>&amp;Next week ▶</source>
        <translation>Tuần &amp;sau ▶</translation>
    </message>
    <message>
        <source>Week shown</source>
        <translation>Tuần đang hiển thị</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Hiển thị:</translation>
    </message>
    <message>
        <source>Tutor filter</source>
        <translation>Lọc theo gia sư</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>Buổi học tuần này</translation>
    </message>
    <message>
        <source>All tutors</source>
        <translation>Tất cả gia sư</translation>
    </message>
    <message>
        <source>The tutors could not be read: %1</source>
        <translation>Không đọc được danh sách gia sư: %1</translation>
    </message>
    <message>
        <source>The week could not be read: %1</source>
        <translation>Không đọc được lịch tuần: %1</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Tuần bắt đầu %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) this week</source>
        <translation>
            <numerusform>%n buổi học trong tuần này</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n đã hủy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) to cover</source>
        <translation>
            <numerusform>%n buổi học cần người dạy thay</numerusform>
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
        <translation>%1 — trỏ chuột vào một ô để xem chi tiết, hoặc chỉ hiển thị một gia sư</translation>
    </message>
    <message>
        <source>The session could not be read: %1</source>
        <translation>Không đọc được buổi học: %1</translation>
    </message>
    <message>
        <source>%1 on %2 is scheduled again.</source>
        <translation>%1 vào %2 đã được lên lịch lại.</translation>
    </message>
</context>
<context>
    <name>tutordesk::School</name>
    <message>
        <source>The school code is missing: give the district&apos;s code for this school.</source>
        <translation>Thiếu mã trường: vui lòng nhập mã học khu dùng cho trường này.</translation>
    </message>
    <message>
        <source>The school name is missing.</source>
        <translation>Thiếu tên trường.</translation>
    </message>
    <message>
        <source>The school year must start before it ends (dates as YYYY-MM-DD).</source>
        <translation>Năm học phải bắt đầu trước khi kết thúc (ngày theo dạng YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>%1 already holds a school (%2). A TutorDesk database belongs to one school: create a new database for another.</source>
        <translation>%1 đã chứa một trường (%2). Mỗi cơ sở dữ liệu TutorDesk chỉ thuộc về một trường: hãy tạo cơ sở dữ liệu mới cho trường khác.</translation>
    </message>
    <message>
        <source>The school could not be saved: %1</source>
        <translation>Không thể lưu trường: %1</translation>
    </message>
    <message>
        <source>“%1” is not a phone number families can call: give at least 7 digits, for example (213) 555-0142.</source>
        <translation>“%1” không phải là số điện thoại gia đình có thể gọi: hãy nhập ít nhất 7 chữ số, ví dụ (213) 555-0142.</translation>
    </message>
    <message>
        <source>This database holds no school yet: set the school up first.</source>
        <translation>Cơ sở dữ liệu này chưa có trường nào: vui lòng thiết lập trường trước.</translation>
    </message>
    <message>
        <source>The school&apos;s details could not be saved: %1</source>
        <translation>Không thể lưu thông tin của trường: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::SchoolCalendar</name>
    <message>
        <source>School day</source>
        <translation>Ngày học</translation>
    </message>
    <message>
        <source>Minimum day</source>
        <translation>Ngày học rút ngắn</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Ngày lễ</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Kỳ nghỉ</translation>
    </message>
    <message>
        <source>Non-instructional day</source>
        <translation>Ngày không giảng dạy</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Cuối tuần</translation>
    </message>
    <message>
        <source>Outside the school year</source>
        <translation>Ngoài năm học</translation>
    </message>
</context>
<context>
    <name>tutordesk::SchoolDetailsEditor</name>
    <message>
        <source>Families read these on every letter: the school&apos;s name, address and phone at the top, and whom to call at the bottom.</source>
        <translation>Gia đình sẽ thấy các thông tin này trên mọi lá thư: tên, địa chỉ và số điện thoại của trường ở đầu thư, và người cần liên hệ ở cuối thư.</translation>
    </message>
    <message>
        <source>(213) 555-0142</source>
        <translation>(213) 555-0142</translation>
    </message>
    <message>
        <source>Your name as families know it</source>
        <translation>Tên của bạn mà các gia đình biết</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>Tên trường</translation>
    </message>
    <message>
        <source>School address</source>
        <translation>Địa chỉ trường</translation>
    </message>
    <message>
        <source>Phone number families call</source>
        <translation>Số điện thoại gia đình gọi đến</translation>
    </message>
    <message>
        <source>Tutoring coordinator</source>
        <translation>Điều phối viên chương trình gia sư</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>&amp;Tên trường:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>&amp;Phone families call:</source>
        <translation>Số điện thoại &amp;gia đình gọi:</translation>
    </message>
    <message>
        <source>Tutoring &amp;coordinator:</source>
        <translation>Điều &amp;phối viên gia sư:</translation>
    </message>
</context>
<context>
    <name>tutordesk::SchoolSetup</name>
    <message>
        <source>%1 is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation>%1 bị hỏng và không đọc được (%2). Vui lòng khôi phục từ bản sao lưu.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Scores</name>
    <message>
        <source>The import of %1 was cancelled; nothing was changed.</source>
        <translation>Đã hủy việc nhập %1; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The scores could not be saved, so nothing was changed: %1</source>
        <translation>Không thể lưu điểm, nên không có gì thay đổi: %1</translation>
    </message>
    <message>
        <source>The column mapping could not be saved for next time: %1</source>
        <translation>Không thể lưu ánh xạ cột cho lần sau: %1</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>Mã học sinh</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Môn học</translation>
    </message>
    <message>
        <source>Scale score</source>
        <translation>Điểm quy đổi</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Xếp mức</translation>
    </message>
    <message>
        <source>Grade levels below</source>
        <translation>Số cấp lớp bị chậm</translation>
    </message>
    <message>
        <source>Test window</source>
        <translation>Đợt kiểm tra</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Assessment name</source>
        <translation>Tên bài đánh giá</translation>
    </message>
    <message>
        <source>No column holds the %1. Rename that column to &quot;%1&quot;, or say which column it is in the mapping.</source>
        <translation>Không có cột nào chứa %1. Hãy đổi tên cột đó thành &quot;%1&quot;, hoặc chỉ rõ cột trong phần ánh xạ cột.</translation>
    </message>
    <message>
        <source>No column holds the Subject. Add a column &quot;Subject&quot; with Reading or Math on each line, or say which column it is in the mapping.</source>
        <translation>Không có cột nào chứa Môn học. Hãy thêm cột &quot;Subject&quot; ghi Reading hoặc Math trên mỗi dòng, hoặc chỉ rõ cột trong phần ánh xạ cột.</translation>
    </message>
    <message>
        <source>The student ID is empty. Fill it in, or remove the line.</source>
        <translation>Mã học sinh đang trống. Hãy điền mã, hoặc xóa dòng này.</translation>
    </message>
    <message>
        <source>No student with ID &quot;%1&quot; is on file. Import the roster first, or correct the ID.</source>
        <translation>Không có học sinh nào có mã &quot;%1&quot; trong hồ sơ. Hãy nhập danh sách học sinh trước, hoặc sửa lại mã.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subject TutorDesk knows. Write Reading, Math or Writing.</source>
        <translation>&quot;%1&quot; không phải là môn học mà TutorDesk biết. Hãy ghi Reading, Math hoặc Writing.</translation>
    </message>
    <message>
        <source>The date is empty. Fill in the day the test was taken, as YYYY-MM-DD.</source>
        <translation>Ngày đang trống. Hãy điền ngày làm bài kiểm tra, theo dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a test window. Write BOY, MOY or EOY (or Fall, Winter, Spring).</source>
        <translation>&quot;%1&quot; không phải là đợt kiểm tra. Hãy ghi BOY, MOY hoặc EOY (hoặc Fall, Winter, Spring).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Write the scale score in digits, for example 452.</source>
        <translation>&quot;%1&quot; không phải là số. Hãy ghi điểm quy đổi bằng chữ số, ví dụ 452.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of grade levels below. Write a whole number from -3 (above grade level) to 12, or leave it empty.</source>
        <translation>&quot;%1&quot; không phải là số cấp lớp bị chậm. Hãy ghi số nguyên từ -3 (vượt cấp lớp) đến 12, hoặc để trống.</translation>
    </message>
    <message>
        <source>This line has no score, placement or grade levels below. Fill one in, or remove the line.</source>
        <translation>Dòng này không có điểm, xếp mức hoặc số cấp lớp bị chậm. Hãy điền một giá trị, hoặc xóa dòng này.</translation>
    </message>
    <message>
        <source>Line %1 has a result for the same student, subject, window and date. Keep one of the two lines.</source>
        <translation>Dòng %1 có kết quả cho cùng học sinh, môn học, đợt và ngày. Hãy giữ lại một trong hai dòng.</translation>
    </message>
    <message>
        <source>Results with no test window, which was taken from the date (August to October BOY, November to February MOY, March to July EOY): %1.</source>
        <translation>Các kết quả không có đợt kiểm tra, đã được xác định theo ngày (tháng 8 đến tháng 10 là BOY, tháng 11 đến tháng 2 là MOY, tháng 3 đến tháng 7 là EOY): %1.</translation>
    </message>
    <message>
        <source>Placements that do not say how many grade levels below: %1. The need score counts those results only when a &quot;Grade levels below&quot; column gives it.</source>
        <translation>Các kết quả xếp mức không cho biết chậm bao nhiêu cấp lớp: %1. Điểm nhu cầu chỉ tính các kết quả đó khi có cột &quot;Grade levels below&quot; cung cấp giá trị.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Session</name>
    <message>
        <source>%1 is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation>%1 bị hỏng và không đọc được (%2). Vui lòng khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>%1 holds no school yet.</source>
        <translation>%1 chưa có trường nào.</translation>
    </message>
</context>
<context>
    <name>tutordesk::SessionBlock</name>
    <message>
        <source>M</source>
        <comment>make-up, in a narrow block</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Needs cover</source>
        <translation>Cần người dạy thay</translation>
    </message>
    <message>
        <source>Make-up</source>
        <translation>Học bù</translation>
    </message>
</context>
<context>
    <name>tutordesk::SessionChangesText</name>
    <message>
        <source>Saved. No sessions were affected.</source>
        <translation>Đã lưu. Không có buổi học nào bị ảnh hưởng.</translation>
    </message>
    <message numerus="yes">
        <source>%n future session(s) removed</source>
        <translation>
            <numerusform>Đã xóa %n buổi học sắp tới</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added back</source>
        <translation>
            <numerusform>Đã khôi phục %n buổi học</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) shortened</source>
        <translation>
            <numerusform>Đã rút ngắn %n buổi học</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) back to full length</source>
        <translation>
            <numerusform>%n buổi học trở lại đủ thời lượng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) changed</source>
        <translation>
            <numerusform>Đã thay đổi %n buổi học</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. %1.</source>
        <comment>Saved. 14 future sessions removed, 3 sessions shortened.</comment>
        <translation>Đã lưu. %1.</translation>
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
        <translation>%1 vào %2 lúc %3</translation>
    </message>
    <message>
        <source>Tutor absent</source>
        <translation>Gia sư vắng</translation>
    </message>
    <message>
        <source>School event</source>
        <translation>Sự kiện của trường</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>Thời tiết</translation>
    </message>
    <message>
        <source>Student event</source>
        <translation>Hoạt động của học sinh</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Lý do khác</translation>
    </message>
    <message>
        <source>There is no session %1 (it may have been removed). Reload the schedule.</source>
        <translation>Không có buổi học %1 (có thể đã bị xóa). Vui lòng tải lại lịch.</translation>
    </message>
    <message>
        <source>Attendance was taken for this session on %1 (%2 at %3); clear it first.</source>
        <translation>Buổi học này đã được điểm danh vào %1 (%2 lúc %3); vui lòng xóa điểm danh trước.</translation>
    </message>
    <message>
        <source>%1 was already held; its substitute cannot be changed now.</source>
        <translation>%1 đã diễn ra; không thể thay đổi người dạy thay nữa.</translation>
    </message>
    <message>
        <source>%1 is cancelled. Restore it before you book a substitute.</source>
        <translation>%1 đã bị hủy. Vui lòng khôi phục trước khi đặt người dạy thay.</translation>
    </message>
    <message>
        <source>There is no tutor %1 (they may have been removed). Reload the Tutors page.</source>
        <translation>Không có gia sư %1 (có thể đã bị xóa). Vui lòng tải lại trang Gia sư.</translation>
    </message>
    <message>
        <source>%1 was already held; who taught it stays on record.</source>
        <translation>%1 đã diễn ra; người đã dạy vẫn được lưu trong hồ sơ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason to cancel a session: use tutor_absent, school_event, weather, student_event or other.</source>
        <translation>&quot;%1&quot; không phải là lý do hủy buổi học: hãy dùng tutor_absent, school_event, weather, student_event hoặc other.</translation>
    </message>
    <message>
        <source>%1 was already held and cannot be cancelled.</source>
        <translation>%1 đã diễn ra và không thể hủy.</translation>
    </message>
    <message>
        <source>%1 is not cancelled.</source>
        <translation>%1 không bị hủy.</translation>
    </message>
    <message>
        <source>%1 is in the past; it stays cancelled.</source>
        <translation>%1 đã qua; vẫn giữ trạng thái đã hủy.</translation>
    </message>
    <message>
        <source>%1 cannot be restored. %2</source>
        <translation>Không thể khôi phục %1. %2</translation>
    </message>
    <message>
        <source>Choose a day and a start time for the make-up of %1.</source>
        <translation>Vui lòng chọn ngày và giờ bắt đầu cho buổi học bù của %1.</translation>
    </message>
    <message>
        <source>The make-up of %1 cannot be on %2: it is not a school day (%3). Choose another day.</source>
        <translation>Buổi học bù của %1 không thể vào %2: đó không phải là ngày học (%3). Vui lòng chọn ngày khác.</translation>
    </message>
    <message>
        <source>A make-up lasts 5 to 240 minutes, not %1.</source>
        <translation>Buổi học bù kéo dài từ 5 đến 240 phút, không phải %1.</translation>
    </message>
    <message>
        <source>The make-up of %1 cannot be on %2 at %3. %4</source>
        <translation>Buổi học bù của %1 không thể vào %2 lúc %3. %4</translation>
    </message>
    <message>
        <source>Attendance was taken for this session; clear it first.</source>
        <translation>Buổi học này đã được điểm danh; vui lòng xóa điểm danh trước.</translation>
    </message>
    <message>
        <source>That session is cancelled; attendance cannot be taken for it.</source>
        <translation>Buổi học đó đã bị hủy; không thể điểm danh.</translation>
    </message>
    <message>
        <source>The schedule could not be changed in %1: %2</source>
        <translation>Không thể thay đổi lịch trong %1: %2</translation>
    </message>
    <message>
        <source>%1 is inactive and cannot cover %2. Choose a tutor from the substitute pool or an active tutor.</source>
        <translation>%1 đang ngưng hoạt động và không thể dạy thay %2. Vui lòng chọn gia sư trong nhóm dạy thay hoặc một gia sư đang hoạt động.</translation>
    </message>
    <message>
        <source>%1 is the tutor of %2; choose someone else to cover it.</source>
        <translation>%1 là gia sư của %2; vui lòng chọn người khác để dạy thay.</translation>
    </message>
    <message>
        <source>%1 cannot cover %2: they do not teach %3. Choose a tutor who does.</source>
        <translation>%1 không thể dạy thay %2: gia sư này không dạy %3. Vui lòng chọn gia sư có dạy môn này.</translation>
    </message>
    <message>
        <source>%1 cannot cover %2. %3</source>
        <translation>%1 không thể dạy thay %2. %3</translation>
    </message>
    <message>
        <source>%1 cannot cover %2: they are marked out that day.</source>
        <translation>%1 không thể dạy thay %2: gia sư này được ghi là vắng vào ngày đó.</translation>
    </message>
    <message>
        <source>%1 cannot cover %2: it is outside the times they are available. Choose another substitute, or change their availability on the Tutors page.</source>
        <translation>%1 không thể dạy thay %2: ngoài khung giờ gia sư này rảnh. Vui lòng chọn người dạy thay khác, hoặc thay đổi thời gian rảnh của gia sư trên trang Gia sư.</translation>
    </message>
    <message>
        <source>%1 cannot cover %2: they teach another session at that time.</source>
        <translation>%1 không thể dạy thay %2: gia sư này dạy một buổi học khác vào giờ đó.</translation>
    </message>
</context>
<context>
    <name>tutordesk::SessionDetails</name>
    <message>
        <source>Click a session to see who teaches it, where, and who attends.</source>
        <translation>Nhấp vào một buổi học để xem ai dạy, ở đâu và ai tham dự.</translation>
    </message>
    <message>
        <source>&amp;Edit Group…</source>
        <translation>&amp;Sửa nhóm…</translation>
    </message>
    <message>
        <source>Find a &amp;Substitute…</source>
        <translation>Tìm người &amp;dạy thay…</translation>
    </message>
    <message>
        <source>&amp;Cancel Session…</source>
        <translation>&amp;Hủy buổi học…</translation>
    </message>
    <message>
        <source>Make-&amp;up…</source>
        <translation>Học &amp;bù…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>Take &amp;Attendance…</source>
        <translation>Điể&amp;m danh…</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Chi tiết buổi học</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Giờ:</translation>
    </message>
    <message>
        <source>Tutor:</source>
        <translation>Gia sư:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Phòng:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Tình trạng:</translation>
    </message>
    <message>
        <source>Change the group&apos;s tutor, room, days or times (double-click or Enter on a session)</source>
        <translation>Thay đổi gia sư, phòng, ngày hoặc giờ học của nhóm (nhấp đúp hoặc Enter trên một buổi học)</translation>
    </message>
    <message>
        <source>A free, cleared tutor who teaches the subject takes this session</source>
        <translation>Một gia sư đang rảnh, đã được thẩm tra lý lịch và có dạy môn học này sẽ đảm nhận buổi học</translation>
    </message>
    <message>
        <source>Cancel this session, with a make-up time or without</source>
        <translation>Hủy buổi học này, có hoặc không có giờ học bù</translation>
    </message>
    <message>
        <source>Schedule a make-up for this cancelled session</source>
        <translation>Xếp buổi học bù cho buổi học đã hủy này</translation>
    </message>
    <message>
        <source>The session happens after all: schedule it again</source>
        <translation>Buổi học vẫn diễn ra: lên lịch lại</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier · subject</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>Chưa có gia sư</translation>
    </message>
    <message>
        <source>%1, substituting for %2</source>
        <translation>%1, dạy thay cho %2</translation>
    </message>
    <message>
        <source>None given</source>
        <translation>Chưa có</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>3 students:</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>No students</source>
        <translation>Không có học sinh</translation>
    </message>
    <message>
        <source>Change &amp;Substitute…</source>
        <translation>Đổi người &amp;dạy thay…</translation>
    </message>
    <message>
        <source>Edit &amp;Attendance…</source>
        <translation>Sửa điể&amp;m danh…</translation>
    </message>
    <message>
        <source>A cancelled session has no attendance</source>
        <translation>Buổi học đã hủy không có điểm danh</translation>
    </message>
    <message>
        <source>Attendance can be taken from the session&apos;s day on</source>
        <translation>Có thể điểm danh từ ngày của buổi học trở đi</translation>
    </message>
    <message>
        <source>Change the attendance recorded for this session</source>
        <translation>Thay đổi điểm danh đã ghi cho buổi học này</translation>
    </message>
    <message>
        <source>Mark who came, with the keyboard: P, T, E or U per student</source>
        <translation>Đánh dấu ai đã đến bằng bàn phím: P, T, E hoặc U cho từng học sinh</translation>
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
        <translation>Dạy thay: %1</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>Chưa có gia sư</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Cancelled (%1)</source>
        <comment>cancelled (reason)</comment>
        <translation>Đã hủy (%1)</translation>
    </message>
    <message>
        <source>Needs cover: the tutor is out</source>
        <translation>Cần người dạy thay: gia sư vắng</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Đã tổ chức</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Đã lên lịch</translation>
    </message>
    <message>
        <source>%1 · Make-up</source>
        <comment>status · make-up</comment>
        <translation>%1 · Học bù</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier · subject</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Tutor: %1</source>
        <translation>Gia sư: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Substitute: %1 (for %2)</source>
        <translation>Dạy thay: %1 (thay cho %2)</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Phòng: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Tình trạng: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>3 students: names</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>tutor absent</source>
        <translation>gia sư vắng</translation>
    </message>
    <message>
        <source>school event</source>
        <translation>sự kiện của trường</translation>
    </message>
    <message>
        <source>weather</source>
        <translation>thời tiết</translation>
    </message>
    <message>
        <source>student event</source>
        <translation>hoạt động của học sinh</translation>
    </message>
    <message>
        <source>other reason</source>
        <translation>lý do khác</translation>
    </message>
    <message>
        <source>Pull-out (during the school day)</source>
        <translation>Học tách lớp (trong giờ học)</translation>
    </message>
    <message>
        <source>After school</source>
        <translation>Sau giờ học</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Kết hợp</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n học sinh</numerusform>
        </translation>
    </message>
    <message>
        <source>No students</source>
        <translation>Không có học sinh</translation>
    </message>
    <message>
        <source>Saved. The sessions are unchanged.</source>
        <translation>Đã lưu. Các buổi học không thay đổi.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added</source>
        <translation>
            <numerusform>Đã thêm %n buổi học</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) removed</source>
        <translation>
            <numerusform>Đã xóa %n buổi học</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>sessions</comment>
        <translation>
            <numerusform>đã xóa %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) moved</source>
        <translation>
            <numerusform>Đã dời %n buổi học</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <comment>sessions</comment>
        <translation>
            <numerusform>đã dời %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. %1; earlier sessions and their attendance are unchanged.</source>
        <translation>Đã lưu. %1; các buổi học trước đó và điểm danh của chúng không thay đổi.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Cấp %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>T&amp;rường</translation>
    </message>
    <message>
        <source>&amp;Need score</source>
        <translation>Điểm &amp;nhu cầu</translation>
    </message>
    <message>
        <source>&amp;Tiers and seats</source>
        <translation>&amp;Cấp hỗ trợ và chỗ</translation>
    </message>
    <message>
        <source>&amp;Protocol</source>
        <translation>&amp;Quy trình</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>&amp;Thư</translation>
    </message>
    <message>
        <source>Pro&amp;gress</source>
        <translation>Tiến &amp;bộ</translation>
    </message>
    <message>
        <source>P&amp;robes</source>
        <translation>Bài &amp;kiểm tra nhanh</translation>
    </message>
    <message>
        <source>District s&amp;ync</source>
        <translation>Đồng bộ &amp;học khu</translation>
    </message>
    <message>
        <source>Why the settings were not saved</source>
        <translation>Lý do chưa lưu được cài đặt</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>Không đọc được cài đặt: %1</translation>
    </message>
    <message>
        <source>%1 Scheduled syncs can pass the token in TUTORDESK_TOKEN instead.</source>
        <translation>%1 Các lần đồng bộ theo lịch có thể truyền mã token qua TUTORDESK_TOKEN.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <source>Recalculate Need Scores?</source>
        <translation>Tính lại điểm nhu cầu?</translation>
    </message>
    <message>
        <source>The new weights and tiers apply once need scores are recalculated. Recalculate every student&apos;s score now?</source>
        <translation>Trọng số và cấp hỗ trợ mới chỉ có hiệu lực sau khi tính lại điểm nhu cầu. Tính lại điểm cho mọi học sinh ngay bây giờ?</translation>
    </message>
    <message>
        <source>Seats already given are kept.</source>
        <translation>Các chỗ đã cấp vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>Saved, but the need scores could not be recalculated: %1</source>
        <translation>Đã lưu, nhưng không thể tính lại điểm nhu cầu: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::SiblingGuardianDialog</name>
    <message>
        <source>Add a Sibling&apos;s Guardian</source>
        <translation>Thêm người giám hộ của anh chị em</translation>
    </message>
    <message>
        <source>Name or phone</source>
        <translation>Tên hoặc số điện thoại</translation>
    </message>
    <message>
        <source>Search guardians by name or phone</source>
        <translation>Tìm người giám hộ theo tên hoặc số điện thoại</translation>
    </message>
    <message>
        <source>Guardians of other students</source>
        <translation>Người giám hộ của học sinh khác</translation>
    </message>
    <message>
        <source>Relationship to this student</source>
        <translation>Quan hệ với học sinh này</translation>
    </message>
    <message>
        <source>Guardians of other students who share this family&apos;s last name or a phone number. Search to find someone else.</source>
        <translation>Người giám hộ của học sinh khác có cùng họ với gia đình này hoặc cùng số điện thoại. Hãy tìm kiếm để tìm người khác.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Quan hệ:</translation>
    </message>
    <message>
        <source>The guardians could not be read: %1</source>
        <translation>Không đọc được danh sách người giám hộ: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 — guardian of %2</source>
        <translation>%1 — người giám hộ của %2</translation>
    </message>
    <message>
        <source>Choose a guardian in the list, or search for one by name or phone.</source>
        <translation>Hãy chọn một người giám hộ trong danh sách, hoặc tìm theo tên hay số điện thoại.</translation>
    </message>
    <message>
        <source>The guardian could not be added.</source>
        <translation>Không thể thêm người giám hộ.</translation>
    </message>
    <message>
        <source>The guardian could not be added: %1</source>
        <translation>Không thể thêm người giám hộ: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::Staffing</name>
    <message>
        <source>no tutor</source>
        <translation>chưa có gia sư</translation>
    </message>
    <message>
        <source>tutor inactive</source>
        <translation>gia sư ngưng hoạt động</translation>
    </message>
    <message>
        <source>clearance missing</source>
        <translation>thiếu thẩm tra lý lịch</translation>
    </message>
    <message>
        <source>clearance expired</source>
        <translation>thẩm tra lý lịch đã hết hạn</translation>
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
        <translation>%1: không có cơ sở dữ liệu TutorDesk ở đó. Vui lòng kiểm tra đường dẫn, hoặc tạo trường mới.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a TutorDesk database.</source>
        <translation>%1 là thư mục, không phải cơ sở dữ liệu TutorDesk.</translation>
    </message>
    <message>
        <source>%1 is not a TutorDesk database (it is not a database file at all). Choose the .tutordesk file, or create a new school.</source>
        <translation>%1 không phải là cơ sở dữ liệu TutorDesk (hoàn toàn không phải tệp cơ sở dữ liệu). Vui lòng chọn tệp .tutordesk, hoặc tạo trường mới.</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>%1: thư mục %2 không tồn tại.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not TutorDesk&apos;s. Open a TutorDesk database, or create a new school.</source>
        <translation>%1 là cơ sở dữ liệu của một chương trình khác, không phải của TutorDesk. Vui lòng mở cơ sở dữ liệu TutorDesk, hoặc tạo trường mới.</translation>
    </message>
    <message>
        <source>%1 was written by a newer TutorDesk (data version %2; this TutorDesk reads up to %3). Install the newer TutorDesk to open it.</source>
        <translation>%1 được tạo bởi phiên bản TutorDesk mới hơn (phiên bản dữ liệu %2; TutorDesk này chỉ đọc được đến %3). Vui lòng cài đặt TutorDesk mới hơn để mở.</translation>
    </message>
    <message>
        <source>%1: cannot switch the database to write-ahead logging (got &quot;%2&quot;). Copy it to a local folder and open it there.</source>
        <translation>%1: không thể chuyển cơ sở dữ liệu sang chế độ ghi nhật ký trước (write-ahead logging) (nhận được &quot;%2&quot;). Hãy sao chép tệp vào một thư mục trên máy và mở từ đó.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation>%1 bị hỏng và không đọc được (%2). Vui lòng khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing (%2). Check that the file and its folder are yours and not read-only.</source>
        <translation>Không thể mở %1 để ghi (%2). Vui lòng kiểm tra tệp và thư mục chứa tệp thuộc quyền của bạn và không ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>%1 is busy: another program is writing to it. Close it there and try again.</source>
        <translation>%1 đang bận: một chương trình khác đang ghi vào tệp. Hãy đóng tệp ở chương trình đó và thử lại.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>Không thể mở %1: %2</translation>
    </message>
    <message>
        <source>%1 needs upgrading for this TutorDesk, and a copy is kept first, but the copy could not be made (%2). Free some disk space and open it again.</source>
        <translation>%1 cần được nâng cấp cho TutorDesk này và một bản sao được giữ trước, nhưng không thể tạo bản sao (%2). Hãy giải phóng dung lượng ổ đĩa rồi mở lại.</translation>
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
        <translation>Thường gọi là %1</translation>
    </message>
    <message>
        <source>Tier %1: select the student to see why</source>
        <translation>Cấp %1: chọn học sinh để xem lý do</translation>
    </message>
    <message>
        <source>District ID</source>
        <translation>Mã học khu</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Họ</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Home language</source>
        <translation>Ngôn ngữ ở nhà</translation>
    </message>
    <message>
        <source>EL status</source>
        <translation>Tình trạng EL</translation>
    </message>
    <message>
        <source>Student groups</source>
        <translation>Nhóm học sinh</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Chuyên cần</translation>
    </message>
    <message>
        <source>Need score</source>
        <translation>Điểm nhu cầu</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>The student&apos;s ID in the district&apos;s student information system</source>
        <translation>Mã của học sinh trong hệ thống thông tin học sinh của học khu</translation>
    </message>
    <message>
        <source>English language status: EO, IFEP, EL, RFEP or TBD</source>
        <translation>Tình trạng tiếng Anh: EO, IFEP, EL, RFEP hoặc TBD</translation>
    </message>
    <message>
        <source>IEP, Section 504 plan, foster youth, homeless, socio-economically disadvantaged (SED)
This column cannot be sorted; filter by student group instead.</source>
        <translation>IEP, kế hoạch Section 504, được nhận nuôi tạm thời, vô gia cư, hoàn cảnh kinh tế - xã hội khó khăn (SED)
Không thể sắp xếp cột này; hãy lọc theo nhóm học sinh.</translation>
    </message>
    <message>
        <source>The student&apos;s school attendance rate this year</source>
        <translation>Tỷ lệ chuyên cần ở trường của học sinh trong năm nay</translation>
    </message>
    <message>
        <source>Points from benchmark results, attendance and student groups: higher means more need</source>
        <translation>Điểm từ kết quả kiểm tra định kỳ, chuyên cần và nhóm học sinh: điểm càng cao nhu cầu càng lớn</translation>
    </message>
    <message>
        <source>The tier of support the need score qualifies for: 1 classroom, 2 small group, 3 intensive</source>
        <translation>Cấp hỗ trợ tương ứng với điểm nhu cầu: 1 trong lớp, 2 nhóm nhỏ, 3 tăng cường</translation>
    </message>
    <message>
        <source>Where the student stands in the tutoring program</source>
        <translation>Tình trạng của học sinh trong chương trình gia sư</translation>
    </message>
    <message>
        <source>Enrolled at the school, or withdrawn</source>
        <translation>Đang học tại trường, hoặc đã nghỉ học</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentContactDialog</name>
    <message>
        <source>An &amp;interpreter helped</source>
        <translation>Có thông &amp;dịch viên hỗ trợ</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Ngày theo dõi tiếp</translation>
    </message>
    <message>
        <source>Log Contact — %1</source>
        <translation>Ghi nhận liên lạc — %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No guardian (someone else)</source>
        <translation>Không phải người giám hộ (người khác)</translation>
    </message>
    <message>
        <source>Guardian contacted</source>
        <translation>Người giám hộ được liên lạc</translation>
    </message>
    <message>
        <source>Date and time of the contact</source>
        <translation>Ngày và giờ liên lạc</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>We contacted the family</source>
        <translation>Chúng ta liên lạc với gia đình</translation>
    </message>
    <message>
        <source>The family contacted us</source>
        <translation>Gia đình liên lạc với chúng ta</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Chiều liên lạc</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <source>Language of the contact</source>
        <translation>Ngôn ngữ liên lạc</translation>
    </message>
    <message>
        <source>e.g. asked about reading at home</source>
        <translation>ví dụ: hỏi về việc đọc sách ở nhà</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Contact again on</source>
        <translation>Liên lạc lại vào</translation>
    </message>
    <message>
        <source>&amp;Guardian:</source>
        <translation>&amp;Người giám hộ:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Thời gian:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Hình thức:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Chiều liên lạc:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Kết quả:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Mục đích:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Gh&amp;i chú:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>N&amp;gôn ngữ:</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>Theo dõi tiế&amp;p:</translation>
    </message>
    <message>
        <source>The contact could not be saved.</source>
        <translation>Không thể lưu liên lạc.</translation>
    </message>
    <message>
        <source>The contact could not be saved: %1</source>
        <translation>Không thể lưu liên lạc: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentFamilyPanel</name>
    <message>
        <source>Guardians</source>
        <translation>Người giám hộ</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Người giám hộ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Liên lạc</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Theo dõi tiếp</translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation>Thư đã gửi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Thư</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Gửi đến</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>Add a parent or guardian of this student</source>
        <translation>Thêm cha mẹ hoặc người giám hộ của học sinh này</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Change the guardian&apos;s phones, e-mail, language or consent</source>
        <translation>Thay đổi số điện thoại, email, ngôn ngữ hoặc sự đồng ý của người giám hộ</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>This person is no longer this student&apos;s guardian</source>
        <translation>Người này không còn là người giám hộ của học sinh</translation>
    </message>
    <message>
        <source>Ma&amp;ke Primary</source>
        <translation>Đặt làm &amp;chính</translation>
    </message>
    <message>
        <source>Letters go to the primary guardian and calls go there first</source>
        <translation>Thư được gửi đến người giám hộ chính và cuộc gọi được gọi cho họ trước</translation>
    </message>
    <message>
        <source>Add a Si&amp;bling&apos;s Guardian…</source>
        <translation>Thêm người giám hộ của &amp;anh chị em…</translation>
    </message>
    <message>
        <source>Link a parent already on record for a brother or sister</source>
        <translation>Liên kết với cha mẹ đã có trong hồ sơ của anh chị em ruột</translation>
    </message>
    <message>
        <source>Log &amp;Contact…</source>
        <translation>Ghi nhận &amp;liên lạc…</translation>
    </message>
    <message>
        <source>Record a call, text, visit or meeting with the family</source>
        <translation>Ghi lại cuộc gọi, tin nhắn, lần thăm nhà hoặc cuộc họp với gia đình</translation>
    </message>
    <message>
        <source>Write a Letter…</source>
        <translation>Viết thư…</translation>
    </message>
    <message>
        <source>Print or save a letter in the family&apos;s language</source>
        <translation>In hoặc lưu thư bằng ngôn ngữ của gia đình</translation>
    </message>
    <message>
        <source>Double-click a contact (or press Enter) to correct it</source>
        <translation>Nhấp đúp vào một liên lạc (hoặc nhấn Enter) để sửa</translation>
    </message>
    <message>
        <source>Mobile %1</source>
        <translation>Di động %1</translation>
    </message>
    <message>
        <source>Home %1</source>
        <translation>Nhà %1</translation>
    </message>
    <message>
        <source>Work %1</source>
        <translation>Cơ quan %1</translation>
    </message>
    <message>
        <source>Select a student to see their family.</source>
        <translation>Chọn một học sinh để xem thông tin gia đình.</translation>
    </message>
    <message>
        <source>The family could not be read: %1</source>
        <translation>Không đọc được thông tin gia đình: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>★ %1 — primary</source>
        <translation>★ %1 — chính</translation>
    </message>
    <message>
        <source>Prefers: %1</source>
        <translation>Ưu tiên: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>Email: %1</translation>
    </message>
    <message>
        <source>Consents to texts</source>
        <translation>Đồng ý nhận tin nhắn</translation>
    </message>
    <message>
        <source>No consent to texts</source>
        <translation>Không đồng ý nhận tin nhắn</translation>
    </message>
    <message>
        <source>Also the guardian of: %1</source>
        <translation>Cũng là người giám hộ của: %1</translation>
    </message>
    <message>
        <source>No guardian on file: add one.</source>
        <translation>Chưa có người giám hộ trong hồ sơ: vui lòng thêm.</translation>
    </message>
    <message>
        <source>%1 (from the family)</source>
        <translation>%1 (từ gia đình)</translation>
    </message>
    <message>
        <source>%1, interpreter</source>
        <translation>%1, thông dịch viên</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Với %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Do %1</translation>
    </message>
    <message>
        <source>Printed from a translation not yet reviewed</source>
        <translation>In từ bản dịch chưa được duyệt</translation>
    </message>
    <message>
        <source>Remove Guardian</source>
        <translation>Xóa người giám hộ</translation>
    </message>
    <message>
        <source>Remove %1 from this student&apos;s guardians? Contacts and letters already on record keep their name.</source>
        <translation>Xóa %1 khỏi danh sách người giám hộ của học sinh này? Các liên lạc và thư đã có trong hồ sơ vẫn giữ tên người này.</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentFilterBar</name>
    <message>
        <source>Show &amp;withdrawn</source>
        <translation>Hiển thị học &amp;sinh đã nghỉ</translation>
    </message>
    <message>
        <source>Search by name or ID</source>
        <translation>Tìm theo tên hoặc mã</translation>
    </message>
    <message>
        <source>Search students</source>
        <translation>Tìm học sinh</translation>
    </message>
    <message>
        <source>Type part of a first, last or preferred name, or a district ID (Ctrl+F)</source>
        <translation>Nhập một phần tên, họ, tên thường gọi hoặc mã học khu (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Cấp:</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>Chương t&amp;rình:</translation>
    </message>
    <message>
        <source>Program status</source>
        <translation>Tình trạng trong chương trình</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Lớp:</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>EL &amp;status:</source>
        <translation>&amp;Tình trạng EL:</translation>
    </message>
    <message>
        <source>EL status</source>
        <translation>Tình trạng EL</translation>
    </message>
    <message>
        <source>Home &amp;language:</source>
        <translation>&amp;Ngôn ngữ ở nhà:</translation>
    </message>
    <message>
        <source>Home language</source>
        <translation>Ngôn ngữ ở nhà</translation>
    </message>
    <message>
        <source>Student gr&amp;oup:</source>
        <translation>Nhóm &amp;học sinh:</translation>
    </message>
    <message>
        <source>Student group</source>
        <translation>Nhóm học sinh</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>Tất cả các lớp</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Bất kỳ</translation>
    </message>
    <message>
        <source>All students</source>
        <translation>Tất cả học sinh</translation>
    </message>
    <message>
        <source>IEP</source>
        <translation>IEP</translation>
    </message>
    <message>
        <source>504 plan</source>
        <translation>Kế hoạch 504</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>Được nhận nuôi tạm thời</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>Vô gia cư</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>Hoàn cảnh kinh tế - xã hội khó khăn</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>Học sinh đang học tiếng Anh</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Mọi cấp</translation>
    </message>
    <message>
        <source>Tier 3 · Intensive</source>
        <translation>Cấp 3 · Tăng cường</translation>
    </message>
    <message>
        <source>Tier 2 · Small group</source>
        <translation>Cấp 2 · Nhóm nhỏ</translation>
    </message>
    <message>
        <source>Tier 1 · Classroom</source>
        <translation>Cấp 1 · Trong lớp</translation>
    </message>
    <message>
        <source>The tier the student&apos;s need score qualifies for</source>
        <translation>Cấp tương ứng với điểm nhu cầu của học sinh</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Bất kỳ ai</translation>
    </message>
    <message>
        <source>Not in the program</source>
        <translation>Không tham gia chương trình</translation>
    </message>
    <message>
        <source>Where the student stands in the tutoring program</source>
        <translation>Tình trạng của học sinh trong chương trình gia sư</translation>
    </message>
    <message>
        <source>Show withdrawn students</source>
        <translation>Hiển thị học sinh đã nghỉ học</translation>
    </message>
    <message>
        <source>Include students who have left the school</source>
        <translation>Bao gồm cả học sinh đã rời trường</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Tất cả ngôn ngữ</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentMakeupDialog</name>
    <message>
        <source>Schedule Make-up — %1</source>
        <translation>Xếp buổi học bù — %1</translation>
    </message>
    <message>
        <source>A make-up session of %1 for %2 only. Choose a time:</source>
        <translation>Một buổi học bù %1 chỉ dành cho %2. Vui lòng chọn thời gian:</translation>
    </message>
    <message>
        <source>Make-up times</source>
        <translation>Thời gian học bù</translation>
    </message>
    <message>
        <source>&amp;Schedule Make-up</source>
        <translation>&amp;Xếp buổi học bù</translation>
    </message>
    <message>
        <source>The free times could not be read: %1</source>
        <translation>Không đọc được các khung giờ trống: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No free time in the next school days: the tutor or %1 is busy. Schedule it from the Schedule page, or mark the action not needed with a note.</source>
        <translation>Không có giờ trống trong những ngày học sắp tới: gia sư hoặc %1 đều bận. Hãy xếp lịch từ trang Lịch, hoặc đánh dấu việc này là không cần kèm ghi chú.</translation>
    </message>
    <message>
        <source>The make-up could not be scheduled.</source>
        <translation>Không thể xếp buổi học bù.</translation>
    </message>
    <message>
        <source>The make-up could not be scheduled: %1</source>
        <translation>Không thể xếp buổi học bù: %1</translation>
    </message>
    <message>
        <source>Make-up for %1 scheduled: %2, %3.</source>
        <translation>Đã xếp buổi học bù cho %1: %2, %3.</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentTableModel</name>
    <message>
        <source>The student list could not be read: %1</source>
        <translation>Không đọc được danh sách học sinh: %1</translation>
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
        <translation>MG</translation>
    </message>
    <message>
        <source>Transitional kindergarten</source>
        <translation>Mẫu giáo chuyển tiếp</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>Mẫu giáo</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Lớp %1</translation>
    </message>
    <message>
        <source>English only (EO)</source>
        <translation>Chỉ nói tiếng Anh (EO)</translation>
    </message>
    <message>
        <source>Initially fluent English proficient (IFEP)</source>
        <translation>Thông thạo tiếng Anh ngay từ đầu (IFEP)</translation>
    </message>
    <message>
        <source>English learner (EL)</source>
        <translation>Đang học tiếng Anh (EL)</translation>
    </message>
    <message>
        <source>Reclassified fluent English proficient (RFEP)</source>
        <translation>Đã được xếp loại lại là thông thạo tiếng Anh (RFEP)</translation>
    </message>
    <message>
        <source>To be determined (TBD)</source>
        <translation>Chưa xác định (TBD)</translation>
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
        <translation>Nhận nuôi</translation>
    </message>
    <message>
        <source>Homeless</source>
        <comment>short tag</comment>
        <translation>Vô gia cư</translation>
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
        <translation>Chương trình giáo dục cá nhân hóa (IEP)</translation>
    </message>
    <message>
        <source>Section 504 plan</source>
        <translation>Kế hoạch Section 504</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>Thanh thiếu niên được nhận nuôi tạm thời</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>Vô gia cư (McKinney-Vento)</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged (SED)</source>
        <translation>Hoàn cảnh kinh tế - xã hội khó khăn (SED)</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>enrollment status</comment>
        <translation>Đang học</translation>
    </message>
    <message>
        <source>Consented</source>
        <comment>enrollment status</comment>
        <translation>Đã đồng ý</translation>
    </message>
    <message>
        <source>Invited</source>
        <comment>enrollment status</comment>
        <translation>Đã mời</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>enrollment status</comment>
        <translation>Tạm ngưng</translation>
    </message>
    <message>
        <source>Exited</source>
        <comment>enrollment status</comment>
        <translation>Đã rời</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <comment>enrollment status</comment>
        <translation>Trong danh sách chờ</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <comment>student status: attends the school</comment>
        <translation>Đang học tại trường</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>student status: left the school</comment>
        <translation>Đã nghỉ học</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentTutoringPanel</name>
    <message>
        <source>Open protocol actions</source>
        <translation>Các việc đang mở theo quy trình</translation>
    </message>
    <message>
        <source>Tutoring seats</source>
        <translation>Chỗ học gia sư</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Việc</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Select a student to see their tutoring: minutes planned and received, sessions delivered and what is due about their absences.</source>
        <translation>Chọn một học sinh để xem việc học gia sư của em: số phút theo kế hoạch và đã nhận, số buổi đã tổ chức và những việc cần làm liên quan đến các lần vắng.</translation>
    </message>
    <message>
        <source>The student&apos;s tutoring could not be read: %1</source>
        <translation>Không đọc được thông tin học gia sư của học sinh: %1</translation>
    </message>
    <message>
        <source>Not in tutoring this year.</source>
        <translation>Không học gia sư trong năm nay.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>action · group</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · overdue by %Ln school day(s)</source>
        <translation>
            <numerusform>%1 · quá hạn %Ln ngày học</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · due today</source>
        <translation>%1 · đến hạn hôm nay</translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation>Không có việc đến hạn.</translation>
    </message>
    <message>
        <source>%1 · Tier %2 · %3 since %4</source>
        <comment>subject · tier · status since day</comment>
        <translation>%1 · Cấp %2 · %3 từ %4</translation>
    </message>
    <message>
        <source>%1 · Tier %2 · %3</source>
        <comment>subject · tier · status</comment>
        <translation>%1 · Cấp %2 · %3</translation>
    </message>
    <message>
        <source>This week: %1 of %2 min · To date: %3 of %4 min</source>
        <translation>Tuần này: %1/%2 phút · Đến nay: %3/%4 phút</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>minutes (percent of planned)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Minutes the student attended, make-ups included, against the minutes scheduled for the seat, cancelled sessions included.</source>
        <translation>Số phút học sinh đã tham dự, kể cả buổi học bù, so với số phút đã lên lịch cho chỗ học, kể cả các buổi đã hủy.</translation>
    </message>
    <message>
        <source>Minutes received of minutes planned</source>
        <translation>Số phút đã nhận trên số phút theo kế hoạch</translation>
    </message>
    <message>
        <source>Sessions delivered: %1 of %2 (%3), not counting days absent from school</source>
        <translation>Buổi học đã tổ chức: %1/%2 (%3), không tính những ngày nghỉ học</translation>
    </message>
    <message>
        <source>Sessions delivered: none scheduled yet</source>
        <translation>Buổi học đã tổ chức: chưa có buổi nào được lên lịch</translation>
    </message>
    <message>
        <source>Sessions the program held out of those it scheduled. Days the student was absent from school are left out: no session could have reached them.</source>
        <translation>Số buổi chương trình đã tổ chức trên số buổi đã lên lịch. Những ngày học sinh nghỉ học được loại ra: không buổi học nào có thể đến được với em vào những ngày đó.</translation>
    </message>
    <message numerus="yes">
        <source>Attendance: %1 of %Ln session(s) (%2)</source>
        <translation>
            <numerusform>Chuyên cần: %1/%Ln buổi học (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance: not taken yet</source>
        <translation>Chuyên cần: chưa điểm danh</translation>
    </message>
    <message>
        <source>%1 · Make-ups attended: %2</source>
        <comment>attendance · make-ups</comment>
        <translation>%1 · Buổi học bù đã tham dự: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentsPage</name>
    <message>
        <source>&amp;Import Roster…</source>
        <translation>&amp;Nhập danh sách học sinh…</translation>
    </message>
    <message>
        <source>&amp;Recalculate Need Scores</source>
        <translation>&amp;Tính lại điểm nhu cầu</translation>
    </message>
    <message>
        <source>Write Letters…</source>
        <translation>Viết thư…</translation>
    </message>
    <message>
        <source>Number of students shown</source>
        <translation>Số học sinh đang hiển thị</translation>
    </message>
    <message>
        <source>Bring in the roster your district&apos;s student system exported (Ctrl+I)</source>
        <translation>Nhập danh sách học sinh do hệ thống quản lý học sinh của học khu xuất ra (Ctrl+I)</translation>
    </message>
    <message>
        <source>Score every student again from their latest benchmarks, attendance and student groups, with the weights in Settings</source>
        <translation>Tính lại điểm cho mọi học sinh từ kết quả kiểm tra định kỳ gần nhất, chuyên cần và nhóm học sinh, với các trọng số trong Cài đặt</translation>
    </message>
    <message>
        <source>Print a letter for each selected student&apos;s family, each in the family&apos;s language, in one batch (select several with Ctrl or Shift)</source>
        <translation>In thư cho gia đình của từng học sinh đã chọn, mỗi thư bằng ngôn ngữ của gia đình, trong một lần (chọn nhiều em bằng Ctrl hoặc Shift)</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Học sinh</translation>
    </message>
    <message>
        <source>W&amp;hy this student</source>
        <translation>&amp;Vì sao là học sinh này</translation>
    </message>
    <message>
        <source>T&amp;utoring</source>
        <translation>&amp;Học gia sư</translation>
    </message>
    <message>
        <source>Fa&amp;mily</source>
        <translation>&amp;Gia đình</translation>
    </message>
    <message>
        <source>Find Student</source>
        <translation>Tìm học sinh</translation>
    </message>
    <message>
        <source>The need scores could not be recalculated: %1</source>
        <translation>Không thể tính lại điểm nhu cầu: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s)</source>
        <translation>
            <numerusform>%Ln học sinh</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::SupervisorDialog</name>
    <message>
        <source>Add Supervisor</source>
        <translation>Thêm người giám sát</translation>
    </message>
    <message>
        <source>Edit Supervisor</source>
        <translation>Sửa người giám sát</translation>
    </message>
    <message>
        <source>e.g. Instructional lead</source>
        <translation>ví dụ: Trưởng nhóm chuyên môn</translation>
    </message>
    <message>
        <source>How many tutors this person can observe and coach</source>
        <translation>Số gia sư người này có thể quan sát và hướng dẫn</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Họ:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Chức danh:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Điện th&amp;oại:</translation>
    </message>
    <message>
        <source>Can coach &amp;up to:</source>
        <translation>Có thể hướng &amp;dẫn tối đa:</translation>
    </message>
    <message>
        <source> tutors</source>
        <translation> gia sư</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Họ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Most tutors this supervisor can coach</source>
        <translation>Số gia sư tối đa người giám sát này có thể hướng dẫn</translation>
    </message>
    <message>
        <source>Why the supervisor was not saved</source>
        <translation>Lý do chưa lưu được người giám sát</translation>
    </message>
    <message>
        <source>The supervisor could not be saved: %1</source>
        <translation>Không thể lưu người giám sát: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::SupervisorPanel</name>
    <message>
        <source>Supervisors</source>
        <translation>Người giám sát</translation>
    </message>
    <message>
        <source>Add &amp;Supervisor…</source>
        <translation>Thêm người &amp;giám sát…</translation>
    </message>
    <message>
        <source>Edit Su&amp;pervisor…</source>
        <translation>Sửa người giám &amp;sát…</translation>
    </message>
    <message>
        <source>Remo&amp;ve Supervisor</source>
        <translation>&amp;Xóa người giám sát</translation>
    </message>
    <message>
        <source>Supervisors and how many tutors each coaches</source>
        <translation>Người giám sát và số gia sư mỗi người hướng dẫn</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Người giám sát</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>Coaches</source>
        <translation>Hướng dẫn</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>Gia sư</translation>
    </message>
    <message>
        <source>Tutors without a supervisor</source>
        <translation>Gia sư chưa có người giám sát</translation>
    </message>
    <message>
        <source>Add a person who observes and coaches tutors</source>
        <translation>Thêm một người quan sát và hướng dẫn gia sư</translation>
    </message>
    <message>
        <source>Change the selected supervisor&apos;s details or how many tutors they can coach</source>
        <translation>Thay đổi thông tin của người giám sát đã chọn hoặc số gia sư họ có thể hướng dẫn</translation>
    </message>
    <message>
        <source>Remove the selected supervisor; their tutors are left without one</source>
        <translation>Xóa người giám sát đã chọn; các gia sư của họ sẽ không có người giám sát</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tutor(s)</source>
        <translation>
            <numerusform>%1/%n gia sư</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · over capacity by %2</source>
        <comment>9 of 8 tutors · over capacity by 1</comment>
        <translation>%1 · vượt quá %2</translation>
    </message>
    <message>
        <source>The supervisors could not be read: %1</source>
        <translation>Không đọc được danh sách người giám sát: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (title)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No tutors yet</source>
        <translation>Chưa có gia sư</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No supervisors yet. Add the people who observe and coach your tutors.</source>
        <translation>Chưa có người giám sát nào. Hãy thêm những người quan sát và hướng dẫn gia sư của bạn.</translation>
    </message>
    <message>
        <source>Every tutor has a supervisor.</source>
        <translation>Mọi gia sư đều có người giám sát.</translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s) without a supervisor: %1</source>
        <translation>
            <numerusform>%n gia sư chưa có người giám sát: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Đã thêm %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
    </message>
    <message>
        <source>Remove Supervisor</source>
        <translation>Xóa người giám sát</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1? %n tutor(s) will have no supervisor until you choose another.</source>
        <translation>
            <numerusform>Xóa %1? %n gia sư sẽ không có người giám sát cho đến khi bạn chọn người khác.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>The supervisor could not be removed: %1</source>
        <translation>Không thể xóa người giám sát: %1</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Đã xóa %1.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Supervisors</name>
    <message>
        <source>Enter the supervisor&apos;s first name.</source>
        <translation>Vui lòng nhập tên của người giám sát.</translation>
    </message>
    <message>
        <source>Enter %1&apos;s last name.</source>
        <translation>Vui lòng nhập họ của %1.</translation>
    </message>
    <message>
        <source>%1 can coach 1 to 100 tutors, not %2. Change the number of tutors.</source>
        <translation>%1 có thể hướng dẫn từ 1 đến 100 gia sư, không phải %2. Vui lòng thay đổi số gia sư.</translation>
    </message>
    <message>
        <source>Another supervisor already has the id %1. Give %2 a different id.</source>
        <translation>Một người giám sát khác đã có mã %1. Vui lòng đặt mã khác cho %2.</translation>
    </message>
    <message>
        <source>%1 is no longer in the supervisor list. Reload the Tutors page.</source>
        <translation>%1 không còn trong danh sách người giám sát. Vui lòng tải lại trang Gia sư.</translation>
    </message>
    <message>
        <source>%1 could not be saved in %2: %3</source>
        <translation>Không thể lưu %1 vào %2: %3</translation>
    </message>
    <message>
        <source>The supervisor could not be removed from %1: %2</source>
        <translation>Không thể xóa người giám sát khỏi %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::SyncPage</name>
    <message>
        <source>&amp;Send Now</source>
        <translation>&amp;Gửi ngay</translation>
    </message>
    <message>
        <source>&amp;Copy to a Folder…</source>
        <translation>&amp;Sao chép vào thư mục…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Send every waiting bundle to the district now</source>
        <translation>Gửi ngay mọi gói dữ liệu đang chờ đến học khu</translation>
    </message>
    <message>
        <source>&amp;Export Now</source>
        <translation>&amp;Xuất ngay</translation>
    </message>
    <message>
        <source>Make a bundle of what changed since the last one, then send it</source>
        <translation>Tạo gói dữ liệu gồm những gì đã thay đổi kể từ gói trước, rồi gửi đi</translation>
    </message>
    <message>
        <source>What Changed Since the Last Bundle</source>
        <translation>Những gì đã thay đổi kể từ gói trước</translation>
    </message>
    <message>
        <source>Every Row (a Full Bundle)</source>
        <translation>Mọi dòng (gói đầy đủ)</translation>
    </message>
    <message>
        <source>Write the waiting bundles into a folder, such as a USB stick for the district office</source>
        <translation>Ghi các gói dữ liệu đang chờ vào một thư mục, ví dụ USB để mang đến văn phòng học khu</translation>
    </message>
    <message>
        <source>Copy the Waiting Bundles to a Folder</source>
        <translation>Sao chép các gói dữ liệu đang chờ vào thư mục</translation>
    </message>
    <message>
        <source>District Sync</source>
        <translation>Đồng bộ với học khu</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Trạng thái đồng bộ</translation>
    </message>
    <message>
        <source>Sync details</source>
        <translation>Chi tiết đồng bộ</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Tiến trình xuất</translation>
    </message>
    <message>
        <source>Bundles for the district</source>
        <translation>Gói dữ liệu gửi học khu</translation>
    </message>
    <message>
        <source>Bundles wait here until a folder or the district&apos;s address is chosen in Settings.</source>
        <translation>Các gói dữ liệu sẽ chờ ở đây cho đến khi chọn thư mục hoặc địa chỉ của học khu trong Cài đặt.</translation>
    </message>
    <message>
        <source>Students&apos; names are included.</source>
        <translation>Có kèm tên học sinh.</translation>
    </message>
    <message>
        <source>Students&apos; names are left out (the district has them).</source>
        <translation>Không kèm tên học sinh (học khu đã có).</translation>
    </message>
    <message>
        <source>Contact notes are included.</source>
        <translation>Có kèm ghi chú liên lạc.</translation>
    </message>
    <message>
        <source>Contact notes are left out.</source>
        <translation>Không kèm ghi chú liên lạc.</translation>
    </message>
    <message>
        <source>What changed is sent every day after %1 while TutorDesk is open.</source>
        <translation>Những gì đã thay đổi được gửi mỗi ngày sau %1 khi TutorDesk đang mở.</translation>
    </message>
    <message>
        <source>Nothing is sent on a schedule: use Export Now, or tutordesk-cli sync.</source>
        <translation>Không gửi theo lịch: hãy dùng Xuất ngay, hoặc tutordesk-cli sync.</translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation>Không đọc được hộp thư đi: %1</translation>
    </message>
    <message>
        <source>Making the bundle…</source>
        <translation>Đang tạo gói dữ liệu…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Đang gửi…</translation>
    </message>
</context>
<context>
    <name>tutordesk::SyncService</name>
    <message numerus="yes">
        <source>Sent %n bundle(s) to the district.</source>
        <translation>
            <numerusform>Đã gửi %n gói dữ liệu đến học khu.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was stopped: nothing was written.</source>
        <translation>Đã dừng việc xuất: chưa ghi gì.</translation>
    </message>
    <message>
        <source>The bundle for the district could not be made: %1</source>
        <translation>Không thể tạo gói dữ liệu cho học khu: %1</translation>
    </message>
    <message>
        <source>Nothing has changed since the last bundle: there is nothing new to send.</source>
        <translation>Không có gì thay đổi kể từ gói trước: không có gì mới để gửi.</translation>
    </message>
    <message numerus="yes">
        <source>Made %1 (%Ln row(s)).</source>
        <translation>
            <numerusform>Đã tạo %1 (%Ln dòng).</numerusform>
        </translation>
    </message>
    <message>
        <source>No district destination is set, so the bundles wait here. Choose a folder or the district&apos;s address in Settings ▸ District sync.</source>
        <translation>Chưa đặt nơi nhận của học khu, nên các gói dữ liệu chờ ở đây. Hãy chọn thư mục hoặc địa chỉ của học khu trong Cài đặt ▸ Đồng bộ học khu.</translation>
    </message>
    <message>
        <source>Bundles are being sent right now: try again in a moment.</source>
        <translation>Các gói dữ liệu đang được gửi: vui lòng thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>No bundle is waiting: the district has everything.</source>
        <translation>Không có gói dữ liệu nào đang chờ: học khu đã nhận đủ.</translation>
    </message>
</context>
<context>
    <name>tutordesk::SyncSettingsEditor</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Duyệt…</translation>
    </message>
    <message>
        <source>Include students&apos; &amp;names (the district already knows each student by ID)</source>
        <translation>Kèm &amp;tên học sinh (học khu đã biết từng học sinh qua mã)</translation>
    </message>
    <message>
        <source>Include the &amp;notes of family contacts (they may name other people)</source>
        <translation>Kèm ghi &amp;chú liên lạc với gia đình (có thể nêu tên người khác)</translation>
    </message>
    <message>
        <source>Send what changed every &amp;day after</source>
        <translation>Gửi những gì đã thay đổi mỗi &amp;ngày sau</translation>
    </message>
    <message>
        <source>TutorDesk sends the district a bundle of CSV files: every row the first time, then what changed. Bundles wait in the outbox until the district has them, so nothing is lost while the computer is offline.</source>
        <translation>TutorDesk gửi cho học khu một gói tệp CSV: lần đầu gửi mọi dòng, sau đó chỉ gửi những gì thay đổi. Các gói dữ liệu chờ trong hộp thư đi cho đến khi học khu nhận được, nên không mất gì khi máy tính không có mạng.</translation>
    </message>
    <message>
        <source>A folder, or the district&apos;s address (https://…)</source>
        <translation>Một thư mục, hoặc địa chỉ của học khu (https://…)</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>&amp;Gửi đến:</translation>
    </message>
    <message>
        <source>District to&amp;ken:</source>
        <translation>&amp;Mã token của học khu:</translation>
    </message>
    <message>
        <source>Daily sending time</source>
        <translation>Giờ gửi hằng ngày</translation>
    </message>
    <message>
        <source>While TutorDesk is open. District IT can also run &quot;tutordesk-cli sync&quot; from a scheduler; it sends the same bundles.</source>
        <translation>Khi TutorDesk đang mở. Bộ phận CNTT của học khu cũng có thể chạy &quot;tutordesk-cli sync&quot; từ trình lập lịch; lệnh này gửi cùng các gói dữ liệu.</translation>
    </message>
    <message>
        <source>No destination yet: bundles wait in the outbox until one is chosen.</source>
        <translation>Chưa có nơi nhận: các gói dữ liệu chờ trong hộp thư đi cho đến khi chọn nơi nhận.</translation>
    </message>
    <message>
        <source>Each bundle is written into this folder: a district share, a synced folder or a USB stick.</source>
        <translation>Mỗi gói dữ liệu được ghi vào thư mục này: thư mục chia sẻ của học khu, thư mục đồng bộ hoặc USB.</translation>
    </message>
    <message>
        <source>Each bundle is sent to %1 over an encrypted connection.</source>
        <translation>Mỗi gói dữ liệu được gửi đến %1 qua kết nối được mã hóa.</translation>
    </message>
    <message>
        <source>Saved in this computer&apos;s keychain (type to replace)</source>
        <translation>Đã lưu trong kho khóa (keychain) của máy tính này (nhập để thay thế)</translation>
    </message>
    <message>
        <source>The district gives you this token. It is kept in this computer&apos;s keychain, never in the school&apos;s database.</source>
        <translation>Học khu cung cấp mã token này cho bạn. Mã được lưu trong kho khóa của máy tính này, không bao giờ lưu trong cơ sở dữ liệu của trường.</translation>
    </message>
    <message>
        <source>Only an https:// address needs a token.</source>
        <translation>Chỉ địa chỉ https:// mới cần mã token.</translation>
    </message>
    <message>
        <source>The District&apos;s Folder</source>
        <translation>Thư mục của học khu</translation>
    </message>
</context>
<context>
    <name>tutordesk::SyncText</name>
    <message>
        <source>today at %1</source>
        <translation>hôm nay lúc %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>hôm qua lúc %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>ngày mai lúc %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 lúc %2</translation>
    </message>
    <message>
        <source>nowhere yet</source>
        <translation>chưa có nơi nhận</translation>
    </message>
    <message>
        <source>the folder %1</source>
        <translation>thư mục %1</translation>
    </message>
    <message>
        <source>Everything has reached the district.</source>
        <translation>Học khu đã nhận được mọi dữ liệu.</translation>
    </message>
    <message>
        <source>Nothing has been sent to the district yet.</source>
        <translation>Chưa gửi gì đến học khu.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting: no district destination is set.</source>
        <translation>
            <numerusform>%n gói dữ liệu đang chờ: chưa đặt nơi nhận của học khu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n gói dữ liệu đang chờ gửi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundles go to %1.</source>
        <translation>Các gói dữ liệu được gửi đến %1.</translation>
    </message>
    <message>
        <source>Waiting since %1.</source>
        <translation>Đang chờ từ %1.</translation>
    </message>
    <message>
        <source>Last delivered %1 to %2.</source>
        <translation>Lần gửi thành công gần nhất %1 đến %2.</translation>
    </message>
    <message>
        <source>Last try %1: %2</source>
        <translation>Lần thử gần nhất %1: %2</translation>
    </message>
    <message>
        <source>TutorDesk will try again %1, or now with Send Now.</source>
        <translation>TutorDesk sẽ thử lại %1, hoặc thử ngay bằng Gửi ngay.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting: no district destination set</source>
        <translation>
            <numerusform>%n gói dữ liệu đang chờ: chưa đặt nơi nhận của học khu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting for the district</source>
        <translation>
            <numerusform>%n gói dữ liệu đang chờ gửi đến học khu</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Đã đồng bộ %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Chưa đồng bộ</translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation>Đã gửi %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message numerus="yes">
        <source>Waiting (%n attempt(s))</source>
        <translation>
            <numerusform>Đang chờ (%n lần thử)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row</source>
        <translation>Mọi dòng</translation>
    </message>
    <message>
        <source>Changes since the last bundle</source>
        <translation>Thay đổi kể từ gói trước</translation>
    </message>
</context>
<context>
    <name>tutordesk::TemplateEditorDialog</name>
    <message>
        <source>built-in text</source>
        <translation>nội dung có sẵn</translation>
    </message>
    <message>
        <source>the district&apos;s template pack</source>
        <translation>gói mẫu thư của học khu</translation>
    </message>
    <message>
        <source>the district&apos;s template pack (%1)</source>
        <translation>gói mẫu thư của học khu (%1)</translation>
    </message>
    <message>
        <source>edited in TutorDesk</source>
        <translation>đã chỉnh sửa trong TutorDesk</translation>
    </message>
    <message>
        <source>edited in TutorDesk by %1 on %2</source>
        <translation>đã được %1 chỉnh sửa trong TutorDesk vào %2</translation>
    </message>
    <message>
        <source>A &amp;qualified translator has checked this text</source>
        <translation>Một &amp;dịch giả có chuyên môn đã kiểm tra nội dung này</translation>
    </message>
    <message>
        <source>Edit Letter: %1, %2</source>
        <translation>Sửa thư: %1, %2</translation>
    </message>
    <message>
        <source>Where the text comes from</source>
        <translation>Nguồn của nội dung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Letter text (HTML)</source>
        <translation>Nội dung thư (HTML)</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Ô giữ chỗ</translation>
    </message>
    <message>
        <source>Enter or double-click inserts the placeholder at the cursor</source>
        <translation>Nhấn Enter hoặc nhấp đúp để chèn ô giữ chỗ tại vị trí con trỏ</translation>
    </message>
    <message>
        <source>Preview with sample values</source>
        <translation>Xem trước với giá trị mẫu</translation>
    </message>
    <message>
        <source>Only when a qualified translator checked the changed text: otherwise the letter dialog says the translation is not yet reviewed</source>
        <translation>Chỉ chọn khi một dịch giả có chuyên môn đã kiểm tra nội dung đã thay đổi: nếu không, hộp thoại thư sẽ ghi là bản dịch chưa được duyệt</translation>
    </message>
    <message>
        <source>Why the text was not saved</source>
        <translation>Lý do chưa lưu được nội dung</translation>
    </message>
    <message>
        <source>Ti&amp;tle:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <source>&amp;Text (HTML; placeholders in double braces):</source>
        <translation>&amp;Nội dung (HTML; ô giữ chỗ trong dấu ngoặc nhọn kép):</translation>
    </message>
    <message>
        <source>&amp;Placeholders:</source>
        <translation>Ô &amp;giữ chỗ:</translation>
    </message>
    <message>
        <source>&amp;Insert Placeholder</source>
        <translation>&amp;Chèn ô giữ chỗ</translation>
    </message>
    <message>
        <source>Pre&amp;view (for the letter&apos;s student, or sample values in brackets):</source>
        <translation>&amp;Xem trước (cho học sinh của thư, hoặc giá trị mẫu trong ngoặc vuông):</translation>
    </message>
    <message>
        <source>&amp;Restore Original</source>
        <translation>&amp;Khôi phục bản gốc</translation>
    </message>
    <message>
        <source>Drop the edited text and use the district&apos;s or the built-in text again</source>
        <translation>Bỏ nội dung đã chỉnh sửa và dùng lại nội dung của học khu hoặc nội dung có sẵn</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The letter&apos;s text could not be read: %1</source>
        <translation>Không đọc được nội dung thư: %1</translation>
    </message>
    <message>
        <source>no text in this language yet; starting from the English text</source>
        <translation>chưa có nội dung bằng ngôn ngữ này; bắt đầu từ nội dung tiếng Anh</translation>
    </message>
    <message>
        <source>Version %1, %2. %3</source>
        <translation>Phiên bản %1, %2. %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Reviewed by a qualified translator.</source>
        <translation>Đã được một dịch giả có chuyên môn duyệt.</translation>
    </message>
    <message>
        <source>Not yet reviewed by a qualified translator.</source>
        <translation>Chưa được một dịch giả có chuyên môn duyệt.</translation>
    </message>
    <message>
        <source>Preview for %1</source>
        <translation>Xem trước cho %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>Chưa khôi phục: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::TierEditor</name>
    <message>
        <source>&amp;Limit the seats the program offers to</source>
        <translation>&amp;Giới hạn số chỗ chương trình cung cấp ở mức</translation>
    </message>
    <message>
        <source>Each tier says how much tutoring a student gets and who qualifies for it by need score.</source>
        <translation>Mỗi cấp quy định học sinh được học gia sư bao nhiêu và ai đủ điều kiện theo điểm nhu cầu.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Sessions a week</source>
        <translation>Số buổi mỗi tuần</translation>
    </message>
    <message>
        <source>Minutes each</source>
        <translation>Số phút mỗi buổi</translation>
    </message>
    <message>
        <source>Largest group</source>
        <translation>Nhóm lớn nhất</translation>
    </message>
    <message>
        <source>Lowest need score</source>
        <translation>Điểm nhu cầu thấp nhất</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Các cấp</translation>
    </message>
    <message>
        <source>Restore De&amp;faults</source>
        <translation>Khôi phục &amp;mặc định</translation>
    </message>
    <message>
        <source>Put back the tiers TutorDesk starts with</source>
        <translation>Đặt lại các cấp ban đầu của TutorDesk</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Chỗ</translation>
    </message>
    <message>
        <source>Seats the program offers</source>
        <translation>Số chỗ chương trình cung cấp</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> chỗ</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier name · description</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>Sessions a week, %1</source>
        <translation>Số buổi mỗi tuần, %1</translation>
    </message>
    <message>
        <source>Minutes each, %1</source>
        <translation>Số phút mỗi buổi, %1</translation>
    </message>
    <message>
        <source>Largest group, %1</source>
        <translation>Nhóm lớn nhất, %1</translation>
    </message>
    <message>
        <source>Lowest need score, %1</source>
        <translation>Điểm nhu cầu thấp nhất, %1</translation>
    </message>
    <message>
        <source>Without a limit, TutorDesk plans new groups up to the seats your groups offer now, or a quarter of the students before there are groups: %1 today.</source>
        <translation>Nếu không giới hạn, TutorDesk sẽ lập nhóm mới tối đa bằng số chỗ các nhóm hiện có, hoặc một phần tư số học sinh khi chưa có nhóm: hôm nay là %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s)</source>
        <translation>
            <numerusform>%Ln chỗ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::Tiers</name>
    <message>
        <source>Give tiers 1, 2 and 3 once each (tier %1 appears %2 times).</source>
        <translation>Hãy nhập các cấp 1, 2 và 3, mỗi cấp một lần (cấp %1 xuất hiện %2 lần).</translation>
    </message>
    <message>
        <source>Only tiers 1, 2 and 3 exist; remove the others.</source>
        <translation>Chỉ có các cấp 1, 2 và 3; vui lòng xóa các cấp khác.</translation>
    </message>
    <message>
        <source>Tier %1 needs a name.</source>
        <translation>Cấp %1 cần có tên.</translation>
    </message>
    <message>
        <source>Tier %1: the largest group must be 1 to 4 students, not %2.</source>
        <translation>Cấp %1: nhóm lớn nhất phải có từ 1 đến 4 học sinh, không phải %2.</translation>
    </message>
    <message>
        <source>Tier %1: sessions a week must be 0 to 10, not %2.</source>
        <translation>Cấp %1: số buổi mỗi tuần phải từ 0 đến 10, không phải %2.</translation>
    </message>
    <message>
        <source>Tier %1: minutes a session must be 0 to 240, not %2.</source>
        <translation>Cấp %1: số phút mỗi buổi phải từ 0 đến 240, không phải %2.</translation>
    </message>
    <message>
        <source>Tier %1 is tutoring: give it at least 1 session a week.</source>
        <translation>Cấp %1 là cấp học gia sư: hãy đặt ít nhất 1 buổi mỗi tuần.</translation>
    </message>
    <message>
        <source>Tier %1 is tutoring: give its sessions at least 5 minutes.</source>
        <translation>Cấp %1 là cấp học gia sư: hãy đặt mỗi buổi ít nhất 5 phút.</translation>
    </message>
    <message>
        <source>Tier %1: the minimum need score must be 0 to 1000, not %2.</source>
        <translation>Cấp %1: điểm nhu cầu tối thiểu phải từ 0 đến 1000, không phải %2.</translation>
    </message>
    <message>
        <source>Tier 2&apos;s minimum need score (%1) is below tier 1&apos;s (%2): raise tier 2&apos;s or lower tier 1&apos;s.</source>
        <translation>Điểm nhu cầu tối thiểu của cấp 2 (%1) thấp hơn của cấp 1 (%2): hãy tăng của cấp 2 hoặc giảm của cấp 1.</translation>
    </message>
    <message>
        <source>Tier 3&apos;s minimum need score (%1) is below tier 2&apos;s (%2): raise tier 3&apos;s or lower tier 2&apos;s.</source>
        <translation>Điểm nhu cầu tối thiểu của cấp 3 (%1) thấp hơn của cấp 2 (%2): hãy tăng của cấp 3 hoặc giảm của cấp 2.</translation>
    </message>
    <message>
        <source>The tiers could not be saved: %1</source>
        <translation>Không thể lưu các cấp: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::TodayPage</name>
    <message>
        <source>Take &amp;Attendance…</source>
        <translation>Điểm &amp;danh…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>&amp;Sessions today</source>
        <translation>&amp;Buổi học hôm nay</translation>
    </message>
    <message>
        <source>Take attendance for the selected session (Enter or double-click does the same)</source>
        <translation>Điểm danh cho buổi học đã chọn (nhấn Enter hoặc nhấp đúp cũng được)</translation>
    </message>
    <message>
        <source>What needs &amp;doing</source>
        <translation>&amp;Việc cần làm</translation>
    </message>
    <message>
        <source>Print the missed-session letters due, one page for each family, each in the family&apos;s language; each is logged as a contact</source>
        <translation>In các thư báo vắng buổi học đến hạn, mỗi gia đình một trang, bằng ngôn ngữ của từng gia đình; mỗi thư được ghi nhận là một lần liên lạc</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due</source>
        <translation>&amp;Theo dõi đến hạn</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Theo dõi đến hạn</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Học sinh</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation>Kết quả gần nhất</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Enter or double-click logs the follow-up call.</source>
        <translation>Nhấn Enter hoặc nhấp đúp để ghi nhận cuộc gọi theo dõi.</translation>
    </message>
    <message>
        <source>Today&apos;s sessions and actions could not be read: %1</source>
        <translation>Không đọc được các buổi học và việc cần làm hôm nay: %1</translation>
    </message>
    <message>
        <source>The letters due could not be read: %1</source>
        <translation>Không đọc được các thư đến hạn: %1</translation>
    </message>
    <message>
        <source>No sessions: weekend</source>
        <translation>Không có buổi học: cuối tuần</translation>
    </message>
    <message>
        <source>No sessions: not a school day</source>
        <translation>Không có buổi học: không phải ngày đi học</translation>
    </message>
    <message>
        <source>No sessions: %1</source>
        <translation>Không có buổi học: %1</translation>
    </message>
    <message>
        <source>No sessions today</source>
        <translation>Hôm nay không có buổi học</translation>
    </message>
    <message>
        <source>Print Due Le&amp;tters (%1)…</source>
        <translation>In thư đến &amp;hạn (%1)…</translation>
    </message>
    <message numerus="yes">
        <source>Print %n due letter(s)</source>
        <translation>
            <numerusform>In %n thư đến hạn</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up with %1&apos;s family logged.</source>
        <translation>Đã ghi nhận lần theo dõi với gia đình của %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) logged as contacts.</source>
        <translation>
            <numerusform>Đã ghi nhận %n thư là liên lạc.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due (%1)</source>
        <translation>&amp;Theo dõi đến hạn (%1)</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due: none</source>
        <translation>&amp;Theo dõi đến hạn: không có</translation>
    </message>
</context>
<context>
    <name>tutordesk::TodaySessionsList</name>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>Buổi học hôm nay</translation>
    </message>
    <message>
        <source>%1 · started %2</source>
        <translation>%1 · bắt đầu %2</translation>
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
        <translation>Kỹ năng: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::TodayText</name>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Needs cover</source>
        <translation>Cần người dạy thay</translation>
    </message>
    <message>
        <source>No students</source>
        <translation>Không có học sinh</translation>
    </message>
    <message numerus="yes">
        <source>Taken · %1 of %n present</source>
        <translation>
            <numerusform>Đã điểm danh · %1/%n có mặt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partly taken · %1 of %n recorded</source>
        <translation>
            <numerusform>Điểm danh một phần · đã ghi %1/%n</numerusform>
        </translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>Chưa điểm danh</translation>
    </message>
    <message>
        <source>The tutor is out</source>
        <translation>Gia sư vắng</translation>
    </message>
    <message>
        <source>%1 is out</source>
        <translation>%1 vắng</translation>
    </message>
    <message>
        <source>Attendance %1% over 4 weeks</source>
        <translation>Chuyên cần %1% trong 4 tuần</translation>
    </message>
    <message numerus="yes">
        <source>%n absence(s) in a row</source>
        <translation>
            <numerusform>Vắng %n buổi liên tiếp</numerusform>
        </translation>
    </message>
    <message>
        <source>Absent %1</source>
        <translation>Vắng %1</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Vắng</translation>
    </message>
    <message>
        <source>Notify the family</source>
        <translation>Thông báo cho gia đình</translation>
    </message>
    <message>
        <source>Schedule a make-up</source>
        <translation>Xếp buổi học bù</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Chuyển cấp trên</translation>
    </message>
    <message>
        <source>Pause, offer the seat</source>
        <translation>Tạm ngưng, nhường chỗ</translation>
    </message>
    <message>
        <source>Find cover</source>
        <translation>Tìm người dạy thay</translation>
    </message>
    <message numerus="yes">
        <source>Overdue · %n school day(s)</source>
        <translation>
            <numerusform>Quá hạn · %n ngày học</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Đến hạn hôm nay</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Hạn %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) not taken</source>
        <translation>
            <numerusform>%n buổi học chưa điểm danh</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n session(s) taken</source>
        <translation>
            <numerusform>Đã điểm danh cả %n buổi học</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n đã hủy</numerusform>
        </translation>
    </message>
    <message>
        <source>No actions due</source>
        <translation>Không có việc đến hạn</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) due</source>
        <translation>
            <numerusform>%n việc đến hạn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n overdue)</source>
        <translation>
            <numerusform>(%n quá hạn)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n lần theo dõi</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>No sessions scheduled yet</source>
        <translation>Chưa có buổi học nào được lên lịch</translation>
    </message>
    <message>
        <source>Sessions delivered: %1 of %2</source>
        <translation>Buổi học đã tổ chức: %1/%2</translation>
    </message>
    <message>
        <source> (%1%)</source>
        <translation> (%1%)</translation>
    </message>
    <message>
        <source> · attended %1</source>
        <translation> · đã tham dự %1</translation>
    </message>
    <message>
        <source>TK</source>
        <translation>Mẫu giáo chuyển tiếp</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>Mẫu giáo</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Lớp %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::TokenStore</name>
    <message>
        <source>This computer&apos;s keychain did not answer, so the sync token was not saved. Unlock the keychain (or sign in to the desktop) and save it again; a scheduled sync can also take the token from TUTORDESK_TOKEN.</source>
        <translation>Kho khóa của máy tính này không phản hồi, nên mã token đồng bộ chưa được lưu. Hãy mở khóa kho khóa (hoặc đăng nhập vào máy) và lưu lại; lần đồng bộ theo lịch cũng có thể lấy mã token từ TUTORDESK_TOKEN.</translation>
    </message>
    <message>
        <source>The sync token could not be saved in this computer&apos;s keychain (%1). TutorDesk never keeps it in the database; a scheduled sync can take it from TUTORDESK_TOKEN.</source>
        <translation>Không thể lưu mã token đồng bộ vào kho khóa của máy tính này (%1). TutorDesk không bao giờ lưu mã này trong cơ sở dữ liệu; lần đồng bộ theo lịch có thể lấy mã từ TUTORDESK_TOKEN.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Transport</name>
    <message>
        <source>the finished file could not be renamed</source>
        <translation>không thể đổi tên tệp đã hoàn tất</translation>
    </message>
    <message>
        <source>No district destination is set: choose one in Settings ▸ District sync.</source>
        <translation>Chưa đặt nơi nhận của học khu: hãy chọn trong Cài đặt ▸ Đồng bộ học khu.</translation>
    </message>
    <message>
        <source>The folder %1 is not there: is the USB stick or the district drive connected? The bundle waits in the outbox.</source>
        <translation>Không tìm thấy thư mục %1: USB hoặc ổ đĩa của học khu đã được kết nối chưa? Gói dữ liệu đang chờ trong hộp thư đi.</translation>
    </message>
    <message>
        <source>TutorDesk cannot write in the folder %1 (%2): check that the drive is not read-only and that you may write there. The bundle waits in the outbox.</source>
        <translation>TutorDesk không thể ghi vào thư mục %1 (%2): vui lòng kiểm tra ổ đĩa không ở chế độ chỉ đọc và bạn có quyền ghi vào đó. Gói dữ liệu đang chờ trong hộp thư đi.</translation>
    </message>
    <message>
        <source>The bundle could not be written in full to the folder %1 (%2): is the drive full or was it removed? Nothing was left under the bundle&apos;s name; it waits in the outbox.</source>
        <translation>Không thể ghi đầy đủ gói dữ liệu vào thư mục %1 (%2): ổ đĩa bị đầy hay đã bị rút ra? Không có tệp nào được để lại dưới tên gói; gói đang chờ trong hộp thư đi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bundle name TutorDesk writes. Make a new export.</source>
        <translation>&quot;%1&quot; không phải là tên gói dữ liệu do TutorDesk tạo. Vui lòng xuất lại.</translation>
    </message>
    <message>
        <source>TutorDesk could not reach %1: this computer may be offline, or the address is wrong. TutorDesk will try again.</source>
        <translation>TutorDesk không kết nối được với %1: máy tính có thể đang mất mạng, hoặc địa chỉ bị sai. TutorDesk sẽ thử lại.</translation>
    </message>
    <message>
        <source>%1 refused the connection: the district&apos;s server may be down. TutorDesk will try again.</source>
        <translation>%1 đã từ chối kết nối: máy chủ của học khu có thể đang ngừng hoạt động. TutorDesk sẽ thử lại.</translation>
    </message>
    <message numerus="yes">
        <source>The district&apos;s server at %1 did not answer (timed out after %n second(s)). TutorDesk will try again.</source>
        <translation>
            <numerusform>Máy chủ của học khu tại %1 không phản hồi (hết thời gian chờ sau %n giây). TutorDesk sẽ thử lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>The district&apos;s server at %1 could not prove who it is (its security certificate was not accepted), so nothing was sent. Ask the district&apos;s IT to check the server&apos;s certificate.</source>
        <translation>Máy chủ của học khu tại %1 không chứng minh được danh tính (chứng chỉ bảo mật không được chấp nhận), nên chưa gửi gì. Vui lòng đề nghị bộ phận CNTT của học khu kiểm tra chứng chỉ của máy chủ.</translation>
    </message>
    <message>
        <source>Sending to %1 failed (%2). TutorDesk will try again.</source>
        <translation>Gửi đến %1 không thành công (%2). TutorDesk sẽ thử lại.</translation>
    </message>
    <message>
        <source>The district&apos;s server refused the sync token (%1): check it in Settings ▸ District sync.</source>
        <translation>Máy chủ của học khu đã từ chối mã token đồng bộ (%1): vui lòng kiểm tra trong Cài đặt ▸ Đồng bộ học khu.</translation>
    </message>
    <message>
        <source>The district&apos;s server does not know this address (%1 not found at %2): check the address and the school code in Settings ▸ District sync.</source>
        <translation>Máy chủ của học khu không nhận ra địa chỉ này (không tìm thấy %1 tại %2): vui lòng kiểm tra địa chỉ và mã trường trong Cài đặt ▸ Đồng bộ học khu.</translation>
    </message>
    <message>
        <source>The bundle is too large for the district&apos;s server (413): ask the district&apos;s IT to accept larger uploads.</source>
        <translation>Gói dữ liệu quá lớn đối với máy chủ của học khu (413): vui lòng đề nghị bộ phận CNTT của học khu cho phép tải lên tệp lớn hơn.</translation>
    </message>
    <message>
        <source>The district&apos;s server had a problem (%1); TutorDesk will try again.</source>
        <translation>Máy chủ của học khu gặp sự cố (%1); TutorDesk sẽ thử lại.</translation>
    </message>
    <message>
        <source>The district&apos;s server at %1 did not accept the bundle (it answered %2). TutorDesk will try again; if this goes on, tell the district&apos;s IT.</source>
        <translation>Máy chủ của học khu tại %1 không nhận gói dữ liệu (phản hồi %2). TutorDesk sẽ thử lại; nếu tình trạng này tiếp diễn, vui lòng báo cho bộ phận CNTT của học khu.</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorAbsences</name>
    <message>
        <source>Give the first and the last day the tutor is out.</source>
        <translation>Vui lòng nhập ngày đầu tiên và ngày cuối cùng gia sư vắng.</translation>
    </message>
    <message>
        <source>The last day out (%1) is before the first (%2): swap them.</source>
        <translation>Ngày vắng cuối cùng (%1) trước ngày đầu tiên (%2): hãy đổi chỗ hai ngày.</translation>
    </message>
    <message>
        <source>There is no tutor %1 (they may have been removed). Reload the Tutors page.</source>
        <translation>Không có gia sư %1 (có thể đã bị xóa). Vui lòng tải lại trang Gia sư.</translation>
    </message>
    <message>
        <source>The absence could not be saved in %1: %2</source>
        <translation>Không thể lưu lần vắng vào %1: %2</translation>
    </message>
    <message>
        <source>That absence no longer exists (it may have been taken back already). Reload the page.</source>
        <translation>Lần vắng đó không còn tồn tại (có thể đã được rút lại). Vui lòng tải lại trang.</translation>
    </message>
    <message>
        <source>The absence could not be taken back in %1: %2</source>
        <translation>Không thể rút lại lần vắng trong %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorDialog</name>
    <message>
        <source>Background check date</source>
        <translation>Ngày kiểm tra lý lịch</translation>
    </message>
    <message>
        <source>Background check valid until</source>
        <translation>Kiểm tra lý lịch có hiệu lực đến</translation>
    </message>
    <message>
        <source>TB test date</source>
        <translation>Ngày xét nghiệm lao</translation>
    </message>
    <message>
        <source>TB test valid until</source>
        <translation>Xét nghiệm lao có hiệu lực đến</translation>
    </message>
    <message>
        <source>Add Tutor</source>
        <translation>Thêm gia sư</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Sửa %1</translation>
    </message>
    <message>
        <source>Substitute pool: not assigned to groups, offered when a tutor is out</source>
        <translation>Nhóm dạy thay: không phân vào nhóm học, được đề xuất khi có gia sư vắng</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Họ</translation>
    </message>
    <message>
        <source>Type of tutor</source>
        <translation>Loại gia sư</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Người giám sát</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Họ:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Điện th&amp;oại:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <source>S&amp;upervisor:</source>
        <translation>Người &amp;giám sát:</translation>
    </message>
    <message>
        <source>Subjects:</source>
        <translation>Môn học:</translation>
    </message>
    <message>
        <source>Clearances</source>
        <translation>Thẩm tra lý lịch</translation>
    </message>
    <message>
        <source>&amp;Background check on:</source>
        <translation>&amp;Kiểm tra lý lịch ngày:</translation>
    </message>
    <message>
        <source>Background check &amp;valid until:</source>
        <translation>Kiểm tra lý lịch có hiệ&amp;u lực đến:</translation>
    </message>
    <message>
        <source>&amp;TB test on:</source>
        <translation>&amp;Xét nghiệm lao ngày:</translation>
    </message>
    <message>
        <source>TB test valid u&amp;ntil:</source>
        <translation>Xét nghiệm lao &amp;có hiệu lực đến:</translation>
    </message>
    <message>
        <source>Lan&amp;guages the tutor speaks</source>
        <translation>&amp;Ngôn ngữ gia sư nói được</translation>
    </message>
    <message>
        <source>Languages the tutor speaks</source>
        <translation>Ngôn ngữ gia sư nói được</translation>
    </message>
    <message>
        <source>Tick every language the tutor can speak with students and families</source>
        <translation>Đánh dấu mọi ngôn ngữ gia sư có thể dùng để nói chuyện với học sinh và gia đình</translation>
    </message>
    <message>
        <source>When the tutor can teach each week</source>
        <translation>Thời gian gia sư có thể dạy mỗi tuần</translation>
    </message>
    <message>
        <source>What to change before saving</source>
        <translation>Những gì cần thay đổi trước khi lưu</translation>
    </message>
    <message>
        <source>Teaches %1</source>
        <translation>Dạy %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <source>The supervisors could not be read: %1</source>
        <translation>Không đọc được danh sách người giám sát: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (title)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The tutor could not be saved: %1</source>
        <translation>Không thể lưu gia sư: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorImport</name>
    <message>
        <source>Write availability as days and times, windows separated by semicolons: &quot;Mon 08:00-12:00; Wed 13:00-15:30&quot; (Mon-Fri and Mon/Wed work too).</source>
        <translation>Hãy ghi thời gian rảnh theo ngày và giờ, các khung giờ phân cách bằng dấu chấm phẩy: &quot;Mon 08:00-12:00; Wed 13:00-15:30&quot; (Mon-Fri và Mon/Wed cũng được).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day and times.</source>
        <translation>&quot;%1&quot; không phải là ngày và giờ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a time that is not a time of day (00:00 to 23:59).</source>
        <translation>&quot;%1&quot; có giờ không hợp lệ (từ 00:00 đến 23:59).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a range of weekdays. Write Mon, Tue, Wed, Thu, Fri, Sat or Sun (or the full name), or a range such as Mon-Fri.</source>
        <translation>&quot;%1&quot; không phải là khoảng ngày trong tuần. Hãy ghi Mon, Tue, Wed, Thu, Fri, Sat hoặc Sun (hoặc tên đầy đủ), hoặc khoảng như Mon-Fri.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a weekday. Write Mon, Tue, Wed, Thu, Fri, Sat or Sun (or the full name).</source>
        <translation>&quot;%1&quot; không phải là ngày trong tuần. Hãy ghi Mon, Tue, Wed, Thu, Fri, Sat hoặc Sun (hoặc tên đầy đủ).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no weekday.</source>
        <translation>&quot;%1&quot; không nêu ngày nào trong tuần.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a supervisor TutorDesk knows. Write their first and last name (or their id) and they are added.</source>
        <translation>&quot;%1&quot; không phải là người giám sát mà TutorDesk biết. Hãy ghi tên và họ (hoặc mã) của người đó và họ sẽ được thêm vào.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would be supervisor number %2 added by this file; an import adds at most %3. Check the column, or add supervisors on the Tutors page first.</source>
        <translation>&quot;%1&quot; sẽ là người giám sát thứ %2 được tệp này thêm vào; một lần nhập chỉ thêm tối đa %3. Vui lòng kiểm tra cột, hoặc thêm người giám sát trên trang Gia sư trước.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>The file has no first name column. Name the column of first names &quot;First name&quot; (the first line of the file holds the column names).</source>
        <translation>Tệp không có cột tên. Hãy đặt tên cột chứa tên là &quot;First name&quot; (dòng đầu tiên của tệp chứa tên các cột).</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>The file has no last name column. Name the column of last names &quot;Last name&quot; (the first line of the file holds the column names).</source>
        <translation>Tệp không có cột họ. Hãy đặt tên cột chứa họ là &quot;Last name&quot; (dòng đầu tiên của tệp chứa tên các cột).</translation>
    </message>
    <message>
        <source>The first name is missing. Enter the tutor&apos;s first name.</source>
        <translation>Thiếu tên. Vui lòng nhập tên của gia sư.</translation>
    </message>
    <message>
        <source>The last name is missing. Enter the tutor&apos;s last name.</source>
        <translation>Thiếu họ. Vui lòng nhập họ của gia sư.</translation>
    </message>
    <message>
        <source>%1 is also on line %2. List each tutor once: remove one of the two lines.</source>
        <translation>%1 cũng có ở dòng %2. Mỗi gia sư chỉ liệt kê một lần: hãy xóa một trong hai dòng.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tutor type. Write one of: %2.</source>
        <translation>&quot;%1&quot; không phải là loại gia sư. Hãy ghi một trong: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status. Write one of: %2.</source>
        <translation>&quot;%1&quot; không phải là trạng thái. Hãy ghi một trong: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subject. Write one or more of: %2, separated by semicolons.</source>
        <translation>&quot;%1&quot; không phải là môn học. Hãy ghi một hoặc nhiều môn trong: %2, phân cách bằng dấu chấm phẩy.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language TutorDesk knows. Write a code (es, ko, vi) or an English name (Spanish, Korean, Vietnamese).</source>
        <translation>&quot;%1&quot; không phải là ngôn ngữ mà TutorDesk biết. Hãy ghi mã (es, ko, vi) hoặc tên tiếng Anh (Spanish, Korean, Vietnamese).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as YYYY-MM-DD (2026-08-01) or M/D/YYYY (8/1/2026).</source>
        <translation>&quot;%1&quot; không phải là ngày. Hãy viết theo dạng YYYY-MM-DD (2026-08-01) hoặc M/D/YYYY (8/1/2026).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Would add %n supervisor(s): %1.</source>
        <translation>
            <numerusform>Sẽ thêm %n người giám sát: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n supervisor(s): %1.</source>
        <translation>
            <numerusform>Đã thêm %n người giám sát: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n line(s) with no values in any column.</source>
        <translation>
            <numerusform>Đã bỏ qua %n dòng không có giá trị ở cột nào.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not read: %1.</source>
        <translation>Các cột không được đọc: %1.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, dòng %2: %3</translation>
    </message>
    <message>
        <source>The tutors in %1 could not be saved in %2: %3</source>
        <translation>Không thể lưu các gia sư trong %1 vào %2: %3</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorOutDialog</name>
    <message>
        <source>%1 to %2</source>
        <comment>first day to last day</comment>
        <translation>%1 đến %2</translation>
    </message>
    <message>
        <source>Mark Tutor Out</source>
        <translation>Ghi nhận gia sư vắng</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who is out, and when?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ai vắng, và khi nào?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The tutors could not be read: %1</source>
        <translation>Không đọc được danh sách gia sư: %1</translation>
    </message>
    <message>
        <source>Sick, personal day, training…</source>
        <translation>Ốm, nghỉ việc riêng, tập huấn…</translation>
    </message>
    <message>
        <source>&amp;Tutor:</source>
        <translation>&amp;Gia sư:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>Đế&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>Next, TutorDesk lists their sessions in these days and proposes a free, cleared substitute or a make-up time for each.</source>
        <translation>Tiếp theo, TutorDesk sẽ liệt kê các buổi học của gia sư trong những ngày này và đề xuất cho mỗi buổi một người dạy thay đang rảnh, đã được thẩm tra lý lịch, hoặc một giờ học bù.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Sessions to cover</source>
        <translation>Buổi học cần người dạy thay</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>Tiế&amp;p &gt;</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Áp &amp;dụng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The last day is before the first: change one of them.</source>
        <translation>Ngày cuối trước ngày đầu: vui lòng thay đổi một trong hai ngày.</translation>
    </message>
    <message>
        <source>The sessions could not be read: %1</source>
        <translation>Không đọc được các buổi học: %1</translation>
    </message>
    <message>
        <source>%1 has no sessions in these days.</source>
        <translation>%1 không có buổi học nào trong những ngày này.</translation>
    </message>
    <message>
        <source>Apply saves the absence (%1).</source>
        <translation>Áp dụng sẽ lưu lần vắng (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%1 is out %2. %n session(s) need a decision: TutorDesk proposes one for each; change any you like, then Apply.</source>
        <translation>
            <numerusform>%1 vắng %2. %n buổi học cần quyết định: TutorDesk đề xuất một phương án cho mỗi buổi; bạn có thể thay đổi tùy ý, rồi nhấn Áp dụng.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <source>%1&apos;s absence is saved, but not the decisions: %2 Change that decision and click Apply again.</source>
        <translation>Đã lưu lần vắng của %1, nhưng chưa lưu các quyết định: %2 Hãy thay đổi quyết định đó và nhấn Áp dụng lại.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) covered by a substitute</source>
        <translation>
            <numerusform>%n buổi học có người dạy thay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled with a make-up</source>
        <translation>
            <numerusform>%n buổi đã hủy và có học bù</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n buổi đã hủy</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is out %2.</source>
        <translation>%1 vắng %2.</translation>
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
        <translation>Đã thẩm tra đến %1</translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Hết hạn hôm nay</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Hết hạn sau %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Đã hết hạn vào %1</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Thiếu</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>chưa ghi nhận</translation>
    </message>
    <message>
        <source>Background check: %1, valid until %2
TB test: %3, valid until %4</source>
        <translation>Kiểm tra lý lịch: %1, có hiệu lực đến %2
Xét nghiệm lao: %3, có hiệu lực đến %4</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes a week</comment>
        <translation>%1 phút</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Môn học</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Người giám sát</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Thẩm tra lý lịch</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Weekly minutes</source>
        <translation>Số phút mỗi tuần</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorText</name>
    <message>
        <source>Certified teacher</source>
        <translation>Giáo viên có chứng chỉ</translation>
    </message>
    <message>
        <source>Paraprofessional</source>
        <translation>Trợ giảng</translation>
    </message>
    <message>
        <source>College student</source>
        <translation>Sinh viên đại học</translation>
    </message>
    <message>
        <source>Retired educator</source>
        <translation>Nhà giáo đã nghỉ hưu</translation>
    </message>
    <message>
        <source>Community tutor</source>
        <translation>Gia sư cộng đồng</translation>
    </message>
    <message>
        <source>Vendor (virtual)</source>
        <translation>Nhà cung cấp (trực tuyến)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Substitute pool</source>
        <translation>Nhóm dạy thay</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Ngưng hoạt động</translation>
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
        <translation>%1 vẫn đang phụ trách %2. Vui lòng giao %3 cho gia sư khác trước.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n nhóm</numerusform>
        </translation>
    </message>
    <message>
        <source>The supervisor chosen for %1 no longer exists. Choose another supervisor.</source>
        <translation>Người giám sát đã chọn cho %1 không còn tồn tại. Vui lòng chọn người giám sát khác.</translation>
    </message>
    <message>
        <source>Another tutor already has the id %1. Give %2 a different id.</source>
        <translation>Một gia sư khác đã có mã %1. Vui lòng đặt mã khác cho %2.</translation>
    </message>
    <message>
        <source>%1 is no longer in the tutor list (someone may have removed them). Reload the Tutors page.</source>
        <translation>%1 không còn trong danh sách gia sư (có thể ai đó đã xóa). Vui lòng tải lại trang Gia sư.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 expires on %3, before it was done (%4): check both dates.</source>
        <translation>%2 của %1 hết hạn vào %3, trước ngày thực hiện (%4): vui lòng kiểm tra cả hai ngày.</translation>
    </message>
    <message>
        <source>Enter the tutor&apos;s first name.</source>
        <translation>Vui lòng nhập tên của gia sư.</translation>
    </message>
    <message>
        <source>Enter %1&apos;s last name.</source>
        <translation>Vui lòng nhập họ của %1.</translation>
    </message>
    <message>
        <source>Type: &quot;%1&quot; is not a tutor type. Choose one of: %2.</source>
        <translation>Loại: &quot;%1&quot; không phải là loại gia sư. Hãy chọn một trong: %2.</translation>
    </message>
    <message>
        <source>Status: &quot;%1&quot; is not a status. Choose one of: %2.</source>
        <translation>Trạng thái: &quot;%1&quot; không phải là trạng thái. Hãy chọn một trong: %2.</translation>
    </message>
    <message>
        <source>Subjects: choose at least one subject %1 can teach (reading, math, writing or other).</source>
        <translation>Môn học: hãy chọn ít nhất một môn %1 có thể dạy (đọc, toán, viết hoặc khác).</translation>
    </message>
    <message>
        <source>Subjects: &quot;%1&quot; is not a subject. Choose reading, math, writing or other.</source>
        <translation>Môn học: &quot;%1&quot; không phải là môn học. Hãy chọn đọc, toán, viết hoặc khác.</translation>
    </message>
    <message>
        <source>Languages: remove the empty language.</source>
        <translation>Ngôn ngữ: vui lòng xóa ngôn ngữ để trống.</translation>
    </message>
    <message>
        <source>Availability: %1 is not a weekday (1 = Monday … 7 = Sunday).</source>
        <translation>Thời gian rảnh: %1 không phải là ngày trong tuần (1 = thứ Hai … 7 = Chủ Nhật).</translation>
    </message>
    <message>
        <source>Availability on %1: enter both a start and an end time.</source>
        <translation>Thời gian rảnh vào %1: vui lòng nhập cả giờ bắt đầu và giờ kết thúc.</translation>
    </message>
    <message>
        <source>Availability on %1: %2–%3 ends before it starts. Make the end later than the start.</source>
        <translation>Thời gian rảnh vào %1: %2–%3 kết thúc trước khi bắt đầu. Hãy đặt giờ kết thúc sau giờ bắt đầu.</translation>
    </message>
    <message>
        <source>Availability on %1: %2–%3 and %4–%5 overlap. Join them into one window or move one.</source>
        <translation>Thời gian rảnh vào %1: %2–%3 và %4–%5 bị chồng lấn. Hãy gộp thành một khung giờ hoặc dời một khung.</translation>
    </message>
    <message>
        <source>background check</source>
        <translation>kiểm tra lý lịch</translation>
    </message>
    <message>
        <source>TB test</source>
        <translation>xét nghiệm lao</translation>
    </message>
    <message>
        <source>%1 could not be saved in %2: %3</source>
        <translation>Không thể lưu %1 vào %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tutor status. Choose active, substitute or inactive.</source>
        <translation>&quot;%1&quot; không phải là trạng thái gia sư. Hãy chọn active, substitute hoặc inactive.</translation>
    </message>
    <message>
        <source>That tutor is no longer in the tutor list. Reload the Tutors page.</source>
        <translation>Gia sư đó không còn trong danh sách gia sư. Vui lòng tải lại trang Gia sư.</translation>
    </message>
    <message>
        <source>The tutor&apos;s status could not be changed in %1: %2</source>
        <translation>Không thể thay đổi trạng thái của gia sư trong %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorsPage</name>
    <message>
        <source>&amp;Add Tutor…</source>
        <translation>&amp;Thêm gia sư…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Mark &amp;Inactive</source>
        <translation>Đánh dấu ngưng h&amp;oạt động</translation>
    </message>
    <message>
        <source>Mark &amp;Out…</source>
        <translation>Ghi nhận &amp;vắng…</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>&amp;Nhập…</translation>
    </message>
    <message>
        <source>Tutors by status</source>
        <translation>Gia sư theo trạng thái</translation>
    </message>
    <message>
        <source>Add a tutor with their subjects, languages, hours and clearances</source>
        <translation>Thêm gia sư cùng môn học, ngôn ngữ, giờ rảnh và thẩm tra lý lịch</translation>
    </message>
    <message>
        <source>Change the selected tutor (double-click or Enter)</source>
        <translation>Sửa gia sư đã chọn (nhấp đúp hoặc Enter)</translation>
    </message>
    <message>
        <source>Take the selected tutor off the roster, or bring them back</source>
        <translation>Đưa gia sư đã chọn ra khỏi danh sách, hoặc đưa trở lại</translation>
    </message>
    <message>
        <source>The selected tutor is out: cover or cancel their sessions</source>
        <translation>Gia sư đã chọn vắng: tìm người dạy thay hoặc hủy các buổi học của gia sư</translation>
    </message>
    <message>
        <source>Bring in tutors from a spreadsheet saved as CSV</source>
        <translation>Nhập gia sư từ bảng tính đã lưu dưới dạng CSV</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>Gia sư</translation>
    </message>
    <message>
        <source>Find Tutor</source>
        <translation>Tìm gia sư</translation>
    </message>
    <message>
        <source>Imported tutors: %1 new, %2 changed, %3 unchanged.</source>
        <translation>Đã nhập gia sư: %1 mới, %2 thay đổi, %3 không đổi.</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Hiển thị:</translation>
    </message>
    <message>
        <source>Show tutors</source>
        <translation>Hiển thị gia sư</translation>
    </message>
    <message>
        <source>All tutors</source>
        <translation>Tất cả gia sư</translation>
    </message>
    <message>
        <source>Search by name, subject, language or supervisor</source>
        <translation>Tìm theo tên, môn học, ngôn ngữ hoặc người giám sát</translation>
    </message>
    <message>
        <source>Search tutors</source>
        <translation>Tìm gia sư</translation>
    </message>
    <message>
        <source>Type part of a name, an email, a subject, a language or a supervisor (Ctrl+F)</source>
        <translation>Nhập một phần tên, email, môn học, ngôn ngữ hoặc người giám sát (Ctrl+F)</translation>
    </message>
    <message>
        <source>The tutors could not be read: %1</source>
        <translation>Không đọc được danh sách gia sư: %1</translation>
    </message>
    <message>
        <source>%1 · %2 active · %3 in the substitute pool</source>
        <translation>%1 · %2 đang hoạt động · %3 trong nhóm dạy thay</translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s)</source>
        <translation>
            <numerusform>%n gia sư</numerusform>
        </translation>
    </message>
    <message>
        <source>No tutors yet. Add your tutors or import them from a spreadsheet.</source>
        <translation>Chưa có gia sư nào. Hãy thêm gia sư hoặc nhập từ bảng tính.</translation>
    </message>
    <message>
        <source>No tutor matches the search or the filter. Clear the search or show all tutors.</source>
        <translation>Không có gia sư nào khớp với tìm kiếm hoặc bộ lọc. Hãy xóa nội dung tìm kiếm hoặc hiển thị tất cả gia sư.</translation>
    </message>
    <message>
        <source>Make Ac&amp;tive</source>
        <translation>Đặt h&amp;oạt động</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Đã thêm %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
    </message>
    <message>
        <source>The tutor could not be changed: %1</source>
        <translation>Không thể thay đổi gia sư: %1</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 đã hoạt động trở lại.</translation>
    </message>
    <message>
        <source>%1 is inactive and no longer offered for groups or as a substitute.</source>
        <translation>%1 đã ngưng hoạt động và không còn được đề xuất cho nhóm hay dạy thay.</translation>
    </message>
    <message>
        <source>Import Tutors</source>
        <translation>Nhập gia sư</translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s) read.</source>
        <translation>
            <numerusform>Đã đọc %n gia sư.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the file: %2 new, %3 changed, %4 unchanged.</source>
        <translation>%1 trong tệp: %2 mới, %3 thay đổi, %4 không đổi.</translation>
    </message>
</context>
<context>
    <name>tutordesk::UiLanguage</name>
    <message>
        <source>As the Computer Is Set</source>
        <translation>Theo cài đặt của máy tính</translation>
    </message>
</context>
<context>
    <name>tutordesk::WaitlistModel</name>
    <message>
        <source>%1 · ID %2 · waiting for a seat in %3</source>
        <translation>%1 · Mã %2 · đang chờ chỗ trong %3</translation>
    </message>
    <message>
        <source>#</source>
        <comment>rank on the waitlist</comment>
        <translation>#</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Học sinh</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Môn học</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Need score</source>
        <translation>Điểm nhu cầu</translation>
    </message>
</context>
<context>
    <name>tutordesk::WeekLegend</name>
    <message>
        <source>Legend</source>
        <translation>Chú thích</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>⚠ Needs cover</source>
        <translation>⚠ Cần người dạy thay</translation>
    </message>
</context>
<context>
    <name>tutordesk::WeekView</name>
    <message>
        <source>Week</source>
        <translation>Tuần</translation>
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
        <translation>%1 (hôm nay)</translation>
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
        <translation>Không đi học</translation>
    </message>
    <message>
        <source>Attending, not improving</source>
        <translation>Đi học, không tiến bộ</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 và %n người khác</numerusform>
        </translation>
    </message>
    <message>
        <source>tutor absent</source>
        <translation>gia sư vắng</translation>
    </message>
    <message>
        <source>school event</source>
        <translation>sự kiện của trường</translation>
    </message>
    <message>
        <source>weather</source>
        <translation>thời tiết</translation>
    </message>
    <message>
        <source>student event</source>
        <translation>hoạt động của học sinh</translation>
    </message>
    <message>
        <source>other reasons</source>
        <translation>lý do khác</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Đã tổ chức</translation>
    </message>
    <message>
        <source>Make-ups held</source>
        <translation>Buổi học bù đã tổ chức</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>No attendance yet</source>
        <translation>Chưa có điểm danh</translation>
    </message>
    <message>
        <source>No supervisors or tutors are set up.</source>
        <translation>Chưa thiết lập người giám sát hoặc gia sư.</translation>
    </message>
    <message>
        <source>%1 — over capacity</source>
        <translation>%1 — vượt quá khả năng</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Người giám sát</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>Gia sư</translation>
    </message>
    <message>
        <source>Can coach</source>
        <translation>Có thể hướng dẫn</translation>
    </message>
    <message numerus="yes">
        <source>%n other supervisor(s) within capacity.</source>
        <translation>
            <numerusform>%n người giám sát khác trong khả năng.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s) without a supervisor: %1.</source>
        <translation>
            <numerusform>%n gia sư chưa có người giám sát: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>và %n người khác</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>(a session)</source>
        <translation>(một buổi học)</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Học sinh</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Việc</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Weekly operating review — %1 — week of %2</source>
        <translation>Đánh giá hoạt động hằng tuần — %1 — tuần bắt đầu %2</translation>
    </message>
    <message>
        <source>This week has not begun: there is nothing to count yet.</source>
        <translation>Tuần này chưa bắt đầu: chưa có gì để thống kê.</translation>
    </message>
    <message>
        <source>Figures from %1 through %2 (the week is not over).</source>
        <translation>Số liệu từ %1 đến %2 (tuần chưa kết thúc).</translation>
    </message>
    <message>
        <source>Figures from %1 through %2.</source>
        <translation>Số liệu từ %1 đến %2.</translation>
    </message>
    <message>
        <source>No attendance taken yet this week (last week %1).</source>
        <translation>Tuần này chưa có điểm danh (tuần trước %1).</translation>
    </message>
    <message>
        <source>No attendance taken this week or last.</source>
        <translation>Tuần này và tuần trước đều chưa có điểm danh.</translation>
    </message>
    <message>
        <source>%1 of %2 student sessions attended</source>
        <translation>đã tham dự %1/%2 lượt buổi học của học sinh</translation>
    </message>
    <message>
        <source>Attendance %1 (%2; none taken last week).</source>
        <translation>Chuyên cần %1 (%2; tuần trước chưa điểm danh).</translation>
    </message>
    <message numerus="yes">
        <source>up %n point(s)</source>
        <translation>
            <numerusform>tăng %n điểm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>down %n point(s)</source>
        <translation>
            <numerusform>giảm %n điểm</numerusform>
        </translation>
    </message>
    <message>
        <source>no change</source>
        <translation>không đổi</translation>
    </message>
    <message>
        <source>Attendance %1 (last week %2, %3): %4.</source>
        <translation>Chuyên cần %1 (tuần trước %2, %3): %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held</source>
        <translation>
            <numerusform>Đã tổ chức %n buổi học</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n of them make-ups)</source>
        <translation>
            <numerusform>(trong đó %n buổi học bù)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n cancelled</source>
        <translation>
            <numerusform>, %n buổi đã hủy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n past session(s) still without attendance</source>
        <translation>
            <numerusform>; %n buổi học đã qua vẫn chưa điểm danh</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation>Đã hủy: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Fill rate %1: %2 of %n active group(s) have an active tutor cleared to work.</source>
        <translation>
            <numerusform>Tỷ lệ có gia sư %1: %2/%n nhóm đang hoạt động có gia sư đang hoạt động đã được thẩm tra lý lịch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) covered by a substitute</source>
        <translation>
            <numerusform>%n buổi học có người dạy thay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n tutor(s) absent this week.</source>
        <translation>
            <numerusform>; %n gia sư vắng trong tuần này.</numerusform>
        </translation>
    </message>
    <message>
        <source>No student is flagged as not attending or as attending but not improving.</source>
        <translation>Không có học sinh nào bị cảnh báo không đi học hoặc đi học nhưng không tiến bộ.</translation>
    </message>
    <message>
        <source>%1 not attending; %2 attending well but not improving.</source>
        <translation>%1 không đi học; %2 đi học đều nhưng không tiến bộ.</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n học sinh</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 attempted, %2 reached (%3); %4 sent.</source>
        <translation>Đã thử liên lạc %1, liên lạc được %2 (%3); đã gửi %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n family contact(s)</source>
        <translation>
            <numerusform>%n lần liên lạc với gia đình</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>families of %n student(s)</source>
        <translation>
            <numerusform>gia đình của %n học sinh</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n thư</numerusform>
        </translation>
    </message>
    <message>
        <source>No protocol action is overdue.</source>
        <translation>Không có việc nào theo quy trình bị quá hạn.</translation>
    </message>
    <message numerus="yes">
        <source>%n protocol action(s) overdue; the oldest:</source>
        <translation>
            <numerusform>%n việc theo quy trình bị quá hạn; các việc lâu nhất:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n protocol action(s) overdue:</source>
        <translation>
            <numerusform>%n việc theo quy trình bị quá hạn:</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Chuyên cần</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Buổi học</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>Nhân sự</translation>
    </message>
    <message>
        <source>Not staffed: %1.</source>
        <translation>Chưa có gia sư: %1.</translation>
    </message>
    <message>
        <source>Tutors per supervisor</source>
        <translation>Số gia sư trên mỗi người giám sát</translation>
    </message>
    <message>
        <source>Family outreach</source>
        <translation>Liên lạc với gia đình</translation>
    </message>
    <message>
        <source>Progress flags</source>
        <translation>Cảnh báo tiến bộ</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Việc quá hạn</translation>
    </message>
    <message>
        <source>Not staffed: %1</source>
        <translation>Chưa có gia sư: %1</translation>
    </message>
    <message>
        <source>%1: %2 tutors, can coach %3 — over capacity</source>
        <translation>%1: %2 gia sư, có thể hướng dẫn %3 — vượt quá khả năng</translation>
    </message>
    <message>
        <source>%1: %2 tutors, can coach %3</source>
        <translation>%1: %2 gia sư, có thể hướng dẫn %3</translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s) without a supervisor: %1</source>
        <translation>
            <numerusform>%n gia sư chưa có người giám sát: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1 — %2, due %3</source>
        <translation>%1 — %2, hạn %3</translation>
    </message>
</context>
<context>
    <name>tutordesk::WeeklyReviewTab</name>
    <message>
        <source>◀ &amp;Previous Week</source>
        <translation>◀ Tuần &amp;trước</translation>
    </message>
    <message>
        <source>&amp;This Week</source>
        <translation>Tuần &amp;này</translation>
    </message>
    <message>
        <source>&amp;Next Week ▶</source>
        <translation>Tuần &amp;sau ▶</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Lưu thành PDF…</translation>
    </message>
    <message>
        <source>Print the review on one page for the weekly meeting</source>
        <translation>In bản đánh giá trên một trang cho cuộc họp hằng tuần</translation>
    </message>
    <message>
        <source>Save the review as a one-page PDF</source>
        <translation>Lưu bản đánh giá thành tệp PDF một trang</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Tuần bắt đầu %1</translation>
    </message>
    <message>
        <source>The review could not be read: %1</source>
        <translation>Không đọc được bản đánh giá: %1</translation>
    </message>
    <message>
        <source>Weekly review %1</source>
        <translation>Đánh giá hằng tuần %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::WelcomeWindow</name>
    <message>
        <source>Welcome to TutorDesk</source>
        <translation>Chào mừng bạn đến với TutorDesk</translation>
    </message>
    <message>
        <source>Run your school&apos;s tutoring program by need: who gets a seat, who tutors them and when, and whether it works.</source>
        <translation>Điều hành chương trình gia sư của trường theo nhu cầu: ai được nhận chỗ, ai dạy và khi nào, và chương trình có hiệu quả hay không.</translation>
    </message>
    <message>
        <source>How would you like to start?</source>
        <translation>Bạn muốn bắt đầu như thế nào?</translation>
    </message>
    <message>
        <source>&amp;Set up my school</source>
        <translation>&amp;Thiết lập trường của tôi</translation>
    </message>
    <message>
        <source>Enter your school&apos;s name, its code and the school-year dates. It takes a minute.</source>
        <translation>Nhập tên trường, mã trường và các ngày của năm học. Chỉ mất một phút.</translation>
    </message>
    <message>
        <source>&amp;Open an existing database…</source>
        <translation>&amp;Mở cơ sở dữ liệu có sẵn…</translation>
    </message>
    <message>
        <source>Open a TutorDesk file (.tutordesk), for example one copied from another computer or a backup.</source>
        <translation>Mở một tệp TutorDesk (.tutordesk), ví dụ tệp được sao chép từ máy tính khác hoặc từ bản sao lưu.</translation>
    </message>
    <message>
        <source>&amp;Explore a demo school</source>
        <translation>&amp;Dùng thử với trường mẫu</translation>
    </message>
    <message>
        <source>Try TutorDesk on a made-up school of about 600 students. Your own school&apos;s data is kept apart.</source>
        <translation>Dùng thử TutorDesk với một trường giả định khoảng 600 học sinh. Dữ liệu của trường bạn được giữ riêng.</translation>
    </message>
    <message>
        <source>TutorDesk keeps your school&apos;s data in one file on this computer and works without an internet connection.</source>
        <translation>TutorDesk lưu dữ liệu của trường trong một tệp trên máy tính này và hoạt động không cần kết nối Internet.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
</context>
</TS>
