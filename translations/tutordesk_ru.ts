<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>tutordesk::AboutBox</name>
    <message>
        <source>No database is open.</source>
        <translation>База данных не открыта.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;School:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Database:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Data version:&lt;/b&gt; %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Школа:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;База данных:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Версия данных:&lt;/b&gt; %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TutorDesk %1&lt;/h3&gt;&lt;p&gt;Intensive tutoring, run by need: who gets a seat, who tutors them and when, who attended, and whether it works.&lt;/p&gt;%2&lt;p&gt;Built with Qt %3 (running on Qt %4).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TutorDesk %1&lt;/h3&gt;&lt;p&gt;Интенсивные репетиторские занятия по потребности: кто получает место, кто и когда с ним занимается, кто присутствовал и есть ли результат.&lt;/p&gt;%2&lt;p&gt;Собрано с Qt %3 (работает на Qt %4).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About TutorDesk</source>
        <translation>О программе TutorDesk</translation>
    </message>
</context>
<context>
    <name>tutordesk::ActionPanel</name>
    <message>
        <source>Selected action</source>
        <translation>Выбранное действие</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Способ связи</translation>
    </message>
    <message>
        <source>&amp;Log Contact…</source>
        <translation>&amp;Записать контакт…</translation>
    </message>
    <message>
        <source>Log the call, text or visit; saving resolves the action</source>
        <translation>Записать звонок, сообщение или визит; после сохранения действие будет выполнено</translation>
    </message>
    <message>
        <source>Schedule &amp;Make-up…</source>
        <translation>Назначить &amp;отработку…</translation>
    </message>
    <message>
        <source>A make-up session for this student</source>
        <translation>Отработка занятия для этого ученика</translation>
    </message>
    <message>
        <source>&amp;Pause and Offer Seat…</source>
        <translation>&amp;Приостановить и предложить место…</translation>
    </message>
    <message>
        <source>Pause the seat and offer it to the top of the waitlist</source>
        <translation>Приостановить место и предложить его первому в листе ожидания</translation>
    </message>
    <message>
        <source>Find &amp;Cover…</source>
        <translation>Найти &amp;замену…</translation>
    </message>
    <message>
        <source>Open the session on the Schedule page</source>
        <translation>Открыть занятие на странице «Расписание»</translation>
    </message>
    <message>
        <source>&amp;Write Letter…</source>
        <translation>Написать &amp;письмо…</translation>
    </message>
    <message>
        <source>Print or save a missed-session letter in the family&apos;s language; it is logged as a contact</source>
        <translation>Распечатать или сохранить письмо о пропуске занятия на языке семьи; оно будет записано как контакт</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;Выполнено…</translation>
    </message>
    <message>
        <source>Mark the action done, with a note</source>
        <translation>Отметить действие как выполненное, с примечанием</translation>
    </message>
    <message>
        <source>Not &amp;Needed…</source>
        <translation>&amp;Не требуется…</translation>
    </message>
    <message>
        <source>Mark the action not needed, with a note saying why</source>
        <translation>Отметить действие как ненужное, с примечанием о причине</translation>
    </message>
    <message>
        <source>No action selected</source>
        <translation>Действие не выбрано</translation>
    </message>
    <message>
        <source>Choose an action on the left to see the family and what resolves it.</source>
        <translation>Выберите действие слева, чтобы увидеть семью и способ его выполнения.</translation>
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
        <translation>Опекун не указан</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Family: %1</source>
        <translation>Семья: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Телефон: %1</translation>
    </message>
    <message>
        <source>none on file</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Язык: %1</translation>
    </message>
    <message>
        <source>Prefers: %1</source>
        <translation>Предпочитает: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Эл. почта: %1</translation>
    </message>
    <message>
        <source>The dosage could not be read: %1</source>
        <translation>Не удалось прочитать объём занятий: %1</translation>
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
        <translation>Не удалось создать демонстрационную школу. %1</translation>
    </message>
    <message>
        <source>Open a TutorDesk Database</source>
        <translation>Открыть базу данных TutorDesk</translation>
    </message>
    <message>
        <source>TutorDesk databases (*.%1);;All files (*)</source>
        <translation>Базы данных TutorDesk (*.%1);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>tutordesk::AssessmentDialog</name>
    <message>
        <source>The student could not be read: %1</source>
        <translation>Не удалось прочитать данные ученика: %1</translation>
    </message>
    <message>
        <source>Assessments — %1</source>
        <translation>Оценивания — %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Skill or test</source>
        <translation>Навык или тест</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Placement, group or notes</source>
        <translation>Уровень, группа или примечания</translation>
    </message>
    <message>
        <source>Assessment history</source>
        <translation>История оцениваний</translation>
    </message>
    <message>
        <source>&amp;Remove Selected…</source>
        <translation>&amp;Удалить выбранное…</translation>
    </message>
    <message>
        <source>Remove an assessment entered by mistake.</source>
        <translation>Удалить оценивание, введённое по ошибке.</translation>
    </message>
    <message>
        <source>Tutor &amp;observation</source>
        <translation>&amp;Наблюдение репетитора</translation>
    </message>
    <message>
        <source>Student &amp;confidence</source>
        <translation>&amp;Уверенность ученика</translation>
    </message>
    <message>
        <source>&amp;Benchmark</source>
        <translation>&amp;Контрольный тест</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Нет группы</translation>
    </message>
    <message>
        <source>The student&apos;s groups could not be read: %1</source>
        <translation>Не удалось прочитать группы ученика: %1</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>Без оценки</translation>
    </message>
    <message>
        <source>1 — beginning</source>
        <translation>1 — начальный</translation>
    </message>
    <message>
        <source>2 — developing</source>
        <translation>2 — развивающийся</translation>
    </message>
    <message>
        <source>3 — secure</source>
        <translation>3 — уверенный</translation>
    </message>
    <message>
        <source>4 — independent</source>
        <translation>4 — самостоятельный</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Группа:</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Оценка:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Примечания:</translation>
    </message>
    <message>
        <source>Record Observation</source>
        <translation>Записать наблюдение</translation>
    </message>
    <message>
        <source>1 — not at all sure</source>
        <translation>1 — совсем не уверен</translation>
    </message>
    <message>
        <source>2 — a little sure</source>
        <translation>2 — немного уверен</translation>
    </message>
    <message>
        <source>3 — somewhat sure</source>
        <translation>3 — отчасти уверен</translation>
    </message>
    <message>
        <source>4 — sure</source>
        <translation>4 — уверен</translation>
    </message>
    <message>
        <source>5 — very sure</source>
        <translation>5 — очень уверен</translation>
    </message>
    <message>
        <source>How sure the student feels:</source>
        <translation>Насколько уверенно себя чувствует ученик:</translation>
    </message>
    <message>
        <source>Record Rating</source>
        <translation>Записать оценку</translation>
    </message>
    <message>
        <source>e.g. i-Ready Diagnostic</source>
        <translation>напр., i-Ready Diagnostic</translation>
    </message>
    <message>
        <source>e.g. 2 grade levels below</source>
        <translation>напр., на 2 класса ниже</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>Grade levels below grade; negative when above grade.</source>
        <translation>На сколько классов ниже своего класса; отрицательное значение — если выше.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Предмет:</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>Тест:</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Scale score:</source>
        <translation>Шкальный балл:</translation>
    </message>
    <message>
        <source>Placement:</source>
        <translation>Уровень:</translation>
    </message>
    <message>
        <source>Grade levels below:</source>
        <translation>Ниже своего класса на:</translation>
    </message>
    <message>
        <source>Record Benchmark</source>
        <translation>Записать контрольный тест</translation>
    </message>
    <message>
        <source>The assessments could not be read: %1</source>
        <translation>Не удалось прочитать оценивания: %1</translation>
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
        <translation>Наблюдение не записано: %1</translation>
    </message>
    <message>
        <source>Observation recorded for %1.</source>
        <translation>Наблюдение для ученика %1 записано.</translation>
    </message>
    <message>
        <source>The rating was not recorded: %1</source>
        <translation>Оценка не записана: %1</translation>
    </message>
    <message>
        <source>Confidence %1 of 5 recorded.</source>
        <translation>Уверенность %1 из 5 записана.</translation>
    </message>
    <message>
        <source>The benchmark was not recorded: %1</source>
        <translation>Контрольный тест не записан: %1</translation>
    </message>
    <message>
        <source>%1 benchmark recorded.</source>
        <translation>Контрольный тест %1 записан.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 из %2 (%3)</translation>
    </message>
    <message>
        <source>Remove Assessment?</source>
        <translation>Удалить оценивание?</translation>
    </message>
    <message>
        <source>Remove the %1? Only do this for one entered by mistake.</source>
        <translation>Удалить «%1»? Делайте это только для записи, введённой по ошибке.</translation>
    </message>
    <message>
        <source>Assessment removed.</source>
        <translation>Оценивание удалено.</translation>
    </message>
    <message>
        <source>What the tutor saw, e.g. “Uses arrays for 6×7 without a prompt”</source>
        <translation>Что заметил репетитор, напр. «Использует массивы для 6×7 без подсказки»</translation>
    </message>
</context>
<context>
    <name>tutordesk::AssessmentText</name>
    <message>
        <source>Skill probe</source>
        <translation>Срез навыка</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Контрольный тест</translation>
    </message>
    <message>
        <source>Tutor observation</source>
        <translation>Наблюдение репетитора</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <source>Pre</source>
        <translation>Входной</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Промежуточный</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Итоговый</translation>
    </message>
    <message>
        <source>Beginning of year</source>
        <translation>Начало года</translation>
    </message>
    <message>
        <source>Middle of year</source>
        <translation>Середина года</translation>
    </message>
    <message>
        <source>End of year</source>
        <translation>Конец года</translation>
    </message>
</context>
<context>
    <name>tutordesk::Assessments</name>
    <message>
        <source>There is no student %1 (they may have been removed). Reload the page.</source>
        <translation>Ученик %1 не найден (возможно, он удалён). Перезагрузите страницу.</translation>
    </message>
    <message>
        <source>Choose the day of the assessment.</source>
        <translation>Выберите день оценивания.</translation>
    </message>
    <message>
        <source>%1 is in the future. Enter an assessment on or after its day.</source>
        <translation>Дата %1 ещё не наступила. Вводите оценивание в этот день или позже.</translation>
    </message>
    <message>
        <source>There is no group %1 (it may have been removed). Choose another group.</source>
        <translation>Группа %1 не найдена (возможно, она удалена). Выберите другую группу.</translation>
    </message>
    <message>
        <source>The assessment could not be saved in %1: %2</source>
        <translation>Не удалось сохранить оценивание в %1: %2</translation>
    </message>
    <message>
        <source>Write what the tutor observed: an observation needs notes.</source>
        <translation>Опишите, что заметил репетитор: для наблюдения нужны примечания.</translation>
    </message>
    <message>
        <source>The observation rating is %1; it must be 1 to 4, or none.</source>
        <translation>Оценка наблюдения — %1; она должна быть от 1 до 4 или отсутствовать.</translation>
    </message>
    <message>
        <source>The confidence rating is %1; it must be 1 (not at all) to 5 (very).</source>
        <translation>Оценка уверенности — %1; она должна быть от 1 (совсем нет) до 5 (очень).</translation>
    </message>
    <message>
        <source>Choose the benchmark&apos;s subject.</source>
        <translation>Выберите предмет контрольного теста.</translation>
    </message>
    <message>
        <source>Name the benchmark test, e.g. i-Ready Diagnostic.</source>
        <translation>Укажите название контрольного теста, напр. i-Ready Diagnostic.</translation>
    </message>
    <message>
        <source>Choose the test window: beginning, middle or end of year.</source>
        <translation>Выберите период тестирования: начало, середина или конец года.</translation>
    </message>
    <message>
        <source>The scale score %1 is below 0. Check the score report.</source>
        <translation>Шкальный балл %1 меньше 0. Проверьте отчёт о результатах.</translation>
    </message>
    <message>
        <source>Grade levels below is %1; it must be between -3 (above grade) and 12.</source>
        <translation>Отставание в классах — %1; значение должно быть от -3 (выше своего класса) до 12.</translation>
    </message>
    <message>
        <source>That assessment is already gone (someone may have removed it). Reload the page.</source>
        <translation>Этого оценивания уже нет (возможно, его кто-то удалил). Перезагрузите страницу.</translation>
    </message>
    <message>
        <source>The assessment could not be removed from %1: %2</source>
        <translation>Не удалось удалить оценивание из %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::Attendance</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 was present at %2: the minutes attended must be between 1 and %3, not %4.</source>
        <translation>%1 присутствовал(а) на занятии %2: число посещённых минут должно быть от 1 до %3, а не %4.</translation>
    </message>
    <message>
        <source>%1 is only %2 minutes long: record %3 as present or absent.</source>
        <translation>Занятие %1 длится всего %2 мин: отметьте ученика %3 как присутствующего или отсутствующего.</translation>
    </message>
    <message>
        <source>%1 was tardy to %2: give the minutes they attended (1 to %3).</source>
        <translation>%1 опоздал(а) на занятие %2: укажите, сколько минут ученик присутствовал (от 1 до %3).</translation>
    </message>
    <message>
        <source>%1 was tardy to %2: the minutes attended must be between 1 and %3, not %4 (a student who attended all %5 minutes is present).</source>
        <translation>%1 опоздал(а) на занятие %2: число посещённых минут должно быть от 1 до %3, а не %4 (ученик, посетивший все %5 мин, считается присутствующим).</translation>
    </message>
    <message>
        <source>%1 is on %2: attendance can be taken from that day on.</source>
        <translation>Занятие %1 назначено на %2: посещаемость можно отмечать начиная с этого дня.</translation>
    </message>
    <message>
        <source>%1 was cancelled: a cancelled session has no attendance. Restore it on the Schedule page first, or record the students at a make-up.</source>
        <translation>Занятие %1 отменено: у отменённого занятия нет посещаемости. Сначала восстановите его на странице «Расписание» или отметьте учеников на отработке.</translation>
    </message>
    <message>
        <source>There is no student %1 (they may have been removed). Reload the attendance sheet.</source>
        <translation>Ученик %1 не найден (возможно, он удалён). Перезагрузите лист посещаемости.</translation>
    </message>
    <message>
        <source>%1 is not on the sheet of %2: only the group&apos;s students (or the students a make-up is for) can be recorded there.</source>
        <translation>Ученика %1 нет в листе занятия %2: там можно отмечать только учеников группы (или учеников, для которых проводится отработка).</translation>
    </message>
    <message>
        <source>%1 is marked twice for %2: keep one mark.</source>
        <translation>Ученик %1 отмечен дважды на занятии %2: оставьте одну отметку.</translation>
    </message>
    <message>
        <source>%1 is past: changing what was recorded for it needs a reason, which the audit log keeps with who changed it and when. Give the reason for the change.</source>
        <translation>Занятие %1 уже прошло: для изменения записанных данных нужна причина, которую журнал аудита сохранит вместе с тем, кто и когда внёс изменение. Укажите причину изменения.</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>занятие %1</translation>
    </message>
    <message>
        <source>There is no session %1 (it may have been removed). Reload the schedule.</source>
        <translation>Занятие %1 не найдено (возможно, оно удалено). Перезагрузите расписание.</translation>
    </message>
    <message>
        <source>The attendance of %1 could not be saved in %2: %3</source>
        <translation>Не удалось сохранить посещаемость занятия %1 в %2: %3</translation>
    </message>
    <message>
        <source>No session &quot;%1&quot; in this school. `tutordesk-cli schedule --json` lists them.</source>
        <translation>В этой школе нет занятия «%1». Список занятий выводит команда `tutordesk-cli schedule --json`.</translation>
    </message>
    <message>
        <source>No student &quot;%1&quot; in this school: give the student&apos;s district id.</source>
        <translation>В этой школе нет ученика «%1»: укажите окружной идентификатор ученика.</translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceDialog</name>
    <message>
        <source>&amp;All Present</source>
        <translation>&amp;Все присутствуют</translation>
    </message>
    <message>
        <source>Take Attendance</source>
        <translation>Отметить посещаемость</translation>
    </message>
    <message>
        <source>Skill covered</source>
        <translation>Пройденный навык</translation>
    </message>
    <message>
        <source>What the session worked on</source>
        <translation>Над чем работали на занятии</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Причина изменения</translation>
    </message>
    <message>
        <source>Required: why this past record changes (kept in the audit log)</source>
        <translation>Обязательно: почему меняется прошлая запись (сохраняется в журнале аудита)</translation>
    </message>
    <message>
        <source>S&amp;kill covered:</source>
        <translation>Пройденный &amp;навык:</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>&amp;Причина изменения:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Save the attendance (%1)</source>
        <translation>Сохранить посещаемость (%1)</translation>
    </message>
    <message>
        <source>Mark every student not marked yet as present (A on the sheet, or %1)</source>
        <translation>Отметить всех ещё не отмеченных учеников как присутствующих (A в листе или %1)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Занятие</translation>
    </message>
    <message>
        <source>&lt;b&gt;P&lt;/b&gt; present · &lt;b&gt;T&lt;/b&gt; tardy, then the minutes · &lt;b&gt;E&lt;/b&gt; absent, excused · &lt;b&gt;U&lt;/b&gt; absent, unexcused&lt;br&gt;&lt;b&gt;A&lt;/b&gt; everyone else present · &lt;b&gt;Space&lt;/b&gt; absent from school · &lt;b&gt;%1&lt;/b&gt; save</source>
        <translation>&lt;b&gt;P&lt;/b&gt; присутствует · &lt;b&gt;T&lt;/b&gt; опоздание, затем минуты · &lt;b&gt;E&lt;/b&gt; отсутствие по уважительной причине · &lt;b&gt;U&lt;/b&gt; отсутствие без уважительной причины&lt;br&gt;&lt;b&gt;A&lt;/b&gt; все остальные присутствуют · &lt;b&gt;Пробел&lt;/b&gt; отсутствует в школе · &lt;b&gt;%1&lt;/b&gt; сохранить</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>The session&apos;s attendance could not be read: %1</source>
        <translation>Не удалось прочитать посещаемость занятия: %1</translation>
    </message>
    <message>
        <source>This session no longer exists. Close this window and choose another session.</source>
        <translation>Этого занятия больше нет. Закройте окно и выберите другое занятие.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No session&lt;/b&gt;</source>
        <translation>&lt;b&gt;Нет занятия&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Attendance — %1</source>
        <translation>Посещаемость — %1</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>Нет репетитора</translation>
    </message>
    <message>
        <source>%1, substituting for %2</source>
        <translation>%1, замена для %2</translation>
    </message>
    <message>
        <source>no room given</source>
        <translation>кабинет не указан</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · %4</source>
        <comment>group, when · tutor · room</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · %4</translation>
    </message>
    <message>
        <source>&lt;br&gt;Target skill: %1</source>
        <translation>&lt;br&gt;Целевой навык: %1</translation>
    </message>
    <message>
        <source>Nobody is expected at this session: its group has no students that day.</source>
        <translation>На этом занятии никого не ожидается: в этот день в группе нет учеников.</translation>
    </message>
    <message>
        <source>Mark the students first: P present, T tardy, E excused, U unexcused.</source>
        <translation>Сначала отметьте учеников: P — присутствует, T — опоздание, E — по уважительной причине, U — без уважительной причины.</translation>
    </message>
    <message>
        <source>This changes attendance already recorded for a past session: give a reason for the change. The audit log keeps it.</source>
        <translation>Это изменит уже записанную посещаемость прошедшего занятия: укажите причину изменения. Она сохранится в журнале аудита.</translation>
    </message>
    <message>
        <source>Discard Attendance?</source>
        <translation>Отменить ввод посещаемости?</translation>
    </message>
    <message>
        <source>The attendance you entered for this session is not saved yet.</source>
        <translation>Введённая посещаемость этого занятия ещё не сохранена.</translation>
    </message>
    <message>
        <source>Discard it, or go back and save it with %1.</source>
        <translation>Отмените её или вернитесь и сохраните с помощью %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n присутствует</numerusform>
            <numerusform>%n присутствуют</numerusform>
            <numerusform>%n присутствуют</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tardy</source>
        <translation>
            <numerusform>%n опоздал</numerusform>
            <numerusform>%n опоздали</numerusform>
            <numerusform>%n опоздали</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absent</source>
        <translation>
            <numerusform>%n отсутствует</numerusform>
            <numerusform>%n отсутствуют</numerusform>
            <numerusform>%n отсутствуют</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Attendance updated for %1: %2.</source>
        <translation>Посещаемость занятия %1 обновлена: %2.</translation>
    </message>
    <message>
        <source>Attendance saved for %1: %2.</source>
        <translation>Посещаемость занятия %1 сохранена: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up action(s) due.</source>
        <translation>
            <numerusform>Требуется %n последующее действие.</numerusform>
            <numerusform>Требуется %n последующих действия.</numerusform>
            <numerusform>Требуется %n последующих действий.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up action(s) no longer needed.</source>
        <translation>
            <numerusform>%n последующее действие больше не требуется.</numerusform>
            <numerusform>%n последующих действия больше не требуются.</numerusform>
            <numerusform>%n последующих действий больше не требуются.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceSheetDelegate</name>
    <message>
        <source>Minutes attended</source>
        <translation>Посещено минут</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceSheetModel</name>
    <message>
        <source>District id %1</source>
        <translation>Окружной идентификатор %1</translation>
    </message>
    <message>
        <source>Absent from school that day, not only from tutoring (Space)</source>
        <translation>В этот день отсутствовал в школе, а не только на занятии (Пробел)</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Не отмечен</translation>
    </message>
    <message>
        <source>P present · T tardy · E absent, excused · U absent, unexcused</source>
        <translation>P присутствует · T опоздание · E отсутствие по уважительной причине · U отсутствие без уважительной причины</translation>
    </message>
    <message>
        <source>Type minutes</source>
        <translation>Введите минуты</translation>
    </message>
    <message numerus="yes">
        <source>Minutes attended, less than the session&apos;s %n minute(s)</source>
        <translation>
            <numerusform>Посещено минут — меньше, чем %n минута занятия</numerusform>
            <numerusform>Посещено минут — меньше, чем %n минуты занятия</numerusform>
            <numerusform>Посещено минут — меньше, чем %n минут занятия</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes attended (the session&apos;s length unless the student left early)</source>
        <translation>Посещено минут (длительность занятия, если ученик не ушёл раньше)</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
    <message>
        <source>Absent from school</source>
        <translation>Отсутствовал в школе</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceSheetView</name>
    <message>
        <source>Attendance sheet</source>
        <translation>Лист посещаемости</translation>
    </message>
    <message>
        <source>P present · T tardy (then type the minutes) · E absent, excused · U absent, unexcused
A: everyone not marked is present · Space: absent from school · Ctrl+Enter: save</source>
        <translation>P присутствует · T опоздание (затем введите минуты) · E отсутствие по уважительной причине · U отсутствие без уважительной причины
A: все неотмеченные присутствуют · Пробел: отсутствует в школе · Ctrl+Enter: сохранить</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Не отмечен</translation>
    </message>
    <message>
        <source>Type minutes</source>
        <translation>Введите минуты</translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceStatuses</name>
    <message>
        <source>Present</source>
        <translation>Присутствует</translation>
    </message>
    <message>
        <source>Tardy</source>
        <translation>Опоздание</translation>
    </message>
    <message>
        <source>Absent, excused</source>
        <translation>Отсутствие, уважительная причина</translation>
    </message>
    <message>
        <source>Absent, unexcused</source>
        <translation>Отсутствие, неуважительная причина</translation>
    </message>
</context>
<context>
    <name>tutordesk::AvailabilityEditor</name>
    <message>
        <source>Add &amp;Time</source>
        <translation>Добавить &amp;время</translation>
    </message>
    <message>
        <source>Remove Ti&amp;me</source>
        <translation>Удалить в&amp;ремя</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Weekly availability</source>
        <translation>Доступность по неделям</translation>
    </message>
    <message>
        <source>Add a day and the hours the tutor can teach on it</source>
        <translation>Добавьте день и часы, когда репетитор может заниматься</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Удалить выбранную строку</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Доступен с</translation>
    </message>
    <message>
        <source>Available until</source>
        <translation>Доступен до</translation>
    </message>
</context>
<context>
    <name>tutordesk::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>tutordesk::BundleExport</name>
    <message>
        <source>There is no school in this database yet, so there is nothing to export. Create the school (Settings ▸ School) first.</source>
        <translation>В этой базе данных ещё нет школы, поэтому экспортировать нечего. Сначала создайте школу (Настройки ▸ Школа).</translation>
    </message>
    <message>
        <source>The export was asked without a time. This is a fault in TutorDesk: please report it.</source>
        <translation>Экспорт запрошен без указания времени. Это ошибка в TutorDesk: пожалуйста, сообщите о ней.</translation>
    </message>
    <message>
        <source>The bundle could not be made: the database refused (%1). Nothing was put in the outbox; try again, and if it keeps failing, check the disk.</source>
        <translation>Не удалось сформировать пакет: база данных отказала (%1). В исходящие ничего не помещено; повторите попытку, а если ошибка повторяется, проверьте диск.</translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was put in the outbox.</source>
        <translation>Экспорт отменён. В исходящие ничего не помещено.</translation>
    </message>
    <message>
        <source>The bundle&apos;s zip could not be written (out of memory?). Close other programs and export again.</source>
        <translation>Не удалось записать zip-архив пакета (не хватает памяти?). Закройте другие программы и повторите экспорт.</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarDayDialog</name>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Add Day Off</source>
        <translation>Добавить выходной</translation>
    </message>
    <message>
        <source>Edit Calendar Days</source>
        <translation>Изменить дни календаря</translation>
    </message>
    <message>
        <source>Kind of day</source>
        <translation>Тип дня</translation>
    </message>
    <message>
        <source>Holidays, breaks and non-instructional days have no sessions; minimum days have shorter ones</source>
        <translation>В праздники, каникулы и неучебные дни занятий нет; в сокращённые дни занятия короче</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>e.g. Veterans Day, Winter break, Parent conferences</source>
        <translation>напр., День ветеранов, зимние каникулы, родительские собрания</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>С %1 по %2 (%n день)</numerusform>
            <numerusform>С %1 по %2 (%n дня)</numerusform>
            <numerusform>С %1 по %2 (%n дней)</numerusform>
        </translation>
    </message>
    <message>
        <source>Days being changed</source>
        <translation>Изменяемые дни</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Дни:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>How many school days this covers</source>
        <translation>Сколько учебных дней охватывает период</translation>
    </message>
    <message>
        <source>No weekdays in this range: weekends are never school days.</source>
        <translation>В этом периоде нет будних дней: выходные никогда не бывают учебными днями.</translation>
    </message>
    <message numerus="yes">
        <source>Covers %n weekday(s); weekends are skipped.</source>
        <translation>
            <numerusform>Охватывает %n будний день; выходные пропускаются.</numerusform>
            <numerusform>Охватывает %n будних дня; выходные пропускаются.</numerusform>
            <numerusform>Охватывает %n будних дней; выходные пропускаются.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarDaysModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarEditor</name>
    <message>
        <source>A day in the list has no date. Enter the date.</source>
        <translation>У одного из дней в списке нет даты. Введите дату.</translation>
    </message>
    <message>
        <source>%1 is outside the school year (%2 to %3). Choose a day in the year, or change the year&apos;s dates first.</source>
        <translation>Дата %1 вне учебного года (с %2 по %3). Выберите день в пределах года или сначала измените даты года.</translation>
    </message>
    <message>
        <source>%1 is a weekend day; the calendar lists weekdays only. Choose a weekday.</source>
        <translation>%1 — выходной день; в календаре только будние дни. Выберите будний день.</translation>
    </message>
    <message>
        <source>%1: choose school day, minimum day, holiday, break or non-instructional day.</source>
        <translation>%1: выберите учебный день, сокращённый день, праздник, каникулы или неучебный день.</translation>
    </message>
    <message>
        <source>There is no school year yet. Set up the school first, then its calendar.</source>
        <translation>Учебного года ещё нет. Сначала настройте школу, затем её календарь.</translation>
    </message>
    <message>
        <source>The calendar could not be saved in %1: %2</source>
        <translation>Не удалось сохранить календарь в %1: %2</translation>
    </message>
    <message>
        <source>Sessions on a minimum day can last %1 to %2 minutes, not %3. Change the minutes.</source>
        <translation>Занятия в сокращённый день могут длиться от %1 до %2 минут, а не %3. Измените число минут.</translation>
    </message>
    <message>
        <source>The minimum day length could not be saved in %1: %2</source>
        <translation>Не удалось сохранить длительность сокращённого дня в %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarImport</name>
    <message>
        <source>There is no school year yet to import %1 into. Set up the school first.</source>
        <translation>Ещё нет учебного года, в который можно импортировать %1. Сначала настройте школу.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>The file has no date column. Name the column of days &quot;Date&quot; (the first line of the file holds the column names).</source>
        <translation>В файле нет столбца дат. Назовите столбец с днями &quot;Date&quot; (в первой строке файла — названия столбцов).</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>The file has no kind column. Add a column &quot;Kind&quot; saying holiday, break, minimum day, non-instructional or instructional for each line.</source>
        <translation>В файле нет столбца типа дня. Добавьте столбец &quot;Kind&quot;, указав для каждой строки holiday, break, minimum day, non-instructional или instructional.</translation>
    </message>
    <message>
        <source>the school year runs %1 to %2</source>
        <translation>учебный год длится с %1 по %2</translation>
    </message>
    <message>
        <source>The date is missing. Enter the day as YYYY-MM-DD (2026-11-11) or M/D/YYYY (11/11/2026).</source>
        <translation>Дата отсутствует. Введите день в формате YYYY-MM-DD (2026-11-11) или M/D/YYYY (11/11/2026).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as YYYY-MM-DD (2026-11-11) or M/D/YYYY (11/11/2026).</source>
        <translation>«%1» — не дата. Запишите её в формате YYYY-MM-DD (2026-11-11) или M/D/YYYY (11/11/2026).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write the last day of the range as YYYY-MM-DD or M/D/YYYY, or leave it empty for one day.</source>
        <translation>«%1» — не дата. Запишите последний день периода в формате YYYY-MM-DD или M/D/YYYY либо оставьте поле пустым для одного дня.</translation>
    </message>
    <message>
        <source>The range ends (%1) before it starts (%2). Swap the two dates.</source>
        <translation>Период заканчивается (%1) раньше, чем начинается (%2). Поменяйте даты местами.</translation>
    </message>
    <message>
        <source>The kind of day is missing.</source>
        <translation>Не указан тип дня.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of day.</source>
        <translation>«%1» — не тип дня.</translation>
    </message>
    <message>
        <source>Write holiday, break, minimum day, non-instructional or instructional.</source>
        <translation>Укажите holiday, break, minimum day, non-instructional или instructional.</translation>
    </message>
    <message>
        <source>%1 is outside the school year (%2). Correct the date or remove the line.</source>
        <translation>Дата %1 вне учебного года (%2). Исправьте дату или удалите строку.</translation>
    </message>
    <message>
        <source>%1 is a weekend day; the calendar lists weekdays only. Correct the date or remove the line.</source>
        <translation>%1 — выходной день; в календаре только будние дни. Исправьте дату или удалите строку.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n line(s) with no values in any column.</source>
        <translation>
            <numerusform>Пропущена %n строка без значений ни в одном столбце.</numerusform>
            <numerusform>Пропущены %n строки без значений ни в одном столбце.</numerusform>
            <numerusform>Пропущено %n строк без значений ни в одном столбце.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n weekend day(s) inside the ranges: weekends are never school days.</source>
        <translation>
            <numerusform>Пропущен %n выходной день внутри периодов: выходные никогда не бывают учебными днями.</numerusform>
            <numerusform>Пропущены %n выходных дня внутри периодов: выходные никогда не бывают учебными днями.</numerusform>
            <numerusform>Пропущено %n выходных дней внутри периодов: выходные никогда не бывают учебными днями.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no label column, so the days have no names. Add a &quot;Label&quot; column (&quot;Veterans Day&quot;) to show them in the calendar.</source>
        <translation>В файле нет столбца с названиями, поэтому у дней нет имён. Добавьте столбец &quot;Label&quot; (&quot;Veterans Day&quot;), чтобы они отображались в календаре.</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <translation>Не удалось импортировать %1: %2</translation>
    </message>
    <message>
        <source>Sessions from %1 on: %2 added, %3 removed, %4 changed.</source>
        <translation>Занятия начиная с %1: добавлено %2, удалено %3, изменено %4.</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarMonthView</name>
    <message>
        <source>School year, a month at a time</source>
        <translation>Учебный год по месяцам</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarPage</name>
    <message>
        <source>&amp;Add Day Off…</source>
        <translation>&amp;Добавить выходной…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Make &amp;School Day</source>
        <translation>Сделать &amp;учебным днём</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>И&amp;мпорт…</translation>
    </message>
    <message>
        <source>School days this year</source>
        <translation>Учебные дни в этом году</translation>
    </message>
    <message>
        <source>Add a holiday, a break, a minimum day or a non-instructional day</source>
        <translation>Добавить праздник, каникулы, сокращённый или неучебный день</translation>
    </message>
    <message>
        <source>Change the kind or description of the selected days (double-click or Enter)</source>
        <translation>Изменить тип или описание выбранных дней (двойной щелчок или Enter)</translation>
    </message>
    <message>
        <source>Make the selected days ordinary school days again; their sessions come back</source>
        <translation>Снова сделать выбранные дни обычными учебными днями; их занятия вернутся</translation>
    </message>
    <message>
        <source>Bring in the calendar your district sends, saved as CSV</source>
        <translation>Загрузить календарь, присланный округом, в формате CSV</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Holidays, breaks and minimum days</source>
        <translation>Праздники, каникулы и сокращённые дни</translation>
    </message>
    <message numerus="yes">
        <source>Imported the calendar: %n new day(s), %1 changed, %2 unchanged. Sessions from today on follow it.</source>
        <translation>
            <numerusform>Календарь импортирован: %n новый день, изменено %1, без изменений %2. Занятия начиная с сегодняшнего дня следуют ему.</numerusform>
            <numerusform>Календарь импортирован: %n новых дня, изменено %1, без изменений %2. Занятия начиная с сегодняшнего дня следуют ему.</numerusform>
            <numerusform>Календарь импортирован: %n новых дней, изменено %1, без изменений %2. Занятия начиная с сегодняшнего дня следуют ему.</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar could not be read: %1</source>
        <translation>Не удалось прочитать календарь: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n school day(s)</source>
        <translation>
            <numerusform>%n учебный день</numerusform>
            <numerusform>%n учебных дня</numerusform>
            <numerusform>%n учебных дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s) and break day(s)</source>
        <translation>
            <numerusform>%n праздничный или каникулярный день</numerusform>
            <numerusform>%n праздничных или каникулярных дня</numerusform>
            <numerusform>%n праздничных или каникулярных дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minimum day(s)</source>
        <translation>
            <numerusform>%n сокращённый день</numerusform>
            <numerusform>%n сокращённых дня</numerusform>
            <numerusform>%n сокращённых дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n non-instructional day(s)</source>
        <translation>
            <numerusform>%n неучебный день</numerusform>
            <numerusform>%n неучебных дня</numerusform>
            <numerusform>%n неучебных дней</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No school year yet. Set up your school with the first and last day of the year, then add its holidays here.</source>
        <translation>Учебного года ещё нет. Настройте школу, указав первый и последний день года, затем добавьте здесь праздники.</translation>
    </message>
    <message>
        <source>No holidays or breaks yet. Add your days off, or import the calendar your district sends.</source>
        <translation>Праздников и каникул пока нет. Добавьте выходные дни или импортируйте календарь, присланный округом.</translation>
    </message>
    <message>
        <source>Nothing was saved: the dates chosen are all weekends.</source>
        <translation>Ничего не сохранено: все выбранные даты приходятся на выходные.</translation>
    </message>
    <message>
        <source>The calendar could not be saved: %1</source>
        <translation>Не удалось сохранить календарь: %1</translation>
    </message>
    <message>
        <source>Import Calendar</source>
        <translation>Импорт календаря</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) read.</source>
        <translation>
            <numerusform>Прочитана %n строка.</numerusform>
            <numerusform>Прочитаны %n строки.</numerusform>
            <numerusform>Прочитано %n строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the file: %2 new, %3 changed, %4 already in the calendar. Sessions from today on will follow the new calendar.</source>
        <translation>%1 в файле: новых %2, изменённых %3, уже в календаре %4. Занятия начиная с сегодняшнего дня будут следовать новому календарю.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarSidePanel</name>
    <message>
        <source>Appl&amp;y</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>Holiday or break</source>
        <translation>Праздник или каникулы</translation>
    </message>
    <message>
        <source>Minimum day</source>
        <translation>Сокращённый день</translation>
    </message>
    <message>
        <source>Non-instructional day</source>
        <translation>Неучебный день</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Выходной</translation>
    </message>
    <message>
        <source>The chosen day</source>
        <translation>Выбранный день</translation>
    </message>
    <message>
        <source>Minimum-day sessions &amp;last at most:</source>
        <translation>Занятия в сокращённый день &amp;длятся не более:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Longest session on a minimum day, in minutes</source>
        <translation>Наибольшая длительность занятия в сокращённый день, в минутах</translation>
    </message>
    <message>
        <source>Longer sessions are shortened to this on minimum days</source>
        <translation>Более длинные занятия в сокращённые дни укорачиваются до этого значения</translation>
    </message>
    <message>
        <source>Shorten or lengthen the minimum-day sessions from today on</source>
        <translation>Укоротить или удлинить занятия в сокращённые дни начиная с сегодняшнего дня</translation>
    </message>
    <message>
        <source>Holidays, breaks and non-instructional days have no sessions. Every change moves the sessions from today on; sessions already held, and their attendance, stay as they were.</source>
        <translation>В праздники, каникулы и неучебные дни занятий нет. Каждое изменение переносит занятия начиная с сегодняшнего дня; уже проведённые занятия и их посещаемость остаются без изменений.</translation>
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
        <translation>Неделя с</translation>
    </message>
    <message>
        <source>Cancelled: tutor absent</source>
        <translation>Отменено: отсутствие репетитора</translation>
    </message>
    <message>
        <source>Cancelled: school event</source>
        <translation>Отменено: школьное мероприятие</translation>
    </message>
    <message>
        <source>Cancelled: weather</source>
        <translation>Отменено: погода</translation>
    </message>
    <message>
        <source>Cancelled: student event</source>
        <translation>Отменено: мероприятие для учеников</translation>
    </message>
    <message>
        <source>Cancelled: other reason</source>
        <translation>Отменено: другая причина</translation>
    </message>
    <message>
        <source>Probe scores: %1</source>
        <translation>Баллы срезов: %1</translation>
    </message>
    <message>
        <source>Date of probe</source>
        <translation>Дата среза</translation>
    </message>
    <message>
        <source>% of probe maximum</source>
        <translation>% от максимума среза</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1 · %2%3
%4 of %5 points · %6% of maximum</source>
        <translation>%1 · %2%3
%4 из %5 баллов · %6% от максимума</translation>
    </message>
    <message>
        <source>Mastery (%1%)</source>
        <translation>Освоение (%1%)</translation>
    </message>
    <message>
        <source>Minutes received against planned: %1</source>
        <translation>Полученные минуты в сравнении с запланированными: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>minutes (cumulative)</source>
        <translation>минуты (накопительно)</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>%1 · by %2
%3 of %4 planned minutes received</source>
        <translation>%1 · к %2
получено %3 из %4 запланированных минут</translation>
    </message>
    <message>
        <source>Attendance by week: %1</source>
        <translation>Посещаемость по неделям: %1</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Проведено занятий</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>Посещено занятий</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>занятия</translation>
    </message>
    <message>
        <source>%1 · week of %2
attended %3 of %4 sessions held</source>
        <translation>%1 · неделя с %2
посещено %3 из %4 проведённых занятий</translation>
    </message>
    <message>
        <source>Growth per student on %1: %2</source>
        <translation>Рост по ученикам по навыку %1: %2</translation>
    </message>
    <message>
        <source>Growth (latest − pre probe)</source>
        <translation>Рост (последний срез − входной)</translation>
    </message>
    <message>
        <source>%1 (not measured)</source>
        <translation>%1 (не измерено)</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>growth (% points of probe maximum)</source>
        <translation>рост (п. п. от максимума среза)</translation>
    </message>
    <message numerus="yes">
        <source>%1: not measured (%n probe(s) on this skill; growth needs two)</source>
        <translation>
            <numerusform>%1: не измерено (%n срез по этому навыку; для роста нужно два)</numerusform>
            <numerusform>%1: не измерено (%n среза по этому навыку; для роста нужно два)</numerusform>
            <numerusform>%1: не измерено (%n срезов по этому навыку; для роста нужно два)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 points (from %3% to %4% of maximum)%5</source>
        <translation>%1: %2 п. п. (с %3% до %4% от максимума)%5</translation>
    </message>
    <message>
        <source>, mastered</source>
        <translation>, освоено</translation>
    </message>
    <message>
        <source>Sessions held against scheduled: %1</source>
        <translation>Проведённые занятия в сравнении с запланированными: %1</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Проведено</translation>
    </message>
    <message>
        <source>Not marked yet</source>
        <translation>Ещё не отмечено</translation>
    </message>
    <message>
        <source>sessions scheduled</source>
        <translation>запланировано занятий</translation>
    </message>
    <message>
        <source>Week of %1: %2 of %3 scheduled sessions held</source>
        <translation>Неделя с %1: проведено %2 из %3 запланированных занятий</translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n отменено</numerusform>
            <numerusform>%n отменено</numerusform>
            <numerusform>%n отменено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n make-up(s) held</source>
        <translation>
            <numerusform>%n отработка проведена</numerusform>
            <numerusform>%n отработки проведены</numerusform>
            <numerusform>%n отработок проведено</numerusform>
        </translation>
    </message>
    <message>
        <source>Dosage: students in tutoring by minutes received</source>
        <translation>Объём занятий: ученики по полученным минутам</translation>
    </message>
    <message>
        <source>Students in tutoring</source>
        <translation>Ученики на занятиях</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>minutes received this year</source>
        <translation>получено минут в этом году</translation>
    </message>
    <message>
        <source>students</source>
        <translation>ученики</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) received %1 to %2 minutes</source>
        <translation>
            <numerusform>%n ученик получил от %1 до %2 минут</numerusform>
            <numerusform>%n ученика получили от %1 до %2 минут</numerusform>
            <numerusform>%n учеников получили от %1 до %2 минут</numerusform>
        </translation>
    </message>
    <message>
        <source>Growth against dosage (one point per student and skill)</source>
        <translation>Рост в зависимости от объёма занятий (одна точка на ученика и навык)</translation>
    </message>
    <message>
        <source>minutes received</source>
        <translation>получено минут</translation>
    </message>
    <message>
        <source>growth (% points)</source>
        <translation>рост (п. п.)</translation>
    </message>
    <message>
        <source>No growth</source>
        <translation>Нет роста</translation>
    </message>
    <message>
        <source>%1 (Tier %2, %3)
%4 minutes received · growth %5 points</source>
        <translation>%1 (уровень %2, %3)
получено %4 мин · рост %5 п. п.</translation>
    </message>
    <message numerus="yes">
        <source>Tier %1 (%n point(s))</source>
        <translation>
            <numerusform>Уровень %1 (%n точка)</numerusform>
            <numerusform>Уровень %1 (%n точки)</numerusform>
            <numerusform>Уровень %1 (%n точек)</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly attendance rate, whole school</source>
        <translation>Еженедельная посещаемость, вся школа</translation>
    </message>
    <message>
        <source>% of sessions attended</source>
        <translation>% посещённых занятий</translation>
    </message>
    <message>
        <source>Attended ÷ (attended + absent)</source>
        <translation>Посещено ÷ (посещено + пропущено)</translation>
    </message>
    <message>
        <source>Week of %1: %2% attended
%3 attended, %4 absent</source>
        <translation>Неделя с %1: посещено %2%
посещено %3, пропущено %4</translation>
    </message>
    <message>
        <source>Students per tier of need, and how many are seated</source>
        <translation>Ученики по уровням потребности и сколько из них получили место</translation>
    </message>
    <message>
        <source>Students with this need</source>
        <translation>Ученики с этой потребностью</translation>
    </message>
    <message>
        <source>Seated in tutoring</source>
        <translation>Получили место</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Уровень %1</translation>
    </message>
    <message>
        <source>tier of need</source>
        <translation>уровень потребности</translation>
    </message>
    <message numerus="yes">
        <source>Tier %1: %n student(s), %2 seated</source>
        <translation>
            <numerusform>Уровень %1: %n ученик, с местом %2</numerusform>
            <numerusform>Уровень %1: %n ученика, с местом %2</numerusform>
            <numerusform>Уровень %1: %n учеников, с местом %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::ChartPanel</name>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>Сохранить диаграмму в PNG…</translation>
    </message>
    <message>
        <source>Save %1 as PNG</source>
        <translation>Сохранить «%1» в PNG</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Печать: %1</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Сохранить диаграмму в PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Диаграмма не сохранена</translation>
    </message>
    <message>
        <source>The chart could not be written to %1. Choose a folder you can write to and try again.</source>
        <translation>Не удалось записать диаграмму в %1. Выберите папку, в которую разрешена запись, и повторите попытку.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ClearanceWarningStrip</name>
    <message>
        <source>Clearances that need attention</source>
        <translation>Допуски, требующие внимания</translation>
    </message>
    <message>
        <source>Tutors whose clearances need attention</source>
        <translation>Репетиторы, чьи допуски требуют внимания</translation>
    </message>
    <message>
        <source>Click a line or press Enter to select that tutor in the table</source>
        <translation>Щёлкните строку или нажмите Enter, чтобы выбрать этого репетитора в таблице</translation>
    </message>
    <message numerus="yes">
        <source>%n clearance(s) need attention</source>
        <translation>
            <numerusform>%n допуск требует внимания</numerusform>
            <numerusform>%n допуска требуют внимания</numerusform>
            <numerusform>%n допусков требуют внимания</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>tutor: clearance problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Select %1 in the table</source>
        <translation>Выбрать %1 в таблице</translation>
    </message>
</context>
<context>
    <name>tutordesk::Clearances</name>
    <message>
        <source>Background check</source>
        <translation>Проверка биографии</translation>
    </message>
    <message>
        <source>TB test</source>
        <translation>Тест на туберкулёз</translation>
    </message>
    <message>
        <source>%1 is not on file</source>
        <translation>%1: нет в документах</translation>
    </message>
    <message>
        <source>%1 expired on %2</source>
        <translation>%1: срок истёк %2</translation>
    </message>
    <message>
        <source>%1 expires today (%2)</source>
        <translation>%1: срок истекает сегодня (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 expires in %n day(s) (%2)</source>
        <translation>
            <numerusform>%1: срок истекает через %n день (%2)</numerusform>
            <numerusform>%1: срок истекает через %n дня (%2)</numerusform>
            <numerusform>%1: срок истекает через %n дней (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 valid until %2</source>
        <translation>%1: действует до %2</translation>
    </message>
    <message>
        <source>%1 is inactive: make them active or part of the substitute pool on the Tutors page first.</source>
        <translation>%1 неактивен: сначала сделайте репетитора активным или включите в резерв замен на странице «Репетиторы».</translation>
    </message>
    <message>
        <source>%1 has no background check on file: record it on the Tutors page first.</source>
        <translation>У репетитора %1 нет проверки биографии: сначала внесите её на странице «Репетиторы».</translation>
    </message>
    <message>
        <source>%1 has no TB test on file: record it on the Tutors page first.</source>
        <translation>У репетитора %1 нет теста на туберкулёз: сначала внесите его на странице «Репетиторы».</translation>
    </message>
    <message>
        <source>%1&apos;s background check expired on %2: record the new check on the Tutors page first.</source>
        <translation>Срок проверки биографии репетитора %1 истёк %2: сначала внесите новую проверку на странице «Репетиторы».</translation>
    </message>
    <message>
        <source>%1&apos;s TB test expired on %2: record the new test on the Tutors page first.</source>
        <translation>Срок теста на туберкулёз репетитора %1 истёк %2: сначала внесите новый тест на странице «Репетиторы».</translation>
    </message>
</context>
<context>
    <name>tutordesk::ColumnMapping</name>
    <message>
        <source>%1 is not a mapping file: %2 at character %3.</source>
        <translation>%1 — не файл сопоставления: %2 в символе %3.</translation>
    </message>
    <message>
        <source>%1: a mapping file needs &quot;version&quot;: 1.</source>
        <translation>%1: в файле сопоставления нужно &quot;version&quot;: 1.</translation>
    </message>
    <message>
        <source>%1: a mapping file needs a &quot;columns&quot; object of field names and column names.</source>
        <translation>%1: в файле сопоставления нужен объект &quot;columns&quot; с именами полей и столбцов.</translation>
    </message>
    <message>
        <source>%1: the column for &quot;%2&quot; must be text (the header name).</source>
        <translation>%1: столбец для &quot;%2&quot; должен быть текстом (названием заголовка).</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactEditDialog</name>
    <message>
        <source>An &amp;interpreter helped</source>
        <translation>Помогал &amp;переводчик</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Дата следующего контакта</translation>
    </message>
    <message>
        <source>Outgoing (we contacted the family)</source>
        <translation>Исходящий (мы связались с семьёй)</translation>
    </message>
    <message>
        <source>Incoming (the family contacted us)</source>
        <translation>Входящий (семья связалась с нами)</translation>
    </message>
    <message>
        <source>Contact again on</source>
        <translation>Связаться снова</translation>
    </message>
    <message>
        <source>e.g. the wrong outcome was picked</source>
        <translation>напр., был выбран неверный результат</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Когда:</translation>
    </message>
    <message>
        <source>Date and time of the contact</source>
        <translation>Дата и время контакта</translation>
    </message>
    <message>
        <source>&amp;Guardian:</source>
        <translation>&amp;Опекун:</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Опекун</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Способ:</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Направление:</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Цель:</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Примечания:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>&amp;Следующий контакт:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Кто:</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>Кто записал</translation>
    </message>
    <message>
        <source>Why are you changing this &amp;record?</source>
        <translation>Почему вы изменяете эту &amp;запись?</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Причина изменения</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Remove a contact logged by mistake (the audit log keeps it and your reason)</source>
        <translation>Удалить контакт, записанный по ошибке (журнал аудита сохранит его и вашу причину)</translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation>Изменить контакт</translation>
    </message>
    <message>
        <source>A contact logged on %1. Every change is kept in the audit log with its reason.</source>
        <translation>Контакт, записанный %1. Каждое изменение сохраняется в журнале аудита вместе с причиной.</translation>
    </message>
    <message>
        <source>This contact is no longer in the log (it may have been deleted). Close this window and reload the page.</source>
        <translation>Этого контакта больше нет в журнале (возможно, он удалён). Закройте окно и перезагрузите страницу.</translation>
    </message>
    <message>
        <source>No guardian named</source>
        <translation>Опекун не указан</translation>
    </message>
    <message>
        <source>Say why you are changing this record first</source>
        <translation>Сначала укажите, почему вы изменяете эту запись</translation>
    </message>
    <message>
        <source>Changed the contact of %1.</source>
        <translation>Контакт по ученику %1 изменён.</translation>
    </message>
    <message>
        <source>Deleted the contact of %1.</source>
        <translation>Контакт по ученику %1 удалён.</translation>
    </message>
    <message>
        <source>Delete Contact</source>
        <translation>Удаление контакта</translation>
    </message>
    <message>
        <source>Delete the contact of %1? The audit log keeps it with your reason.

Why are you deleting this record?</source>
        <translation>Удалить контакт по ученику %1? Журнал аудита сохранит его вместе с вашей причиной.

Почему вы удаляете эту запись?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Reason for deleting the contact</source>
        <translation>Причина удаления контакта</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactFilterBar</name>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>Любой способ</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Любой результат</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Any purpose</source>
        <translation>Любая цель</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Любой язык</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Needs &amp;follow-up</source>
        <translation>Нужен &amp;повторный контакт</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Dates below</source>
        <translation>Даты ниже</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>П&amp;о</translation>
    </message>
    <message>
        <source>Search by student, district ID or guardian</source>
        <translation>Поиск по ученику, окружному ID или опекуну</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Поиск контактов</translation>
    </message>
    <message>
        <source>Type part of a student&apos;s name or district ID, or a guardian&apos;s name</source>
        <translation>Введите часть имени ученика, его окружного ID или имени опекуна</translation>
    </message>
    <message>
        <source>Only contacts that asked for a follow-up date</source>
        <translation>Только контакты с датой следующего контакта</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactLog</name>
    <message>
        <source>There is no contact %1 in the log (it may have been deleted meanwhile). Reload the page.</source>
        <translation>Контакт %1 не найден в журнале (возможно, он был удалён). Перезагрузите страницу.</translation>
    </message>
    <message>
        <source>That guardian is not listed for this student. Choose one of the student&apos;s guardians.</source>
        <translation>Этот опекун не указан для данного ученика. Выберите одного из опекунов ученика.</translation>
    </message>
    <message>
        <source>This contact is the record of the letter “%1” printed on %2, and a printed letter stays on record. If something in it is wrong, correct it with Edit instead.</source>
        <translation>Этот контакт — запись о письме «%1», напечатанном %2, а запись о напечатанном письме сохраняется. Если в ней что-то неверно, исправьте это с помощью «Изменить».</translation>
    </message>
    <message>
        <source>This contact resolved the due action “%1”. Reopen that action first (on the student&apos;s Tutoring tab), then delete the contact, or correct the contact with Edit instead.</source>
        <translation>Этим контактом было выполнено требуемое действие «%1». Сначала откройте это действие снова (на вкладке ученика «Занятия»), затем удалите контакт или исправьте его с помощью «Изменить».</translation>
    </message>
    <message>
        <source>Say why you are changing this contact: the reason is kept with the old and new values in the audit log that funding reviews read.</source>
        <translation>Укажите, почему вы изменяете этот контакт: причина сохраняется вместе со старыми и новыми значениями в журнале аудита, который читают при проверках финансирования.</translation>
    </message>
    <message>
        <source>The contact could not be changed in %1: %2</source>
        <translation>Не удалось изменить контакт в %1: %2</translation>
    </message>
    <message>
        <source>Say why you are deleting this contact: the reason is kept in the audit log that funding reviews read.</source>
        <translation>Укажите, почему вы удаляете этот контакт: причина сохраняется в журнале аудита, который читают при проверках финансирования.</translation>
    </message>
    <message>
        <source>The contact could not be deleted from %1: %2</source>
        <translation>Не удалось удалить контакт из %1: %2</translation>
    </message>
    <message>
        <source>Enrollment and consent</source>
        <translation>Зачисление и согласие</translation>
    </message>
    <message>
        <source>Missed session</source>
        <translation>Пропущенное занятие</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общее</translation>
    </message>
    <message>
        <source>“%1” is not a way of contacting a family. Choose phone, text, email, letter, home visit, in person or conference.</source>
        <translation>«%1» — не способ связи с семьёй. Выберите телефон, SMS, эл. почту, письмо, визит на дом, личную встречу или собеседование.</translation>
    </message>
    <message>
        <source>“%1” is not a direction. Choose outgoing or incoming.</source>
        <translation>«%1» — не направление. Выберите исходящий или входящий.</translation>
    </message>
    <message>
        <source>“%1” is not a purpose. Choose enrollment, missed session, progress or general.</source>
        <translation>«%1» — не цель. Выберите зачисление, пропущенное занятие, прогресс или общее.</translation>
    </message>
    <message>
        <source>“%1” is not an outcome. Choose reached, left a message, no answer, wrong number, declined or sent.</source>
        <translation>«%1» — не результат. Выберите: связались, оставлено сообщение, нет ответа, неверный номер, отказ или отправлено.</translation>
    </message>
    <message>
        <source>Say when the contact happened.</source>
        <translation>Укажите, когда состоялся контакт.</translation>
    </message>
    <message>
        <source>Say in which language the family was contacted.</source>
        <translation>Укажите, на каком языке велось общение с семьёй.</translation>
    </message>
    <message>
        <source>There is no student %1 (they may have been removed). Reload the page.</source>
        <translation>Ученик %1 не найден (возможно, он удалён). Перезагрузите страницу.</translation>
    </message>
    <message>
        <source>The contact could not be saved in %1: %2</source>
        <translation>Не удалось сохранить контакт в %1: %2</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Визит на дом</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Собеседование</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Связались</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Оставлено сообщение</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Неверный номер</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactTableModel</name>
    <message>
        <source>The contact log could not be read: %1</source>
        <translation>Не удалось прочитать журнал контактов: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Входящий</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Исходящий</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <source>District ID %1</source>
        <translation>Окружной ID %1</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Щёлкните, чтобы отсортировать по этому столбцу</translation>
    </message>
    <message>
        <source>The log sorts by date, student, method or outcome</source>
        <translation>Журнал сортируется по дате, ученику, способу или результату</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Опекун</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Следующий контакт</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactsPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Contacts shown</source>
        <translation>Показанные контакты</translation>
    </message>
    <message>
        <source>Correct the selected contact (Enter); the audit log keeps your reason</source>
        <translation>Исправить выбранный контакт (Enter); журнал аудита сохранит вашу причину</translation>
    </message>
    <message>
        <source>Remove the selected contact, logged by mistake (Delete)</source>
        <translation>Удалить выбранный контакт, записанный по ошибке (Delete)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Family contacts</source>
        <translation>Контакты с семьями</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Deleted the contact of %1.</source>
        <translation>Контакт по ученику %1 удалён.</translation>
    </message>
    <message>
        <source>The contact log could not be read: %1</source>
        <translation>Не удалось прочитать журнал контактов: %1</translation>
    </message>
    <message>
        <source>1 family reached</source>
        <translation>Удалось связаться с 1 семьёй</translation>
    </message>
    <message numerus="yes">
        <source>%n families reached</source>
        <translation>
            <numerusform>Удалось связаться с %n семьёй</numerusform>
            <numerusform>Удалось связаться с %n семьями</numerusform>
            <numerusform>Удалось связаться с %n семьями</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s): </source>
        <translation>
            <numerusform>%n контакт: </numerusform>
            <numerusform>%n контакта: </numerusform>
            <numerusform>%n контактов: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s), </source>
        <translation>
            <numerusform>%n попытка, </numerusform>
            <numerusform>%n попытки, </numerusform>
            <numerusform>%n попыток, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reached, </source>
        <translation>
            <numerusform>%n успешный, </numerusform>
            <numerusform>%n успешных, </numerusform>
            <numerusform>%n успешных, </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::CoverChoiceBox</name>
    <message>
        <source>Decision for %1 on %2</source>
        <translation>Решение для %1 на %2</translation>
    </message>
    <message>
        <source>substitute pool</source>
        <translation>резерв замен</translation>
    </message>
    <message>
        <source>speaks their language</source>
        <translation>говорит на их языке</translation>
    </message>
    <message>
        <source>Substitute: %1</source>
        <translation>Замена: %1</translation>
    </message>
    <message>
        <source>Substitute: %1 (%2)</source>
        <comment>substitute: name (why)</comment>
        <translation>Замена: %1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 is free then, cleared and teaches %2. %3 this week so far.%4</source>
        <translation>%1 в это время свободен, имеет допуск и ведёт %2. На этой неделе уже: %3.%4</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n занятие</numerusform>
            <numerusform>%n занятия</numerusform>
            <numerusform>%n занятий</numerusform>
        </translation>
    </message>
    <message>
        <source>Speaks the home language most of the students share.</source>
        <translation>Говорит на домашнем языке большинства учеников.</translation>
    </message>
    <message>
        <source>No substitute is free and cleared at this time</source>
        <translation>В это время нет свободной замены с допуском</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>make-up day and time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Make up %1</source>
        <translation>Отработка %1</translation>
    </message>
    <message>
        <source>Cancel, make up %1</source>
        <translation>Отменить, отработка %1</translation>
    </message>
    <message>
        <source>No make-up time in the next school days</source>
        <translation>В ближайшие учебные дни нет времени для отработки</translation>
    </message>
    <message>
        <source>Cancel, no make-up</source>
        <translation>Отменить без отработки</translation>
    </message>
    <message>
        <source>%1 covers %2 on %3.</source>
        <translation>%1 заменяет на занятии %2 %3.</translation>
    </message>
    <message>
        <source>%1 on %2: make-up on %3 at %4.</source>
        <translation>%1, %2: отработка %3 в %4.</translation>
    </message>
    <message>
        <source>%1 on %2 is cancelled.</source>
        <translation>%1, %2 отменено.</translation>
    </message>
</context>
<context>
    <name>tutordesk::CoverSessionDialog</name>
    <message>
        <source>Find a Substitute</source>
        <translation>Найти замену</translation>
    </message>
    <message>
        <source>Cancel Session</source>
        <translation>Отменить занятие</translation>
    </message>
    <message>
        <source>Schedule a Make-up</source>
        <translation>Назначить отработку</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3</translation>
    </message>
    <message>
        <source>&amp;Make-up:</source>
        <translation>&amp;Отработка:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Решение:</translation>
    </message>
    <message>
        <source>Cancel &amp;reason:</source>
        <translation>&amp;Причина отмены:</translation>
    </message>
    <message>
        <source>Optional: what families or the teacher should know</source>
        <translation>Необязательно: что следует знать семьям или учителю</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>Make-up for %1 scheduled on %2 at %3.</source>
        <translation>Отработка для %1 назначена на %2 в %3.</translation>
    </message>
</context>
<context>
    <name>tutordesk::CsvReader</name>
    <message>
        <source>%1, line %2, column %3: a field of more than %4 characters. This is not a roster file, or a quote (&quot;) opens a field that should have closed much earlier.</source>
        <translation>%1, строка %2, столбец %3: поле длиннее %4 символов. Это не файл списка, или кавычка (&quot;) открывает поле, которое должно было закрыться гораздо раньше.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2. Check this line for a missing or extra delimiter, or a quote (&quot;) that is not closed.</source>
        <translation>Полей: %1, а в заголовке — %2. Проверьте, нет ли в этой строке пропущенного или лишнего разделителя или незакрытой кавычки (&quot;).</translation>
    </message>
    <message>
        <source>%1: there is no such file.</source>
        <translation>%1: такого файла нет.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row. Export the roster again from the student system.</source>
        <translation>Файл %1 пуст: в нём нет строки заголовка. Снова выгрузите список из системы учёта учеников.</translation>
    </message>
    <message>
        <source>%1 is a zip file or an Excel workbook, not CSV. In Excel, use File &gt; Save As &gt; &quot;CSV UTF-8&quot;; a OneRoster export is imported as a zip.</source>
        <translation>%1 — это zip-архив или книга Excel, а не CSV. В Excel выберите Файл &gt; Сохранить как &gt; &quot;CSV UTF-8&quot;; выгрузка OneRoster импортируется как zip.</translation>
    </message>
    <message>
        <source>%1 holds binary data, not text. Choose the CSV file the student system exported.</source>
        <translation>%1 содержит двоичные данные, а не текст. Выберите файл CSV, выгруженный из системы учёта учеников.</translation>
    </message>
    <message>
        <source>%1: not enough memory to read it.</source>
        <translation>%1: недостаточно памяти для чтения.</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Чтение %1 отменено.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: a quoted field starts here and is never closed. Look for a stray quote (&quot;) in that cell, or save the file from Excel again.</source>
        <translation>%1, строка %2, столбец %3: здесь начинается поле в кавычках, которое так и не закрывается. Найдите лишнюю кавычку (&quot;) в этой ячейке или снова сохраните файл из Excel.</translation>
    </message>
    <message>
        <source>%1 has no header row. Export the roster again with column names in the first row.</source>
        <translation>В %1 нет строки заголовка. Снова выгрузите список с названиями столбцов в первой строке.</translation>
    </message>
</context>
<context>
    <name>tutordesk::DayListReport</name>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Отменено: %1</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Проведено</translation>
    </message>
    <message>
        <source>Make-up</source>
        <translation>Отработка</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>%1, needs cover</source>
        <translation>%1, нужна замена</translation>
    </message>
    <message>
        <source>Substitute: %1 for %2</source>
        <translation>Замена: %1 вместо %2</translation>
    </message>
    <message>
        <source>no tutor</source>
        <translation>нет репетитора</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>Нет репетитора</translation>
    </message>
    <message>
        <source>Tutor: %1</source>
        <translation>Репетитор: %1</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Нет кабинета</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>District ID</source>
        <translation>Окружной ID</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Присутствовал</translation>
    </message>
    <message>
        <source>No students hold a seat.</source>
        <translation>Ни у одного ученика нет места.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Day list, %1</source>
        <translation>Список дня, %1</translation>
    </message>
    <message>
        <source>Day list</source>
        <translation>Список дня</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No sessions on this day.</source>
        <translation>В этот день занятий нет.</translation>
    </message>
    <message>
        <source>No sessions on this day: %1.</source>
        <translation>В этот день занятий нет: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s). Tick the box of each student who attended.</source>
        <translation>
            <numerusform>%n занятие. Отметьте галочкой каждого присутствовавшего ученика.</numerusform>
            <numerusform>%n занятия. Отметьте галочкой каждого присутствовавшего ученика.</numerusform>
            <numerusform>%n занятий. Отметьте галочкой каждого присутствовавшего ученика.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::DayListTab</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Сохранить в P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;День:</translation>
    </message>
    <message>
        <source>The day before</source>
        <translation>Предыдущий день</translation>
    </message>
    <message>
        <source>The day after</source>
        <translation>Следующий день</translation>
    </message>
    <message>
        <source>Print the day list with a column to take attendance by hand</source>
        <translation>Напечатать список дня со столбцом для отметки посещаемости вручную</translation>
    </message>
    <message>
        <source>Save the printable day list as a PDF file</source>
        <translation>Сохранить печатный список дня в файл PDF</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Кабинет</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Репетитор</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Ученики</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Sessions of the day</source>
        <translation>Занятия дня</translation>
    </message>
    <message>
        <source>The day&apos;s sessions could not be read: %1</source>
        <translation>Не удалось прочитать занятия дня: %1</translation>
    </message>
    <message>
        <source>No sessions on this day.</source>
        <translation>В этот день занятий нет.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>sessions · students</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n занятие</numerusform>
            <numerusform>%n занятия</numerusform>
            <numerusform>%n занятий</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — no school. %2</source>
        <comment>day off — sessions</comment>
        <translation>%1 — нет уроков. %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>The day list could not be made: %1</source>
        <translation>Не удалось составить список дня: %1</translation>
    </message>
    <message>
        <source>Day list %1</source>
        <translation>Список дня %1</translation>
    </message>
    <message>
        <source>Print Day List</source>
        <translation>Печать списка дня</translation>
    </message>
    <message>
        <source>The day list for %1 was sent to the printer.</source>
        <translation>Список дня на %1 отправлен на принтер.</translation>
    </message>
    <message>
        <source>Day list %1.pdf</source>
        <comment>file name</comment>
        <translation>Список дня %1.pdf</translation>
    </message>
    <message>
        <source>Save Day List as PDF</source>
        <translation>Сохранить список дня в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The day list was saved to %1.</source>
        <translation>Список дня сохранён в %1.</translation>
    </message>
    <message>
        <source>The day list could not be saved to %1: check that the folder exists and that you may write there.</source>
        <translation>Не удалось сохранить список дня в %1: проверьте, что папка существует и у вас есть право записи в неё.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Demo</name>
    <message>
        <source>%1 already holds a school; the demo needs an empty database. Choose a new file for the demo school.</source>
        <translation>В %1 уже есть школа; для демонстрации нужна пустая база данных. Выберите новый файл для демонстрационной школы.</translation>
    </message>
    <message>
        <source>The demo school was cancelled; %1 is as it was.</source>
        <translation>Создание демонстрационной школы отменено; %1 не изменён.</translation>
    </message>
    <message>
        <source>The demo school could not be made: %1</source>
        <translation>Не удалось создать демонстрационную школу: %1</translation>
    </message>
    <message>
        <source>The demo school could not be saved in %1: %2</source>
        <translation>Не удалось сохранить демонстрационную школу в %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::DemoLauncher</name>
    <message>
        <source>Explore a Demo School</source>
        <translation>Демонстрационная школа</translation>
    </message>
    <message>
        <source>Creating the demo school: students, tutors, groups and a school year of sessions…</source>
        <translation>Создание демонстрационной школы: ученики, репетиторы, группы и занятия на учебный год…</translation>
    </message>
</context>
<context>
    <name>tutordesk::DueActionsModel</name>
    <message>
        <source>Due %1</source>
        <translation>Срок: %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
</context>
<context>
    <name>tutordesk::DueActionsView</name>
    <message>
        <source>Due actions</source>
        <translation>Требуемые действия</translation>
    </message>
</context>
<context>
    <name>tutordesk::Equity</name>
    <message>
        <source>The gap threshold must be above 0 and at most 1 (0.8 is the &quot;four-fifths&quot; rule), not %1.</source>
        <translation>Порог разрыва должен быть больше 0 и не больше 1 (0,8 — правило «четырёх пятых»), а не %1.</translation>
    </message>
    <message>
        <source>The equity gap threshold could not be saved: %1</source>
        <translation>Не удалось сохранить порог разрыва для аудита равенства: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::EquityTab</name>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Сохранить в PDF…</translation>
    </message>
    <message>
        <source>&amp;Highlight a group whose share of seats or minutes is below</source>
        <translation>&amp;Выделять категорию, у которой доля мест или минут меньше</translation>
    </message>
    <message>
        <source>× its share of need</source>
        <translation>× её доли потребности</translation>
    </message>
    <message>
        <source>Print the equity audit</source>
        <translation>Распечатать аудит равенства доступа</translation>
    </message>
    <message>
        <source>Save the equity audit as a PDF</source>
        <translation>Сохранить аудит равенства доступа в PDF</translation>
    </message>
    <message>
        <source>The equity audit could not be read: %1</source>
        <translation>Не удалось прочитать аудит равенства доступа: %1</translation>
    </message>
    <message>
        <source>Equity audit · figures to %1</source>
        <translation>Аудит равенства доступа · данные на %1</translation>
    </message>
    <message>
        <source>Equity audit</source>
        <translation>Аудит равенства доступа</translation>
    </message>
    <message>
        <source>— withheld: rests on fewer than 10 students, or would reveal a smaller group&apos;s figure (point at it for the reason).</source>
        <translation>— скрыто: основано менее чем на 10 учениках или раскрыло бы показатель меньшей категории (наведите указатель, чтобы узнать причину).</translation>
    </message>
    <message>
        <source>No group’s share of seats or minutes falls below %1 of its share of need.</source>
        <translation>Ни у одной категории доля мест или минут не ниже %1 её доли потребности.</translation>
    </message>
    <message>
        <source>▼ Groups getting less than their share:</source>
        <translation>▼ Категории, получающие меньше своей доли:</translation>
    </message>
    <message>
        <source>Equity audit %1</source>
        <translation>Аудит равенства доступа %1</translation>
    </message>
    <message>
        <source>A group is highlighted when its share of seats or of minutes is below this fraction of its share of the students in need. 0.80 is the “four-fifths” rule.</source>
        <translation>Категория выделяется, если её доля мест или минут меньше этой части её доли среди нуждающихся учеников. 0,80 — правило «четырёх пятых».</translation>
    </message>
</context>
<context>
    <name>tutordesk::EquityText</name>
    <message>
        <source>Race/ethnicity</source>
        <translation>Раса/этническая принадлежность</translation>
    </message>
    <message>
        <source>EL status</source>
        <translation>Статус EL</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Инвалидность</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>Дети в приёмных семьях</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>Бездомные</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>Социально-экономически неблагополучные</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Hispanic or Latino</source>
        <translation>Латиноамериканцы</translation>
    </message>
    <message>
        <source>American Indian or Alaska Native</source>
        <translation>Американские индейцы или коренные жители Аляски</translation>
    </message>
    <message>
        <source>Asian</source>
        <translation>Азиаты</translation>
    </message>
    <message>
        <source>Black or African American</source>
        <translation>Чернокожие или афроамериканцы</translation>
    </message>
    <message>
        <source>Native Hawaiian or Pacific Islander</source>
        <translation>Коренные гавайцы или жители тихоокеанских островов</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Белые</translation>
    </message>
    <message>
        <source>Two or more races</source>
        <translation>Две расы или более</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>EL (English learner)</source>
        <translation>EL (изучающие английский)</translation>
    </message>
    <message>
        <source>RFEP (reclassified)</source>
        <translation>RFEP (переклассифицированные)</translation>
    </message>
    <message>
        <source>EO/IFEP (English only or proficient)</source>
        <translation>EO/IFEP (только английский или владеющие)</translation>
    </message>
    <message>
        <source>TBD (to be determined)</source>
        <translation>TBD (предстоит определить)</translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation>План IEP или 504</translation>
    </message>
    <message>
        <source>No IEP or 504 plan</source>
        <translation>Без плана IEP или 504</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>Бездомные (McKinney-Vento)</translation>
    </message>
    <message>
        <source>Transitional kindergarten</source>
        <translation>Переходный подготовительный класс</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>Подготовительный класс</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>%1 класс</translation>
    </message>
    <message>
        <source>Hispanic or Latino students</source>
        <translation>Ученики-латиноамериканцы</translation>
    </message>
    <message>
        <source>American Indian or Alaska Native students</source>
        <translation>Ученики — американские индейцы или коренные жители Аляски</translation>
    </message>
    <message>
        <source>Asian students</source>
        <translation>Ученики-азиаты</translation>
    </message>
    <message>
        <source>Black or African American students</source>
        <translation>Чернокожие или афроамериканские ученики</translation>
    </message>
    <message>
        <source>Native Hawaiian or Pacific Islander students</source>
        <translation>Ученики — коренные гавайцы или жители тихоокеанских островов</translation>
    </message>
    <message>
        <source>White students</source>
        <translation>Белые ученики</translation>
    </message>
    <message>
        <source>Students of two or more races</source>
        <translation>Ученики двух рас или более</translation>
    </message>
    <message>
        <source>Students with no race/ethnicity reported</source>
        <translation>Ученики без указанной расы/этнической принадлежности</translation>
    </message>
    <message>
        <source>EL students</source>
        <translation>Ученики EL</translation>
    </message>
    <message>
        <source>RFEP students</source>
        <translation>Ученики RFEP</translation>
    </message>
    <message>
        <source>EO/IFEP students</source>
        <translation>Ученики EO/IFEP</translation>
    </message>
    <message>
        <source>Students whose EL status is TBD</source>
        <translation>Ученики со статусом EL «TBD»</translation>
    </message>
    <message>
        <source>Students with no EL status reported</source>
        <translation>Ученики без указанного статуса EL</translation>
    </message>
    <message>
        <source>Students with an IEP or 504 plan</source>
        <translation>Ученики с планом IEP или 504</translation>
    </message>
    <message>
        <source>Students without an IEP or 504 plan</source>
        <translation>Ученики без плана IEP или 504</translation>
    </message>
    <message>
        <source>Homeless students</source>
        <translation>Бездомные ученики</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged students</source>
        <translation>Социально-экономически неблагополучные ученики</translation>
    </message>
    <message>
        <source>TK students</source>
        <translation>Ученики переходного подготовительного класса</translation>
    </message>
    <message>
        <source>Kindergarten students</source>
        <translation>Ученики подготовительного класса</translation>
    </message>
    <message>
        <source>Grade %1 students</source>
        <translation>Ученики %1 класса</translation>
    </message>
    <message>
        <source>Student group</source>
        <translation>Категория учеников</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Имеют право</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Зачислено</translation>
    </message>
    <message>
        <source>Minutes each</source>
        <translation>Минут на ученика</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Рост</translation>
    </message>
    <message>
        <source>Share of seats</source>
        <translation>Доля мест</translation>
    </message>
    <message>
        <source>Share of minutes</source>
        <translation>Доля минут</translation>
    </message>
    <message>
        <source>Share of need</source>
        <translation>Доля потребности</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <source>Make-ups offered</source>
        <translation>Предложено отработок</translation>
    </message>
    <message>
        <source>Make-ups attended</source>
        <translation>Посещено отработок</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Выбыли</translation>
    </message>
    <message>
        <source>A student counts in every group they belong to, once per dimension.</source>
        <translation>Ученик учитывается в каждой категории, к которой относится, по одному разу в каждом измерении.</translation>
    </message>
    <message>
        <source>Students in need: active students whose need score puts them in Tier 2 or Tier 3.</source>
        <translation>Нуждающиеся ученики: активные ученики, чей балл потребности относит их к уровню 2 или 3.</translation>
    </message>
    <message>
        <source>Eligible students who were ever given a seat in a group (invited or later), waitlist places left out.</source>
        <translation>Имеющие право ученики, которым когда-либо было предложено место в группе (приглашение или позже), без мест в листе ожидания.</translation>
    </message>
    <message>
        <source>Eligible students who took up a seat: active now, or came to sessions before a pause or an exit.</source>
        <translation>Имеющие право ученики, занявшие место: активны сейчас или посещали занятия до приостановки или выбытия.</translation>
    </message>
    <message>
        <source>Tutoring minutes received so far per enrolled student, make-ups included.</source>
        <translation>Минуты занятий, полученные на данный момент каждым зачисленным учеником, включая отработки.</translation>
    </message>
    <message>
        <source>Sessions attended out of the sessions where attendance was taken for the enrolled students.</source>
        <translation>Посещённые занятия из тех, на которых отмечалась посещаемость зачисленных учеников.</translation>
    </message>
    <message>
        <source>Mean growth on the group&apos;s probe, latest score minus the pre-test, in percentage points; only students with two probe results count.</source>
        <translation>Средний рост по срезу группы, последний балл минус входной тест, в процентных пунктах; учитываются только ученики с двумя результатами срезов.</translation>
    </message>
    <message>
        <source>This group&apos;s enrolled students out of all enrolled students in need.</source>
        <translation>Зачисленные ученики этой категории от всех зачисленных нуждающихся учеников.</translation>
    </message>
    <message>
        <source>This group&apos;s tutoring minutes out of all minutes delivered to students in need.</source>
        <translation>Минуты занятий этой категории от всех минут, проведённых с нуждающимися учениками.</translation>
    </message>
    <message>
        <source>This group&apos;s eligible students out of all students in need. A share of seats or minutes below %1 of this is highlighted.</source>
        <translation>Имеющие право ученики этой категории от всех нуждающихся учеников. Доля мест или минут ниже %1 этого значения выделяется.</translation>
    </message>
    <message>
        <source>Enrolled students whose seat was paused or offered to the waitlist after missed sessions.</source>
        <translation>Зачисленные ученики, чьё место было приостановлено или предложено листу ожидания после пропусков.</translation>
    </message>
    <message>
        <source>Make-up sessions offered per enrolled student.</source>
        <translation>Предложено отработок на зачисленного ученика.</translation>
    </message>
    <message>
        <source>Make-up sessions attended per enrolled student.</source>
        <translation>Посещено отработок на зачисленного ученика.</translation>
    </message>
    <message>
        <source>Enrolled students who left a group (exited).</source>
        <translation>Зачисленные ученики, покинувшие группу (выбывшие).</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 (four-fifths)</source>
        <translation>%1 (четыре пятых)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 п.</translation>
    </message>
    <message>
        <source>Withheld: fewer than 10 students in this group have growth measured yet.</source>
        <translation>Скрыто: рост измерен менее чем у 10 учеников этой категории.</translation>
    </message>
    <message>
        <source>Withheld: fewer than 10 students behind this figure.</source>
        <translation>Скрыто: за этим показателем менее 10 учеников.</translation>
    </message>
    <message>
        <source>Withheld so that a smaller group&apos;s figure cannot be worked out by subtraction.</source>
        <translation>Скрыто, чтобы показатель меньшей категории нельзя было вычислить вычитанием.</translation>
    </message>
    <message>
        <source>Nothing to measure yet.</source>
        <translation>Пока нечего измерять.</translation>
    </message>
    <message>
        <source>withheld to protect a smaller group</source>
        <translation>скрыто для защиты меньшей категории</translation>
    </message>
    <message>
        <source>fewer than 10 students</source>
        <translation>менее 10 учеников</translation>
    </message>
    <message>
        <source>This group is large enough, but showing it would let a smaller group&apos;s figures be worked out by subtraction, so it is held back too.</source>
        <translation>Эта категория достаточно велика, но её показ позволил бы вычислить вычитанием показатели меньшей категории, поэтому она тоже скрыта.</translation>
    </message>
    <message>
        <source>Fewer than 10 students in need: no figure is shown, to protect their privacy.</source>
        <translation>Нуждающихся учеников менее 10: показатели не отображаются ради защиты их личных данных.</translation>
    </message>
    <message>
        <source>%1 hold %2 of seats but are %3 of students in need.</source>
        <translation>%1 занимают %2 мест, но составляют %3 нуждающихся учеников.</translation>
    </message>
    <message>
        <source>%1 receive %2 of tutoring minutes but are %3 of students in need.</source>
        <translation>%1 получают %2 минут занятий, но составляют %3 нуждающихся учеников.</translation>
    </message>
    <message>
        <source>A group with fewer than 10 eligible students is not shown, and a figure that rests on fewer than 10 students is withheld, so that no student can be identified.</source>
        <translation>Категория, в которой меньше 10 имеющих право учеников, не отображается, а показатель, основанный менее чем на 10 учениках, скрывается, чтобы ни одного ученика нельзя было узнать.</translation>
    </message>
    <message>
        <source>A group is highlighted when its share of seats or minutes is below %1 of its share of need.</source>
        <translation>Категория выделяется, если её доля мест или минут ниже %1 её доли потребности.</translation>
    </message>
    <message numerus="yes">
        <source>%n tutored student(s) no longer in Tier 2 or 3 (or no longer at the school) are not counted.</source>
        <translation>
            <numerusform>Не учитывается %n ученик, который занимался, но больше не относится к уровню 2 или 3 (или не учится в школе).</numerusform>
            <numerusform>Не учитываются %n ученика, которые занимались, но больше не относятся к уровню 2 или 3 (или не учатся в школе).</numerusform>
            <numerusform>Не учитываются %n учеников, которые занимались, но больше не относятся к уровню 2 или 3 (или не учатся в школе).</numerusform>
        </translation>
    </message>
    <message>
        <source>Equity audit</source>
        <translation>Аудит равенства доступа</translation>
    </message>
    <message>
        <source>%1 · figures to %2</source>
        <translation>%1 · данные на %2</translation>
    </message>
    <message>
        <source>No group&apos;s share of seats or minutes falls below %1 of its share of need.</source>
        <translation>Ни у одной категории доля мест или минут не ниже %1 её доли потребности.</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Разрывы</translation>
    </message>
    <message>
        <source>Access, dosage and growth</source>
        <translation>Доступ, объём занятий и рост</translation>
    </message>
    <message>
        <source>The process</source>
        <translation>Процесс</translation>
    </message>
    <message>
        <source>— withheld: fewer than 10 students behind the figure, or it would reveal a smaller group&apos;s.</source>
        <translation>— скрыто: за показателем менее 10 учеников или он раскрыл бы показатель меньшей категории.</translation>
    </message>
    <message>
        <source>Equity audit, figures to %1</source>
        <translation>Аудит равенства доступа, данные на %1</translation>
    </message>
    <message>
        <source>Gaps (share below %1 of the share of need):</source>
        <translation>Разрывы (доля ниже %1 доли потребности):</translation>
    </message>
    <message>
        <source>The process (per enrolled student)</source>
        <translation>Процесс (на зачисленного ученика)</translation>
    </message>
    <message>
        <source>— withheld: fewer than 10 students behind the figure, or it would reveal a smaller group&apos;s. ! a gap.</source>
        <translation>— скрыто: за показателем менее 10 учеников или он раскрыл бы показатель меньшей категории. ! — разрыв.</translation>
    </message>
    <message>
        <source>“Eligible” means the need score qualifies the student for tutoring: an active student in Tier 2 or Tier 3 today.</source>
        <translation>«Имеют право» означает, что балл потребности даёт ученику право на занятия: активный ученик уровня 2 или 3 на сегодня.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ExchangeSettings</name>
    <message>
        <source>The sync settings could not be saved: %1</source>
        <translation>Не удалось сохранить настройки синхронизации: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a full folder path. Choose the district&apos;s folder with Browse…, or enter an address that starts with https://.</source>
        <translation>«%1» — не полный путь к папке. Выберите папку округа кнопкой «Обзор…» или введите адрес, начинающийся с https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address TutorDesk can send to. Copy the address the district gave you, starting with https://.</source>
        <translation>«%1» — не веб-адрес, на который TutorDesk может отправлять данные. Скопируйте адрес, полученный от округа, начинающийся с https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not encrypted (http://). Students&apos; records are sent only over https://: ask the district for its https:// address.</source>
        <translation>«%1» не зашифрован (http://). Данные учеников отправляются только по https://: запросите у округа его адрес https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a folder nor an https:// address.</source>
        <translation>«%1» — не папка и не адрес https://.</translation>
    </message>
</context>
<context>
    <name>tutordesk::FileImportFlow</name>
    <message>
        <source>The file could not be imported: %1</source>
        <translation>Не удалось импортировать файл: %1</translation>
    </message>
    <message>
        <source>Spreadsheets saved as CSV (*.csv *.txt);;All files (*)</source>
        <translation>Таблицы, сохранённые как CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s) now. Import it again to see them.</source>
        <translation>
            <numerusform>Ничего не импортировано: в файле сейчас %n проблема. Импортируйте его снова, чтобы увидеть её.</numerusform>
            <numerusform>Ничего не импортировано: в файле сейчас %n проблемы. Импортируйте его снова, чтобы увидеть их.</numerusform>
            <numerusform>Ничего не импортировано: в файле сейчас %n проблем. Импортируйте его снова, чтобы увидеть их.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::FilePreview</name>
    <message>
        <source>How the file was read</source>
        <translation>Как был прочитан файл</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Первые строки файла</translation>
    </message>
</context>
<context>
    <name>tutordesk::GenericRosterReader</name>
    <message>
        <source>The district student ID %1 is also on line %2. Each student must be on the roster once: remove one of the two lines, or correct the ID.</source>
        <translation>Окружной ID ученика %1 также встречается в строке %2. Каждый ученик должен быть в списке один раз: удалите одну из двух строк или исправьте ID.</translation>
    </message>
    <message numerus="yes">
        <source>Not listed: %n more problem(s). Correct the ones above (often one column is wrong throughout) and import again to see what is left.</source>
        <translation>
            <numerusform>Не показаны: ещё %n проблема. Исправьте указанные выше (часто неверен весь один столбец) и импортируйте снова, чтобы увидеть остальное.</numerusform>
            <numerusform>Не показаны: ещё %n проблемы. Исправьте указанные выше (часто неверен весь один столбец) и импортируйте снова, чтобы увидеть остальное.</numerusform>
            <numerusform>Не показаны: ещё %n проблем. Исправьте указанные выше (часто неверен весь один столбец) и импортируйте снова, чтобы увидеть остальное.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with no values in any column were skipped.</source>
        <translation>
            <numerusform>Пропущена %n строка без значений ни в одном столбце.</numerusform>
            <numerusform>Пропущены %n строки без значений ни в одном столбце.</numerusform>
            <numerusform>Пропущено %n строк без значений ни в одном столбце.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::GroupDialog</name>
    <message>
        <source>Sessions before this day, and their attendance, stay as they are</source>
        <translation>Занятия до этого дня и их посещаемость остаются без изменений</translation>
    </message>
    <message>
        <source>Changes appl&amp;y from:</source>
        <translation>Изменения &amp;действуют с:</translation>
    </message>
    <message>
        <source>Sessions this pattern makes</source>
        <translation>Занятия по этому шаблону</translation>
    </message>
    <message>
        <source>Conflicts — change the days, the time, the tutor or the room:</source>
        <translation>Конфликты — измените дни, время, репетитора или кабинет:</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>The group could not be read: %1</source>
        <translation>Не удалось прочитать группу: %1</translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>Новая группа</translation>
    </message>
    <message>
        <source>Edit Group — %1</source>
        <translation>Изменить группу — %1</translation>
    </message>
    <message>
        <source>No sessions yet: choose a tutor, at least one day and a start time.</source>
        <translation>Занятий пока нет: выберите репетитора, хотя бы один день и время начала.</translation>
    </message>
    <message>
        <source>No sessions: no school day between these dates meets the pattern.</source>
        <translation>Занятий нет: ни один учебный день между этими датами не соответствует шаблону.</translation>
    </message>
    <message numerus="yes">
        <source>≈ %n session(s) from %1 to %2</source>
        <translation>
            <numerusform>≈ %n занятие с %1 по %2</numerusform>
            <numerusform>≈ %n занятия с %1 по %2</numerusform>
            <numerusform>≈ %n занятий с %1 по %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The conflicts could not be checked: %1</source>
        <translation>Не удалось проверить конфликты: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) — change the days, the time, the tutor or the room:</source>
        <translation>
            <numerusform>%n конфликт — измените дни, время, репетитора или кабинет:</numerusform>
            <numerusform>%n конфликта — измените дни, время, репетитора или кабинет:</numerusform>
            <numerusform>%n конфликтов — измените дни, время, репетитора или кабинет:</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve the conflicts first</source>
        <translation>Сначала устраните конфликты</translation>
    </message>
    <message>
        <source>Give the group a name first</source>
        <translation>Сначала дайте группе название</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::GroupForm</name>
    <message>
        <source> students</source>
        <comment>cap spin box suffix</comment>
        <translation> уч.</translation>
    </message>
    <message>
        <source>Code, e.g. RF.3.3</source>
        <translation>Код, напр. RF.3.3</translation>
    </message>
    <message>
        <source>The skill in plain words</source>
        <translation>Навык простыми словами</translation>
    </message>
    <message>
        <source>Room, or the meeting link for a virtual group</source>
        <translation>Кабинет или ссылка на встречу для дистанционной группы</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes spin box suffix</comment>
        <translation> мин</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Предмет:</translation>
    </message>
    <message>
        <source>S&amp;kill:</source>
        <translation>&amp;Навык:</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Уровень:</translation>
    </message>
    <message>
        <source>&amp;Delivery:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>C&amp;ap:</source>
        <translation>&amp;Мест:</translation>
    </message>
    <message>
        <source>T&amp;utor:</source>
        <translation>&amp;Репетитор:</translation>
    </message>
    <message>
        <source>&amp;Room or link:</source>
        <translation>&amp;Кабинет или ссылка:</translation>
    </message>
    <message>
        <source>Meets on:</source>
        <translation>Дни занятий:</translation>
    </message>
    <message>
        <source>for</source>
        <translation>на</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Время начала</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Начало в:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier name · description</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No tutor yet (the group stays planned)</source>
        <translation>Репетитора пока нет (группа остаётся запланированной)</translation>
    </message>
    <message>
        <source>%1 — inactive</source>
        <translation>%1 — неактивен</translation>
    </message>
    <message>
        <source>%1 — clearance missing</source>
        <translation>%1 — нет допуска</translation>
    </message>
    <message>
        <source>%1 — clearance expired</source>
        <translation>%1 — допуск истёк</translation>
    </message>
    <message>
        <source>%1 (substitute pool)</source>
        <translation>%1 (резерв замен)</translation>
    </message>
</context>
<context>
    <name>tutordesk::GroupSchedule</name>
    <message>
        <source>The group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>%1: “%2” is not a subject. Choose reading, math, writing or other.</source>
        <translation>%1: «%2» — не предмет. Выберите чтение, математику, письмо или другое.</translation>
    </message>
    <message>
        <source>%1: the tier must be 1, 2 or 3, not %2.</source>
        <translation>%1: уровень должен быть 1, 2 или 3, а не %2.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a delivery model. Choose pull-out, after school, Saturday, virtual or hybrid.</source>
        <translation>%1: «%2» — не формат занятий. Выберите: во время уроков, после уроков, суббота, дистанционно или смешанный.</translation>
    </message>
    <message>
        <source>%1: a group holds 1 to 4 students, not %2. Choose a cap from 1 to 4.</source>
        <translation>%1: в группе от 1 до 4 учеников, а не %2. Выберите число мест от 1 до 4.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n student(s) holding seats, more than a cap of %2. Move students to other groups first, or keep the cap at %n or more.</source>
        <translation>
            <numerusform>В группе %1 место занимает %n ученик — больше, чем %2 мест. Сначала переведите учеников в другие группы или оставьте не менее %n мест.</numerusform>
            <numerusform>В группе %1 места занимают %n ученика — больше, чем %2 мест. Сначала переведите учеников в другие группы или оставьте не менее %n мест.</numerusform>
            <numerusform>В группе %1 места занимают %n учеников — больше, чем %2 мест. Сначала переведите учеников в другие группы или оставьте не менее %n мест.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a session lasts 5 to 240 minutes, not %2.</source>
        <translation>%1: занятие длится от 5 до 240 минут, а не %2.</translation>
    </message>
    <message>
        <source>%1: the meeting days are not valid. Choose the weekdays again.</source>
        <translation>%1: дни занятий указаны неверно. Выберите дни недели заново.</translation>
    </message>
    <message>
        <source>%1: a session starting at %2 for %3 minutes would end after midnight. Choose an earlier start.</source>
        <translation>%1: занятие, начинающееся в %2 и длящееся %3 мин, закончится после полуночи. Выберите более раннее начало.</translation>
    </message>
    <message>
        <source>%1 needs a start day and an end day. Enter both.</source>
        <translation>Для %1 нужны день начала и день окончания. Введите оба.</translation>
    </message>
    <message>
        <source>%1 starts on %2, after its end day %3. Choose an end day on or after the start.</source>
        <translation>%1 начинается %2, после дня окончания %3. Выберите день окончания не раньше начала.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a group status. Choose planned, active or ended.</source>
        <translation>%1: «%2» — не статус группы. Выберите: запланирована, активна или завершена.</translation>
    </message>
    <message>
        <source>There is no group %1 any more (it may have been removed). Reload the page.</source>
        <translation>Группы %1 больше нет (возможно, она удалена). Перезагрузите страницу.</translation>
    </message>
    <message>
        <source>%1: the chosen tutor is no longer on the roster. Choose another tutor.</source>
        <translation>%1: выбранного репетитора больше нет в списке. Выберите другого репетитора.</translation>
    </message>
    <message>
        <source>%1 is inactive and cannot lead %2. Choose another tutor, or make them active on the Tutors page.</source>
        <translation>%1 неактивен и не может вести %2. Выберите другого репетитора или сделайте его активным на странице «Репетиторы».</translation>
    </message>
    <message>
        <source>%1 is not cleared to work with students on %2. Record their clearances on the Tutors page first.</source>
        <translation>У %1 нет допуска к работе с учениками на %2. Сначала внесите его допуски на странице «Репетиторы».</translation>
    </message>
    <message>
        <source>%1 could not be saved in %2: %3</source>
        <translation>Не удалось сохранить %1 в %2: %3</translation>
    </message>
    <message>
        <source>The group has no name. Enter a name, for example “Reading · Grades 3–4 · Tier 2 · A”.</source>
        <translation>У группы нет названия. Введите название, например «Чтение · 3–4 классы · Уровень 2 · A».</translation>
    </message>
</context>
<context>
    <name>tutordesk::GuardianEditor</name>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>&amp;Primary contact for this student</source>
        <translation>&amp;Основное контактное лицо для этого ученика</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Мобильный телефон</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Домашний телефон</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Рабочий телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Consents to &amp;text messages</source>
        <translation>Согласен на &amp;SMS</translation>
    </message>
    <message>
        <source>Add Guardian</source>
        <translation>Добавить опекуна</translation>
    </message>
    <message>
        <source>Edit Guardian — %1</source>
        <translation>Изменить опекуна — %1</translation>
    </message>
    <message>
        <source>Relationship to the student</source>
        <translation>Кем приходится ученику</translation>
    </message>
    <message>
        <source>The guardian letters are addressed to and calls go to first</source>
        <translation>Опекун, которому адресуются письма и звонят в первую очередь</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Предпочитаемый язык</translation>
    </message>
    <message>
        <source>Choose a language, or type a language code such as &quot;hmn&quot; for Hmong. Letters are printed in the listed languages; others get English letters.</source>
        <translation>Выберите язык или введите код языка, например &quot;hmn&quot; для хмонг. Письма печатаются на языках из списка; для остальных — на английском.</translation>
    </message>
    <message>
        <source>Preferred contact method</source>
        <translation>Предпочитаемый способ связи</translation>
    </message>
    <message>
        <source>Texts are sent only to a mobile phone, and only with the family&apos;s consent</source>
        <translation>SMS отправляются только на мобильный телефон и только с согласия семьи</translation>
    </message>
    <message>
        <source>e.g. (323) 555-0101</source>
        <translation>напр., (323) 555-0101</translation>
    </message>
    <message>
        <source>e.g. maria@example.com</source>
        <translation>напр., maria@example.com</translation>
    </message>
    <message>
        <source>Also the guardian of: %1. Changes to the phones, e-mail and language apply to these children too.</source>
        <translation>Также опекун: %1. Изменения телефонов, эл. почты и языка применяются и к этим детям.</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Кем приходится:</translation>
    </message>
    <message>
        <source>&amp;Mobile phone:</source>
        <translation>&amp;Мобильный телефон:</translation>
    </message>
    <message>
        <source>&amp;Home phone:</source>
        <translation>&amp;Домашний телефон:</translation>
    </message>
    <message>
        <source>&amp;Work phone:</source>
        <translation>&amp;Рабочий телефон:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Contact by:</source>
        <translation>&amp;Способ связи:</translation>
    </message>
    <message>
        <source>Why the guardian was not saved</source>
        <translation>Почему опекун не сохранён</translation>
    </message>
    <message>
        <source>The guardian could not be saved.</source>
        <translation>Не удалось сохранить опекуна.</translation>
    </message>
    <message>
        <source>The guardian could not be saved: %1</source>
        <translation>Не удалось сохранить опекуна: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::Guardians</name>
    <message>
        <source>The %1 phone of %2, &quot;%3&quot;, has characters a phone number does not have. Use digits, spaces and ( ) - . + only.</source>
        <translation>%1 телефон опекуна %2, «%3», содержит символы, которых нет в номере телефона. Используйте только цифры, пробелы и ( ) - . +</translation>
    </message>
    <message>
        <source>The %1 phone of %2, &quot;%3&quot;, is too short: a phone number has at least 7 digits. Correct it or leave it empty.</source>
        <translation>%1 телефон опекуна %2, «%3», слишком короткий: в номере телефона не менее 7 цифр. Исправьте его или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>A guardian needs a name: type a first or a last name.</source>
        <translation>У опекуна должно быть имя: введите имя или фамилию.</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>Мобильный</translation>
    </message>
    <message>
        <source>home</source>
        <translation>Домашний</translation>
    </message>
    <message>
        <source>work</source>
        <translation>Рабочий</translation>
    </message>
    <message>
        <source>The e-mail of %1, &quot;%2&quot;, is not an e-mail address: it needs one @ between a name and a domain, with no spaces (maria@example.com).</source>
        <translation>Эл. почта опекуна %1, «%2», не является адресом эл. почты: нужен один знак @ между именем и доменом, без пробелов (maria@example.com).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a relationship TutorDesk knows. Choose one of: %2.</source>
        <translation>«%1» — неизвестная TutorDesk степень родства. Выберите одну из: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a contact method TutorDesk knows. Choose one of: %2.</source>
        <translation>«%1» — неизвестный TutorDesk способ связи. Выберите один из: %2.</translation>
    </message>
    <message>
        <source>Choose the language %1 prefers (English if you do not know it).</source>
        <translation>Выберите язык, который предпочитает %1 (английский, если не знаете).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code. Choose a language from the list or type a code such as &quot;es&quot;, &quot;zh-Hant&quot; or &quot;hmn&quot;.</source>
        <translation>«%1» — не код языка. Выберите язык из списка или введите код, например &quot;es&quot;, &quot;zh-Hant&quot; или &quot;hmn&quot;.</translation>
    </message>
    <message>
        <source>%1 consents to texts but has no mobile phone. Type the mobile number or clear the consent.</source>
        <translation>%1 согласен на SMS, но мобильный телефон не указан. Введите мобильный номер или снимите согласие.</translation>
    </message>
    <message>
        <source>%1 prefers texts but has not consented to them. Record the consent or choose another method.</source>
        <translation>%1 предпочитает SMS, но не дал на них согласия. Запишите согласие или выберите другой способ.</translation>
    </message>
    <message>
        <source>%1 prefers e-mail but has no e-mail address. Type it or choose another method.</source>
        <translation>%1 предпочитает эл. почту, но адрес не указан. Введите его или выберите другой способ.</translation>
    </message>
    <message>
        <source>The guardian could not be saved in %1: %2</source>
        <translation>Не удалось сохранить опекуна в %1: %2</translation>
    </message>
    <message>
        <source>There is no student %1 (they may have been removed). Reload the Students page.</source>
        <translation>Ученик %1 не найден (возможно, он удалён). Перезагрузите страницу «Ученики».</translation>
    </message>
    <message>
        <source>%1 is not a guardian of this student any more (someone may have removed them). Reload the Students page.</source>
        <translation>%1 больше не является опекуном этого ученика (возможно, его кто-то удалил). Перезагрузите страницу «Ученики».</translation>
    </message>
    <message>
        <source>Guardian details edited</source>
        <translation>Данные опекуна изменены</translation>
    </message>
    <message>
        <source>That guardian is no longer on record (they may have been removed). Search again.</source>
        <translation>Этого опекуна больше нет в записях (возможно, он удалён). Повторите поиск.</translation>
    </message>
    <message>
        <source>%1 is already a guardian of this student.</source>
        <translation>%1 уже является опекуном этого ученика.</translation>
    </message>
    <message>
        <source>That guardian is not linked to this student any more. Reload the Students page.</source>
        <translation>Этот опекун больше не связан с этим учеником. Перезагрузите страницу «Ученики».</translation>
    </message>
    <message>
        <source>The guardian could not be removed in %1: %2</source>
        <translation>Не удалось удалить опекуна в %1: %2</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Мать</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Отец</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Бабушка или дедушка</translation>
    </message>
    <message>
        <source>Aunt or uncle</source>
        <translation>Тётя или дядя</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Брат или сестра</translation>
    </message>
    <message>
        <source>Foster parent</source>
        <translation>Приёмный родитель</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Опекун</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Телефонный звонок</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
</context>
<context>
    <name>tutordesk::GuiOptions</name>
    <message>
        <source>TutorDesk: intensive tutoring, run by need.</source>
        <translation>TutorDesk: интенсивные репетиторские занятия по потребности.</translation>
    </message>
    <message>
        <source>Open the TutorDesk database at PATH (else $TUTORDESK_DB, else your school&apos;s usual database).</source>
        <translation>Открыть базу данных TutorDesk по пути PATH (иначе $TUTORDESK_DB, иначе обычную базу данных вашей школы).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Open the demo school, creating it first if it is not there yet.</source>
        <translation>Открыть демонстрационную школу, создав её, если её ещё нет.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE (PNG) once it has loaded, then quit.</source>
        <translation>Сохранить изображение окна в FILE (PNG) после загрузки и выйти.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Take DAY (YYYY-MM-DD) as today, e.g. for a demo school&apos;s screenshots.</source>
        <translation>Считать сегодняшним днём DAY (YYYY-MM-DD), например для снимков экрана демонстрационной школы.</translation>
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
        <translation>База данных TutorDesk для открытия (то же, что --db).</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[file]</translation>
    </message>
    <message>
        <source>--today needs a day written YYYY-MM-DD, e.g. 2026-11-20.</source>
        <translation>Для --today нужен день в формате YYYY-MM-DD, напр. 2026-11-20.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Import</name>
    <message>
        <source>, line %1</source>
        <translation>, строка %1</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>, столбец %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>the mapping given</source>
        <translation>указанное сопоставление</translation>
    </message>
    <message>
        <source>the mapping saved last time</source>
        <translation>сопоставление, сохранённое в прошлый раз</translation>
    </message>
    <message>
        <source>matched by name</source>
        <translation>сопоставлено по названию</translation>
    </message>
    <message>
        <source>Columns (%1): %2.</source>
        <translation>Столбцы (%1): %2.</translation>
    </message>
    <message>
        <source>The mapping given is for &quot;%1&quot; files, but %2 is read as &quot;%3&quot;. Give a mapping made for this kind of file, or none to match the columns by name.</source>
        <translation>Указанное сопоставление предназначено для файлов «%1», а %2 читается как «%3». Укажите сопоставление для файлов этого вида или не указывайте его, чтобы столбцы сопоставлялись по названиям.</translation>
    </message>
    <message>
        <source>%1 more problems are not listed. Correct the ones above (often one column is wrong throughout) and run again to see what is left.</source>
        <translation>Ещё %1 проблем не показано. Исправьте указанные выше (часто неверен весь один столбец) и запустите снова, чтобы увидеть остальное.</translation>
    </message>
    <message>
        <source>A OneRoster export names its own columns; the column mapping given was not needed.</source>
        <translation>В выгрузке OneRoster столбцы уже названы; указанное сопоставление столбцов не понадобилось.</translation>
    </message>
    <message>
        <source>%1 is a CSV roster. Choosing a school and adding a flags file are for OneRoster exports (a .zip or a folder); a CSV roster carries its flags in its own columns.</source>
        <translation>%1 — список в формате CSV. Выбор школы и файл признаков нужны для выгрузок OneRoster (.zip или папка); в списке CSV признаки содержатся в его собственных столбцах.</translation>
    </message>
    <message>
        <source>The column mapping could not be saved for next time: %1</source>
        <translation>Не удалось сохранить сопоставление столбцов на следующий раз: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportActions</name>
    <message>
        <source>Import &amp;Roster…</source>
        <translation>Импорт &amp;списка…</translation>
    </message>
    <message>
        <source>Import &amp;Scores…</source>
        <translation>Импорт &amp;результатов…</translation>
    </message>
    <message>
        <source>Bring in the students from your district&apos;s roster file</source>
        <translation>Загрузить учеников из файла списка вашего округа</translation>
    </message>
    <message>
        <source>Bring in benchmark results (i-Ready, STAR, MAP) for students on file</source>
        <translation>Загрузить результаты контрольных тестов (i-Ready, STAR, MAP) для учеников в базе</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportDialog</name>
    <message>
        <source>C&amp;heck File</source>
        <translation>&amp;Проверить файл</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Read the whole file and list every problem, without importing anything</source>
        <translation>Прочитать весь файл и показать все проблемы, ничего не импортируя</translation>
    </message>
    <message>
        <source>Available once the file has been checked without problems</source>
        <translation>Доступно после проверки файла без проблем</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Проверка отменена.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Импорт отменён. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Choose a file to begin.</source>
        <translation>Выберите файл, чтобы начать.</translation>
    </message>
    <message>
        <source>Click Check File: TutorDesk reads the whole file and lists anything to fix. Nothing is imported yet.</source>
        <translation>Нажмите «Проверить файл»: TutorDesk прочитает весь файл и покажет, что нужно исправить. Пока ничего не импортируется.</translation>
    </message>
    <message>
        <source>The choices changed. Click Check File again.</source>
        <translation>Параметры изменились. Снова нажмите «Проверить файл».</translation>
    </message>
    <message>
        <source>1 student on file is not in this roster. Mark them withdrawn? Their history is kept.</source>
        <translation>1 ученика в базе нет в этом списке. Отметить его как выбывшего? Его история сохранится.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln students on file are not in this roster. Mark them withdrawn? Their history is kept.</source>
        <translation>
            <numerusform>%Ln ученика в базе нет в этом списке. Отметить их как выбывших? Их история сохранится.</numerusform>
            <numerusform>%Ln учеников в базе нет в этом списке. Отметить их как выбывших? Их история сохранится.</numerusform>
            <numerusform>%Ln учеников в базе нет в этом списке. Отметить их как выбывших? Их история сохранится.</numerusform>
        </translation>
    </message>
    <message>
        <source>Students Not in This Roster</source>
        <translation>Ученики, которых нет в этом списке</translation>
    </message>
    <message>
        <source>Choose No if this file lists only some of the school&apos;s students.</source>
        <translation>Выберите «Нет», если в этом файле только часть учеников школы.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Проверка %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <source>The need scores could not be recalculated: %1</source>
        <translation>Не удалось пересчитать баллы потребности: %1</translation>
    </message>
    <message>
        <source>Need scores were recalculated from the new data.</source>
        <translation>Баллы потребности пересчитаны по новым данным.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportKind</name>
    <message>
        <source>Import Roster</source>
        <translation>Импорт списка</translation>
    </message>
    <message>
        <source>Choose the roster your district&apos;s student system exported: a CSV file, or a OneRoster zip file or folder.</source>
        <translation>Выберите список, выгруженный из системы учёта учеников вашего округа: файл CSV или zip-файл либо папку OneRoster.</translation>
    </message>
    <message>
        <source>Import Benchmark Scores</source>
        <translation>Импорт результатов контрольных тестов</translation>
    </message>
    <message>
        <source>Choose the scores file your assessment system exported (i-Ready, STAR, MAP or similar) as CSV. The students must already be on file.</source>
        <translation>Выберите файл результатов, выгруженный из системы оценивания (i-Ready, STAR, MAP или подобной), в формате CSV. Ученики уже должны быть в базе.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportReportView</name>
    <message>
        <source>&amp;Copy Report</source>
        <translation>&amp;Копировать отчёт</translation>
    </message>
    <message>
        <source>Sa&amp;ve Report…</source>
        <translation>&amp;Сохранить отчёт…</translation>
    </message>
    <message>
        <source>What the import found</source>
        <translation>Что обнаружил импорт</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Что делать дальше</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Проблемы в файле</translation>
    </message>
    <message>
        <source>Copy the report to paste it into an email or a document</source>
        <translation>Скопировать отчёт, чтобы вставить его в письмо или документ</translation>
    </message>
    <message>
        <source>Save the report as a text file</source>
        <translation>Сохранить отчёт в текстовый файл</translation>
    </message>
    <message>
        <source>%1 - import report.txt</source>
        <comment>file name</comment>
        <translation>%1 - отчёт об импорте.txt</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Текстовые файлы (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Не удалось сохранить отчёт в %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportReviewDialog</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Что содержит файл</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Что делать дальше</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Nothing has been imported. Fix the file, save it, and import it again.</source>
        <translation>
            <numerusform>Найдена %n проблема. Ничего не импортировано. Исправьте файл, сохраните его и импортируйте снова.</numerusform>
            <numerusform>Найдены %n проблемы. Ничего не импортировано. Исправьте файл, сохраните его и импортируйте снова.</numerusform>
            <numerusform>Найдено %n проблем. Ничего не импортировано. Исправьте файл, сохраните его и импортируйте снова.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything in this file is already in TutorDesk. There is nothing to import.</source>
        <translation>Всё содержимое этого файла уже есть в TutorDesk. Импортировать нечего.</translation>
    </message>
    <message>
        <source>No problems found. Click Import to bring these changes in.</source>
        <translation>Проблем не найдено. Нажмите «Импортировать», чтобы внести эти изменения.</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Проблемы в файле</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportRunner</name>
    <message>
        <source>Checking the File</source>
        <translation>Проверка файла</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportSource</name>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Файл для импорта</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Файл ещё не выбран</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Выбрать файл…</translation>
    </message>
    <message>
        <source>OneRoster &amp;Folder…</source>
        <translation>&amp;Папка OneRoster…</translation>
    </message>
    <message>
        <source>A folder holding a OneRoster export (orgs.csv, users.csv, …)</source>
        <translation>Папка с выгрузкой OneRoster (orgs.csv, users.csv, …)</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>Какой столбец что содержит</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Первые строки файла</translation>
    </message>
    <message>
        <source>Choose a OneRoster Folder</source>
        <translation>Выберите папку OneRoster</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>Выберите файл</translation>
    </message>
    <message>
        <source>Rosters (*.csv *.txt *.zip);;All files (*)</source>
        <translation>Списки (*.csv *.txt *.zip);;Все файлы (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The columns you chose last time. Check them against the first rows on the right.</source>
        <translation>Столбцы, выбранные в прошлый раз. Сверьте их с первыми строками справа.</translation>
    </message>
    <message>
        <source>TutorDesk matched these columns by their names. Check them against the first rows on the right.</source>
        <translation>TutorDesk сопоставил эти столбцы по названиям. Сверьте их с первыми строками справа.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportText</name>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Юникод (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-8, as Excel saves it)</source>
        <translation>Юникод (UTF-8, как сохраняет Excel)</translation>
    </message>
    <message>
        <source>Windows Western European (as older Excel saves it)</source>
        <translation>Windows, западноевропейская (как сохраняют старые версии Excel)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation>Юникод (UTF-16)</translation>
    </message>
    <message>
        <source>columns separated by tabs</source>
        <translation>столбцы разделены табуляцией</translation>
    </message>
    <message>
        <source>columns separated by semicolons</source>
        <translation>столбцы разделены точкой с запятой</translation>
    </message>
    <message>
        <source>columns separated by commas</source>
        <translation>столбцы разделены запятыми</translation>
    </message>
    <message>
        <source>columns separated by &quot;%1&quot;</source>
        <translation>столбцы разделены символом &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Read as %1, %2; %3 after the header.</source>
        <translation>Прочитано как %1, %2; после заголовка: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln строка</numerusform>
            <numerusform>%Ln строки</numerusform>
            <numerusform>%Ln строк</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Строка %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>столбец %1</translation>
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
            <numerusform>Прочитан %Ln ученик.</numerusform>
            <numerusform>Прочитано %Ln ученика.</numerusform>
            <numerusform>Прочитано %Ln учеников.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) read.</source>
        <translation>
            <numerusform>Прочитан %Ln результат.</numerusform>
            <numerusform>Прочитано %Ln результата.</numerusform>
            <numerusform>Прочитано %Ln результатов.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 read: %2 new, %3 changed, %4 unchanged.</source>
        <translation>Прочитано: %1; новых %2, изменённых %3, без изменений %4.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s)</source>
        <translation>
            <numerusform>%Ln ученик</numerusform>
            <numerusform>%Ln ученика</numerusform>
            <numerusform>%Ln учеников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) marked withdrawn.</source>
        <translation>
            <numerusform>%Ln ученик отмечен как выбывший.</numerusform>
            <numerusform>%Ln ученика отмечены как выбывшие.</numerusform>
            <numerusform>%Ln учеников отмечены как выбывшие.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in this roster: %Ln student(s) on file.</source>
        <translation>
            <numerusform>Нет в этом списке: %Ln ученик из базы.</numerusform>
            <numerusform>Нет в этом списке: %Ln ученика из базы.</numerusform>
            <numerusform>Нет в этом списке: %Ln учеников из базы.</numerusform>
        </translation>
    </message>
    <message>
        <source>Families: %1 new, %2 changed.</source>
        <translation>Семьи: новых %1, изменённых %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln результат</numerusform>
            <numerusform>%Ln результата</numerusform>
            <numerusform>%Ln результатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found. Nothing has been imported. Fix the file (or choose other columns above), save it, and click Check File again.</source>
        <translation>
            <numerusform>Найдена %Ln проблема. Ничего не импортировано. Исправьте файл (или выберите другие столбцы выше), сохраните его и снова нажмите «Проверить файл».</numerusform>
            <numerusform>Найдены %Ln проблемы. Ничего не импортировано. Исправьте файл (или выберите другие столбцы выше), сохраните его и снова нажмите «Проверить файл».</numerusform>
            <numerusform>Найдено %Ln проблем. Ничего не импортировано. Исправьте файл (или выберите другие столбцы выше), сохраните его и снова нажмите «Проверить файл».</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Импортировано.</translation>
    </message>
    <message>
        <source>No problems found. Click Import to bring these changes in.</source>
        <translation>Проблем не найдено. Нажмите «Импортировать», чтобы внести эти изменения.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LanguageNames</name>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Испанский</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Корейский</translation>
    </message>
    <message>
        <source>Chinese, Simplified</source>
        <translation>Китайский (упрощённый)</translation>
    </message>
    <message>
        <source>Chinese, Traditional</source>
        <translation>Китайский (традиционный)</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>Армянский</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Вьетнамский</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>Тагальский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Персидский</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Арабский</translation>
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
        <translation>Письма семьям</translation>
    </message>
    <message>
        <source>Family Letter</source>
        <translation>Письмо семье</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>Вид письма</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Бумага</translation>
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
        <translation>Примечания к этому письму</translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation>Предпросмотр письма</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>&amp;Print All…</source>
        <translation>&amp;Печатать все…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print through the system print dialog (%1); each letter is logged as a contact</source>
        <translation>Печать через системное окно печати (%1); каждое письмо записывается как контакт</translation>
    </message>
    <message>
        <source>&amp;Save All as One PDF…</source>
        <translation>&amp;Сохранить все в один PDF…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Save as a PDF file (%1), one letter per page; each letter is logged as a contact</source>
        <translation>Сохранить в файл PDF (%1), по одному письму на страницу; каждое письмо записывается как контакт</translation>
    </message>
    <message>
        <source>&amp;Edit Template…</source>
        <translation>&amp;Изменить шаблон…</translation>
    </message>
    <message>
        <source>Change this kind of letter&apos;s text in this language (kept beside the original)</source>
        <translation>Изменить текст этого вида письма на этом языке (оригинал сохраняется)</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>Язык письма</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <source>&amp;Letters (one page for each family):</source>
        <translation>&amp;Письма (по одной странице на семью):</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>The student&apos;s family could not be read: %1</source>
        <translation>Не удалось прочитать данные о семье ученика: %1</translation>
    </message>
    <message>
        <source>Unnamed guardian</source>
        <translation>Опекун без имени</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, primary</source>
        <translation>%1, основной</translation>
    </message>
    <message>
        <source>No guardian on file: addressed to the family</source>
        <translation>Опекун не указан: письмо адресовано семье</translation>
    </message>
    <message>
        <source>Letter to the Family of %1</source>
        <translation>Письмо семье ученика %1</translation>
    </message>
    <message>
        <source>This letter cannot be written: %1</source>
        <translation>Это письмо невозможно составить: %1</translation>
    </message>
    <message>
        <source>Student %1</source>
        <translation>Ученик %1</translation>
    </message>
    <message>
        <source>Family of %1</source>
        <translation>Семья ученика %1</translation>
    </message>
    <message>
        <source>translation not yet reviewed</source>
        <translation>перевод ещё не проверен</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Family Letters (%1)</source>
        <translation>Письма семьям (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) cannot be written and are left out: %1</source>
        <translation>
            <numerusform>%n письмо невозможно составить, оно пропущено: %1</numerusform>
            <numerusform>%n письма невозможно составить, они пропущены: %1</numerusform>
            <numerusform>%n писем невозможно составить, они пропущены: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Translation not yet reviewed by a qualified translator.</source>
        <translation>Перевод ещё не проверен квалифицированным переводчиком.</translation>
    </message>
    <message>
        <source>The text was edited in TutorDesk (version %1).</source>
        <translation>Текст изменён в TutorDesk (версия %1).</translation>
    </message>
    <message>
        <source>Printed and logged</source>
        <translation>Напечатано и записано</translation>
    </message>
    <message>
        <source>Saved and logged</source>
        <translation>Сохранено и записано</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Family letters</source>
        <translation>Письма семьям</translation>
    </message>
    <message>
        <source>No letters are chosen to print.</source>
        <translation>Не выбрано ни одного письма для печати.</translation>
    </message>
    <message>
        <source>The letters could not be printed: the printer refused them. Check the printer, or save them as a PDF and print that.</source>
        <translation>Не удалось напечатать письма: принтер их отклонил. Проверьте принтер или сохраните письма в PDF и распечатайте его.</translation>
    </message>
    <message>
        <source>Save Letters as PDF</source>
        <translation>Сохранить письма в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No letters are chosen to save.</source>
        <translation>Не выбрано ни одного письма для сохранения.</translation>
    </message>
    <message>
        <source>Printed, but the letters are not on record: %1 Log the contacts by hand.</source>
        <translation>Письма напечатаны, но не записаны: %1 Запишите контакты вручную.</translation>
    </message>
    <message>
        <source>Saved, but the letters are not on record: %1 Log the contacts by hand.</source>
        <translation>Письма сохранены, но не записаны: %1 Запишите контакты вручную.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) printed and logged as contacts.</source>
        <translation>
            <numerusform>%n письмо напечатано и записано как контакт.</numerusform>
            <numerusform>%n письма напечатаны и записаны как контакты.</numerusform>
            <numerusform>%n писем напечатано и записано как контакты.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) saved as a PDF and logged as contacts.</source>
        <translation>
            <numerusform>%n письмо сохранено в PDF и записано как контакт.</numerusform>
            <numerusform>%n письма сохранены в PDF и записаны как контакты.</numerusform>
            <numerusform>%n писем сохранено в PDF и записано как контакты.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterKinds</name>
    <message>
        <source>Enrollment invitation with consent slip</source>
        <translation>Приглашение к зачислению с бланком согласия</translation>
    </message>
    <message>
        <source>Missed-session notice 1</source>
        <translation>Уведомление о пропуске занятия 1</translation>
    </message>
    <message>
        <source>Missed-session notice 2</source>
        <translation>Уведомление о пропуске занятия 2</translation>
    </message>
    <message>
        <source>Missed-session notice 3</source>
        <translation>Уведомление о пропуске занятия 3</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Отчёт об успеваемости</translation>
    </message>
    <message>
        <source>End-of-program summary</source>
        <translation>Итоги программы</translation>
    </message>
    <message>
        <source>The school&apos;s name</source>
        <translation>Название школы</translation>
    </message>
    <message>
        <source>The school&apos;s address</source>
        <translation>Адрес школы</translation>
    </message>
    <message>
        <source>The school&apos;s phone number</source>
        <translation>Телефон школы</translation>
    </message>
    <message>
        <source>The tutoring coordinator&apos;s name</source>
        <translation>Имя координатора репетиторских занятий</translation>
    </message>
    <message>
        <source>The letter&apos;s date, written out</source>
        <translation>Дата письма прописью</translation>
    </message>
    <message>
        <source>The date to return the slip by (a week later)</source>
        <translation>Срок возврата бланка (через неделю)</translation>
    </message>
    <message>
        <source>The guardian&apos;s name, or &quot;Family of&quot; the student</source>
        <translation>Имя опекуна или «Семья» ученика</translation>
    </message>
    <message>
        <source>The student&apos;s preferred or first name</source>
        <translation>Предпочитаемое или личное имя ученика</translation>
    </message>
    <message>
        <source>The student&apos;s full name</source>
        <translation>Полное имя ученика</translation>
    </message>
    <message>
        <source>The student&apos;s grade, in words</source>
        <translation>Класс ученика прописью</translation>
    </message>
    <message>
        <source>The subject of the tutoring group</source>
        <translation>Предмет репетиторской группы</translation>
    </message>
    <message>
        <source>The days the group meets</source>
        <translation>Дни занятий группы</translation>
    </message>
    <message>
        <source>The group&apos;s start and end time</source>
        <translation>Время начала и окончания занятий группы</translation>
    </message>
    <message>
        <source>Where the group meets</source>
        <translation>Место занятий группы</translation>
    </message>
    <message>
        <source>The group&apos;s tutor</source>
        <translation>Репетитор группы</translation>
    </message>
    <message>
        <source>The group&apos;s first day</source>
        <translation>Первый день занятий группы</translation>
    </message>
    <message>
        <source>The group&apos;s last day</source>
        <translation>Последний день занятий группы</translation>
    </message>
    <message>
        <source>The day of the missed session</source>
        <translation>День пропущенного занятия</translation>
    </message>
    <message>
        <source>The days of the sessions missed in a row</source>
        <translation>Дни занятий, пропущенных подряд</translation>
    </message>
    <message>
        <source>How many sessions were missed in a row</source>
        <translation>Сколько занятий пропущено подряд</translation>
    </message>
    <message>
        <source>Sessions attended over the last four weeks, in percent</source>
        <translation>Посещённые занятия за последние четыре недели, в процентах</translation>
    </message>
    <message>
        <source>Sessions the student attended</source>
        <translation>Занятия, которые посетил ученик</translation>
    </message>
    <message>
        <source>Sessions the group held</source>
        <translation>Занятия, проведённые группой</translation>
    </message>
    <message>
        <source>Minutes of tutoring received</source>
        <translation>Полученные минуты занятий</translation>
    </message>
    <message>
        <source>Minutes of tutoring planned</source>
        <translation>Запланированные минуты занятий</translation>
    </message>
    <message>
        <source>The skill the group works on</source>
        <translation>Навык, над которым работает группа</translation>
    </message>
    <message>
        <source>The first probe score</source>
        <translation>Балл первого среза</translation>
    </message>
    <message>
        <source>The latest probe score</source>
        <translation>Балл последнего среза</translation>
    </message>
    <message>
        <source>Growth from the first to the latest probe</source>
        <translation>Рост от первого до последнего среза</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterLog</name>
    <message>
        <source>There is no student %1 (they may have been removed). Merge the letters again.</source>
        <translation>Ученик %1 не найден (возможно, он удалён). Снова объедините письма.</translation>
    </message>
    <message>
        <source>The letter for %1 is addressed to a guardian no longer listed for them. Merge the letters again.</source>
        <translation>Письмо для %1 адресовано опекуну, который больше не указан. Снова объедините письма.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of letter.</source>
        <translation>«%1» — не вид письма.</translation>
    </message>
    <message>
        <source>The letter for %1 answers a due action of another student. Merge the letters again.</source>
        <translation>Письмо для %1 относится к требуемому действию другого ученика. Снова объедините письма.</translation>
    </message>
    <message>
        <source>Letter sent: %1</source>
        <translation>Письмо отправлено: %1</translation>
    </message>
    <message>
        <source>“%1” is not a way of sending a letter: print or pdf.</source>
        <translation>«%1» — не способ отправки письма: print или pdf.</translation>
    </message>
    <message>
        <source>Say when the letters were printed or saved.</source>
        <translation>Укажите, когда письма были напечатаны или сохранены.</translation>
    </message>
    <message>
        <source>No letter was logged: %1</source>
        <translation>Письмо не записано: %1</translation>
    </message>
    <message>
        <source>The letters could not be logged in %1: %2. Nothing was logged; try again.</source>
        <translation>Не удалось записать письма в %1: %2. Ничего не записано; повторите попытку.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterMerge</name>
    <message>
        <source>Hmong</source>
        <translation>Хмонг</translation>
    </message>
    <message>
        <source>The %1 for %2 could not be filled in: no value for %3. Please report this.</source>
        <translation>Не удалось заполнить %1 для %2: нет значения для %3. Пожалуйста, сообщите об этом.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of letter. Use one of: %2.</source>
        <translation>«%1» — не вид письма. Используйте один из видов: %2.</translation>
    </message>
    <message>
        <source>The letter has no date. Give the day it is written.</source>
        <translation>У письма нет даты. Укажите день его написания.</translation>
    </message>
    <message>
        <source>TutorDesk has no letters in &quot;%1&quot;. Use one of: %2.</source>
        <translation>В TutorDesk нет писем на «%1». Используйте один из языков: %2.</translation>
    </message>
    <message>
        <source>The family reads %1; there is no %1 %2 yet, so this one is in English.</source>
        <translation>Язык семьи — %1; письма «%2» на языке «%1» пока нет, поэтому это письмо на английском.</translation>
    </message>
    <message>
        <source>The family reads %1; there are no %1 letters yet, so this one is in English.</source>
        <translation>Язык семьи — %1; писем на языке «%1» пока нет, поэтому это письмо на английском.</translation>
    </message>
    <message>
        <source>The English %1 is missing from this copy of TutorDesk. Reinstall TutorDesk.</source>
        <translation>В этой копии TutorDesk отсутствует английский вариант: %1. Переустановите TutorDesk.</translation>
    </message>
    <message>
        <source>student %1</source>
        <translation>ученик %1</translation>
    </message>
    <message>
        <source>No letters were made: the letter for %1 could not be: %2</source>
        <translation>Письма не созданы: письмо для %1 составить не удалось: %2</translation>
    </message>
    <message>
        <source>That guardian is not on record for %1. Choose one of %1&apos;s guardians.</source>
        <translation>Этот опекун не указан для ученика %1. Выберите одного из опекунов ученика %1.</translation>
    </message>
    <message>
        <source>Student %1 is not on record. Choose a student from the list.</source>
        <translation>Ученик %1 не найден. Выберите ученика из списка.</translation>
    </message>
    <message>
        <source>That due action is not %1&apos;s. Start the letter from one of %1&apos;s actions.</source>
        <translation>Это требуемое действие не относится к ученику %1. Начните письмо с одного из действий ученика %1.</translation>
    </message>
    <message>
        <source>The school&apos;s phone number is not set, and every letter tells the family where to call. Add it in Settings ▸ School.</source>
        <translation>Телефон школы не указан, а в каждом письме семье сообщается, куда звонить. Добавьте его в разделе «Настройки ▸ Школа».</translation>
    </message>
    <message>
        <source>The tutoring coordinator&apos;s name is not set, and every letter is signed with it. Add it in Settings ▸ School.</source>
        <translation>Имя координатора репетиторских занятий не указано, а каждое письмо подписывается им. Добавьте его в разделе «Настройки ▸ Школа».</translation>
    </message>
    <message>
        <source>%1&apos;s group has no meeting days yet. Set the group&apos;s days first.</source>
        <translation>У группы ученика %1 ещё нет дней занятий. Сначала укажите дни группы.</translation>
    </message>
    <message>
        <source>%1&apos;s group has no start time yet. Set the group&apos;s time first.</source>
        <translation>У группы ученика %1 ещё нет времени начала. Сначала укажите время группы.</translation>
    </message>
    <message>
        <source>%1&apos;s group has no tutor. Assign a tutor to the group first.</source>
        <translation>У группы ученика %1 нет репетитора. Сначала назначьте группе репетитора.</translation>
    </message>
    <message>
        <source>%1 has no seat in a tutoring group, so the letter has no group to describe. Place %1 in a group first.</source>
        <translation>У ученика %1 нет места в репетиторской группе, поэтому письму нечего описывать. Сначала определите ученика %1 в группу.</translation>
    </message>
    <message>
        <source>%1 has no missed session on record, so there is nothing for a missed-session letter to name. Check the attendance or choose another kind of letter.</source>
        <translation>У ученика %1 нет записанных пропусков, поэтому письму о пропуске нечего назвать. Проверьте посещаемость или выберите другой вид письма.</translation>
    </message>
    <message>
        <source>%1 has no attendance on record yet, so there is no rate to report.</source>
        <translation>У ученика %1 ещё нет записанной посещаемости, поэтому сообщать о проценте посещения нечего.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterRender</name>
    <message>
        <source>This program cannot write PDF files (no page writer is installed). Use TutorDesk or tutordesk-cli.</source>
        <translation>Эта программа не может создавать файлы PDF (не установлен модуль записи страниц). Используйте TutorDesk или tutordesk-cli.</translation>
    </message>
    <message numerus="yes">
        <source>%n family letter(s)</source>
        <translation>
            <numerusform>%n письмо семье</numerusform>
            <numerusform>%n письма семьям</numerusform>
            <numerusform>%n писем семьям</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no letters to save in %1.</source>
        <translation>Нет писем для сохранения в %1.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterTemplate</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, строка %2: %3</translation>
    </message>
    <message>
        <source>%1: the letter has no text after the header. Write the letter below the line &quot;--&gt;&quot;.</source>
        <translation>%1: после заголовка в письме нет текста. Напишите письмо ниже строки &quot;--&gt;&quot;.</translation>
    </message>
    <message>
        <source>{{%1}} is not a value a %2 letter can use. Use one of: %3.</source>
        <translation>{{%1}} — не значение, которое может использовать письмо вида %2. Используйте одно из: %3.</translation>
    </message>
    <message>
        <source>a placeholder is not closed. Write each one as {{name}} on one line.</source>
        <translation>подстановка не закрыта. Записывайте каждую как {{name}} на одной строке.</translation>
    </message>
    <message>
        <source>this is not a TutorDesk letter template: it must start with the line &quot;&lt;!--tutordesk-letter&quot; followed by language, kind, version, reviewed and title.</source>
        <translation>это не шаблон письма TutorDesk: он должен начинаться со строки &quot;&lt;!--tutordesk-letter&quot;, за которой следуют language, kind, version, reviewed и title.</translation>
    </message>
    <message>
        <source>expected &quot;name: value&quot; (language, kind, version, reviewed or title), or &quot;--&gt;&quot; to end the header.</source>
        <translation>ожидается &quot;имя: значение&quot; (language, kind, version, reviewed или title) или &quot;--&gt;&quot; в конце заголовка.</translation>
    </message>
    <message>
        <source>language &quot;%1&quot; is not one TutorDesk prints letters in. Use one of: %2.</source>
        <translation>language &quot;%1&quot; — не язык, на котором TutorDesk печатает письма. Используйте один из: %2.</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; is not a kind of letter. Use one of: %2.</source>
        <translation>kind &quot;%1&quot; — не вид письма. Используйте один из: %2.</translation>
    </message>
    <message>
        <source>version is empty. Write a version such as 1 or 2024-2.</source>
        <translation>version пуст. Укажите версию, например 1 или 2024-2.</translation>
    </message>
    <message>
        <source>reviewed must be yes or no.</source>
        <translation>reviewed должен быть yes или no.</translation>
    </message>
    <message>
        <source>title is empty. Write the letter&apos;s title in its language.</source>
        <translation>title пуст. Напишите заголовок письма на его языке.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header field. Use language, kind, version, reviewed and title.</source>
        <translation>&quot;%1&quot; — не поле заголовка. Используйте language, kind, version, reviewed и title.</translation>
    </message>
    <message>
        <source>%1: the header is not closed. Add a line &quot;--&gt;&quot; after the title.</source>
        <translation>%1: заголовок не закрыт. Добавьте строку &quot;--&gt;&quot; после title.</translation>
    </message>
    <message>
        <source>the header has no %1 line. Add &quot;%1: …&quot; before &quot;--&gt;&quot;.</source>
        <translation>в заголовке нет строки %1. Добавьте &quot;%1: …&quot; перед &quot;--&gt;&quot;.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterTemplates</name>
    <message>
        <source>%1 cannot be read: the zip is damaged. Ask the district for the pack again.</source>
        <translation>Не удалось прочитать %1: zip-архив повреждён. Запросите пакет у округа повторно.</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a zip file: it is damaged or not a zip. Ask the district for the template pack again.</source>
        <translation>Не удалось открыть %1 как zip-файл: он повреждён или не является zip. Запросите пакет шаблонов у округа повторно.</translation>
    </message>
    <message>
        <source>%1 holds %2 files; a template pack has at most %3. It is not a template pack, so nothing was installed.</source>
        <translation>%1 содержит файлов: %2; в пакете шаблонов их не более %3. Это не пакет шаблонов, поэтому ничего не установлено.</translation>
    </message>
    <message>
        <source>%1 holds a file named &quot;%2&quot;, which points outside the zip. It is not a template pack, so nothing was installed.</source>
        <translation>%1 содержит файл &quot;%2&quot;, указывающий за пределы zip-архива. Это не пакет шаблонов, поэтому ничего не установлено.</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Make the zip again without a password.</source>
        <translation>%1 защищён паролем. Создайте zip-архив заново без пароля.</translation>
    </message>
    <message>
        <source>%1: %2 unpacks to more than %3 KB; a letter template is much smaller. Nothing was installed.</source>
        <translation>%1: %2 после распаковки занимает более %3 КБ; шаблон письма намного меньше. Ничего не установлено.</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 KB. It is not a template pack, so nothing was installed.</source>
        <translation>%1 после распаковки занимает более %2 КБ. Это не пакет шаблонов, поэтому ничего не установлено.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 files. It is not a template pack, so nothing was installed.</source>
        <translation>%1 содержит более %2 файлов. Это не пакет шаблонов, поэтому ничего не установлено.</translation>
    </message>
    <message>
        <source>%1: %2 is larger than %3 KB; a letter template is much smaller. Nothing was installed.</source>
        <translation>%1: %2 больше %3 КБ; шаблон письма намного меньше. Ничего не установлено.</translation>
    </message>
    <message>
        <source>%1: %2 cannot be read: %3</source>
        <translation>%1: не удалось прочитать %2: %3</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KB. It is not a template pack, so nothing was installed.</source>
        <translation>%1 больше %2 КБ. Это не пакет шаблонов, поэтому ничего не установлено.</translation>
    </message>
    <message>
        <source>%1 does not exist. Choose the template pack&apos;s folder or .zip file.</source>
        <translation>%1 не существует. Выберите папку или .zip-файл пакета шаблонов.</translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a .zip file. A template pack is a folder (or a zip of it) with one folder per language, such as es/missed-1.html.</source>
        <translation>%1 — не папка и не .zip-файл. Пакет шаблонов — это папка (или её zip-архив) с отдельной папкой для каждого языка, например es/missed-1.html.</translation>
    </message>
    <message>
        <source>%1: a template pack holds one folder per language with the letters inside, such as es/missed-1.html. Move the file into its language&apos;s folder.</source>
        <translation>%1: пакет шаблонов содержит по одной папке на язык с письмами внутри, например es/missed-1.html. Переместите файл в папку его языка.</translation>
    </message>
    <message>
        <source>%1: the folder &quot;%2&quot; is not a letter language. Name the folders %3.</source>
        <translation>%1: папка &quot;%2&quot; — не язык писем. Назовите папки %3.</translation>
    </message>
    <message>
        <source>%1: the words file is not a JSON object (%2). Fix it like resources/letters/en/terms.json.</source>
        <translation>%1: файл терминов не является объектом JSON (%2). Исправьте его по образцу resources/letters/en/terms.json.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>не объект</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be text in quotes.</source>
        <translation>%1: &quot;%2&quot; должно быть текстом в кавычках.</translation>
    </message>
    <message>
        <source>%1: the file says language &quot;%2&quot; but sits in the folder %3. Fix the language or move the file.</source>
        <translation>%1: в файле указан язык &quot;%2&quot;, но он находится в папке %3. Исправьте язык или переместите файл.</translation>
    </message>
    <message>
        <source>%1 is neither a letter (&lt;kind&gt;.html) nor the words file (terms.json). Remove it from the pack.</source>
        <translation>%1 — не письмо (&lt;kind&gt;.html) и не файл терминов (terms.json). Удалите его из пакета.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a kind of letter. Name the file after its kind: %3.</source>
        <translation>%1: &quot;%2&quot; — не вид письма. Назовите файл по его виду: %3.</translation>
    </message>
    <message>
        <source>%1: the header says kind %2 but the file is named %3.html. Fix the kind line or rename the file.</source>
        <translation>%1: в заголовке указан kind %2, но файл называется %3.html. Исправьте строку kind или переименуйте файл.</translation>
    </message>
    <message>
        <source>%1: the header says language %2 but the file is in the folder %3. Fix the language line or move the file.</source>
        <translation>%1: в заголовке указан language %2, но файл находится в папке %3. Исправьте строку language или переместите файл.</translation>
    </message>
    <message>
        <source>The pack was not installed; the letters in use are unchanged.</source>
        <translation>Пакет не установлен; используемые письма не изменились.</translation>
    </message>
    <message>
        <source>%1 holds no letter templates. A template pack has one folder per language with files such as es/missed-1.html.</source>
        <translation>В %1 нет шаблонов писем. Пакет шаблонов содержит по одной папке на язык с файлами вроде es/missed-1.html.</translation>
    </message>
    <message>
        <source>The template pack %1 could not be saved: %2. Nothing was changed.</source>
        <translation>Не удалось сохранить пакет шаблонов %1: %2. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The district&apos;s template pack could not be removed: %1.</source>
        <translation>Не удалось удалить пакет шаблонов округа: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of letter. Use one of: %2.</source>
        <translation>«%1» — не вид письма. Используйте один из: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language TutorDesk prints letters in. Use one of: %2.</source>
        <translation>«%1» — не язык, на котором TutorDesk печатает письма. Используйте один из: %2.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The text was not saved.</source>
        <translation>Текст не сохранён.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2.</source>
        <translation>Не удалось сохранить %1: %2.</translation>
    </message>
    <message>
        <source>The edited text could not be removed: %1.</source>
        <translation>Не удалось удалить изменённый текст: %1.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterTemplatesPage</name>
    <message>
        <source>Built-in</source>
        <translation>Встроенный</translation>
    </message>
    <message>
        <source>District pack</source>
        <translation>Пакет округа</translation>
    </message>
    <message>
        <source>District pack (%1)</source>
        <translation>Пакет округа (%1)</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Изменённый</translation>
    </message>
    <message>
        <source>&amp;Install Template Pack…</source>
        <translation>&amp;Установить пакет шаблонов…</translation>
    </message>
    <message>
        <source>Remove Pac&amp;k</source>
        <translation>Удалить &amp;пакет</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Restore &amp;Original</source>
        <translation>Восстановить &amp;оригинал</translation>
    </message>
    <message>
        <source>The text of each family letter in each language. A district&apos;s template pack and texts edited here are kept beside the built-in texts; changes on this page take effect at once.</source>
        <translation>Текст каждого письма семье на каждом языке. Пакет шаблонов округа и тексты, изменённые здесь, хранятся рядом со встроенными текстами; изменения на этой странице вступают в силу сразу.</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Шаблоны писем</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Text from</source>
        <translation>Источник текста</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>From a &amp;Folder…</source>
        <translation>Из &amp;папки…</translation>
    </message>
    <message>
        <source>From a &amp;Zip File…</source>
        <translation>Из &amp;zip-файла…</translation>
    </message>
    <message>
        <source>A district&apos;s letters: a folder or zip with &lt;language&gt;/&lt;kind&gt;.html files</source>
        <translation>Письма округа: папка или zip с файлами &lt;language&gt;/&lt;kind&gt;.html</translation>
    </message>
    <message>
        <source>Use the built-in texts again where the district&apos;s pack had its own</source>
        <translation>Снова использовать встроенные тексты там, где в пакете округа были свои</translation>
    </message>
    <message>
        <source>Change the selected letter&apos;s text (kept beside the original)</source>
        <translation>Изменить текст выбранного письма (оригинал сохраняется)</translation>
    </message>
    <message>
        <source>Drop the text edited here and use the district&apos;s or built-in text again</source>
        <translation>Отказаться от текста, изменённого здесь, и снова использовать текст округа или встроенный</translation>
    </message>
    <message>
        <source>The letter templates could not be read: %1</source>
        <translation>Не удалось прочитать шаблоны писем: %1</translation>
    </message>
    <message>
        <source>Edited by %1 on %2</source>
        <translation>Изменено: %1, %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Install Template Pack from a Folder</source>
        <translation>Установить пакет шаблонов из папки</translation>
    </message>
    <message>
        <source>Install Template Pack from a Zip File</source>
        <translation>Установить пакет шаблонов из zip-файла</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip-файлы (*.zip)</translation>
    </message>
    <message>
        <source>The template pack was not installed: %1</source>
        <translation>Пакет шаблонов не установлен: %1</translation>
    </message>
    <message numerus="yes">
        <source>Installed %n template(s) from %1.</source>
        <translation>
            <numerusform>Установлен %n шаблон из %1.</numerusform>
            <numerusform>Установлено %n шаблона из %1.</numerusform>
            <numerusform>Установлено %n шаблонов из %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The template pack was not removed: %1</source>
        <translation>Пакет шаблонов не удалён: %1</translation>
    </message>
    <message>
        <source>The district&apos;s template pack was removed.</source>
        <translation>Пакет шаблонов округа удалён.</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>Не восстановлено: %1</translation>
    </message>
    <message>
        <source>The original text is in use again.</source>
        <translation>Снова используется оригинальный текст.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LogContactDialog</name>
    <message>
        <source>An &amp;interpreter helped</source>
        <translation>Помогал &amp;переводчик</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Дата следующего контакта</translation>
    </message>
    <message>
        <source>Log Contact — %1</source>
        <translation>Записать контакт — %1</translation>
    </message>
    <message>
        <source>e.g. will attend Thursday</source>
        <translation>напр., придёт в четверг</translation>
    </message>
    <message>
        <source>Contact again on</source>
        <translation>Связаться снова</translation>
    </message>
    <message>
        <source>No guardian on file</source>
        <translation>Опекун не указан</translation>
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
        <translation>По поводу %1: %2</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Способ:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Примечания:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>&amp;Следующий контакт:</translation>
    </message>
    <message>
        <source>&amp;Save and Resolve</source>
        <translation>Со&amp;хранить и выполнить</translation>
    </message>
    <message>
        <source>The contact could not be saved.</source>
        <translation>Не удалось сохранить контакт.</translation>
    </message>
    <message>
        <source>The contact could not be saved: %1</source>
        <translation>Не удалось сохранить контакт: %1</translation>
    </message>
    <message>
        <source>Logged a contact about %1 (%2, %3). Resolved: %4.</source>
        <translation>Записан контакт по поводу %1 (%2, %3). Выполнено: %4.</translation>
    </message>
</context>
<context>
    <name>tutordesk::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Ученики</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Распределение</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>Репетиторы</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <source>District sync</source>
        <translation>Синхронизация с округом</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New School…</source>
        <translation>&amp;Новая школа…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Открыть &amp;недавние</translation>
    </message>
    <message>
        <source>Import &amp;Tutors…</source>
        <translation>Импорт &amp;репетиторов…</translation>
    </message>
    <message>
        <source>Import School &amp;Calendar…</source>
        <translation>Импорт школьного &amp;календаря…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About TutorDesk</source>
        <translation>&amp;О программе TutorDesk</translation>
    </message>
    <message>
        <source>Making a bundle for the district…</source>
        <translation>Формирование пакета для округа…</translation>
    </message>
    <message>
        <source>Sending to the district…</source>
        <translation>Отправка в округ…</translation>
    </message>
    <message>
        <source>Sync state unknown</source>
        <translation>Состояние синхронизации неизвестно</translation>
    </message>
    <message>
        <source>Open the Sync page</source>
        <translation>Открыть страницу «Синхронизация»</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Нет недавних баз данных</translation>
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
        <translation>Учебный год %1 – %2</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
</context>
<context>
    <name>tutordesk::MappingTable</name>
    <message>
        <source>TutorDesk field</source>
        <translation>Поле TutorDesk</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Обязательное</translation>
    </message>
    <message>
        <source>Column in your file</source>
        <translation>Столбец в вашем файле</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательное</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необязательное</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Столбец для поля «%1»</translation>
    </message>
    <message>
        <source>— not in file —</source>
        <translation>— нет в файле —</translation>
    </message>
    <message>
        <source>Choose a column for: %1.</source>
        <translation>Выберите столбец для: %1.</translation>
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
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Закрыть сообщение</translation>
    </message>
</context>
<context>
    <name>tutordesk::MoveToGroupDialog</name>
    <message>
        <source>Move to Group</source>
        <translation>Перевести в группу</translation>
    </message>
    <message>
        <source>Move %1 to which %2 group?</source>
        <translation>В какую группу по предмету «%2» перевести ученика %1?</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s) free</source>
        <translation>
            <numerusform>свободно %Ln место</numerusform>
            <numerusform>свободно %Ln места</numerusform>
            <numerusform>свободно %Ln мест</numerusform>
        </translation>
    </message>
    <message>
        <source>full</source>
        <translation>мест нет</translation>
    </message>
    <message>
        <source>no tutor yet</source>
        <translation>репетитора пока нет</translation>
    </message>
    <message>
        <source>%1 — %2 · tier %3 · %4</source>
        <comment>group — seats · tier · tutor</comment>
        <translation>%1 — %2 · уровень %3 · %4</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Перевести</translation>
    </message>
    <message>
        <source>There is no other %1 group yet.</source>
        <translation>Других групп по предмету «%1» пока нет.</translation>
    </message>
</context>
<context>
    <name>tutordesk::NeedPanel</name>
    <message>
        <source>Why this student</source>
        <translation>Почему этот ученик</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>Need score</source>
        <translation>Балл потребности</translation>
    </message>
    <message>
        <source>Equal scores are ranked by grade levels behind, then by lower school attendance, then by district ID: never by when a family signed up.</source>
        <translation>При равных баллах порядок определяется отставанием в классах, затем более низкой посещаемостью школы, затем окружным ID — и никогда не временем записи семьи.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Points behind the need score</source>
        <translation>Из чего складывается балл потребности</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Select a student to see how their need score was worked out.</source>
        <translation>Выберите ученика, чтобы увидеть, как рассчитан его балл потребности.</translation>
    </message>
    <message>
        <source>The need score could not be read: %1</source>
        <translation>Не удалось прочитать балл потребности: %1</translation>
    </message>
    <message>
        <source>This student has no need score yet. Click Recalculate Need Scores once their benchmark results are imported.</source>
        <translation>У этого ученика ещё нет балла потребности. Нажмите «Пересчитать баллы потребности» после импорта результатов его контрольных тестов.</translation>
    </message>
    <message>
        <source>%1 · %2 · ID %3</source>
        <comment>name · grade · district ID</comment>
        <translation>%1 · %2 · ID %3</translation>
    </message>
    <message>
        <source>Need score %1</source>
        <translation>Балл потребности %1</translation>
    </message>
    <message>
        <source>Nothing in this student&apos;s benchmarks, attendance or student groups adds points.</source>
        <translation>Ни контрольные тесты, ни посещаемость, ни категории этого ученика не добавляют баллов.</translation>
    </message>
</context>
<context>
    <name>tutordesk::NeedScore</name>
    <message>
        <source>The need scores could not be saved: %1</source>
        <translation>Не удалось сохранить баллы потребности: %1</translation>
    </message>
    <message>
        <source>no grade-level placement</source>
        <translation>нет данных об уровне относительно класса</translation>
    </message>
    <message>
        <source>on or above grade level</source>
        <translation>на уровне своего класса или выше</translation>
    </message>
    <message>
        <source>1 grade level below</source>
        <translation>на 1 класс ниже</translation>
    </message>
    <message>
        <source>%1 grade levels below</source>
        <translation>ниже на классов: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No benchmark on file</source>
        <translation>Нет результатов контрольных тестов</translation>
    </message>
    <message>
        <source>School attendance %1%, under %2%</source>
        <translation>Посещаемость школы %1%, ниже %2%</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>Изучающий английский</translation>
    </message>
    <message>
        <source>IEP and 504 plan</source>
        <translation>IEP и план 504</translation>
    </message>
    <message>
        <source>IEP</source>
        <translation>IEP</translation>
    </message>
    <message>
        <source>504 plan</source>
        <translation>План 504</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>Ребёнок в приёмной семье</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>Бездомный (McKinney-Vento)</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>Социально-экономически неблагополучный</translation>
    </message>
    <message>
        <source>Points per grade level below</source>
        <translation>Баллов за каждый класс отставания</translation>
    </message>
    <message>
        <source>Most points from the benchmark</source>
        <translation>Максимум баллов за контрольные тесты</translation>
    </message>
    <message>
        <source>Attendance threshold</source>
        <translation>Порог посещаемости</translation>
    </message>
    <message>
        <source>Points per attendance point under the threshold</source>
        <translation>Баллов за каждый пункт посещаемости ниже порога</translation>
    </message>
    <message>
        <source>Most points from attendance</source>
        <translation>Максимум баллов за посещаемость</translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation>IEP или план 504</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>Бездомный</translation>
    </message>
    <message>
        <source>%1 must be a number from 0 to 1000, not %2.</source>
        <translation>%1: нужно число от 0 до 1000, а не %2.</translation>
    </message>
    <message>
        <source>The attendance threshold is a percentage: give a number from 0 to 100, not %1.</source>
        <translation>Порог посещаемости задаётся в процентах: укажите число от 0 до 100, а не %1.</translation>
    </message>
    <message>
        <source>The need-score weights could not be saved: %1</source>
        <translation>Не удалось сохранить веса балла потребности: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::NeedWeightsEditor</name>
    <message>
        <source>A student&apos;s need score adds up points for each sign that they are behind. Higher scores are seated first.</source>
        <translation>Балл потребности ученика складывается из баллов за каждый признак отставания. Ученики с более высокими баллами получают места первыми.</translation>
    </message>
    <message>
        <source> points</source>
        <translation> баллов</translation>
    </message>
    <message>
        <source>Per grade level below</source>
        <translation>За каждый класс отставания</translation>
    </message>
    <message>
        <source>For each grade level behind on the latest benchmark, in the subject furthest behind.</source>
        <translation>За каждый класс отставания по последнему контрольному тесту, по предмету с наибольшим отставанием.</translation>
    </message>
    <message>
        <source>Most from benchmarks</source>
        <translation>Максимум за контрольные тесты</translation>
    </message>
    <message>
        <source>Benchmarks never add more than this.</source>
        <translation>Контрольные тесты никогда не добавляют больше этого.</translation>
    </message>
    <message>
        <source>Attendance counts below</source>
        <translation>Посещаемость учитывается ниже</translation>
    </message>
    <message>
        <source>School attendance under this adds points.</source>
        <translation>Посещаемость школы ниже этого значения добавляет баллы.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Per attendance point below</source>
        <translation>За каждый пункт посещаемости ниже</translation>
    </message>
    <message>
        <source>For each percentage point of attendance under that line.</source>
        <translation>За каждый процентный пункт посещаемости ниже этого порога.</translation>
    </message>
    <message>
        <source>Most from attendance</source>
        <translation>Максимум за посещаемость</translation>
    </message>
    <message>
        <source>Attendance never adds more than this.</source>
        <translation>Посещаемость никогда не добавляет больше этого.</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>Изучающий английский</translation>
    </message>
    <message>
        <source>For a student whose EL status is EL.</source>
        <translation>Для ученика со статусом EL.</translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation>IEP или план 504</translation>
    </message>
    <message>
        <source>For a student with an IEP or a Section 504 plan.</source>
        <translation>Для ученика с IEP или планом по разделу 504.</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>Ребёнок в приёмной семье</translation>
    </message>
    <message>
        <source>For a student in foster care.</source>
        <translation>Для ученика, находящегося в приёмной семье.</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>Бездомный</translation>
    </message>
    <message>
        <source>For a student who is homeless (McKinney-Vento).</source>
        <translation>Для бездомного ученика (McKinney-Vento).</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>Социально-экономически неблагополучный</translation>
    </message>
    <message>
        <source>For a student the district counts as SED.</source>
        <translation>Для ученика, которого округ относит к категории SED.</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Восстановить &amp;по умолчанию</translation>
    </message>
    <message>
        <source>Put back the weights TutorDesk starts with</source>
        <translation>Вернуть исходные веса TutorDesk</translation>
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
        <translation>Настройка школы</translation>
    </message>
    <message>
        <source>TutorDesk keeps everything about one school in one file on this computer.</source>
        <translation>TutorDesk хранит все данные одной школы в одном файле на этом компьютере.</translation>
    </message>
    <message>
        <source>e.g. Alvarado Street Elementary</source>
        <translation>напр., Начальная школа на Альварадо-стрит</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>Название школы</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>&amp;Название школы:</translation>
    </message>
    <message>
        <source>the district&apos;s code for this school</source>
        <translation>код этой школы в округе</translation>
    </message>
    <message>
        <source>School code</source>
        <translation>Код школы</translation>
    </message>
    <message>
        <source>The code your district uses for this school (in California, its CDS code)</source>
        <translation>Код, которым ваш округ обозначает эту школу (в Калифорнии — код CDS)</translation>
    </message>
    <message>
        <source>School &amp;code:</source>
        <translation>&amp;Код школы:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>District code</source>
        <translation>Код округа</translation>
    </message>
    <message>
        <source>&amp;District code:</source>
        <translation>Код &amp;округа:</translation>
    </message>
    <message>
        <source>First day of the school year</source>
        <translation>Первый день учебного года</translation>
    </message>
    <message>
        <source>School year &amp;starts:</source>
        <translation>&amp;Начало учебного года:</translation>
    </message>
    <message>
        <source>Last day of the school year</source>
        <translation>Последний день учебного года</translation>
    </message>
    <message>
        <source>School year &amp;ends:</source>
        <translation>&amp;Конец учебного года:</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Файл базы данных</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Choose where to save the database file</source>
        <translation>Выберите, где сохранить файл базы данных</translation>
    </message>
    <message>
        <source>Saved in:</source>
        <translation>Сохраняется в:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Set &amp;Up School</source>
        <translation>&amp;Настроить школу</translation>
    </message>
    <message>
        <source>TutorDesk databases (*.%1)</source>
        <translation>Базы данных TutorDesk (*.%1)</translation>
    </message>
    <message>
        <source>Save the School&apos;s Database As</source>
        <translation>Сохранить базу данных школы как</translation>
    </message>
</context>
<context>
    <name>tutordesk::OneRoster</name>
    <message>
        <source>The export has no demographics.csv: birth dates, sex, race and ethnicity are left as they are.</source>
        <translation>В выгрузке нет demographics.csv: даты рождения, пол, раса и этническая принадлежность остаются без изменений.</translation>
    </message>
    <message>
        <source>%1 has no sourcedId column, so it is not a OneRoster file TutorDesk can read. Export the roster again as OneRoster CSV.</source>
        <translation>В %1 нет столбца sourcedId, поэтому TutorDesk не может прочитать его как файл OneRoster. Снова выгрузите список как OneRoster CSV.</translation>
    </message>
    <message>
        <source>No column holds the student ID, so the flags cannot be matched to students. Name that column &quot;Student ID&quot;.</source>
        <translation>Ни в одном столбце нет ID ученика, поэтому признаки невозможно сопоставить с учениками. Назовите этот столбец &quot;Student ID&quot;.</translation>
    </message>
    <message>
        <source>No column holds a student-group flag (EL Status, Home Language, IEP, 504, Foster, Homeless, SED, Attendance %). Name the columns like those.</source>
        <translation>Ни в одном столбце нет признака категории учеников (EL Status, Home Language, IEP, 504, Foster, Homeless, SED, Attendance %). Назовите столбцы так же.</translation>
    </message>
    <message>
        <source>Line %1 has flags for the same student. Keep one of the two lines.</source>
        <translation>В строке %1 признаки для того же ученика. Оставьте одну из двух строк.</translation>
    </message>
    <message>
        <source>Student-group flags from %1: %2.</source>
        <translation>Признаки категорий учеников из %1: %2.</translation>
    </message>
    <message>
        <source>Lines of the flags file for students not in this school&apos;s roster, left out: %1.</source>
        <translation>Пропущены строки файла признаков для учеников, которых нет в списке этой школы: %1.</translation>
    </message>
    <message>
        <source>%1 has no propertyName and value columns, so it is not a OneRoster manifest. Export the roster again as OneRoster CSV.</source>
        <translation>В %1 нет столбцов propertyName и value, поэтому это не манифест OneRoster. Снова выгрузите список как OneRoster CSV.</translation>
    </message>
    <message>
        <source>%1 says this is OneRoster %2. TutorDesk reads OneRoster 1.1 and 1.2: ask for an export in one of those.</source>
        <translation>В %1 указано, что это OneRoster %2. TutorDesk читает OneRoster 1.1 и 1.2: запросите выгрузку в одной из этих версий.</translation>
    </message>
    <message>
        <source>%1 says %2.csv holds only the changes since the last export (delta). A roster import needs every student: ask for a bulk export.</source>
        <translation>В %1 указано, что %2.csv содержит только изменения с последней выгрузки (delta). Для импорта списка нужны все ученики: запросите полную выгрузку (bulk).</translation>
    </message>
    <message>
        <source>Choose the school: in the import window, or on the command line with --org and the id before the colon.</source>
        <translation>Выберите школу: в окне импорта или в командной строке с помощью --org и ID перед двоеточием.</translation>
    </message>
    <message>
        <source>%1 is missing: a OneRoster export lists its schools there. Export the roster again with orgs.csv included.</source>
        <translation>Отсутствует %1: в нём выгрузка OneRoster перечисляет свои школы. Снова выгрузите список вместе с orgs.csv.</translation>
    </message>
    <message>
        <source>%1 has no sourcedId column, so it is not a OneRoster orgs file. Export the roster again as OneRoster CSV.</source>
        <translation>В %1 нет столбца sourcedId, поэтому это не файл организаций OneRoster. Снова выгрузите список как OneRoster CSV.</translation>
    </message>
    <message>
        <source>%1 has no school &quot;%2&quot;. The schools in it:%3
%4</source>
        <translation>В %1 нет школы «%2». Школы в файле:%3
%4</translation>
    </message>
    <message>
        <source>%1 lists no school (no row has type &quot;school&quot;). Export the roster of your school again from the student system.</source>
        <translation>В %1 нет ни одной школы (нет строки с type &quot;school&quot;). Снова выгрузите список вашей школы из системы учёта учеников.</translation>
    </message>
    <message>
        <source>%1 lists %2 schools; TutorDesk imports one at a time. The schools:%3
%4</source>
        <translation>В %1 перечислено школ: %2; TutorDesk импортирует по одной. Школы:%3
%4</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Чтение %1 отменено.</translation>
    </message>
    <message>
        <source>OneRoster export without a manifest.csv; school %1.</source>
        <translation>Выгрузка OneRoster без manifest.csv; школа %1.</translation>
    </message>
    <message>
        <source>OneRoster %1 export; school %2.</source>
        <translation>Выгрузка OneRoster %1; школа %2.</translation>
    </message>
    <message>
        <source>%1: there is no such file or folder.</source>
        <translation>%1: такого файла или папки нет.</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a zip file: it is damaged or not a zip. Download the OneRoster export from the student system again.</source>
        <translation>Не удалось открыть %1 как zip-файл: он повреждён или не является zip. Снова скачайте выгрузку OneRoster из системы учёта учеников.</translation>
    </message>
    <message>
        <source>%1 holds %2 files; a OneRoster export has a dozen. It is not a roster export, so nothing was read.</source>
        <translation>%1 содержит файлов: %2; в выгрузке OneRoster их около дюжины. Это не выгрузка списка, поэтому ничего не прочитано.</translation>
    </message>
    <message>
        <source>%1 holds a file named &quot;%2&quot;, which points outside the zip. A OneRoster export never does that, so nothing was read. Ask the district for a new export.</source>
        <translation>%1 содержит файл &quot;%2&quot;, указывающий за пределы zip-архива. В выгрузке OneRoster такого не бывает, поэтому ничего не прочитано. Запросите у округа новую выгрузку.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; would unpack to %3 MB, more than the %4 MB TutorDesk reads from one file. It is not a school&apos;s roster, so nothing was read.</source>
        <translation>%1: &quot;%2&quot; после распаковки займёт %3 МБ — больше %4 МБ, которые TutorDesk читает из одного файла. Это не список школы, поэтому ничего не прочитано.</translation>
    </message>
    <message>
        <source>%1 would unpack to more than %2 MB. It is not a school&apos;s roster, so nothing was read.</source>
        <translation>%1 после распаковки займёт более %2 МБ. Это не список школы, поэтому ничего не прочитано.</translation>
    </message>
    <message>
        <source>%1 has no %2. Export the roster again with every OneRoster file included.</source>
        <translation>В %1 нет %2. Снова выгрузите список со всеми файлами OneRoster.</translation>
    </message>
    <message>
        <source>%1 cannot be read: the zip is damaged. Download the OneRoster export again.</source>
        <translation>Не удалось прочитать %1: zip-архив повреждён. Снова скачайте выгрузку OneRoster.</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Export the roster again without a password.</source>
        <translation>%1 защищён паролем. Снова выгрузите список без пароля.</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 MB. It is not a school&apos;s roster, so nothing was read.</source>
        <translation>%1 после распаковки занимает более %2 МБ. Это не список школы, поэтому ничего не прочитано.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB. It is not a school&apos;s roster, so nothing was read.</source>
        <translation>%1 больше %2 МБ. Это не список школы, поэтому ничего не прочитано.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 has no %2 column, so it is not a OneRoster file TutorDesk can read. Export the roster again as OneRoster CSV.</source>
        <translation>В %1 нет столбца %2, поэтому TutorDesk не может прочитать его как файл OneRoster. Снова выгрузите список как OneRoster CSV.</translation>
    </message>
    <message>
        <source>%1 is missing, and users.csv has no role column: TutorDesk cannot tell who is a student. Export the roster again with roles.csv included (OneRoster 1.2).</source>
        <translation>Отсутствует %1, а в users.csv нет столбца role: TutorDesk не может определить, кто является учеником. Снова выгрузите список вместе с roles.csv (OneRoster 1.2).</translation>
    </message>
    <message>
        <source>%1 is missing: a OneRoster export lists its students there. Export the roster again with users.csv included.</source>
        <translation>Отсутствует %1: в нём выгрузка OneRoster перечисляет учеников. Снова выгрузите список вместе с users.csv.</translation>
    </message>
    <message>
        <source>The grade is empty. Fill in the student&apos;s grade in the student system and export again.</source>
        <translation>Класс не указан. Заполните класс ученика в системе учёта учеников и выгрузите снова.</translation>
    </message>
    <message>
        <source>The sourcedId is empty. Every OneRoster user needs one: export again.</source>
        <translation>sourcedId пуст. Он нужен каждому пользователю OneRoster: выгрузите снова.</translation>
    </message>
    <message>
        <source>The first name (givenName) is empty. Fill it in the student system.</source>
        <translation>Имя (givenName) не указано. Заполните его в системе учёта учеников.</translation>
    </message>
    <message>
        <source>The last name (familyName) is empty. Fill it in the student system.</source>
        <translation>Фамилия (familyName) не указана. Заполните её в системе учёта учеников.</translation>
    </message>
    <message>
        <source>Line %1 has the same student ID &quot;%2&quot;. Each student must be listed once: correct the ID in the student system.</source>
        <translation>В строке %1 тот же ID ученика &quot;%2&quot;. Каждый ученик должен быть указан один раз: исправьте ID в системе учёта учеников.</translation>
    </message>
    <message>
        <source>Columns TutorDesk does not use: %1.</source>
        <translation>Столбцы, которые TutorDesk не использует: %1.</translation>
    </message>
    <message>
        <source>Students with no identifier in users.csv, whose OneRoster sourcedId is used as the district student ID: %1.</source>
        <translation>Ученики без идентификатора в users.csv, для которых в качестве окружного ID используется sourcedId из OneRoster: %1.</translation>
    </message>
    <message>
        <source>Pre-kindergarten students left out (TutorDesk serves TK to grade 12): %1.</source>
        <translation>Пропущены ученики дошкольных групп (TutorDesk обслуживает классы с подготовительного по 12-й): %1.</translation>
    </message>
    <message>
        <source>Students of other schools in this export, left out: %1.</source>
        <translation>Пропущены ученики других школ из этой выгрузки: %1.</translation>
    </message>
</context>
<context>
    <name>tutordesk::OneRosterBox</name>
    <message>
        <source>OneRoster export</source>
        <translation>Выгрузка OneRoster</translation>
    </message>
    <message>
        <source>Only needed when the export holds several schools</source>
        <translation>Нужно, только если в выгрузке несколько школ</translation>
    </message>
    <message>
        <source>School ID in the export</source>
        <translation>ID школы в выгрузке</translation>
    </message>
    <message>
        <source>School ID (&amp;sourcedId):</source>
        <translation>ID школы (&amp;sourcedId):</translation>
    </message>
    <message>
        <source>Optional: a CSV with EL status, IEP and other student groups</source>
        <translation>Необязательно: CSV со статусом EL, IEP и другими категориями учеников</translation>
    </message>
    <message>
        <source>Student groups file</source>
        <translation>Файл категорий учеников</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Choose the student groups file</source>
        <translation>Выберите файл категорий учеников</translation>
    </message>
    <message>
        <source>Student &amp;groups file:</source>
        <translation>Файл &amp;категорий учеников:</translation>
    </message>
    <message>
        <source>Choose the Student Groups File</source>
        <translation>Выбор файла категорий учеников</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>tutordesk::OptionalDateEdit</name>
    <message>
        <source>Recorded</source>
        <translation>Указано</translation>
    </message>
    <message>
        <source>%1 recorded</source>
        <translation>%1 указано</translation>
    </message>
    <message>
        <source>Untick when there is no date on file</source>
        <translation>Снимите флажок, если дата не записана</translation>
    </message>
</context>
<context>
    <name>tutordesk::Outbox</name>
    <message>
        <source>The bundle could not be marked as delivered: it is no longer in the outbox.</source>
        <translation>Не удалось отметить пакет как доставленный: его больше нет в исходящих.</translation>
    </message>
    <message>
        <source>The bundle was delivered but the outbox could not record it (%1). It will be sent again next time, which is harmless.</source>
        <translation>Пакет доставлен, но исходящие не смогли это записать (%1). В следующий раз он будет отправлен снова, что не причинит вреда.</translation>
    </message>
    <message>
        <source>The failed attempt could not be recorded: the bundle is no longer waiting in the outbox.</source>
        <translation>Не удалось записать неудачную попытку: пакет больше не ожидает в исходящих.</translation>
    </message>
    <message>
        <source>The failed attempt could not be recorded in the outbox (%1). The bundle is still waiting.</source>
        <translation>Не удалось записать неудачную попытку в исходящие (%1). Пакет всё ещё ожидает отправки.</translation>
    </message>
    <message>
        <source>The waiting bundles could not be set to go now (%1). Try again.</source>
        <translation>Не удалось поставить ожидающие пакеты на немедленную отправку (%1). Повторите попытку.</translation>
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
        <translation>Доставлено: %1</translation>
    </message>
    <message>
        <source>Last tried at %1</source>
        <translation>Последняя попытка: %1</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Содержит</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Последняя проблема</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
</context>
<context>
    <name>tutordesk::OutboxSender</name>
    <message>
        <source>The outbox could not be read (%1).</source>
        <translation>Не удалось прочитать исходящие (%1).</translation>
    </message>
    <message>
        <source>The bundle %1 could not be read from the outbox (%2).</source>
        <translation>Не удалось прочитать пакет %1 из исходящих (%2).</translation>
    </message>
    <message>
        <source>The bundle %1 has no content left in the outbox. Make a new bulk export for the district.</source>
        <translation>В исходящих не осталось содержимого пакета %1. Сделайте для округа новую полную выгрузку.</translation>
    </message>
</context>
<context>
    <name>tutordesk::PauseOfferDialog</name>
    <message>
        <source>Pause and Offer Seat — %1</source>
        <translation>Приостановить и предложить место — %1</translation>
    </message>
    <message>
        <source>The waitlist could not be read: %1</source>
        <translation>Не удалось прочитать лист ожидания: %1</translation>
    </message>
    <message>
        <source>Pause %1&apos;s seat in %2 (%3). The seat frees up; the enrollment stays, paused, and can be resumed.</source>
        <translation>Приостановить место ученика %1 в группе %2 (%3). Место освобождается; зачисление сохраняется в приостановленном виде, и его можно возобновить.</translation>
    </message>
    <message>
        <source>&amp;Offer the seat to %1 (%2, need %3), first on the waitlist</source>
        <translation>&amp;Предложить место ученику %1 (%2, потребность %3), первому в листе ожидания</translation>
    </message>
    <message>
        <source>Nobody on the waitlist fits this seat: the enrollment is paused only.</source>
        <translation>В листе ожидания нет подходящего для этого места ученика: зачисление только приостанавливается.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;Pause and Offer</source>
        <translation>&amp;Приостановить и предложить</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Приостановить</translation>
    </message>
    <message>
        <source>Write the reason for the pause.</source>
        <translation>Укажите причину приостановки.</translation>
    </message>
    <message>
        <source>The seat could not be paused.</source>
        <translation>Не удалось приостановить место.</translation>
    </message>
    <message>
        <source>The seat could not be paused: %1</source>
        <translation>Не удалось приостановить место: %1</translation>
    </message>
    <message>
        <source>Paused %1 in %2; the seat went to %3.</source>
        <translation>Место ученика %1 в группе %2 приостановлено; место передано ученику %3.</translation>
    </message>
    <message>
        <source>Paused %1 in %2; nobody waits for the seat.</source>
        <translation>Место ученика %1 в группе %2 приостановлено; на место никто не ожидает.</translation>
    </message>
</context>
<context>
    <name>tutordesk::PdfFile</name>
    <message>
        <source>%1 could not be saved: %2. Choose a folder you can write to.</source>
        <translation>Не удалось сохранить %1: %2. Выберите папку, в которую разрешена запись.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. Check that the disk has room and try again.</source>
        <translation>Не удалось сохранить %1: %2. Проверьте, достаточно ли места на диске, и повторите попытку.</translation>
    </message>
    <message>
        <source>nothing could be drawn on the pages</source>
        <translation>на страницах ничего не удалось нарисовать</translation>
    </message>
    <message>
        <source>%1 could not be replaced: it may be open in another program. Close it, or choose another name.</source>
        <translation>Не удалось заменить %1: возможно, файл открыт в другой программе. Закройте его или выберите другое имя.</translation>
    </message>
    <message>
        <source>%1 could not be saved. Choose a folder you can write to.</source>
        <translation>Не удалось сохранить %1. Выберите папку, в которую разрешена запись.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Placement</name>
    <message>
        <source>%1 has no school yet: set the school up (its name and school year) before placing students.</source>
        <translation>В %1 ещё нет школы: настройте школу (название и учебный год), прежде чем распределять учеников.</translation>
    </message>
    <message>
        <source>Placement by need</source>
        <translation>Распределение по потребности</translation>
    </message>
    <message>
        <source>A group filled up while placing; nothing was changed. Run the placement again.</source>
        <translation>Во время распределения одна из групп заполнилась; ничего не изменено. Запустите распределение снова.</translation>
    </message>
    <message>
        <source>The placement could not be saved in %1: %2</source>
        <translation>Не удалось сохранить распределение в %1: %2</translation>
    </message>
    <message>
        <source>%1 · Grades %2 · Tier %3 · %4</source>
        <translation>%1 · Классы %2 · Уровень %3 · %4</translation>
    </message>
    <message>
        <source>%1 is full (%2 of %3). Move someone out first or choose another group.</source>
        <translation>Группа %1 заполнена (%2 из %3). Сначала переведите кого-нибудь или выберите другую группу.</translation>
    </message>
    <message>
        <source>to be set</source>
        <translation>будет назначено</translation>
    </message>
    <message>
        <source>Left the waitlist: no longer an active student at the school</source>
        <translation>Выбыл из листа ожидания: больше не является активным учеником школы</translation>
    </message>
    <message>
        <source>Left the waitlist: the need score (%1) is now under tier 2</source>
        <translation>Выбыл из листа ожидания: балл потребности (%1) теперь ниже уровня 2</translation>
    </message>
    <message>
        <source>Left the waitlist: the latest benchmark no longer shows %1 below grade level</source>
        <translation>Выбыл из листа ожидания: последний контрольный тест больше не показывает отставания по предмету «%1»</translation>
    </message>
    <message>
        <source>Left the waitlist: already holds a seat in %1</source>
        <translation>Выбыл из листа ожидания: уже занимает место в группе %1</translation>
    </message>
    <message>
        <source>Left the waitlist: a seat in %1 was paused or ended; re-seat by hand</source>
        <translation>Выбыл из листа ожидания: место в группе %1 приостановлено или завершено; назначьте место вручную</translation>
    </message>
    <message>
        <source>The seat budget must be 0 to %1 seats, not %2.</source>
        <translation>Бюджет мест должен быть от 0 до %1, а не %2.</translation>
    </message>
    <message>
        <source>The seat budget could not be saved: %1</source>
        <translation>Не удалось сохранить бюджет мест: %1</translation>
    </message>
    <message>
        <source>%1 has ended. Choose an active or planned group.</source>
        <translation>Группа %1 завершена. Выберите активную или запланированную группу.</translation>
    </message>
    <message>
        <source>%1 is a %2 group and %3&apos;s enrollment is for %4: a move keeps the subject. Choose a %4 group.</source>
        <translation>%1 — группа по предмету «%2», а зачисление ученика %3 — по предмету «%4»: при переводе предмет сохраняется. Выберите группу по предмету «%4».</translation>
    </message>
    <message>
        <source>%1 already has a seat in %2.</source>
        <translation>У ученика %1 уже есть место в группе %2.</translation>
    </message>
    <message>
        <source>That group is full. Move someone out first or choose another group.</source>
        <translation>Эта группа заполнена. Сначала переведите кого-нибудь или выберите другую группу.</translation>
    </message>
    <message>
        <source>The enrollment could not be changed in %1: %2</source>
        <translation>Не удалось изменить зачисление в %1: %2</translation>
    </message>
    <message>
        <source>There is no enrollment %1 (it may have been removed). Reload the Placement page.</source>
        <translation>Зачисление %1 не найдено (возможно, оно удалено). Перезагрузите страницу «Распределение».</translation>
    </message>
    <message>
        <source>There is no group %1 (it may have been removed). Reload the Placement page.</source>
        <translation>Группа %1 не найдена (возможно, она удалена). Перезагрузите страницу «Распределение».</translation>
    </message>
    <message>
        <source>Seated from the waitlist</source>
        <translation>Получил место из листа ожидания</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>Переведён в группу %1</translation>
    </message>
    <message>
        <source>Moved back to the waitlist</source>
        <translation>Возвращён в лист ожидания</translation>
    </message>
    <message>
        <source>%1&apos;s %2 enrollment is %3: only a seat or a place on the waitlist can be moved.</source>
        <translation>Зачисление ученика %1 по предмету «%2» в состоянии «%3»: переводить можно только место или позицию в листе ожидания.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 enrollment is not on the waitlist (it is %3).</source>
        <translation>Зачисление ученика %1 по предмету «%2» не находится в листе ожидания (состояние: %3).</translation>
    </message>
    <message>
        <source>%1&apos;s %2 enrollment holds no seat (it is %3), so there is nothing to pause.</source>
        <translation>Зачисление ученика %1 по предмету «%2» не занимает места (состояние: %3), поэтому приостанавливать нечего.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <source>%1&apos;s %2 enrollment is not paused (it is %3).</source>
        <translation>Зачисление ученика %1 по предмету «%2» не приостановлено (состояние: %3).</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Возобновлено</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementGroupsModel</name>
    <message>
        <source>%1 (new)</source>
        <comment>group status, proposed just now</comment>
        <translation>%1 (новая)</translation>
    </message>
    <message>
        <source>No tutor yet</source>
        <translation>Репетитора пока нет</translation>
    </message>
    <message>
        <source>%1, tier %2</source>
        <translation>%1, уровень %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s) free</source>
        <translation>
            <numerusform>свободно %Ln место</numerusform>
            <numerusform>свободно %Ln места</numerusform>
            <numerusform>свободно %Ln мест</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · ID %2 · need score %3</source>
        <translation>%1 · ID %2 · балл потребности %3</translation>
    </message>
    <message>
        <source>Group / student</source>
        <translation>Группа / ученик</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Need score</source>
        <translation>Балл потребности</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Репетитор</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementLists</name>
    <message>
        <source>Groups and their students</source>
        <translation>Группы и их ученики</translation>
    </message>
    <message>
        <source>Waitlist, highest need first</source>
        <translation>Лист ожидания, сначала наибольшая потребность</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Waitlist (highest need first)</source>
        <translation>Лист ожидания (сначала наибольшая потребность)</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementMove</name>
    <message>
        <source>Moved %1 to %2.</source>
        <translation>%1 переведён: %2.</translation>
    </message>
    <message>
        <source>the waitlist</source>
        <translation>лист ожидания</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementPage</name>
    <message>
        <source>&amp;Propose Placement…</source>
        <translation>&amp;Предложить распределение…</translation>
    </message>
    <message>
        <source>&amp;Move to Group…</source>
        <translation>&amp;Перевести в группу…</translation>
    </message>
    <message>
        <source>Move to &amp;Waitlist</source>
        <translation>В &amp;лист ожидания</translation>
    </message>
    <message>
        <source>Schedule &amp;Group…</source>
        <translation>&amp;Расписание группы…</translation>
    </message>
    <message>
        <source>Seats and waitlist</source>
        <translation>Места и лист ожидания</translation>
    </message>
    <message>
        <source>See how TutorDesk would seat students by need, then apply it if you agree</source>
        <translation>Посмотреть, как TutorDesk распределил бы учеников по потребности, и применить, если вы согласны</translation>
    </message>
    <message>
        <source>Move the selected student to another group of the same subject (Ctrl+M)</source>
        <translation>Перевести выбранного ученика в другую группу по тому же предмету (Ctrl+M)</translation>
    </message>
    <message>
        <source>Give the selected student&apos;s seat back; they wait in need order (Ctrl+Shift+M)</source>
        <translation>Освободить место выбранного ученика; он будет ожидать в порядке потребности (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Give the selected group its tutor, room, days and time; its sessions follow (or double-click a group)</source>
        <translation>Назначить выбранной группе репетитора, кабинет, дни и время; занятия создаются по ним (или дважды щёлкните группу)</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Распределение</translation>
    </message>
    <message>
        <source>The groups could not be read: %1</source>
        <translation>Не удалось прочитать группы: %1</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 seats taken · %4 waiting</source>
        <translation>%1 · занято %2 из %3 мест · ожидают %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln группа</numerusform>
            <numerusform>%Ln группы</numerusform>
            <numerusform>%Ln групп</numerusform>
        </translation>
    </message>
    <message>
        <source>No groups yet. Import the roster and the benchmark scores, then click Propose Placement.</source>
        <translation>Групп пока нет. Импортируйте список и результаты контрольных тестов, затем нажмите «Предложить распределение».</translation>
    </message>
    <message>
        <source>Placement applied. %1</source>
        <translation>Распределение применено. %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementProposal</name>
    <message numerus="yes">
        <source>%Ln student(s)</source>
        <translation>
            <numerusform>%Ln ученик</numerusform>
            <numerusform>%Ln ученика</numerusform>
            <numerusform>%Ln учеников</numerusform>
        </translation>
    </message>
    <message>
        <source>No student got a new seat.</source>
        <translation>Ни один ученик не получил нового места.</translation>
    </message>
    <message>
        <source>No student would get a new seat.</source>
        <translation>Ни один ученик не получил бы нового места.</translation>
    </message>
    <message>
        <source>%1 got a seat, %2.</source>
        <translation>Место получили: %1, %2.</translation>
    </message>
    <message>
        <source>%1 would get a seat, %2.</source>
        <translation>Место получили бы: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>with %Ln new group(s) planned</source>
        <translation>
            <numerusform>запланирована %Ln новая группа</numerusform>
            <numerusform>запланированы %Ln новые группы</numerusform>
            <numerusform>запланировано %Ln новых групп</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 got a seat in the groups there are.</source>
        <translation>Место в существующих группах получили: %1.</translation>
    </message>
    <message>
        <source>%1 would get a seat in the groups there are.</source>
        <translation>Место в существующих группах получили бы: %1.</translation>
    </message>
    <message>
        <source>Nobody waits.</source>
        <translation>Никто не ожидает.</translation>
    </message>
    <message>
        <source>Nobody would wait.</source>
        <translation>Никто не ожидал бы.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) wait, highest need first.</source>
        <translation>
            <numerusform>Ожидает %Ln ученик, сначала с наибольшей потребностью.</numerusform>
            <numerusform>Ожидают %Ln ученика, сначала с наибольшей потребностью.</numerusform>
            <numerusform>Ожидают %Ln учеников, сначала с наибольшей потребностью.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) would wait, highest need first.</source>
        <translation>
            <numerusform>Ожидал бы %Ln ученик, сначала с наибольшей потребностью.</numerusform>
            <numerusform>Ожидали бы %Ln ученика, сначала с наибольшей потребностью.</numerusform>
            <numerusform>Ожидали бы %Ln учеников, сначала с наибольшей потребностью.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) left the waitlist: they no longer qualify.</source>
        <translation>
            <numerusform>%Ln ученик выбыл из листа ожидания: он больше не соответствует критериям.</numerusform>
            <numerusform>%Ln ученика выбыли из листа ожидания: они больше не соответствуют критериям.</numerusform>
            <numerusform>%Ln учеников выбыли из листа ожидания: они больше не соответствуют критериям.</numerusform>
        </translation>
    </message>
    <message>
        <source>The groups offer %1 of the %2 seats the program can fund.</source>
        <translation>Группы предлагают %1 из %2 мест, которые может финансировать программа.</translation>
    </message>
    <message>
        <source>Propose Placement</source>
        <translation>Предложить распределение</translation>
    </message>
    <message>
        <source>New seats are offered as invitations: tutoring starts once the family consents. Apply this placement?</source>
        <translation>Новые места предлагаются как приглашения: занятия начинаются после согласия семьи. Применить это распределение?</translation>
    </message>
    <message>
        <source>Nothing to apply.</source>
        <translation>Нечего применять.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProbeGridDialog</name>
    <message>
        <source>Enter Probes</source>
        <translation>Ввод срезов</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <source>Probe date</source>
        <translation>Дата среза</translation>
    </message>
    <message>
        <source>Probe window</source>
        <translation>Период среза</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>Максимальный балл</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>Out &amp;of:</source>
        <translation>&amp;Из:</translation>
    </message>
    <message>
        <source>Probe scores</source>
        <translation>Баллы срезов</translation>
    </message>
    <message>
        <source>Type a score and press Enter for the next student. Leave a cell empty for “not tested”. Ctrl+S saves every score at once.</source>
        <translation>Введите балл и нажмите Enter, чтобы перейти к следующему ученику. Оставьте ячейку пустой, если ученик не проверялся. Ctrl+S сохраняет все баллы сразу.</translation>
    </message>
    <message>
        <source>&amp;Save Scores</source>
        <translation>&amp;Сохранить баллы</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>no tutor</source>
        <translation>нет репетитора</translation>
    </message>
    <message>
        <source>no skill</source>
        <translation>нет навыка</translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation>%1 (завершена)</translation>
    </message>
    <message>
        <source>There are no groups yet. Create groups on the Schedule page first.</source>
        <translation>Групп пока нет. Сначала создайте группы на странице «Расписание».</translation>
    </message>
    <message>
        <source>The groups could not be read: %1</source>
        <translation>Не удалось прочитать группы: %1</translation>
    </message>
    <message>
        <source>Discard Scores?</source>
        <translation>Отменить ввод баллов?</translation>
    </message>
    <message>
        <source>The scores typed for this group are not saved. Discard them and open the other group?</source>
        <translation>Введённые для этой группы баллы не сохранены. Отменить их и открыть другую группу?</translation>
    </message>
    <message>
        <source>The group&apos;s probes could not be read: %1</source>
        <translation>Не удалось прочитать срезы группы: %1</translation>
    </message>
    <message>
        <source>This group has no target skill yet: set one on the Schedule page before entering probes.</source>
        <translation>У этой группы ещё нет целевого навыка: укажите его на странице «Расписание», прежде чем вводить срезы.</translation>
    </message>
    <message>
        <source>Skill %1</source>
        <translation>Навык %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · Mastery at %2 %</source>
        <translation>%1 · Освоение при %2 %</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Ученик</translation>
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
        <translation>%1 (сохранено)
%2</translation>
    </message>
    <message>
        <source>New: %1
%2</source>
        <translation>Новый: %1
%2</translation>
    </message>
    <message>
        <source>Growth
(points of %)</source>
        <translation>Рост
(п. п.)</translation>
    </message>
    <message>
        <source>Mastery</source>
        <translation>Освоение</translation>
    </message>
    <message>
        <source>%1 (seat given back)</source>
        <translation>%1 (место освобождено)</translation>
    </message>
    <message>
        <source>No longer in this group on this day; earlier results are kept.</source>
        <translation>В этот день больше не в этой группе; прежние результаты сохранены.</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>✓ Mastered</source>
        <translation>✓ Освоено</translation>
    </message>
    <message>
        <source>Not a number: type the score, or leave the cell empty for “not tested”.</source>
        <translation>Не число: введите балл или оставьте ячейку пустой, если ученик не проверялся.</translation>
    </message>
    <message>
        <source>The score must be between 0 and %1.</source>
        <translation>Балл должен быть от 0 до %1.</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 п. п.</translation>
    </message>
    <message>
        <source>From the baseline probe to this one, in percentage points.</source>
        <translation>От исходного среза до этого, в процентных пунктах.</translation>
    </message>
    <message>
        <source>Growth shows once there are two results.</source>
        <translation>Рост отображается, когда есть два результата.</translation>
    </message>
    <message>
        <source>%1&apos;s score “%2” is not a number. Type the score, or clear the cell for “not tested”. Nothing was saved.</source>
        <translation>Балл ученика %1 «%2» — не число. Введите балл или очистите ячейку, если ученик не проверялся. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Ничего не сохранено. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) added</source>
        <translation>
            <numerusform>добавлен %n балл</numerusform>
            <numerusform>добавлено %n балла</numerusform>
            <numerusform>добавлено %n баллов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>изменён %n</numerusform>
            <numerusform>изменено %n</numerusform>
            <numerusform>изменено %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cleared</source>
        <translation>
            <numerusform>очищен %n</numerusform>
            <numerusform>очищено %n</numerusform>
            <numerusform>очищено %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to save: no score was changed.</source>
        <translation>Нечего сохранять: ни один балл не изменён.</translation>
    </message>
    <message>
        <source>Saved for %1: %2.</source>
        <translation>Сохранено для %1: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Save Scores?</source>
        <translation>Сохранить баллы?</translation>
    </message>
    <message>
        <source>Some scores typed for %1 are not saved.</source>
        <translation>Часть баллов, введённых для %1, не сохранена.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProbeSheet</name>
    <message>
        <source>student %1</source>
        <translation>ученик %1</translation>
    </message>
    <message>
        <source>%1 has no target skill, so its probes cannot be compared. Give the group a skill code on the Schedule page first.</source>
        <translation>У группы %1 нет целевого навыка, поэтому её срезы нельзя сравнить. Сначала укажите код навыка группы на странице «Расписание».</translation>
    </message>
    <message>
        <source>Choose the day the probe was given.</source>
        <translation>Выберите день проведения среза.</translation>
    </message>
    <message>
        <source>The probe day %1 is in the future. Enter probes on or after the day they are given.</source>
        <translation>День среза %1 ещё не наступил. Вводите срезы в день проведения или позже.</translation>
    </message>
    <message>
        <source>The probe day %1 is before %2 starts (%3). Check the day.</source>
        <translation>День среза %1 раньше начала %2 (%3). Проверьте день.</translation>
    </message>
    <message>
        <source>Choose the probe window: pre, progress or post.</source>
        <translation>Выберите период среза: входной, промежуточный или итоговый.</translation>
    </message>
    <message>
        <source>The probe&apos;s maximum score must be more than 0.</source>
        <translation>Максимальный балл среза должен быть больше 0.</translation>
    </message>
    <message>
        <source>%1&apos;s score %2 is outside 0 to %3. Correct the score or the probe&apos;s maximum.</source>
        <translation>Балл ученика %1 (%2) вне диапазона от 0 до %3. Исправьте балл или максимум среза.</translation>
    </message>
    <message>
        <source>%1 has no seat in %2 on %3, so the score %4 cannot be recorded for the group. Clear the score or check the day.</source>
        <translation>У ученика %1 нет места в группе %2 на %3, поэтому балл %4 нельзя записать для группы. Очистите балл или проверьте день.</translation>
    </message>
    <message>
        <source>There is no group %1 (it may have been removed). Choose another group.</source>
        <translation>Группа %1 не найдена (возможно, она удалена). Выберите другую группу.</translation>
    </message>
    <message>
        <source>The probe scores could not be saved in %1: %2. Nothing was changed; try again.</source>
        <translation>Не удалось сохранить баллы срезов в %1: %2. Ничего не изменено; повторите попытку.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProbeSkills</name>
    <message>
        <source>A probe needs a skill code, e.g. 3.OA.7.</source>
        <translation>Для среза нужен код навыка, напр. 3.OA.7.</translation>
    </message>
    <message>
        <source>The mastery threshold of %1 is %2 %; it must be between 1 and 100 %.</source>
        <translation>Порог освоения для %1 — %2 %; он должен быть от 1 до 100 %.</translation>
    </message>
    <message>
        <source>The maximum score of %1 is %2; it must be more than 0 (or left empty).</source>
        <translation>Максимальный балл для %1 — %2; он должен быть больше 0 (или не указан).</translation>
    </message>
    <message>
        <source>The probe settings could not be saved in %1: %2</source>
        <translation>Не удалось сохранить настройки срезов в %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProbeSkillsEditor</name>
    <message>
        <source>Each skill probe&apos;s usual maximum score (the grid starts with it) and the share of it that counts as mastery. Growth and mastery everywhere use these.</source>
        <translation>Обычный максимальный балл каждого среза навыка (с него начинается таблица) и доля от него, которая считается освоением. Эти значения используются для роста и освоения везде.</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Навык</translation>
    </message>
    <message>
        <source>Plain words</source>
        <translation>Простыми словами</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>Максимальный балл</translation>
    </message>
    <message>
        <source>Mastery at</source>
        <translation>Освоение при</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Используется</translation>
    </message>
    <message>
        <source>Probe skills</source>
        <translation>Навыки срезов</translation>
    </message>
    <message>
        <source>A skill appears here once a group targets it or a probe names it.</source>
        <translation>Навык появляется здесь, когда на него нацелена группа или он указан в срезе.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Не задано</translation>
    </message>
    <message>
        <source>Maximum score of %1</source>
        <translation>Максимальный балл для %1</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Mastery threshold of %1</source>
        <translation>Порог освоения для %1</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n группа</numerusform>
            <numerusform>%n группы</numerusform>
            <numerusform>%n групп</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n результат</numerusform>
            <numerusform>%n результата</numerusform>
            <numerusform>%n результатов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgramText</name>
    <message>
        <source>Benchmark results</source>
        <translation>Результаты контрольных тестов</translation>
    </message>
    <message>
        <source>School attendance</source>
        <translation>Посещаемость школы</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>Изучающий английский</translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation>IEP или план 504</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>Ребёнок в приёмной семье</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>Бездомный (McKinney-Vento)</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>Социально-экономически неблагополучный</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Уровень %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier name · description</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2 × %3 min a week, groups of up to %4</source>
        <comment>tier, sessions, minutes, group size</comment>
        <translation>%1: %2 × %3 мин в неделю, группы до %4</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>group status</comment>
        <translation>Запланирована</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>group status</comment>
        <translation>Активна</translation>
    </message>
    <message>
        <source>Ended</source>
        <comment>group status</comment>
        <translation>Завершена</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>seats taken of the group&apos;s cap</comment>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressChartsTab</name>
    <message>
        <source>&amp;School</source>
        <translation>&amp;Школа</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <source>S&amp;tudent:</source>
        <translation>&amp;Ученик:</translation>
    </message>
    <message>
        <source>Group to chart</source>
        <translation>Группа для диаграммы</translation>
    </message>
    <message>
        <source>Student to chart</source>
        <translation>Ученик для диаграммы</translation>
    </message>
    <message>
        <source>Type a name or district id</source>
        <translation>Введите имя или окружной ID</translation>
    </message>
    <message>
        <source>Hover over a point or bar for the figures; right-click a chart to save or print it.</source>
        <translation>Наведите указатель на точку или столбец, чтобы увидеть значения; щёлкните диаграмму правой кнопкой, чтобы сохранить или распечатать её.</translation>
    </message>
    <message>
        <source>Chart for:</source>
        <translation>Диаграмма для:</translation>
    </message>
    <message>
        <source>Dosage distribution</source>
        <translation>Распределение объёма занятий</translation>
    </message>
    <message>
        <source>No student holds a seat yet.</source>
        <translation>Ни у одного ученика пока нет места.</translation>
    </message>
    <message>
        <source>Growth against dosage</source>
        <translation>Рост в зависимости от объёма занятий</translation>
    </message>
    <message>
        <source>No growth yet: growth shows once a student has two probes on their group&apos;s skill.</source>
        <translation>Роста пока нет: он отображается, когда у ученика есть два среза по навыку его группы.</translation>
    </message>
    <message>
        <source>Weekly attendance rate</source>
        <translation>Еженедельная посещаемость</translation>
    </message>
    <message>
        <source>No attendance taken yet.</source>
        <translation>Посещаемость ещё не отмечалась.</translation>
    </message>
    <message>
        <source>Students per tier</source>
        <translation>Ученики по уровням</translation>
    </message>
    <message>
        <source>No student has a tier of need yet: compute need scores on the Placement page.</source>
        <translation>Ни у одного ученика пока нет уровня потребности: рассчитайте баллы потребности на странице «Распределение».</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Choose a group above.</source>
        <translation>Выберите группу выше.</translation>
    </message>
    <message>
        <source>Growth per student</source>
        <translation>Рост по ученикам</translation>
    </message>
    <message>
        <source>No students in this group yet.</source>
        <translation>В этой группе пока нет учеников.</translation>
    </message>
    <message>
        <source>This group has no target skill, so growth cannot be measured. Set its skill on the Schedule page.</source>
        <translation>У этой группы нет целевого навыка, поэтому рост нельзя измерить. Укажите навык на странице «Расписание».</translation>
    </message>
    <message>
        <source>No growth yet: no student in this group has two probes on %1.</source>
        <translation>Роста пока нет: ни у одного ученика этой группы нет двух срезов по навыку %1.</translation>
    </message>
    <message>
        <source>Sessions held against scheduled</source>
        <translation>Проведённые занятия в сравнении с запланированными</translation>
    </message>
    <message>
        <source>No sessions scheduled for this group yet.</source>
        <translation>Для этой группы занятия ещё не запланированы.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>Choose a student above.</source>
        <translation>Выберите ученика выше.</translation>
    </message>
    <message>
        <source>Probe scores</source>
        <translation>Баллы срезов</translation>
    </message>
    <message>
        <source>No probes yet for this student.</source>
        <translation>У этого ученика пока нет срезов.</translation>
    </message>
    <message>
        <source>Minutes received against planned</source>
        <translation>Полученные минуты в сравнении с запланированными</translation>
    </message>
    <message>
        <source>No sessions yet for this student.</source>
        <translation>У этого ученика пока нет занятий.</translation>
    </message>
    <message>
        <source>Attendance by week</source>
        <translation>Посещаемость по неделям</translation>
    </message>
    <message>
        <source>No sessions held for this student yet.</source>
        <translation>Для этого ученика занятия ещё не проводились.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressFilterBar</name>
    <message>
        <source>Include pa&amp;used and exited</source>
        <translation>Включая при&amp;остановленных и выбывших</translation>
    </message>
    <message>
        <source>Stu&amp;dents</source>
        <translation>&amp;Ученики</translation>
    </message>
    <message>
        <source>G&amp;roups</source>
        <translation>&amp;Группы</translation>
    </message>
    <message>
        <source>One row per student and group</source>
        <translation>Одна строка на ученика и группу</translation>
    </message>
    <message>
        <source>One row per group: delivery, attendance, growth and flags</source>
        <translation>Одна строка на группу: проведение, посещаемость, рост и отметки</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>One group&apos;s students, or the whole school</source>
        <translation>Ученики одной группы или вся школа</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Все группы</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <source>Any flag or none</source>
        <translation>Любая отметка или без неё</translation>
    </message>
    <message>
        <source>Flagged (either)</source>
        <translation>С отметкой (любой)</translation>
    </message>
    <message>
        <source>Not attending</source>
        <translation>Не посещает</translation>
    </message>
    <message>
        <source>Attending, not improving</source>
        <translation>Посещает, но нет улучшения</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Любой уровень</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Уровень %1</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Any subject</source>
        <translation>Любой предмет</translation>
    </message>
    <message>
        <source>Also seats paused or exited this year (they are never flagged)</source>
        <translation>Также места, приостановленные или освобождённые в этом году (они никогда не отмечаются)</translation>
    </message>
    <message>
        <source>Search by name or district ID</source>
        <translation>Поиск по имени или окружному ID</translation>
    </message>
    <message>
        <source>Search students</source>
        <translation>Поиск учеников</translation>
    </message>
    <message>
        <source>Students: part of a name or district ID. Groups: part of a group&apos;s name, skill or tutor</source>
        <translation>Ученики: часть имени или окружного ID. Группы: часть названия группы, навыка или имени репетитора</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressFlags</name>
    <message>
        <source>%1 pts</source>
        <translation>%1 п. п.</translation>
    </message>
    <message>
        <source>Sessions attended before judging growth must be a whole number from 1 to 200, not %1.</source>
        <translation>Число посещённых занятий до оценки роста должно быть целым числом от 1 до 200, а не %1.</translation>
    </message>
    <message>
        <source>The attendance that counts as attending well must be above 0% and at most 100%, not %1.</source>
        <translation>Посещаемость, которая считается хорошей, должна быть больше 0% и не больше 100%, а не %1.</translation>
    </message>
    <message>
        <source>The growth expected must be from 0 to 100 percentage points, not %1.</source>
        <translation>Ожидаемый рост должен быть от 0 до 100 процентных пунктов, а не %1.</translation>
    </message>
    <message>
        <source>Sessions needed to judge attendance must be a whole number from 1 to 200, not %1.</source>
        <translation>Число занятий для оценки посещаемости должно быть целым числом от 1 до 200, а не %1.</translation>
    </message>
    <message>
        <source>The attendance under which a student is not attending must be above 0% and at most 100%, not %1.</source>
        <translation>Посещаемость, ниже которой ученик считается не посещающим, должна быть больше 0% и не больше 100%, а не %1.</translation>
    </message>
    <message>
        <source>The attendance under which a student is not attending (%1) must not be above the attendance that counts as attending well (%2).</source>
        <translation>Посещаемость, ниже которой ученик считается не посещающим (%1), не должна превышать посещаемость, которая считается хорошей (%2).</translation>
    </message>
    <message>
        <source>The progress flags were not saved: %1</source>
        <translation>Отметки прогресса не сохранены: %1</translation>
    </message>
    <message>
        <source>The progress flags could not be saved in %1: %2</source>
        <translation>Не удалось сохранить отметки прогресса в %1: %2</translation>
    </message>
    <message>
        <source>Attending, not improving</source>
        <translation>Посещает, но нет улучшения</translation>
    </message>
    <message>
        <source>Not attending</source>
        <translation>Не посещает</translation>
    </message>
    <message>
        <source>No flag</source>
        <translation>Без отметки</translation>
    </message>
    <message>
        <source>Came to at least %1 at %2 attendance or better, yet grew less than %3 on the group&apos;s skill probe (pre to latest) and has not reached mastery. Attending is not the problem: look at the instruction.</source>
        <translation>Посетил не менее %1 с посещаемостью %2 или выше, но вырос менее чем на %3 по срезу навыка группы (от входного до последнего) и не достиг освоения. Проблема не в посещаемости: обратите внимание на обучение.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n занятия</numerusform>
            <numerusform>%n занятий</numerusform>
            <numerusform>%n занятий</numerusform>
        </translation>
    </message>
    <message>
        <source>Came to fewer than %1 of the sessions with attendance taken, after at least %2. The student is not getting the tutoring: reach the family first.</source>
        <translation>Посетил менее %1 занятий с отмеченной посещаемостью, хотя их было проведено не менее %2. Ученик не получает занятий: сначала свяжитесь с семьёй.</translation>
    </message>
    <message>
        <source>Neither flag applies: attendance is not below %1, and growth is not yet judged or is at least %2 (or the skill is mastered).</source>
        <translation>Ни одна отметка не применяется: посещаемость не ниже %1, а рост ещё не оценивался или составляет не менее %2 (либо навык освоен).</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressFlagsEditor</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n занятия</numerusform>
            <numerusform>%n занятий</numerusform>
            <numerusform>%n занятий</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions attended before growth is judged</source>
        <translation>Посещённых занятий до оценки роста</translation>
    </message>
    <message>
        <source>Attendance that counts as attending well</source>
        <translation>Посещаемость, которая считается хорошей</translation>
    </message>
    <message>
        <source>Growth expected, in percentage points</source>
        <translation>Ожидаемый рост, в процентных пунктах</translation>
    </message>
    <message>
        <source>Sessions needed to judge attendance</source>
        <translation>Занятий для оценки посещаемости</translation>
    </message>
    <message>
        <source>Attendance under which a student is not attending</source>
        <translation>Посещаемость, ниже которой ученик считается не посещающим</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> п. п.</translation>
    </message>
    <message>
        <source>The Progress page flags two kinds of student so that nobody waits until the end of the program to be noticed. Only seats held now are flagged.</source>
        <translation>Страница «Прогресс» отмечает учеников двух видов, чтобы никто не оставался незамеченным до конца программы. Отмечаются только занятые сейчас места.</translation>
    </message>
    <message>
        <source>After at least %1 with attendance taken, flag a student who came to under %2 of them.</source>
        <translation>После не менее %1 с отмеченной посещаемостью отмечать ученика, посетившего менее %2 из них.</translation>
    </message>
    <message>
        <source>The tutoring cannot work if the student is not there: reach the family first.</source>
        <translation>Занятия не помогут, если ученика на них нет: сначала свяжитесь с семьёй.</translation>
    </message>
    <message>
        <source>After at least %1 attended at %2 attendance or better,
flag growth under %3 on the group&apos;s skill probe (a mastered skill is never flagged).</source>
        <translation>После не менее %1, посещённых с посещаемостью %2 или выше,
отмечать рост менее %3 по срезу навыка группы (освоенный навык никогда не отмечается).</translation>
    </message>
    <message>
        <source>Growth is the latest probe&apos;s percentage minus the pre probe&apos;s, in percentage points; it needs two probes on the group&apos;s skill.</source>
        <translation>Рост — это процент последнего среза минус процент входного, в процентных пунктах; для него нужны два среза по навыку группы.</translation>
    </message>
    <message>
        <source>Problem with the thresholds</source>
        <translation>Проблема с порогами</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Восстановить &amp;по умолчанию</translation>
    </message>
    <message>
        <source>Put back the thresholds TutorDesk starts with</source>
        <translation>Вернуть исходные пороги TutorDesk</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressPage</name>
    <message>
        <source>Enter &amp;Probes…</source>
        <translation>Ввести &amp;срезы…</translation>
    </message>
    <message>
        <source>Type a group&apos;s skill probe scores in a grid</source>
        <translation>Ввести баллы срезов навыка группы в таблицу</translation>
    </message>
    <message>
        <source>&amp;Students</source>
        <translation>&amp;Ученики</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Диаграммы</translation>
    </message>
    <message>
        <source>&amp;Equity Audit</source>
        <translation>&amp;Аудит равенства доступа</translation>
    </message>
    <message>
        <source>&amp;Weekly Review</source>
        <translation>&amp;Еженедельный обзор</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressTableGroups</name>
    <message>
        <source>The groups&apos; progress could not be read: %1</source>
        <translation>Не удалось прочитать прогресс групп: %1</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>Нет репетитора</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Уровень %1</translation>
    </message>
    <message>
        <source>%1 held (%2)</source>
        <translation>проведено %1 (%2)</translation>
    </message>
    <message>
        <source>%1 not attending · %2 not improving</source>
        <translation>не посещают: %1 · нет улучшения: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Regular sessions held of those scheduled up to today: did the program deliver?</source>
        <translation>Проведённые регулярные занятия из запланированных на сегодня: выполнила ли программа план?</translation>
    </message>
    <message>
        <source>Mean growth of the group&apos;s students with two probes, in percentage points</source>
        <translation>Средний рост учеников группы с двумя срезами, в процентных пунктах</translation>
    </message>
    <message>
        <source>Open the group to see who is flagged and why</source>
        <translation>Откройте группу, чтобы увидеть, кто отмечен и почему</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Щёлкните, чтобы отсортировать по этому столбцу</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Репетитор</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Ученики</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Занятия</translation>
    </message>
    <message>
        <source>Mean attendance</source>
        <translation>Средняя посещаемость</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
    <message>
        <source>Mean growth</source>
        <translation>Средний рост</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Отметки</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressTableModel</name>
    <message>
        <source>The progress figures could not be read: %1</source>
        <translation>Не удалось прочитать показатели прогресса: %1</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>Нет репетитора</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Не задано</translation>
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
        <translation>Окружной ID %1 · Класс %2</translation>
    </message>
    <message>
        <source>Tier %1 · %2</source>
        <translation>Уровень %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) attended (make-ups included)</source>
        <translation>
            <numerusform>Посещено %n занятие (включая отработки)</numerusform>
            <numerusform>Посещено %n занятия (включая отработки)</numerusform>
            <numerusform>Посещено %n занятий (включая отработки)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absence(s)</source>
        <translation>
            <numerusform>%n пропуск</numerusform>
            <numerusform>%n пропуска</numerusform>
            <numerusform>%n пропусков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held for this student up to today (make-ups included)</source>
        <translation>
            <numerusform>%n занятие проведено для этого ученика на сегодня (включая отработки)</numerusform>
            <numerusform>%n занятия проведено для этого ученика на сегодня (включая отработки)</numerusform>
            <numerusform>%n занятий проведено для этого ученика на сегодня (включая отработки)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance: sessions attended of those with attendance taken</source>
        <translation>Посещаемость: посещённые занятия из тех, где отмечалась посещаемость</translation>
    </message>
    <message>
        <source>Minutes received of minutes scheduled (cancelled sessions included in the plan)</source>
        <translation>Полученные минуты из запланированных (отменённые занятия входят в план)</translation>
    </message>
    <message>
        <source>First probe on the group&apos;s skill, %1</source>
        <translation>Первый срез по навыку группы, %1</translation>
    </message>
    <message>
        <source>No probe yet on %1</source>
        <translation>Пока нет срезов по %1</translation>
    </message>
    <message>
        <source>Latest probe, %1</source>
        <translation>Последний срез, %1</translation>
    </message>
    <message>
        <source>Growth needs a second probe on the same skill</source>
        <translation>Для роста нужен второй срез по тому же навыку</translation>
    </message>
    <message>
        <source>Growth needs a pre and a later probe on the same skill</source>
        <translation>Для роста нужны входной и более поздний срезы по тому же навыку</translation>
    </message>
    <message>
        <source>Latest percentage minus pre percentage, in percentage points%1</source>
        <translation>Последний процент минус входной, в процентных пунктах%1</translation>
    </message>
    <message>
        <source>; ✓ mastered</source>
        <translation>; ✓ освоено</translation>
    </message>
    <message>
        <source>A seat given back is not flagged</source>
        <translation>Освобождённое место не отмечается</translation>
    </message>
    <message>
        <source>Sessions attended of sessions held</source>
        <translation>Посещённые занятия из проведённых</translation>
    </message>
    <message>
        <source>Sessions attended of those with attendance taken</source>
        <translation>Посещённые занятия из тех, где отмечалась посещаемость</translation>
    </message>
    <message>
        <source>Minutes received of minutes planned</source>
        <translation>Полученные минуты из запланированных</translation>
    </message>
    <message>
        <source>The first (pre) probe on the group&apos;s skill: score and percentage</source>
        <translation>Первый (входной) срез по навыку группы: балл и процент</translation>
    </message>
    <message>
        <source>The latest probe on the same skill</source>
        <translation>Последний срез по тому же навыку</translation>
    </message>
    <message>
        <source>Latest minus pre, in percentage points; ✓ mastered</source>
        <translation>Последний минус входной, в процентных пунктах; ✓ освоено</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Щёлкните, чтобы отсортировать по этому столбцу</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Репетитор</translation>
    </message>
    <message>
        <source>Target skill</source>
        <translation>Целевой навык</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Занятия</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
    <message>
        <source>Pre</source>
        <translation>Входной</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Последний</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Рост</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Отметка</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressTableTab</name>
    <message>
        <source>Students shown</source>
        <translation>Показанные ученики</translation>
    </message>
    <message>
        <source>Students&apos; attendance, skill and growth</source>
        <translation>Посещаемость, навык и рост учеников</translation>
    </message>
    <message>
        <source>Groups&apos; delivery, attendance and growth</source>
        <translation>Проведение, посещаемость и рост групп</translation>
    </message>
    <message>
        <source>Open a school to see who attended, what skill was targeted and who improved.</source>
        <translation>Откройте школу, чтобы увидеть, кто посещал занятия, какой навык отрабатывался и у кого есть улучшения.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n группа</numerusform>
            <numerusform>%n группы</numerusform>
            <numerusform>%n групп</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n ученик</numerusform>
            <numerusform>%n ученика</numerusform>
            <numerusform>%n учеников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n место</numerusform>
            <numerusform>%n места</numerusform>
            <numerusform>%n мест</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attending</source>
        <translation>
            <numerusform>%n не посещает</numerusform>
            <numerusform>%n не посещают</numerusform>
            <numerusform>%n не посещают</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attending but not improving</source>
        <translation>
            <numerusform>%n посещает, но без улучшения</numerusform>
            <numerusform>%n посещают, но без улучшения</numerusform>
            <numerusform>%n посещают, но без улучшения</numerusform>
        </translation>
    </message>
    <message>
        <source>mean growth %1</source>
        <translation>средний рост %1</translation>
    </message>
    <message>
        <source>no growth measured yet</source>
        <translation>рост ещё не измерен</translation>
    </message>
    <message>
        <source>mean attendance %1</source>
        <translation>средняя посещаемость %1</translation>
    </message>
    <message>
        <source>Show &amp;Charts</source>
        <translation>Показать &amp;диаграммы</translation>
    </message>
    <message>
        <source>Enter &amp;Probes for This Group…</source>
        <translation>Ввести &amp;срезы для этой группы…</translation>
    </message>
    <message>
        <source>Record &amp;Observation or Confidence…</source>
        <translation>Записать &amp;наблюдение или уверенность…</translation>
    </message>
    <message>
        <source>Show &amp;Students</source>
        <translation>Показать &amp;учеников</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressTableText</name>
    <message>
        <source>%1 pts</source>
        <translation>%1 п. п.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>%1/%2 · %3</source>
        <translation>%1/%2 · %3</translation>
    </message>
    <message>
        <source>pre</source>
        <translation>входной</translation>
    </message>
    <message>
        <source>post</source>
        <translation>итоговый</translation>
    </message>
    <message>
        <source>progress check</source>
        <translation>промежуточный</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Выбыл</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Приглашён</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>Согласие получено</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolActions</name>
    <message>
        <source>“%1” is not about a missed session, so there is no make-up to schedule.</source>
        <translation>«%1» не относится к пропущенному занятию, поэтому отработку назначать не нужно.</translation>
    </message>
    <message>
        <source>The missed session of “%1” is gone (it may have been removed). Reload the Today page.</source>
        <translation>Пропущенного занятия для «%1» больше нет (возможно, оно удалено). Перезагрузите страницу «Сегодня».</translation>
    </message>
    <message>
        <source>Choose a day and a start time for %1&apos;s make-up.</source>
        <translation>Выберите день и время начала отработки для ученика %1.</translation>
    </message>
    <message>
        <source>%1&apos;s make-up must come after the missed session (%2) and not before today. Choose a later day.</source>
        <translation>Отработка ученика %1 должна быть после пропущенного занятия (%2) и не раньше сегодняшнего дня. Выберите более поздний день.</translation>
    </message>
    <message>
        <source>%1 is not a school day. Choose another day for %2&apos;s make-up.</source>
        <translation>%1 — не учебный день. Выберите другой день для отработки ученика %2.</translation>
    </message>
    <message>
        <source>A make-up lasts 5 to 240 minutes, not %1.</source>
        <translation>Отработка длится от 5 до 240 минут, а не %1.</translation>
    </message>
    <message>
        <source>Make-up on %1 at %2</source>
        <translation>Отработка %1 в %2</translation>
    </message>
    <message>
        <source>There is no due action %1 (it may have been removed). Reload the Today page.</source>
        <translation>Требуемое действие %1 не найдено (возможно, оно удалено). Перезагрузите страницу «Сегодня».</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 для %2</translation>
    </message>
    <message>
        <source>“%1” was withdrawn: the absence that caused it was changed. There is nothing left to do.</source>
        <translation>«%1» снято: вызвавший его пропуск был изменён. Делать ничего не нужно.</translation>
    </message>
    <message>
        <source>“%1” is already resolved as not needed. Reopen it first to change that.</source>
        <translation>«%1» уже закрыто как ненужное. Чтобы изменить это, сначала откройте его снова.</translation>
    </message>
    <message>
        <source>“%1” is already done. Reopen it first to change that.</source>
        <translation>«%1» уже выполнено. Чтобы изменить это, сначала откройте его снова.</translation>
    </message>
    <message>
        <source>Log a call or letter to the family first: escalation follows at least one contact attempt.</source>
        <translation>Сначала запишите звонок или письмо семье: передача выше возможна только после хотя бы одной попытки связаться.</translation>
    </message>
    <message>
        <source>Say why it is not needed.</source>
        <translation>Укажите, почему это не требуется.</translation>
    </message>
    <message>
        <source>The contact to link to “%1” is gone (it may have been removed). Log it again.</source>
        <translation>Контакта, который нужно связать с «%1», больше нет (возможно, он удалён). Запишите его снова.</translation>
    </message>
    <message>
        <source>The letter to link to “%1” is gone (it may have been removed). Print it again.</source>
        <translation>Письма, которое нужно связать с «%1», больше нет (возможно, оно удалено). Напечатайте его снова.</translation>
    </message>
    <message>
        <source>There is no contact %1 (it may have been removed). Log it again.</source>
        <translation>Контакт %1 не найден (возможно, он удалён). Запишите его снова.</translation>
    </message>
    <message>
        <source>That contact is about another student, not %1. Choose %1&apos;s contact.</source>
        <translation>Этот контакт относится к другому ученику, а не к %1. Выберите контакт ученика %1.</translation>
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
        <translation>Не удалось сохранить изменение в %1: %2</translation>
    </message>
    <message>
        <source>“%1” was withdrawn by the protocol (its absence was changed) and stays withdrawn.</source>
        <translation>«%1» снято протоколом (его пропуск был изменён) и остаётся снятым.</translation>
    </message>
    <message>
        <source>“%1” is still open: there is nothing to reopen.</source>
        <translation>«%1» всё ещё открыто: открывать снова нечего.</translation>
    </message>
    <message>
        <source>There is no letter %1 (it may have been removed). Print it again.</source>
        <translation>Письмо %1 не найдено (возможно, оно удалено). Напечатайте его снова.</translation>
    </message>
    <message>
        <source>That letter is to another student&apos;s family, not %1&apos;s.</source>
        <translation>Это письмо адресовано семье другого ученика, а не семье ученика %1.</translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation>Письмо отправлено</translation>
    </message>
    <message>
        <source>There is no waitlist entry %1 (it may have been removed). Choose again.</source>
        <translation>Запись листа ожидания %1 не найдена (возможно, она удалена). Выберите снова.</translation>
    </message>
    <message>
        <source>%1 is not on the waitlist any more, so the seat in %2 cannot be offered to them. Choose again.</source>
        <translation>%1 больше нет в листе ожидания, поэтому место в группе %2 нельзя ему предложить. Выберите снова.</translation>
    </message>
    <message>
        <source>%1 waits for another subject than %2 teaches. Choose someone waiting for it.</source>
        <translation>%1 ожидает места по другому предмету, чем ведётся в группе %2. Выберите ученика, ожидающего этот предмет.</translation>
    </message>
    <message>
        <source>%1 already has a seat in %2.</source>
        <translation>У ученика %1 уже есть место в группе %2.</translation>
    </message>
    <message>
        <source>Seated from the waitlist in a paused seat</source>
        <translation>Получил приостановленное место из листа ожидания</translation>
    </message>
    <message>
        <source>“%1” names no seat in a group, so there is nothing to pause.</source>
        <translation>«%1» не указывает место в группе, поэтому приостанавливать нечего.</translation>
    </message>
    <message>
        <source>Paused after missed sessions</source>
        <translation>Приостановлено после пропусков</translation>
    </message>
    <message>
        <source>%1&apos;s seat in %2 is %3, not held: there is nothing to pause.</source>
        <translation>Место ученика %1 в группе %2 в состоянии «%3», а не занято: приостанавливать нечего.</translation>
    </message>
    <message>
        <source>Paused (%1); nobody was offered the seat.</source>
        <translation>Приостановлено (%1); место никому не предложено.</translation>
    </message>
    <message>
        <source>Paused (%1); the seat was offered to %2.</source>
        <translation>Приостановлено (%1); место предложено ученику %2.</translation>
    </message>
    <message>
        <source>That group is full. Move someone out first or choose another group.</source>
        <translation>Эта группа заполнена. Сначала переведите кого-нибудь или выберите другую группу.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolEngine</name>
    <message>
        <source>Withdrawn: the session was removed.</source>
        <translation>Снято: занятие удалено.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Covered by %1</source>
        <translation>Заменяет %1</translation>
    </message>
    <message>
        <source>Withdrawn: %1 is no longer marked out on %2.</source>
        <translation>Снято: %1 больше не отмечен как отсутствующий %2.</translation>
    </message>
    <message>
        <source>The missed-session protocol could not be brought up to date in %1: %2 Nothing was changed; try again, and if it keeps failing run &quot;tutordesk-cli check&quot;.</source>
        <translation>Не удалось обновить протокол пропусков в %1: %2 Ничего не изменено; повторите попытку, а если ошибка повторяется, выполните &quot;tutordesk-cli check&quot;.</translation>
    </message>
    <message>
        <source>Withdrawn: the session on %1 was cancelled.</source>
        <translation>Снято: занятие %1 отменено.</translation>
    </message>
    <message>
        <source>Withdrawn: the attendance for the session on %1 was cleared.</source>
        <translation>Снято: посещаемость занятия %1 очищена.</translation>
    </message>
    <message>
        <source>Withdrawn: the absence on %1 is now recorded as present.</source>
        <translation>Снято: пропуск %1 теперь записан как присутствие.</translation>
    </message>
    <message>
        <source>Withdrawn: the absence on %1 is now recorded as tardy.</source>
        <translation>Снято: пропуск %1 теперь записан как опоздание.</translation>
    </message>
    <message>
        <source>Withdrawn: the absence on %1 is now recorded as excused.</source>
        <translation>Снято: пропуск %1 теперь записан как отсутствие по уважительной причине.</translation>
    </message>
    <message>
        <source>Withdrawn: after a change to the attendance before it or to the protocol&apos;s thresholds, the absence on %1 no longer calls for this.</source>
        <translation>Снято: после изменения предыдущей посещаемости или порогов протокола пропуск %1 больше этого не требует.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolRuleNames</name>
    <message>
        <source>Notify the family</source>
        <translation>Уведомить семью</translation>
    </message>
    <message>
        <source>Schedule a make-up</source>
        <translation>Назначить отработку</translation>
    </message>
    <message>
        <source>Escalate to the teacher or counselor</source>
        <translation>Передать учителю или школьному психологу</translation>
    </message>
    <message>
        <source>Pause the seat and offer it</source>
        <translation>Приостановить место и предложить его</translation>
    </message>
    <message>
        <source>Cover a tutor&apos;s absence</source>
        <translation>Заменить отсутствующего репетитора</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolRules</name>
    <message>
        <source>Absences in a row before the family is notified</source>
        <translation>Пропусков подряд до уведомления семьи</translation>
    </message>
    <message>
        <source>School days to notify the family</source>
        <translation>Учебных дней на уведомление семьи</translation>
    </message>
    <message>
        <source>Absences in a row before a make-up</source>
        <translation>Пропусков подряд до отработки</translation>
    </message>
    <message>
        <source>School days to schedule a make-up</source>
        <translation>Учебных дней на назначение отработки</translation>
    </message>
    <message>
        <source>Absences in a row before escalating</source>
        <translation>Пропусков подряд до передачи выше</translation>
    </message>
    <message>
        <source>The attendance percentage under which to escalate</source>
        <translation>Процент посещаемости, ниже которого вопрос передаётся выше</translation>
    </message>
    <message>
        <source>Weeks the attendance percentage looks back</source>
        <translation>За сколько недель считается процент посещаемости</translation>
    </message>
    <message>
        <source>Sessions needed to judge the attendance percentage</source>
        <translation>Занятий для оценки процента посещаемости</translation>
    </message>
    <message>
        <source>School days to escalate</source>
        <translation>Учебных дней на передачу выше</translation>
    </message>
    <message>
        <source>Absences in a row before pausing the seat</source>
        <translation>Пропусков подряд до приостановки места</translation>
    </message>
    <message>
        <source>School days to pause the seat</source>
        <translation>Учебных дней на приостановку места</translation>
    </message>
    <message>
        <source>School days before a session to cover a tutor&apos;s absence</source>
        <translation>За сколько учебных дней до занятия найти замену отсутствующему репетитору</translation>
    </message>
    <message>
        <source>%1 must be %2 or more, not %3.</source>
        <translation>%1: значение должно быть не меньше %2, а не %3.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not %4.</source>
        <translation>%1: нужно целое число от %2 до %3, а не %4.</translation>
    </message>
    <message>
        <source>The protocol&apos;s thresholds were not saved: %1</source>
        <translation>Пороги протокола не сохранены: %1</translation>
    </message>
    <message>
        <source>The protocol&apos;s thresholds could not be saved in %1: %2</source>
        <translation>Не удалось сохранить пороги протокола в %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolRulesEditor</name>
    <message numerus="yes">
        <source>%n absence(s)</source>
        <comment>in a row</comment>
        <translation>
            <numerusform>%n пропуска</numerusform>
            <numerusform>%n пропусков</numerusform>
            <numerusform>%n пропусков</numerusform>
        </translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>в тот же день</translation>
    </message>
    <message numerus="yes">
        <source>within %n school day(s)</source>
        <translation>
            <numerusform>в течение %n учебного дня</numerusform>
            <numerusform>в течение %n учебных дней</numerusform>
            <numerusform>в течение %n учебных дней</numerusform>
        </translation>
    </message>
    <message>
        <source>also for excused absences</source>
        <translation>также при пропусках по уважительной причине</translation>
    </message>
    <message>
        <source>also after any unexcused absence</source>
        <translation>также после любого пропуска без уважительной причины</translation>
    </message>
    <message>
        <source>When a student misses tutoring, TutorDesk lists what to do and by when. Absences in a row count held sessions only; coming to any session, a make-up included, ends the run.</source>
        <translation>Когда ученик пропускает занятие, TutorDesk показывает, что нужно сделать и к какому сроку. Пропуски подряд считаются только по проведённым занятиям; посещение любого занятия, включая отработку, прерывает серию.</translation>
    </message>
    <message>
        <source>An excused absence usually means the family already told the school.</source>
        <translation>Пропуск по уважительной причине обычно означает, что семья уже сообщила в школу.</translation>
    </message>
    <message>
        <source>After %1 in a row, notify the family %2, in their language. %3</source>
        <translation>После %1 подряд уведомить семью %2, на её языке. %3</translation>
    </message>
    <message>
        <source>Absences in a row before notifying the family</source>
        <translation>Пропусков подряд до уведомления семьи</translation>
    </message>
    <message>
        <source>School days to notify the family</source>
        <translation>Учебных дней на уведомление семьи</translation>
    </message>
    <message>
        <source>An unexcused absence asks for a make-up even when it is the first.</source>
        <translation>Пропуск без уважительной причины требует отработки, даже если он первый.</translation>
    </message>
    <message>
        <source>After %1 in a row, schedule a make-up %2 and log a family contact. %3</source>
        <translation>После %1 подряд назначить отработку %2 и записать контакт с семьёй. %3</translation>
    </message>
    <message>
        <source>Absences in a row before a make-up</source>
        <translation>Пропусков подряд до отработки</translation>
    </message>
    <message>
        <source>School days to schedule the make-up</source>
        <translation>Учебных дней на назначение отработки</translation>
    </message>
    <message>
        <source>After %1 in a row, or attendance under %2 over %3 (at least %4),
escalate %5.</source>
        <translation>После %1 подряд или при посещаемости ниже %2 за %3 (не менее %4)
передать вопрос выше %5.</translation>
    </message>
    <message>
        <source>Absences in a row before escalating</source>
        <translation>Пропусков подряд до передачи выше</translation>
    </message>
    <message>
        <source>Attendance rate below which to escalate</source>
        <translation>Посещаемость, ниже которой вопрос передаётся выше</translation>
    </message>
    <message>
        <source>Weeks the attendance rate looks back</source>
        <translation>За сколько недель считается посещаемость</translation>
    </message>
    <message numerus="yes">
        <source>the last %n week(s)</source>
        <translation>
            <numerusform>последнюю %n неделю</numerusform>
            <numerusform>последние %n недели</numerusform>
            <numerusform>последние %n недель</numerusform>
        </translation>
    </message>
    <message>
        <source>Held sessions needed to judge the attendance rate</source>
        <translation>Проведённых занятий для оценки посещаемости</translation>
    </message>
    <message numerus="yes">
        <source>%n held session(s)</source>
        <translation>
            <numerusform>%n проведённого занятия</numerusform>
            <numerusform>%n проведённых занятий</numerusform>
            <numerusform>%n проведённых занятий</numerusform>
        </translation>
    </message>
    <message>
        <source>School days to escalate</source>
        <translation>Учебных дней на передачу выше</translation>
    </message>
    <message>
        <source>A meeting with the teacher or counselor, a letter home, and a look at another delivery model.</source>
        <translation>Встреча с учителем или школьным психологом, письмо домой и рассмотрение другого формата занятий.</translation>
    </message>
    <message>
        <source>After %1 in a row, pause the seat and offer it to the waitlist %2.</source>
        <translation>После %1 подряд приостановить место и предложить его листу ожидания %2.</translation>
    </message>
    <message>
        <source>Absences in a row before pausing the seat</source>
        <translation>Пропусков подряд до приостановки места</translation>
    </message>
    <message>
        <source>School days to pause and offer the seat</source>
        <translation>Учебных дней на приостановку и предложение места</translation>
    </message>
    <message>
        <source>The student with the highest need waiting for the same subject and tier is offered the seat.</source>
        <translation>Место предлагается ученику с наибольшей потребностью, ожидающему тот же предмет и уровень.</translation>
    </message>
    <message>
        <source>When a tutor is out, cover or cancel each of their sessions %1.</source>
        <translation>Когда репетитор отсутствует, найти замену или отменить каждое его занятие %1.</translation>
    </message>
    <message>
        <source>School days ahead to cover a session</source>
        <translation>За сколько учебных дней найти замену на занятие</translation>
    </message>
    <message>
        <source>by the day of the session</source>
        <translation>ко дню занятия</translation>
    </message>
    <message numerus="yes">
        <source>%n school day(s) ahead</source>
        <translation>
            <numerusform>за %n учебный день</numerusform>
            <numerusform>за %n учебных дня</numerusform>
            <numerusform>за %n учебных дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Восстановить &amp;по умолчанию</translation>
    </message>
    <message>
        <source>Put back the protocol TutorDesk starts with</source>
        <translation>Вернуть исходный протокол TutorDesk</translation>
    </message>
</context>
<context>
    <name>tutordesk::ReportOutput</name>
    <message>
        <source>“%1” could not be printed: the printer refused it. Check the printer, or save it as a PDF and print that.</source>
        <translation>Не удалось напечатать «%1»: принтер отклонил задание. Проверьте принтер или сохраните документ в PDF и распечатайте его.</translation>
    </message>
    <message>
        <source>“%1” was sent to the printer.</source>
        <translation>«%1» отправлен на принтер.</translation>
    </message>
    <message>
        <source>Save “%1” as PDF</source>
        <translation>Сохранить «%1» в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved “%1” as %2.</source>
        <translation>«%1» сохранён как %2.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ReportPages</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::ReportRender</name>
    <message>
        <source>This program cannot write PDF files (no page writer is installed). Use TutorDesk or tutordesk-cli.</source>
        <translation>Эта программа не может создавать файлы PDF (не установлен модуль записи страниц). Используйте TutorDesk или tutordesk-cli.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ResolveActionDialog</name>
    <message>
        <source>Done — %1</source>
        <translation>Выполнено — %1</translation>
    </message>
    <message>
        <source>Not Needed — %1</source>
        <translation>Не требуется — %1</translation>
    </message>
    <message>
        <source>Mark “%1” for %2 as done.</source>
        <translation>Отметить «%1» для %2 как выполненное.</translation>
    </message>
    <message>
        <source>Mark “%1” for %2 as not needed. Say why: the note stays with the action.</source>
        <translation>Отметить «%1» для %2 как ненужное. Укажите причину: примечание сохранится вместе с действием.</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Примечание (необязательно):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>Отметить как &amp;выполненное</translation>
    </message>
    <message>
        <source>Mark &amp;Not Needed</source>
        <translation>Отметить как &amp;ненужное</translation>
    </message>
    <message>
        <source>Write a note saying why it is not needed.</source>
        <translation>Напишите примечание о том, почему это не требуется.</translation>
    </message>
    <message>
        <source>The action could not be resolved.</source>
        <translation>Не удалось закрыть действие.</translation>
    </message>
    <message>
        <source>The action could not be resolved: %1</source>
        <translation>Не удалось закрыть действие: %1</translation>
    </message>
    <message>
        <source>Done: %1 for %2.</source>
        <translation>Выполнено: %1 для %2.</translation>
    </message>
    <message>
        <source>Not needed: %1 for %2.</source>
        <translation>Не требуется: %1 для %2.</translation>
    </message>
</context>
<context>
    <name>tutordesk::RosterApplier</name>
    <message>
        <source>The district student ID %1 is also on line %2. Each student must be on the roster once: remove one of the two lines, or correct the ID.</source>
        <translation>Окружной ID ученика %1 также встречается в строке %2. Каждый ученик должен быть в списке один раз: удалите одну из двух строк или исправьте ID.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> и ещё %n</numerusform>
            <numerusform> и ещё %n</numerusform>
            <numerusform> и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Импорт отменён; ничего не изменено.</translation>
    </message>
    <message>
        <source>Withdrawn because this roster does not list them (their history is kept): %1.</source>
        <translation>Отмечены как выбывшие, так как их нет в этом списке (история сохранена): %1.</translation>
    </message>
    <message>
        <source>Active students this roster does not list: %1. They stay active; if this roster is the whole school and they have left, import it again and choose to withdraw them.</source>
        <translation>Активные ученики, которых нет в этом списке: %1. Они остаются активными; если в списке вся школа и эти ученики ушли, импортируйте его снова и выберите отметить их как выбывших.</translation>
    </message>
    <message>
        <source>This roster lists no students, so every student would be withdrawn. Check that it is the right file.</source>
        <translation>В этом списке нет учеников, поэтому все ученики были бы отмечены как выбывшие. Проверьте, что это правильный файл.</translation>
    </message>
    <message>
        <source>Withdrawn before and on this roster again, so active again: %1.</source>
        <translation>Ранее выбывшие, но снова есть в этом списке, поэтому снова активны: %1.</translation>
    </message>
    <message>
        <source>The roster could not be saved, so nothing was changed: %1</source>
        <translation>Не удалось сохранить список, поэтому ничего не изменено: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::RosterFields</name>
    <message>
        <source>District student ID</source>
        <translation>Окружной ID ученика</translation>
    </message>
    <message>
        <source>State student ID</source>
        <translation>Государственный ID ученика</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Предпочитаемое имя</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Hispanic or Latino</source>
        <translation>Латиноамериканец</translation>
    </message>
    <message>
        <source>Race (codes or names)</source>
        <translation>Раса (коды или названия)</translation>
    </message>
    <message>
        <source>American Indian or Alaska Native</source>
        <translation>Американский индеец или коренной житель Аляски</translation>
    </message>
    <message>
        <source>Asian</source>
        <translation>Азиат</translation>
    </message>
    <message>
        <source>Black or African American</source>
        <translation>Чернокожий или афроамериканец</translation>
    </message>
    <message>
        <source>Native Hawaiian or Other Pacific Islander</source>
        <translation>Коренной гавайец или житель других тихоокеанских островов</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Белый</translation>
    </message>
    <message>
        <source>English learner status</source>
        <translation>Статус изучающего английский</translation>
    </message>
    <message>
        <source>Home language</source>
        <translation>Домашний язык</translation>
    </message>
    <message>
        <source>IEP (special education)</source>
        <translation>IEP (специальное образование)</translation>
    </message>
    <message>
        <source>Section 504 plan</source>
        <translation>План по разделу 504</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>Ребёнок в приёмной семье</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>Бездомный (McKinney-Vento)</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>Социально-экономически неблагополучный</translation>
    </message>
    <message>
        <source>Attendance rate (%)</source>
        <translation>Посещаемость (%)</translation>
    </message>
    <message>
        <source>Parent or guardian name</source>
        <translation>Имя родителя или опекуна</translation>
    </message>
    <message>
        <source>Parent or guardian first name</source>
        <translation>Имя родителя или опекуна (личное)</translation>
    </message>
    <message>
        <source>Parent or guardian last name</source>
        <translation>Фамилия родителя или опекуна</translation>
    </message>
    <message>
        <source>Relationship to the student</source>
        <translation>Кем приходится ученику</translation>
    </message>
    <message>
        <source>Parent or guardian phone</source>
        <translation>Телефон родителя или опекуна</translation>
    </message>
    <message>
        <source>Parent or guardian email</source>
        <translation>Эл. почта родителя или опекуна</translation>
    </message>
    <message>
        <source>Parent or guardian language</source>
        <translation>Язык родителя или опекуна</translation>
    </message>
</context>
<context>
    <name>tutordesk::RosterRowReader</name>
    <message>
        <source>The column mapping takes &quot;%1&quot; from the column &quot;%2&quot;, but this file has no such column. Choose the column for &quot;%1&quot; again, or rename the column in the file.</source>
        <translation>Сопоставление столбцов берёт «%1» из столбца «%2», но в этом файле такого столбца нет. Снова выберите столбец для «%1» или переименуйте столбец в файле.</translation>
    </message>
    <message>
        <source>No column holds &quot;%1&quot;. TutorDesk looked for a column named %2. Rename that column in the file, or choose it in the column mapping.</source>
        <translation>Ни в одном столбце нет «%1». TutorDesk искал столбец с названием %2. Переименуйте этот столбец в файле или выберите его в сопоставлении столбцов.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; (%2) is not in this file; what TutorDesk has for it is left as it is.</source>
        <translation>Столбца «%1» (%2) в этом файле нет; имеющиеся в TutorDesk данные для него остаются без изменений.</translation>
    </message>
    <message>
        <source>The last name is empty. Fill it in from the student system.</source>
        <translation>Фамилия не указана. Заполните её из системы учёта учеников.</translation>
    </message>
    <message>
        <source>The first name is empty. Fill it in from the student system.</source>
        <translation>Имя не указано. Заполните его из системы учёта учеников.</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future. Check the year.</source>
        <translation>Дата рождения %1 ещё не наступила. Проверьте год.</translation>
    </message>
    <message numerus="yes">
        <source>line %1 and %n more</source>
        <translation>
            <numerusform>строка %1 и ещё %n</numerusform>
            <numerusform>строка %1 и ещё %n</numerusform>
            <numerusform>строка %1 и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; (%2) is not one TutorDesk knows; it is kept as written. If it is a common language, use its name in English or its code instead (es, vi, zh-Hant, …).</source>
        <translation>Язык «%1» (%2) неизвестен TutorDesk; он сохранён в указанном виде. Если это распространённый язык, используйте его английское название или код (es, vi, zh-Hant, …).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) names no race category, so no race is recorded for those students. Export the races themselves (for example &quot;Asian; White&quot;) to record them.</source>
        <translation>«%1» (%2) не называет расовую категорию, поэтому раса для этих учеников не записывается. Чтобы записать расы, выгрузите их названия (например, &quot;Asian; White&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) says only that a student is not an English learner: a status of EL or TBD is cleared, and EO, IFEP or RFEP is kept. Export EO, IFEP or RFEP to record which.</source>
        <translation>«%1» (%2) сообщает лишь, что ученик не изучает английский: статус EL или TBD снимается, а EO, IFEP или RFEP сохраняется. Выгрузите EO, IFEP или RFEP, чтобы указать какой.</translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation>Не импортированные столбцы: %1.</translation>
    </message>
</context>
<context>
    <name>tutordesk::RosterValues</name>
    <message>
        <source>&quot;%1&quot; is not an English-learner status TutorDesk knows. Use EO, IFEP, EL, RFEP or TBD (&quot;English Only&quot;, &quot;Reclassified&quot;, an ELD level 1 to 5, or Y/N are read too).</source>
        <translation>«%1» — неизвестный TutorDesk статус изучающего английский. Используйте EO, IFEP, EL, RFEP или TBD (также распознаются &quot;English Only&quot;, &quot;Reclassified&quot;, уровень ELD от 1 до 5 или Y/N).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a gender TutorDesk knows. Use F, M or X (Female, Male and Non-binary are read too), or leave the cell blank.</source>
        <translation>«%1» — неизвестное TutorDesk значение пола. Используйте F, M или X (также распознаются Female, Male и Non-binary) или оставьте ячейку пустой.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date TutorDesk can read. Write it as YYYY-MM-DD (2016-09-08) or MM/DD/YYYY (09/08/2016); M/D/YY, YYYYMMDD and &quot;Sep 8, 2016&quot; are read too.</source>
        <translation>«%1» — дата, которую TutorDesk не может прочитать. Запишите её в формате YYYY-MM-DD (2016-09-08) или MM/DD/YYYY (09/08/2016); также распознаются M/D/YY, YYYYMMDD и &quot;Sep 8, 2016&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date. Check the day and the month (TutorDesk reads MM/DD/YYYY month first, as US systems write it).</source>
        <translation>«%1» — несуществующая дата. Проверьте день и месяц (TutorDesk читает MM/DD/YYYY, месяц первым, как пишут системы США).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a race TutorDesk knows. Use the federal categories (American Indian or Alaska Native, Asian, Black or African American, Native Hawaiian or Other Pacific Islander, White) or CALPADS race codes (100, 201 to 299, 301 to 399, 400, 600, 700); separate several with semicolons.</source>
        <translation>«%1» — неизвестная TutorDesk раса. Используйте федеральные категории (American Indian or Alaska Native, Asian, Black or African American, Native Hawaiian or Other Pacific Islander, White) или коды рас CALPADS (100, 201–299, 301–399, 400, 600, 700); несколько значений разделяйте точкой с запятой.</translation>
    </message>
    <message>
        <source>The district student ID is empty. Every student needs the ID the district&apos;s student system gives them: fill it in, or remove the line.</source>
        <translation>Окружной ID ученика не указан. Каждому ученику нужен ID, выданный системой учёта учеников округа: заполните его или удалите строку.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an ID that Excel turned into a number. Export the roster again from the student system, or format the column as Text in Excel before saving.</source>
        <translation>«%1» — ID, который Excel превратил в число. Снова выгрузите список из системы учёта учеников или перед сохранением задайте в Excel для столбца текстовый формат.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a space inside. A district student ID has no spaces: check the cell for two values run together.</source>
        <translation>В «%1» есть пробел. В окружном ID ученика нет пробелов: проверьте, не слились ли в ячейке два значения.</translation>
    </message>
    <message>
        <source>The grade is empty. Every student needs one: TK, K or 1 to 12.</source>
        <translation>Класс не указан. Он нужен каждому ученику: TK, K или от 1 до 12.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a grade TutorDesk knows. Use TK, K or 1 to 12 (&quot;KN&quot;, &quot;00&quot;, &quot;03&quot;, &quot;3rd&quot; and &quot;Grade 3&quot; are read too).</source>
        <translation>«%1» — неизвестный TutorDesk класс. Используйте TK, K или от 1 до 12 (также распознаются &quot;KN&quot;, &quot;00&quot;, &quot;03&quot;, &quot;3rd&quot; и &quot;Grade 3&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a yes or no. Use Y or N (Yes/No, Sí, TRUE/FALSE, 1/0, or X and blank are read too).</source>
        <translation>«%1» — не «да» и не «нет». Используйте Y или N (также распознаются Yes/No, Sí, TRUE/FALSE, 1/0 или X и пустая ячейка).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a yes or no. Use Y or N; lunch status Free or Reduced (F, R) means yes and Paid (P) means no.</source>
        <translation>«%1» — не «да» и не «нет». Используйте Y или N; статус питания Free или Reduced (F, R) означает «да», а Paid (P) — «нет».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not say whether the student is Hispanic or Latino. Use Y or N (&quot;Hispanic or Latino&quot; and &quot;Not Hispanic&quot; are read too).</source>
        <translation>«%1» не указывает, является ли ученик латиноамериканцем. Используйте Y или N (также распознаются &quot;Hispanic or Latino&quot; и &quot;Not Hispanic&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an attendance rate. Write a percentage such as 97.5 or 97.5%, or a fraction such as 0.975.</source>
        <translation>«%1» — не показатель посещаемости. Запишите процент, например 97.5 или 97.5%, или долю, например 0.975.</translation>
    </message>
    <message>
        <source>%1 is not a possible attendance rate: it must be between 0 and 100%.</source>
        <translation>%1 — невозможный показатель посещаемости: он должен быть от 0 до 100%.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Schedule</name>
    <message>
        <source>Mondays</source>
        <translation>По понедельникам</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>По вторникам</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>По средам</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>По четвергам</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>По пятницам</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>По субботам</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>По воскресеньям</translation>
    </message>
</context>
<context>
    <name>tutordesk::ScheduleConflicts</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 в %2</translation>
    </message>
    <message>
        <source>%1 (%2) is in %3 at the same time on %4.</source>
        <translation>%1 (%2) в это же время в группе %3, %4.</translation>
    </message>
    <message>
        <source>no hours on %1</source>
        <translation>нет часов: %1</translation>
    </message>
    <message>
        <source>available %1</source>
        <translation>доступен %1</translation>
    </message>
    <message>
        <source>%1 is not available on %2 at %3 (%4).</source>
        <translation>%1 недоступен %2 в %3 (%4).</translation>
    </message>
    <message>
        <source>%1 is out on %2.</source>
        <translation>%1 отсутствует %2.</translation>
    </message>
    <message>
        <source>%1 is out on %2 (%3).</source>
        <translation>%1 отсутствует %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is already covering %2 on %3.</source>
        <translation>%1 уже заменяет на занятии %2 %3.</translation>
    </message>
    <message>
        <source>%1 already teaches %2 on %3.</source>
        <translation>%1 уже ведёт %2 %3.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is taken by %2 on %3.</source>
        <translation>%1 занят группой %2 %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is already covering %2 on %3 at %4 (%n date(s) from %5).</source>
        <translation>
            <numerusform>%1 уже заменяет на занятии %2 %3 в %4 (%n дата с %5).</numerusform>
            <numerusform>%1 уже заменяет на занятии %2 %3 в %4 (%n даты с %5).</numerusform>
            <numerusform>%1 уже заменяет на занятии %2 %3 в %4 (%n дат с %5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already teaches %2 on %3 at %4 (%n date(s) from %5).</source>
        <translation>
            <numerusform>%1 уже ведёт %2 %3 в %4 (%n дата с %5).</numerusform>
            <numerusform>%1 уже ведёт %2 %3 в %4 (%n даты с %5).</numerusform>
            <numerusform>%1 уже ведёт %2 %3 в %4 (%n дат с %5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is in %2 at the same time on %3 at %4 (%n date(s) from %5).</source>
        <translation>
            <numerusform>%1 в это же время в группе %2, %3 в %4 (%n дата с %5).</numerusform>
            <numerusform>%1 в это же время в группе %2, %3 в %4 (%n даты с %5).</numerusform>
            <numerusform>%1 в это же время в группе %2, %3 в %4 (%n дат с %5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is taken by %2 on %3 at %4 (%n date(s) from %5).</source>
        <translation>
            <numerusform>%1 занят группой %2 %3 в %4 (%n дата с %5).</numerusform>
            <numerusform>%1 занят группой %2 %3 в %4 (%n даты с %5).</numerusform>
            <numerusform>%1 занят группой %2 %3 в %4 (%n дат с %5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more conflict(s).</source>
        <translation>
            <numerusform>…и ещё %n конфликт.</numerusform>
            <numerusform>…и ещё %n конфликта.</numerusform>
            <numerusform>…и ещё %n конфликтов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::SchedulePage</name>
    <message>
        <source>New &amp;Group…</source>
        <translation>Новая &amp;группа…</translation>
    </message>
    <message>
        <source>Mark Tutor &amp;Out…</source>
        <translation>Отметить отсутствие &amp;репетитора…</translation>
    </message>
    <message>
        <source>Print Day &amp;List…</source>
        <translation>Печать &amp;списка дня…</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Неделя</translation>
    </message>
    <message>
        <source>&amp;Day list</source>
        <translation>&amp;Список дня</translation>
    </message>
    <message>
        <source>A new tutoring group with its tutor, room, days and times</source>
        <translation>Новая репетиторская группа с репетитором, кабинетом, днями и временем</translation>
    </message>
    <message>
        <source>A tutor is out: find substitutes or cancel and make up their sessions</source>
        <translation>Репетитор отсутствует: найти замену или отменить его занятия и назначить отработку</translation>
    </message>
    <message>
        <source>Print the sessions of a day, with the students expected</source>
        <translation>Распечатать занятия дня с ожидаемыми учениками</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ &amp;Предыдущая неделя</translation>
    </message>
    <message>
        <source>T&amp;his Week</source>
        <translation>&amp;Эта неделя</translation>
    </message>
    <message>
        <source>&amp;Next week ▶</source>
        <translation>&amp;Следующая неделя ▶</translation>
    </message>
    <message>
        <source>Week shown</source>
        <translation>Показанная неделя</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>Tutor filter</source>
        <translation>Фильтр по репетитору</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>Занятия на этой неделе</translation>
    </message>
    <message>
        <source>All tutors</source>
        <translation>Все репетиторы</translation>
    </message>
    <message>
        <source>The tutors could not be read: %1</source>
        <translation>Не удалось прочитать репетиторов: %1</translation>
    </message>
    <message>
        <source>The week could not be read: %1</source>
        <translation>Не удалось прочитать неделю: %1</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Неделя с %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) this week</source>
        <translation>
            <numerusform>%n занятие на этой неделе</numerusform>
            <numerusform>%n занятия на этой неделе</numerusform>
            <numerusform>%n занятий на этой неделе</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n отменено</numerusform>
            <numerusform>%n отменено</numerusform>
            <numerusform>%n отменено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) to cover</source>
        <translation>
            <numerusform>%n занятию нужна замена</numerusform>
            <numerusform>%n занятиям нужна замена</numerusform>
            <numerusform>%n занятиям нужна замена</numerusform>
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
        <translation>%1 — наведите указатель на блок, чтобы увидеть подробности, или покажите одного репетитора</translation>
    </message>
    <message>
        <source>The session could not be read: %1</source>
        <translation>Не удалось прочитать занятие: %1</translation>
    </message>
    <message>
        <source>%1 on %2 is scheduled again.</source>
        <translation>Занятие %1, %2 снова запланировано.</translation>
    </message>
</context>
<context>
    <name>tutordesk::School</name>
    <message>
        <source>The school code is missing: give the district&apos;s code for this school.</source>
        <translation>Код школы не указан: укажите код этой школы в округе.</translation>
    </message>
    <message>
        <source>The school name is missing.</source>
        <translation>Название школы не указано.</translation>
    </message>
    <message>
        <source>The school year must start before it ends (dates as YYYY-MM-DD).</source>
        <translation>Учебный год должен начинаться раньше, чем заканчиваться (даты в формате YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>%1 already holds a school (%2). A TutorDesk database belongs to one school: create a new database for another.</source>
        <translation>В %1 уже есть школа (%2). База данных TutorDesk принадлежит одной школе: для другой школы создайте новую базу данных.</translation>
    </message>
    <message>
        <source>The school could not be saved: %1</source>
        <translation>Не удалось сохранить школу: %1</translation>
    </message>
    <message>
        <source>“%1” is not a phone number families can call: give at least 7 digits, for example (213) 555-0142.</source>
        <translation>«%1» — не номер, по которому могут позвонить семьи: укажите не менее 7 цифр, например (213) 555-0142.</translation>
    </message>
    <message>
        <source>This database holds no school yet: set the school up first.</source>
        <translation>В этой базе данных ещё нет школы: сначала настройте школу.</translation>
    </message>
    <message>
        <source>The school&apos;s details could not be saved: %1</source>
        <translation>Не удалось сохранить сведения о школе: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::SchoolCalendar</name>
    <message>
        <source>School day</source>
        <translation>Учебный день</translation>
    </message>
    <message>
        <source>Minimum day</source>
        <translation>Сокращённый день</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Праздник</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Каникулы</translation>
    </message>
    <message>
        <source>Non-instructional day</source>
        <translation>Неучебный день</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Выходной</translation>
    </message>
    <message>
        <source>Outside the school year</source>
        <translation>Вне учебного года</translation>
    </message>
</context>
<context>
    <name>tutordesk::SchoolDetailsEditor</name>
    <message>
        <source>Families read these on every letter: the school&apos;s name, address and phone at the top, and whom to call at the bottom.</source>
        <translation>Семьи видят это в каждом письме: название, адрес и телефон школы вверху и к кому обращаться внизу.</translation>
    </message>
    <message>
        <source>(213) 555-0142</source>
        <translation>(213) 555-0142</translation>
    </message>
    <message>
        <source>Your name as families know it</source>
        <translation>Ваше имя, как его знают семьи</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>Название школы</translation>
    </message>
    <message>
        <source>School address</source>
        <translation>Адрес школы</translation>
    </message>
    <message>
        <source>Phone number families call</source>
        <translation>Телефон для семей</translation>
    </message>
    <message>
        <source>Tutoring coordinator</source>
        <translation>Координатор репетиторских занятий</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>&amp;Название школы:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Phone families call:</source>
        <translation>&amp;Телефон для семей:</translation>
    </message>
    <message>
        <source>Tutoring &amp;coordinator:</source>
        <translation>&amp;Координатор занятий:</translation>
    </message>
</context>
<context>
    <name>tutordesk::SchoolSetup</name>
    <message>
        <source>%1 is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation>%1 повреждён и не может быть прочитан (%2). Восстановите его из резервной копии.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Scores</name>
    <message>
        <source>The import of %1 was cancelled; nothing was changed.</source>
        <translation>Импорт %1 отменён; ничего не изменено.</translation>
    </message>
    <message>
        <source>The scores could not be saved, so nothing was changed: %1</source>
        <translation>Не удалось сохранить результаты, поэтому ничего не изменено: %1</translation>
    </message>
    <message>
        <source>The column mapping could not be saved for next time: %1</source>
        <translation>Не удалось сохранить сопоставление столбцов на следующий раз: %1</translation>
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
        <translation>Ни в одном столбце нет %1. Переименуйте этот столбец в &quot;%1&quot; или укажите его в сопоставлении.</translation>
    </message>
    <message>
        <source>No column holds the Subject. Add a column &quot;Subject&quot; with Reading or Math on each line, or say which column it is in the mapping.</source>
        <translation>Ни в одном столбце нет Subject. Добавьте столбец &quot;Subject&quot; со значением Reading или Math в каждой строке или укажите этот столбец в сопоставлении.</translation>
    </message>
    <message>
        <source>The student ID is empty. Fill it in, or remove the line.</source>
        <translation>ID ученика не указан. Заполните его или удалите строку.</translation>
    </message>
    <message>
        <source>No student with ID &quot;%1&quot; is on file. Import the roster first, or correct the ID.</source>
        <translation>Ученика с ID &quot;%1&quot; нет в базе. Сначала импортируйте список или исправьте ID.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subject TutorDesk knows. Write Reading, Math or Writing.</source>
        <translation>«%1» — неизвестный TutorDesk предмет. Укажите Reading, Math или Writing.</translation>
    </message>
    <message>
        <source>The date is empty. Fill in the day the test was taken, as YYYY-MM-DD.</source>
        <translation>Дата не указана. Укажите день проведения теста в формате YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a test window. Write BOY, MOY or EOY (or Fall, Winter, Spring).</source>
        <translation>«%1» — не период тестирования. Укажите BOY, MOY или EOY (или Fall, Winter, Spring).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Write the scale score in digits, for example 452.</source>
        <translation>«%1» — не число. Запишите шкальный балл цифрами, например 452.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of grade levels below. Write a whole number from -3 (above grade level) to 12, or leave it empty.</source>
        <translation>«%1» — не число классов отставания. Укажите целое число от -3 (выше уровня класса) до 12 или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>This line has no score, placement or grade levels below. Fill one in, or remove the line.</source>
        <translation>В этой строке нет ни балла, ни уровня, ни отставания в классах. Заполните одно из них или удалите строку.</translation>
    </message>
    <message>
        <source>Line %1 has a result for the same student, subject, window and date. Keep one of the two lines.</source>
        <translation>В строке %1 есть результат для того же ученика, предмета, периода и даты. Оставьте одну из двух строк.</translation>
    </message>
    <message>
        <source>Results with no test window, which was taken from the date (August to October BOY, November to February MOY, March to July EOY): %1.</source>
        <translation>Результаты без периода тестирования, определённого по дате (с августа по октябрь — BOY, с ноября по февраль — MOY, с марта по июль — EOY): %1.</translation>
    </message>
    <message>
        <source>Placements that do not say how many grade levels below: %1. The need score counts those results only when a &quot;Grade levels below&quot; column gives it.</source>
        <translation>Уровни, в которых не указано отставание в классах: %1. Балл потребности учитывает эти результаты, только если оно указано в столбце &quot;Grade levels below&quot;.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Session</name>
    <message>
        <source>%1 is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation>%1 повреждён и не может быть прочитан (%2). Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>%1 holds no school yet.</source>
        <translation>В %1 ещё нет школы.</translation>
    </message>
</context>
<context>
    <name>tutordesk::SessionBlock</name>
    <message>
        <source>M</source>
        <comment>make-up, in a narrow block</comment>
        <translation>О</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Needs cover</source>
        <translation>Нужна замена</translation>
    </message>
    <message>
        <source>Make-up</source>
        <translation>Отработка</translation>
    </message>
</context>
<context>
    <name>tutordesk::SessionChangesText</name>
    <message>
        <source>Saved. No sessions were affected.</source>
        <translation>Сохранено. Занятия не затронуты.</translation>
    </message>
    <message numerus="yes">
        <source>%n future session(s) removed</source>
        <translation>
            <numerusform>удалено %n будущее занятие</numerusform>
            <numerusform>удалено %n будущих занятия</numerusform>
            <numerusform>удалено %n будущих занятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added back</source>
        <translation>
            <numerusform>возвращено %n занятие</numerusform>
            <numerusform>возвращено %n занятия</numerusform>
            <numerusform>возвращено %n занятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) shortened</source>
        <translation>
            <numerusform>сокращено %n занятие</numerusform>
            <numerusform>сокращено %n занятия</numerusform>
            <numerusform>сокращено %n занятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) back to full length</source>
        <translation>
            <numerusform>%n занятию возвращена полная длительность</numerusform>
            <numerusform>%n занятиям возвращена полная длительность</numerusform>
            <numerusform>%n занятиям возвращена полная длительность</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) changed</source>
        <translation>
            <numerusform>изменено %n занятие</numerusform>
            <numerusform>изменено %n занятия</numerusform>
            <numerusform>изменено %n занятий</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. %1.</source>
        <comment>Saved. 14 future sessions removed, 3 sessions shortened.</comment>
        <translation>Сохранено. %1.</translation>
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
        <translation>%1, %2 в %3</translation>
    </message>
    <message>
        <source>Tutor absent</source>
        <translation>Отсутствие репетитора</translation>
    </message>
    <message>
        <source>School event</source>
        <translation>Школьное мероприятие</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>Погода</translation>
    </message>
    <message>
        <source>Student event</source>
        <translation>Мероприятие для учеников</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Другая причина</translation>
    </message>
    <message>
        <source>There is no session %1 (it may have been removed). Reload the schedule.</source>
        <translation>Занятие %1 не найдено (возможно, оно удалено). Перезагрузите расписание.</translation>
    </message>
    <message>
        <source>Attendance was taken for this session on %1 (%2 at %3); clear it first.</source>
        <translation>Посещаемость этого занятия уже отмечена %1 (%2 в %3); сначала очистите её.</translation>
    </message>
    <message>
        <source>%1 was already held; its substitute cannot be changed now.</source>
        <translation>Занятие %1 уже проведено; замену теперь изменить нельзя.</translation>
    </message>
    <message>
        <source>%1 is cancelled. Restore it before you book a substitute.</source>
        <translation>Занятие %1 отменено. Восстановите его, прежде чем назначать замену.</translation>
    </message>
    <message>
        <source>There is no tutor %1 (they may have been removed). Reload the Tutors page.</source>
        <translation>Репетитор %1 не найден (возможно, он удалён). Перезагрузите страницу «Репетиторы».</translation>
    </message>
    <message>
        <source>%1 was already held; who taught it stays on record.</source>
        <translation>Занятие %1 уже проведено; кто его вёл, остаётся в записях.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason to cancel a session: use tutor_absent, school_event, weather, student_event or other.</source>
        <translation>«%1» — не причина отмены занятия: используйте tutor_absent, school_event, weather, student_event или other.</translation>
    </message>
    <message>
        <source>%1 was already held and cannot be cancelled.</source>
        <translation>Занятие %1 уже проведено, и его нельзя отменить.</translation>
    </message>
    <message>
        <source>%1 is not cancelled.</source>
        <translation>Занятие %1 не отменено.</translation>
    </message>
    <message>
        <source>%1 is in the past; it stays cancelled.</source>
        <translation>Занятие %1 уже в прошлом; оно остаётся отменённым.</translation>
    </message>
    <message>
        <source>%1 cannot be restored. %2</source>
        <translation>Не удалось восстановить занятие %1. %2</translation>
    </message>
    <message>
        <source>Choose a day and a start time for the make-up of %1.</source>
        <translation>Выберите день и время начала отработки занятия %1.</translation>
    </message>
    <message>
        <source>The make-up of %1 cannot be on %2: it is not a school day (%3). Choose another day.</source>
        <translation>Отработка занятия %1 не может быть %2: это не учебный день (%3). Выберите другой день.</translation>
    </message>
    <message>
        <source>A make-up lasts 5 to 240 minutes, not %1.</source>
        <translation>Отработка длится от 5 до 240 минут, а не %1.</translation>
    </message>
    <message>
        <source>The make-up of %1 cannot be on %2 at %3. %4</source>
        <translation>Отработка занятия %1 не может быть %2 в %3. %4</translation>
    </message>
    <message>
        <source>Attendance was taken for this session; clear it first.</source>
        <translation>Посещаемость этого занятия уже отмечена; сначала очистите её.</translation>
    </message>
    <message>
        <source>That session is cancelled; attendance cannot be taken for it.</source>
        <translation>Это занятие отменено; отмечать посещаемость для него нельзя.</translation>
    </message>
    <message>
        <source>The schedule could not be changed in %1: %2</source>
        <translation>Не удалось изменить расписание в %1: %2</translation>
    </message>
    <message>
        <source>%1 is inactive and cannot cover %2. Choose a tutor from the substitute pool or an active tutor.</source>
        <translation>%1 неактивен и не может заменить на занятии %2. Выберите репетитора из резерва замен или активного репетитора.</translation>
    </message>
    <message>
        <source>%1 is the tutor of %2; choose someone else to cover it.</source>
        <translation>%1 — репетитор занятия %2; выберите для замены кого-то другого.</translation>
    </message>
    <message>
        <source>%1 cannot cover %2: they do not teach %3. Choose a tutor who does.</source>
        <translation>%1 не может заменить на занятии %2: не ведёт предмет %3. Выберите репетитора, который его ведёт.</translation>
    </message>
    <message>
        <source>%1 cannot cover %2. %3</source>
        <translation>%1 не может заменить на занятии %2. %3</translation>
    </message>
    <message>
        <source>%1 cannot cover %2: they are marked out that day.</source>
        <translation>%1 не может заменить на занятии %2: в этот день отмечен как отсутствующий.</translation>
    </message>
    <message>
        <source>%1 cannot cover %2: it is outside the times they are available. Choose another substitute, or change their availability on the Tutors page.</source>
        <translation>%1 не может заменить на занятии %2: это вне времени его доступности. Выберите другую замену или измените доступность на странице «Репетиторы».</translation>
    </message>
    <message>
        <source>%1 cannot cover %2: they teach another session at that time.</source>
        <translation>%1 не может заменить на занятии %2: в это время ведёт другое занятие.</translation>
    </message>
</context>
<context>
    <name>tutordesk::SessionDetails</name>
    <message>
        <source>Click a session to see who teaches it, where, and who attends.</source>
        <translation>Щёлкните занятие, чтобы увидеть, кто его ведёт, где и кто присутствует.</translation>
    </message>
    <message>
        <source>&amp;Edit Group…</source>
        <translation>&amp;Изменить группу…</translation>
    </message>
    <message>
        <source>Find a &amp;Substitute…</source>
        <translation>Найти &amp;замену…</translation>
    </message>
    <message>
        <source>&amp;Cancel Session…</source>
        <translation>&amp;Отменить занятие…</translation>
    </message>
    <message>
        <source>Make-&amp;up…</source>
        <translation>&amp;Отработка…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Take &amp;Attendance…</source>
        <translation>Отметить &amp;посещаемость…</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Сведения о занятии</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>День:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Время:</translation>
    </message>
    <message>
        <source>Tutor:</source>
        <translation>Репетитор:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Кабинет:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Change the group&apos;s tutor, room, days or times (double-click or Enter on a session)</source>
        <translation>Изменить репетитора, кабинет, дни или время группы (двойной щелчок или Enter на занятии)</translation>
    </message>
    <message>
        <source>A free, cleared tutor who teaches the subject takes this session</source>
        <translation>Это занятие проведёт свободный репетитор с допуском, который ведёт этот предмет</translation>
    </message>
    <message>
        <source>Cancel this session, with a make-up time or without</source>
        <translation>Отменить это занятие с назначением отработки или без</translation>
    </message>
    <message>
        <source>Schedule a make-up for this cancelled session</source>
        <translation>Назначить отработку для этого отменённого занятия</translation>
    </message>
    <message>
        <source>The session happens after all: schedule it again</source>
        <translation>Занятие всё-таки состоится: запланировать его снова</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier · subject</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>Нет репетитора</translation>
    </message>
    <message>
        <source>%1, substituting for %2</source>
        <translation>%1, замена для %2</translation>
    </message>
    <message>
        <source>None given</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>3 students:</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>No students</source>
        <translation>Нет учеников</translation>
    </message>
    <message>
        <source>Change &amp;Substitute…</source>
        <translation>Изменить &amp;замену…</translation>
    </message>
    <message>
        <source>Edit &amp;Attendance…</source>
        <translation>Изменить &amp;посещаемость…</translation>
    </message>
    <message>
        <source>A cancelled session has no attendance</source>
        <translation>У отменённого занятия нет посещаемости</translation>
    </message>
    <message>
        <source>Attendance can be taken from the session&apos;s day on</source>
        <translation>Посещаемость можно отмечать начиная с дня занятия</translation>
    </message>
    <message>
        <source>Change the attendance recorded for this session</source>
        <translation>Изменить посещаемость, записанную для этого занятия</translation>
    </message>
    <message>
        <source>Mark who came, with the keyboard: P, T, E or U per student</source>
        <translation>Отметить, кто пришёл, с клавиатуры: P, T, E или U для каждого ученика</translation>
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
        <translation>Замена: %1</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>Нет репетитора</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Cancelled (%1)</source>
        <comment>cancelled (reason)</comment>
        <translation>Отменено (%1)</translation>
    </message>
    <message>
        <source>Needs cover: the tutor is out</source>
        <translation>Нужна замена: репетитор отсутствует</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Проведено</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>%1 · Make-up</source>
        <comment>status · make-up</comment>
        <translation>%1 · Отработка</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier · subject</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Tutor: %1</source>
        <translation>Репетитор: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Substitute: %1 (for %2)</source>
        <translation>Замена: %1 (вместо %2)</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Кабинет: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>3 students: names</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>tutor absent</source>
        <translation>отсутствие репетитора</translation>
    </message>
    <message>
        <source>school event</source>
        <translation>школьное мероприятие</translation>
    </message>
    <message>
        <source>weather</source>
        <translation>погода</translation>
    </message>
    <message>
        <source>student event</source>
        <translation>мероприятие для учеников</translation>
    </message>
    <message>
        <source>other reason</source>
        <translation>другая причина</translation>
    </message>
    <message>
        <source>Pull-out (during the school day)</source>
        <translation>Во время уроков (с выводом из класса)</translation>
    </message>
    <message>
        <source>After school</source>
        <translation>После уроков</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Суббота</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Дистанционно</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Смешанный формат</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n ученик</numerusform>
            <numerusform>%n ученика</numerusform>
            <numerusform>%n учеников</numerusform>
        </translation>
    </message>
    <message>
        <source>No students</source>
        <translation>Нет учеников</translation>
    </message>
    <message>
        <source>Saved. The sessions are unchanged.</source>
        <translation>Сохранено. Занятия не изменились.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added</source>
        <translation>
            <numerusform>добавлено %n занятие</numerusform>
            <numerusform>добавлено %n занятия</numerusform>
            <numerusform>добавлено %n занятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) removed</source>
        <translation>
            <numerusform>удалено %n занятие</numerusform>
            <numerusform>удалено %n занятия</numerusform>
            <numerusform>удалено %n занятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>sessions</comment>
        <translation>
            <numerusform>удалено %n</numerusform>
            <numerusform>удалено %n</numerusform>
            <numerusform>удалено %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) moved</source>
        <translation>
            <numerusform>перенесено %n занятие</numerusform>
            <numerusform>перенесено %n занятия</numerusform>
            <numerusform>перенесено %n занятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <comment>sessions</comment>
        <translation>
            <numerusform>перенесено %n</numerusform>
            <numerusform>перенесено %n</numerusform>
            <numerusform>перенесено %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. %1; earlier sessions and their attendance are unchanged.</source>
        <translation>Сохранено. %1; прошедшие занятия и их посещаемость не изменились.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Уровень %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>&amp;Школа</translation>
    </message>
    <message>
        <source>&amp;Need score</source>
        <translation>&amp;Балл потребности</translation>
    </message>
    <message>
        <source>&amp;Tiers and seats</source>
        <translation>&amp;Уровни и места</translation>
    </message>
    <message>
        <source>&amp;Protocol</source>
        <translation>П&amp;ротокол</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>П&amp;исьма</translation>
    </message>
    <message>
        <source>Pro&amp;gress</source>
        <translation>Про&amp;гресс</translation>
    </message>
    <message>
        <source>P&amp;robes</source>
        <translation>С&amp;резы</translation>
    </message>
    <message>
        <source>District s&amp;ync</source>
        <translation>Синхронизация с о&amp;кругом</translation>
    </message>
    <message>
        <source>Why the settings were not saved</source>
        <translation>Почему настройки не сохранены</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>Не удалось прочитать настройки: %1</translation>
    </message>
    <message>
        <source>%1 Scheduled syncs can pass the token in TUTORDESK_TOKEN instead.</source>
        <translation>%1 Для синхронизации по расписанию токен можно передать в переменной TUTORDESK_TOKEN.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Recalculate Need Scores?</source>
        <translation>Пересчитать баллы потребности?</translation>
    </message>
    <message>
        <source>The new weights and tiers apply once need scores are recalculated. Recalculate every student&apos;s score now?</source>
        <translation>Новые веса и уровни вступят в силу после пересчёта баллов потребности. Пересчитать баллы всех учеников сейчас?</translation>
    </message>
    <message>
        <source>Seats already given are kept.</source>
        <translation>Уже выделенные места сохраняются.</translation>
    </message>
    <message>
        <source>Saved, but the need scores could not be recalculated: %1</source>
        <translation>Сохранено, но не удалось пересчитать баллы потребности: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::SiblingGuardianDialog</name>
    <message>
        <source>Add a Sibling&apos;s Guardian</source>
        <translation>Добавить опекуна брата или сестры</translation>
    </message>
    <message>
        <source>Name or phone</source>
        <translation>Имя или телефон</translation>
    </message>
    <message>
        <source>Search guardians by name or phone</source>
        <translation>Поиск опекунов по имени или телефону</translation>
    </message>
    <message>
        <source>Guardians of other students</source>
        <translation>Опекуны других учеников</translation>
    </message>
    <message>
        <source>Relationship to this student</source>
        <translation>Кем приходится этому ученику</translation>
    </message>
    <message>
        <source>Guardians of other students who share this family&apos;s last name or a phone number. Search to find someone else.</source>
        <translation>Опекуны других учеников с той же фамилией или тем же номером телефона. Воспользуйтесь поиском, чтобы найти кого-то другого.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Кем приходится:</translation>
    </message>
    <message>
        <source>The guardians could not be read: %1</source>
        <translation>Не удалось прочитать опекунов: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 — guardian of %2</source>
        <translation>%1 — опекун ученика %2</translation>
    </message>
    <message>
        <source>Choose a guardian in the list, or search for one by name or phone.</source>
        <translation>Выберите опекуна в списке или найдите его по имени или телефону.</translation>
    </message>
    <message>
        <source>The guardian could not be added.</source>
        <translation>Не удалось добавить опекуна.</translation>
    </message>
    <message>
        <source>The guardian could not be added: %1</source>
        <translation>Не удалось добавить опекуна: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::Staffing</name>
    <message>
        <source>no tutor</source>
        <translation>нет репетитора</translation>
    </message>
    <message>
        <source>tutor inactive</source>
        <translation>репетитор неактивен</translation>
    </message>
    <message>
        <source>clearance missing</source>
        <translation>нет допуска</translation>
    </message>
    <message>
        <source>clearance expired</source>
        <translation>допуск истёк</translation>
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
        <translation>%1: здесь нет базы данных TutorDesk. Проверьте путь или создайте новую школу.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a TutorDesk database.</source>
        <translation>%1 — папка, а не база данных TutorDesk.</translation>
    </message>
    <message>
        <source>%1 is not a TutorDesk database (it is not a database file at all). Choose the .tutordesk file, or create a new school.</source>
        <translation>%1 — не база данных TutorDesk (это вообще не файл базы данных). Выберите файл .tutordesk или создайте новую школу.</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>%1: папка %2 не существует.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not TutorDesk&apos;s. Open a TutorDesk database, or create a new school.</source>
        <translation>%1 — база данных другой программы, а не TutorDesk. Откройте базу данных TutorDesk или создайте новую школу.</translation>
    </message>
    <message>
        <source>%1 was written by a newer TutorDesk (data version %2; this TutorDesk reads up to %3). Install the newer TutorDesk to open it.</source>
        <translation>%1 записан более новой версией TutorDesk (версия данных %2; эта версия TutorDesk читает до %3). Установите более новую версию TutorDesk, чтобы открыть его.</translation>
    </message>
    <message>
        <source>%1: cannot switch the database to write-ahead logging (got &quot;%2&quot;). Copy it to a local folder and open it there.</source>
        <translation>%1: не удаётся перевести базу данных в режим журнала упреждающей записи (получено &quot;%2&quot;). Скопируйте её в локальную папку и откройте там.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation>%1 повреждён и не может быть прочитан (%2). Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing (%2). Check that the file and its folder are yours and not read-only.</source>
        <translation>Не удалось открыть %1 для записи (%2). Проверьте, что файл и его папка принадлежат вам и не доступны только для чтения.</translation>
    </message>
    <message>
        <source>%1 is busy: another program is writing to it. Close it there and try again.</source>
        <translation>%1 занят: в него записывает другая программа. Закройте его там и повторите попытку.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>Не удалось открыть %1: %2</translation>
    </message>
    <message>
        <source>%1 needs upgrading for this TutorDesk, and a copy is kept first, but the copy could not be made (%2). Free some disk space and open it again.</source>
        <translation>%1 нужно обновить для этой версии TutorDesk; сначала сохраняется копия, но её не удалось создать (%2). Освободите место на диске и откройте файл снова.</translation>
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
        <translation>Предпочитает имя %1</translation>
    </message>
    <message>
        <source>Tier %1: select the student to see why</source>
        <translation>Уровень %1: выберите ученика, чтобы увидеть причину</translation>
    </message>
    <message>
        <source>District ID</source>
        <translation>Окружной ID</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Home language</source>
        <translation>Домашний язык</translation>
    </message>
    <message>
        <source>EL status</source>
        <translation>Статус EL</translation>
    </message>
    <message>
        <source>Student groups</source>
        <translation>Категории учеников</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <source>Need score</source>
        <translation>Балл потребности</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>The student&apos;s ID in the district&apos;s student information system</source>
        <translation>ID ученика в системе учёта учеников округа</translation>
    </message>
    <message>
        <source>English language status: EO, IFEP, EL, RFEP or TBD</source>
        <translation>Статус владения английским: EO, IFEP, EL, RFEP или TBD</translation>
    </message>
    <message>
        <source>IEP, Section 504 plan, foster youth, homeless, socio-economically disadvantaged (SED)
This column cannot be sorted; filter by student group instead.</source>
        <translation>IEP, план по разделу 504, ребёнок в приёмной семье, бездомный, социально-экономически неблагополучный (SED)
Этот столбец нельзя сортировать; используйте фильтр по категории учеников.</translation>
    </message>
    <message>
        <source>The student&apos;s school attendance rate this year</source>
        <translation>Посещаемость школы учеником в этом году</translation>
    </message>
    <message>
        <source>Points from benchmark results, attendance and student groups: higher means more need</source>
        <translation>Баллы за результаты контрольных тестов, посещаемость и категории учеников: чем выше, тем больше потребность</translation>
    </message>
    <message>
        <source>The tier of support the need score qualifies for: 1 classroom, 2 small group, 3 intensive</source>
        <translation>Уровень поддержки, на который даёт право балл потребности: 1 — в классе, 2 — малая группа, 3 — интенсивно</translation>
    </message>
    <message>
        <source>Where the student stands in the tutoring program</source>
        <translation>Положение ученика в репетиторской программе</translation>
    </message>
    <message>
        <source>Enrolled at the school, or withdrawn</source>
        <translation>Учится в школе или выбыл</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentContactDialog</name>
    <message>
        <source>An &amp;interpreter helped</source>
        <translation>Помогал &amp;переводчик</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Дата следующего контакта</translation>
    </message>
    <message>
        <source>Log Contact — %1</source>
        <translation>Записать контакт — %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No guardian (someone else)</source>
        <translation>Не опекун (другое лицо)</translation>
    </message>
    <message>
        <source>Guardian contacted</source>
        <translation>С каким опекуном был контакт</translation>
    </message>
    <message>
        <source>Date and time of the contact</source>
        <translation>Дата и время контакта</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>We contacted the family</source>
        <translation>Мы связались с семьёй</translation>
    </message>
    <message>
        <source>The family contacted us</source>
        <translation>Семья связалась с нами</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Language of the contact</source>
        <translation>Язык общения</translation>
    </message>
    <message>
        <source>e.g. asked about reading at home</source>
        <translation>напр., спрашивали о чтении дома</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Contact again on</source>
        <translation>Связаться снова</translation>
    </message>
    <message>
        <source>&amp;Guardian:</source>
        <translation>&amp;Опекун:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Когда:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Способ:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Направление:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Цель:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Примечания:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>&amp;Следующий контакт:</translation>
    </message>
    <message>
        <source>The contact could not be saved.</source>
        <translation>Не удалось сохранить контакт.</translation>
    </message>
    <message>
        <source>The contact could not be saved: %1</source>
        <translation>Не удалось сохранить контакт: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentFamilyPanel</name>
    <message>
        <source>Guardians</source>
        <translation>Опекуны</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Опекун</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Следующий контакт</translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation>Отправленные письма</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Add a parent or guardian of this student</source>
        <translation>Добавить родителя или опекуна этого ученика</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Change the guardian&apos;s phones, e-mail, language or consent</source>
        <translation>Изменить телефоны, эл. почту, язык или согласие опекуна</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>This person is no longer this student&apos;s guardian</source>
        <translation>Этот человек больше не является опекуном этого ученика</translation>
    </message>
    <message>
        <source>Ma&amp;ke Primary</source>
        <translation>Сделать &amp;основным</translation>
    </message>
    <message>
        <source>Letters go to the primary guardian and calls go there first</source>
        <translation>Письма адресуются основному опекуну, и звонят в первую очередь ему</translation>
    </message>
    <message>
        <source>Add a Si&amp;bling&apos;s Guardian…</source>
        <translation>Добавить опекуна &amp;брата или сестры…</translation>
    </message>
    <message>
        <source>Link a parent already on record for a brother or sister</source>
        <translation>Связать с родителем, уже записанным для брата или сестры</translation>
    </message>
    <message>
        <source>Log &amp;Contact…</source>
        <translation>Записать &amp;контакт…</translation>
    </message>
    <message>
        <source>Record a call, text, visit or meeting with the family</source>
        <translation>Записать звонок, SMS, визит или встречу с семьёй</translation>
    </message>
    <message>
        <source>Write a Letter…</source>
        <translation>Написать письмо…</translation>
    </message>
    <message>
        <source>Print or save a letter in the family&apos;s language</source>
        <translation>Распечатать или сохранить письмо на языке семьи</translation>
    </message>
    <message>
        <source>Double-click a contact (or press Enter) to correct it</source>
        <translation>Дважды щёлкните контакт (или нажмите Enter), чтобы исправить его</translation>
    </message>
    <message>
        <source>Mobile %1</source>
        <translation>Мобильный %1</translation>
    </message>
    <message>
        <source>Home %1</source>
        <translation>Домашний %1</translation>
    </message>
    <message>
        <source>Work %1</source>
        <translation>Рабочий %1</translation>
    </message>
    <message>
        <source>Select a student to see their family.</source>
        <translation>Выберите ученика, чтобы увидеть его семью.</translation>
    </message>
    <message>
        <source>The family could not be read: %1</source>
        <translation>Не удалось прочитать данные о семье: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>★ %1 — primary</source>
        <translation>★ %1 — основной</translation>
    </message>
    <message>
        <source>Prefers: %1</source>
        <translation>Предпочитает: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>Эл. почта: %1</translation>
    </message>
    <message>
        <source>Consents to texts</source>
        <translation>Согласен на SMS</translation>
    </message>
    <message>
        <source>No consent to texts</source>
        <translation>Нет согласия на SMS</translation>
    </message>
    <message>
        <source>Also the guardian of: %1</source>
        <translation>Также опекун: %1</translation>
    </message>
    <message>
        <source>No guardian on file: add one.</source>
        <translation>Опекун не указан: добавьте его.</translation>
    </message>
    <message>
        <source>%1 (from the family)</source>
        <translation>%1 (от семьи)</translation>
    </message>
    <message>
        <source>%1, interpreter</source>
        <translation>%1, переводчик</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>С: %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Записал: %1</translation>
    </message>
    <message>
        <source>Printed from a translation not yet reviewed</source>
        <translation>Напечатано по ещё не проверенному переводу</translation>
    </message>
    <message>
        <source>Remove Guardian</source>
        <translation>Удаление опекуна</translation>
    </message>
    <message>
        <source>Remove %1 from this student&apos;s guardians? Contacts and letters already on record keep their name.</source>
        <translation>Удалить %1 из опекунов этого ученика? В уже записанных контактах и письмах имя сохранится.</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentFilterBar</name>
    <message>
        <source>Show &amp;withdrawn</source>
        <translation>Показать &amp;выбывших</translation>
    </message>
    <message>
        <source>Search by name or ID</source>
        <translation>Поиск по имени или ID</translation>
    </message>
    <message>
        <source>Search students</source>
        <translation>Поиск учеников</translation>
    </message>
    <message>
        <source>Type part of a first, last or preferred name, or a district ID (Ctrl+F)</source>
        <translation>Введите часть имени, фамилии, предпочитаемого имени или окружной ID (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Уровень:</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Программа:</translation>
    </message>
    <message>
        <source>Program status</source>
        <translation>Статус в программе</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Класс:</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>EL &amp;status:</source>
        <translation>&amp;Статус EL:</translation>
    </message>
    <message>
        <source>EL status</source>
        <translation>Статус EL</translation>
    </message>
    <message>
        <source>Home &amp;language:</source>
        <translation>Домашний &amp;язык:</translation>
    </message>
    <message>
        <source>Home language</source>
        <translation>Домашний язык</translation>
    </message>
    <message>
        <source>Student gr&amp;oup:</source>
        <translation>&amp;Категория учеников:</translation>
    </message>
    <message>
        <source>Student group</source>
        <translation>Категория учеников</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>Все классы</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Любой</translation>
    </message>
    <message>
        <source>All students</source>
        <translation>Все ученики</translation>
    </message>
    <message>
        <source>IEP</source>
        <translation>IEP</translation>
    </message>
    <message>
        <source>504 plan</source>
        <translation>План 504</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>Ребёнок в приёмной семье</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>Бездомный</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>Социально-экономически неблагополучный</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>Изучающий английский</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Любой уровень</translation>
    </message>
    <message>
        <source>Tier 3 · Intensive</source>
        <translation>Уровень 3 · Интенсивно</translation>
    </message>
    <message>
        <source>Tier 2 · Small group</source>
        <translation>Уровень 2 · Малая группа</translation>
    </message>
    <message>
        <source>Tier 1 · Classroom</source>
        <translation>Уровень 1 · В классе</translation>
    </message>
    <message>
        <source>The tier the student&apos;s need score qualifies for</source>
        <translation>Уровень, на который даёт право балл потребности ученика</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Not in the program</source>
        <translation>Не в программе</translation>
    </message>
    <message>
        <source>Where the student stands in the tutoring program</source>
        <translation>Положение ученика в репетиторской программе</translation>
    </message>
    <message>
        <source>Show withdrawn students</source>
        <translation>Показать выбывших учеников</translation>
    </message>
    <message>
        <source>Include students who have left the school</source>
        <translation>Включить учеников, покинувших школу</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentMakeupDialog</name>
    <message>
        <source>Schedule Make-up — %1</source>
        <translation>Назначить отработку — %1</translation>
    </message>
    <message>
        <source>A make-up session of %1 for %2 only. Choose a time:</source>
        <translation>Отработка занятия %1 только для ученика %2. Выберите время:</translation>
    </message>
    <message>
        <source>Make-up times</source>
        <translation>Время отработки</translation>
    </message>
    <message>
        <source>&amp;Schedule Make-up</source>
        <translation>&amp;Назначить отработку</translation>
    </message>
    <message>
        <source>The free times could not be read: %1</source>
        <translation>Не удалось прочитать свободное время: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No free time in the next school days: the tutor or %1 is busy. Schedule it from the Schedule page, or mark the action not needed with a note.</source>
        <translation>В ближайшие учебные дни нет свободного времени: репетитор или %1 заняты. Назначьте отработку на странице «Расписание» или отметьте действие как ненужное с примечанием.</translation>
    </message>
    <message>
        <source>The make-up could not be scheduled.</source>
        <translation>Не удалось назначить отработку.</translation>
    </message>
    <message>
        <source>The make-up could not be scheduled: %1</source>
        <translation>Не удалось назначить отработку: %1</translation>
    </message>
    <message>
        <source>Make-up for %1 scheduled: %2, %3.</source>
        <translation>Отработка для ученика %1 назначена: %2, %3.</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentTableModel</name>
    <message>
        <source>The student list could not be read: %1</source>
        <translation>Не удалось прочитать список учеников: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentText</name>
    <message>
        <source>TK</source>
        <comment>transitional kindergarten, abbreviated</comment>
        <translation>ППК</translation>
    </message>
    <message>
        <source>K</source>
        <comment>kindergarten, abbreviated</comment>
        <translation>ПК</translation>
    </message>
    <message>
        <source>Transitional kindergarten</source>
        <translation>Переходный подготовительный класс</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>Подготовительный класс</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>%1 класс</translation>
    </message>
    <message>
        <source>English only (EO)</source>
        <translation>Только английский (EO)</translation>
    </message>
    <message>
        <source>Initially fluent English proficient (IFEP)</source>
        <translation>Изначально свободно владеющий английским (IFEP)</translation>
    </message>
    <message>
        <source>English learner (EL)</source>
        <translation>Изучающий английский (EL)</translation>
    </message>
    <message>
        <source>Reclassified fluent English proficient (RFEP)</source>
        <translation>Переклассифицирован как свободно владеющий английским (RFEP)</translation>
    </message>
    <message>
        <source>To be determined (TBD)</source>
        <translation>Предстоит определить (TBD)</translation>
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
        <translation>Приёмная семья</translation>
    </message>
    <message>
        <source>Homeless</source>
        <comment>short tag</comment>
        <translation>Бездомный</translation>
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
        <translation>Индивидуальная образовательная программа (IEP)</translation>
    </message>
    <message>
        <source>Section 504 plan</source>
        <translation>План по разделу 504</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>Ребёнок в приёмной семье</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>Бездомный (McKinney-Vento)</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged (SED)</source>
        <translation>Социально-экономически неблагополучный (SED)</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>enrollment status</comment>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Consented</source>
        <comment>enrollment status</comment>
        <translation>Согласие получено</translation>
    </message>
    <message>
        <source>Invited</source>
        <comment>enrollment status</comment>
        <translation>Приглашён</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>enrollment status</comment>
        <translation>Приостановлен</translation>
    </message>
    <message>
        <source>Exited</source>
        <comment>enrollment status</comment>
        <translation>Выбыл</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <comment>enrollment status</comment>
        <translation>В листе ожидания</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <comment>student status: attends the school</comment>
        <translation>Учится</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>student status: left the school</comment>
        <translation>Выбыл из школы</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentTutoringPanel</name>
    <message>
        <source>Open protocol actions</source>
        <translation>Открытые действия протокола</translation>
    </message>
    <message>
        <source>Tutoring seats</source>
        <translation>Места на занятиях</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Select a student to see their tutoring: minutes planned and received, sessions delivered and what is due about their absences.</source>
        <translation>Выберите ученика, чтобы увидеть его занятия: запланированные и полученные минуты, проведённые занятия и что нужно сделать по его пропускам.</translation>
    </message>
    <message>
        <source>The student&apos;s tutoring could not be read: %1</source>
        <translation>Не удалось прочитать занятия ученика: %1</translation>
    </message>
    <message>
        <source>Not in tutoring this year.</source>
        <translation>В этом году не занимается.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>action · group</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · overdue by %Ln school day(s)</source>
        <translation>
            <numerusform>%1 · просрочено на %Ln учебный день</numerusform>
            <numerusform>%1 · просрочено на %Ln учебных дня</numerusform>
            <numerusform>%1 · просрочено на %Ln учебных дней</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · due today</source>
        <translation>%1 · срок сегодня</translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation>Ничего не требуется.</translation>
    </message>
    <message>
        <source>%1 · Tier %2 · %3 since %4</source>
        <comment>subject · tier · status since day</comment>
        <translation>%1 · Уровень %2 · %3 с %4</translation>
    </message>
    <message>
        <source>%1 · Tier %2 · %3</source>
        <comment>subject · tier · status</comment>
        <translation>%1 · Уровень %2 · %3</translation>
    </message>
    <message>
        <source>This week: %1 of %2 min · To date: %3 of %4 min</source>
        <translation>На этой неделе: %1 из %2 мин · Всего: %3 из %4 мин</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>minutes (percent of planned)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Minutes the student attended, make-ups included, against the minutes scheduled for the seat, cancelled sessions included.</source>
        <translation>Минуты, которые посетил ученик, включая отработки, в сравнении с минутами, запланированными для места, включая отменённые занятия.</translation>
    </message>
    <message>
        <source>Minutes received of minutes planned</source>
        <translation>Полученные минуты из запланированных</translation>
    </message>
    <message>
        <source>Sessions delivered: %1 of %2 (%3), not counting days absent from school</source>
        <translation>Проведено занятий: %1 из %2 (%3), не считая дней отсутствия в школе</translation>
    </message>
    <message>
        <source>Sessions delivered: none scheduled yet</source>
        <translation>Проведено занятий: пока ничего не запланировано</translation>
    </message>
    <message>
        <source>Sessions the program held out of those it scheduled. Days the student was absent from school are left out: no session could have reached them.</source>
        <translation>Занятия, проведённые программой, из запланированных. Дни отсутствия ученика в школе не учитываются: в эти дни занятие не могло состояться для него.</translation>
    </message>
    <message numerus="yes">
        <source>Attendance: %1 of %Ln session(s) (%2)</source>
        <translation>
            <numerusform>Посещаемость: %1 из %Ln занятия (%2)</numerusform>
            <numerusform>Посещаемость: %1 из %Ln занятий (%2)</numerusform>
            <numerusform>Посещаемость: %1 из %Ln занятий (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance: not taken yet</source>
        <translation>Посещаемость: ещё не отмечалась</translation>
    </message>
    <message>
        <source>%1 · Make-ups attended: %2</source>
        <comment>attendance · make-ups</comment>
        <translation>%1 · Посещено отработок: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentsPage</name>
    <message>
        <source>&amp;Import Roster…</source>
        <translation>&amp;Импорт списка…</translation>
    </message>
    <message>
        <source>&amp;Recalculate Need Scores</source>
        <translation>&amp;Пересчитать баллы потребности</translation>
    </message>
    <message>
        <source>Write Letters…</source>
        <translation>Написать письма…</translation>
    </message>
    <message>
        <source>Number of students shown</source>
        <translation>Число показанных учеников</translation>
    </message>
    <message>
        <source>Bring in the roster your district&apos;s student system exported (Ctrl+I)</source>
        <translation>Загрузить список, выгруженный из системы учёта учеников вашего округа (Ctrl+I)</translation>
    </message>
    <message>
        <source>Score every student again from their latest benchmarks, attendance and student groups, with the weights in Settings</source>
        <translation>Заново рассчитать баллы всех учеников по последним контрольным тестам, посещаемости и категориям, с весами из настроек</translation>
    </message>
    <message>
        <source>Print a letter for each selected student&apos;s family, each in the family&apos;s language, in one batch (select several with Ctrl or Shift)</source>
        <translation>Распечатать письмо семье каждого выбранного ученика, каждое на языке семьи, одним пакетом (выбирайте нескольких с Ctrl или Shift)</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Ученики</translation>
    </message>
    <message>
        <source>W&amp;hy this student</source>
        <translation>&amp;Почему этот ученик</translation>
    </message>
    <message>
        <source>T&amp;utoring</source>
        <translation>&amp;Занятия</translation>
    </message>
    <message>
        <source>Fa&amp;mily</source>
        <translation>&amp;Семья</translation>
    </message>
    <message>
        <source>Find Student</source>
        <translation>Найти ученика</translation>
    </message>
    <message>
        <source>The need scores could not be recalculated: %1</source>
        <translation>Не удалось пересчитать баллы потребности: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s)</source>
        <translation>
            <numerusform>%Ln ученик</numerusform>
            <numerusform>%Ln ученика</numerusform>
            <numerusform>%Ln учеников</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::SupervisorDialog</name>
    <message>
        <source>Add Supervisor</source>
        <translation>Добавить руководителя</translation>
    </message>
    <message>
        <source>Edit Supervisor</source>
        <translation>Изменить руководителя</translation>
    </message>
    <message>
        <source>e.g. Instructional lead</source>
        <translation>напр., методист</translation>
    </message>
    <message>
        <source>How many tutors this person can observe and coach</source>
        <translation>Скольких репетиторов этот человек может наблюдать и наставлять</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>Can coach &amp;up to:</source>
        <translation>Может &amp;наставлять до:</translation>
    </message>
    <message>
        <source> tutors</source>
        <translation> репетиторов</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Most tutors this supervisor can coach</source>
        <translation>Наибольшее число репетиторов, которых может наставлять этот руководитель</translation>
    </message>
    <message>
        <source>Why the supervisor was not saved</source>
        <translation>Почему руководитель не сохранён</translation>
    </message>
    <message>
        <source>The supervisor could not be saved: %1</source>
        <translation>Не удалось сохранить руководителя: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::SupervisorPanel</name>
    <message>
        <source>Supervisors</source>
        <translation>Руководители</translation>
    </message>
    <message>
        <source>Add &amp;Supervisor…</source>
        <translation>Добавить &amp;руководителя…</translation>
    </message>
    <message>
        <source>Edit Su&amp;pervisor…</source>
        <translation>Изменить р&amp;уководителя…</translation>
    </message>
    <message>
        <source>Remo&amp;ve Supervisor</source>
        <translation>&amp;Удалить руководителя</translation>
    </message>
    <message>
        <source>Supervisors and how many tutors each coaches</source>
        <translation>Руководители и сколько репетиторов наставляет каждый</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Coaches</source>
        <translation>Наставляет</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>Репетиторы</translation>
    </message>
    <message>
        <source>Tutors without a supervisor</source>
        <translation>Репетиторы без руководителя</translation>
    </message>
    <message>
        <source>Add a person who observes and coaches tutors</source>
        <translation>Добавить человека, который наблюдает за репетиторами и наставляет их</translation>
    </message>
    <message>
        <source>Change the selected supervisor&apos;s details or how many tutors they can coach</source>
        <translation>Изменить сведения о выбранном руководителе или число репетиторов, которых он может наставлять</translation>
    </message>
    <message>
        <source>Remove the selected supervisor; their tutors are left without one</source>
        <translation>Удалить выбранного руководителя; его репетиторы останутся без руководителя</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tutor(s)</source>
        <translation>
            <numerusform>%1 из %n репетитора</numerusform>
            <numerusform>%1 из %n репетиторов</numerusform>
            <numerusform>%1 из %n репетиторов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · over capacity by %2</source>
        <comment>9 of 8 tutors · over capacity by 1</comment>
        <translation>%1 · сверх лимита на %2</translation>
    </message>
    <message>
        <source>The supervisors could not be read: %1</source>
        <translation>Не удалось прочитать руководителей: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (title)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No tutors yet</source>
        <translation>Репетиторов пока нет</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No supervisors yet. Add the people who observe and coach your tutors.</source>
        <translation>Руководителей пока нет. Добавьте людей, которые наблюдают за вашими репетиторами и наставляют их.</translation>
    </message>
    <message>
        <source>Every tutor has a supervisor.</source>
        <translation>У каждого репетитора есть руководитель.</translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s) without a supervisor: %1</source>
        <translation>
            <numerusform>%n репетитор без руководителя: %1</numerusform>
            <numerusform>%n репетитора без руководителя: %1</numerusform>
            <numerusform>%n репетиторов без руководителя: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Добавлен: %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <source>Remove Supervisor</source>
        <translation>Удаление руководителя</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1? %n tutor(s) will have no supervisor until you choose another.</source>
        <translation>
            <numerusform>Удалить %1? %n репетитор останется без руководителя, пока вы не выберете другого.</numerusform>
            <numerusform>Удалить %1? %n репетитора останутся без руководителя, пока вы не выберете другого.</numerusform>
            <numerusform>Удалить %1? %n репетиторов останутся без руководителя, пока вы не выберете другого.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>The supervisor could not be removed: %1</source>
        <translation>Не удалось удалить руководителя: %1</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Удалён: %1.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Supervisors</name>
    <message>
        <source>Enter the supervisor&apos;s first name.</source>
        <translation>Введите имя руководителя.</translation>
    </message>
    <message>
        <source>Enter %1&apos;s last name.</source>
        <translation>Введите фамилию руководителя %1.</translation>
    </message>
    <message>
        <source>%1 can coach 1 to 100 tutors, not %2. Change the number of tutors.</source>
        <translation>%1 может наставлять от 1 до 100 репетиторов, а не %2. Измените число репетиторов.</translation>
    </message>
    <message>
        <source>Another supervisor already has the id %1. Give %2 a different id.</source>
        <translation>У другого руководителя уже есть ID %1. Назначьте для %2 другой ID.</translation>
    </message>
    <message>
        <source>%1 is no longer in the supervisor list. Reload the Tutors page.</source>
        <translation>%1 больше нет в списке руководителей. Перезагрузите страницу «Репетиторы».</translation>
    </message>
    <message>
        <source>%1 could not be saved in %2: %3</source>
        <translation>Не удалось сохранить %1 в %2: %3</translation>
    </message>
    <message>
        <source>The supervisor could not be removed from %1: %2</source>
        <translation>Не удалось удалить руководителя из %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::SyncPage</name>
    <message>
        <source>&amp;Send Now</source>
        <translation>&amp;Отправить сейчас</translation>
    </message>
    <message>
        <source>&amp;Copy to a Folder…</source>
        <translation>&amp;Копировать в папку…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>Send every waiting bundle to the district now</source>
        <translation>Отправить все ожидающие пакеты в округ сейчас</translation>
    </message>
    <message>
        <source>&amp;Export Now</source>
        <translation>&amp;Экспортировать сейчас</translation>
    </message>
    <message>
        <source>Make a bundle of what changed since the last one, then send it</source>
        <translation>Сформировать пакет изменений с момента предыдущего и отправить его</translation>
    </message>
    <message>
        <source>What Changed Since the Last Bundle</source>
        <translation>Изменения с последнего пакета</translation>
    </message>
    <message>
        <source>Every Row (a Full Bundle)</source>
        <translation>Все строки (полный пакет)</translation>
    </message>
    <message>
        <source>Write the waiting bundles into a folder, such as a USB stick for the district office</source>
        <translation>Записать ожидающие пакеты в папку, например на USB-накопитель для офиса округа</translation>
    </message>
    <message>
        <source>Copy the Waiting Bundles to a Folder</source>
        <translation>Копировать ожидающие пакеты в папку</translation>
    </message>
    <message>
        <source>District Sync</source>
        <translation>Синхронизация с округом</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Состояние синхронизации</translation>
    </message>
    <message>
        <source>Sync details</source>
        <translation>Сведения о синхронизации</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Ход экспорта</translation>
    </message>
    <message>
        <source>Bundles for the district</source>
        <translation>Пакеты для округа</translation>
    </message>
    <message>
        <source>Bundles wait here until a folder or the district&apos;s address is chosen in Settings.</source>
        <translation>Пакеты ожидают здесь, пока в настройках не будет выбрана папка или адрес округа.</translation>
    </message>
    <message>
        <source>Students&apos; names are included.</source>
        <translation>Имена учеников включаются.</translation>
    </message>
    <message>
        <source>Students&apos; names are left out (the district has them).</source>
        <translation>Имена учеников не включаются (они есть у округа).</translation>
    </message>
    <message>
        <source>Contact notes are included.</source>
        <translation>Примечания к контактам включаются.</translation>
    </message>
    <message>
        <source>Contact notes are left out.</source>
        <translation>Примечания к контактам не включаются.</translation>
    </message>
    <message>
        <source>What changed is sent every day after %1 while TutorDesk is open.</source>
        <translation>Изменения отправляются ежедневно после %1, пока TutorDesk открыт.</translation>
    </message>
    <message>
        <source>Nothing is sent on a schedule: use Export Now, or tutordesk-cli sync.</source>
        <translation>Ничего не отправляется по расписанию: используйте «Экспортировать сейчас» или tutordesk-cli sync.</translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation>Не удалось прочитать исходящие: %1</translation>
    </message>
    <message>
        <source>Making the bundle…</source>
        <translation>Формирование пакета…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
</context>
<context>
    <name>tutordesk::SyncService</name>
    <message numerus="yes">
        <source>Sent %n bundle(s) to the district.</source>
        <translation>
            <numerusform>В округ отправлен %n пакет.</numerusform>
            <numerusform>В округ отправлено %n пакета.</numerusform>
            <numerusform>В округ отправлено %n пакетов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was stopped: nothing was written.</source>
        <translation>Экспорт остановлен: ничего не записано.</translation>
    </message>
    <message>
        <source>The bundle for the district could not be made: %1</source>
        <translation>Не удалось сформировать пакет для округа: %1</translation>
    </message>
    <message>
        <source>Nothing has changed since the last bundle: there is nothing new to send.</source>
        <translation>С последнего пакета ничего не изменилось: отправлять нечего.</translation>
    </message>
    <message numerus="yes">
        <source>Made %1 (%Ln row(s)).</source>
        <translation>
            <numerusform>Сформирован %1 (%Ln строка).</numerusform>
            <numerusform>Сформирован %1 (%Ln строки).</numerusform>
            <numerusform>Сформирован %1 (%Ln строк).</numerusform>
        </translation>
    </message>
    <message>
        <source>No district destination is set, so the bundles wait here. Choose a folder or the district&apos;s address in Settings ▸ District sync.</source>
        <translation>Получатель в округе не задан, поэтому пакеты ожидают здесь. Выберите папку или адрес округа в разделе «Настройки ▸ Синхронизация с округом».</translation>
    </message>
    <message>
        <source>Bundles are being sent right now: try again in a moment.</source>
        <translation>Пакеты отправляются прямо сейчас: повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>No bundle is waiting: the district has everything.</source>
        <translation>Ожидающих пакетов нет: у округа есть всё.</translation>
    </message>
</context>
<context>
    <name>tutordesk::SyncSettingsEditor</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Include students&apos; &amp;names (the district already knows each student by ID)</source>
        <translation>Включать &amp;имена учеников (округ и так знает каждого ученика по ID)</translation>
    </message>
    <message>
        <source>Include the &amp;notes of family contacts (they may name other people)</source>
        <translation>Включать &amp;примечания к контактам с семьями (в них могут упоминаться другие люди)</translation>
    </message>
    <message>
        <source>Send what changed every &amp;day after</source>
        <translation>Отправлять изменения каждый &amp;день после</translation>
    </message>
    <message>
        <source>TutorDesk sends the district a bundle of CSV files: every row the first time, then what changed. Bundles wait in the outbox until the district has them, so nothing is lost while the computer is offline.</source>
        <translation>TutorDesk отправляет в округ пакет файлов CSV: в первый раз все строки, затем изменения. Пакеты ожидают в исходящих, пока округ их не получит, поэтому ничего не теряется, пока компьютер не в сети.</translation>
    </message>
    <message>
        <source>A folder, or the district&apos;s address (https://…)</source>
        <translation>Папка или адрес округа (https://…)</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>&amp;Куда отправлять:</translation>
    </message>
    <message>
        <source>District to&amp;ken:</source>
        <translation>&amp;Токен округа:</translation>
    </message>
    <message>
        <source>Daily sending time</source>
        <translation>Время ежедневной отправки</translation>
    </message>
    <message>
        <source>While TutorDesk is open. District IT can also run &quot;tutordesk-cli sync&quot; from a scheduler; it sends the same bundles.</source>
        <translation>Пока TutorDesk открыт. ИТ-служба округа также может запускать &quot;tutordesk-cli sync&quot; по расписанию; отправляются те же пакеты.</translation>
    </message>
    <message>
        <source>No destination yet: bundles wait in the outbox until one is chosen.</source>
        <translation>Получатель ещё не задан: пакеты ожидают в исходящих, пока он не будет выбран.</translation>
    </message>
    <message>
        <source>Each bundle is written into this folder: a district share, a synced folder or a USB stick.</source>
        <translation>Каждый пакет записывается в эту папку: общую папку округа, синхронизируемую папку или USB-накопитель.</translation>
    </message>
    <message>
        <source>Each bundle is sent to %1 over an encrypted connection.</source>
        <translation>Каждый пакет отправляется на %1 по зашифрованному соединению.</translation>
    </message>
    <message>
        <source>Saved in this computer&apos;s keychain (type to replace)</source>
        <translation>Сохранён в связке ключей этого компьютера (введите, чтобы заменить)</translation>
    </message>
    <message>
        <source>The district gives you this token. It is kept in this computer&apos;s keychain, never in the school&apos;s database.</source>
        <translation>Этот токен вам выдаёт округ. Он хранится в связке ключей этого компьютера и никогда — в базе данных школы.</translation>
    </message>
    <message>
        <source>Only an https:// address needs a token.</source>
        <translation>Токен нужен только для адреса https://.</translation>
    </message>
    <message>
        <source>The District&apos;s Folder</source>
        <translation>Папка округа</translation>
    </message>
</context>
<context>
    <name>tutordesk::SyncText</name>
    <message>
        <source>today at %1</source>
        <translation>сегодня в %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>вчера в %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>завтра в %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 в %2</translation>
    </message>
    <message>
        <source>nowhere yet</source>
        <translation>пока никуда</translation>
    </message>
    <message>
        <source>the folder %1</source>
        <translation>папка %1</translation>
    </message>
    <message>
        <source>Everything has reached the district.</source>
        <translation>Всё доставлено в округ.</translation>
    </message>
    <message>
        <source>Nothing has been sent to the district yet.</source>
        <translation>В округ ещё ничего не отправлялось.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting: no district destination is set.</source>
        <translation>
            <numerusform>%n пакет ожидает: получатель в округе не задан.</numerusform>
            <numerusform>%n пакета ожидают: получатель в округе не задан.</numerusform>
            <numerusform>%n пакетов ожидают: получатель в округе не задан.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n пакет ожидает отправки.</numerusform>
            <numerusform>%n пакета ожидают отправки.</numerusform>
            <numerusform>%n пакетов ожидают отправки.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundles go to %1.</source>
        <translation>Пакеты отправляются: %1.</translation>
    </message>
    <message>
        <source>Waiting since %1.</source>
        <translation>Ожидает с %1.</translation>
    </message>
    <message>
        <source>Last delivered %1 to %2.</source>
        <translation>Последняя доставка %1: %2.</translation>
    </message>
    <message>
        <source>Last try %1: %2</source>
        <translation>Последняя попытка %1: %2</translation>
    </message>
    <message>
        <source>TutorDesk will try again %1, or now with Send Now.</source>
        <translation>TutorDesk повторит попытку %1, или нажмите «Отправить сейчас».</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting: no district destination set</source>
        <translation>
            <numerusform>%n пакет ожидает: получатель в округе не задан</numerusform>
            <numerusform>%n пакета ожидают: получатель в округе не задан</numerusform>
            <numerusform>%n пакетов ожидают: получатель в округе не задан</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting for the district</source>
        <translation>
            <numerusform>%n пакет ожидает отправки в округ</numerusform>
            <numerusform>%n пакета ожидают отправки в округ</numerusform>
            <numerusform>%n пакетов ожидают отправки в округ</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Синхронизировано %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ещё не синхронизировано</translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation>Доставлено %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидает</translation>
    </message>
    <message numerus="yes">
        <source>Waiting (%n attempt(s))</source>
        <translation>
            <numerusform>Ожидает (%n попытка)</numerusform>
            <numerusform>Ожидает (%n попытки)</numerusform>
            <numerusform>Ожидает (%n попыток)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row</source>
        <translation>Все строки</translation>
    </message>
    <message>
        <source>Changes since the last bundle</source>
        <translation>Изменения с последнего пакета</translation>
    </message>
</context>
<context>
    <name>tutordesk::TemplateEditorDialog</name>
    <message>
        <source>built-in text</source>
        <translation>встроенный текст</translation>
    </message>
    <message>
        <source>the district&apos;s template pack</source>
        <translation>пакет шаблонов округа</translation>
    </message>
    <message>
        <source>the district&apos;s template pack (%1)</source>
        <translation>пакет шаблонов округа (%1)</translation>
    </message>
    <message>
        <source>edited in TutorDesk</source>
        <translation>изменено в TutorDesk</translation>
    </message>
    <message>
        <source>edited in TutorDesk by %1 on %2</source>
        <translation>изменено в TutorDesk: %1, %2</translation>
    </message>
    <message>
        <source>A &amp;qualified translator has checked this text</source>
        <translation>Этот текст проверен &amp;квалифицированным переводчиком</translation>
    </message>
    <message>
        <source>Edit Letter: %1, %2</source>
        <translation>Изменить письмо: %1, %2</translation>
    </message>
    <message>
        <source>Where the text comes from</source>
        <translation>Источник текста</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Letter text (HTML)</source>
        <translation>Текст письма (HTML)</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Подстановки</translation>
    </message>
    <message>
        <source>Enter or double-click inserts the placeholder at the cursor</source>
        <translation>Enter или двойной щелчок вставляет подстановку в позицию курсора</translation>
    </message>
    <message>
        <source>Preview with sample values</source>
        <translation>Предпросмотр с примерами значений</translation>
    </message>
    <message>
        <source>Only when a qualified translator checked the changed text: otherwise the letter dialog says the translation is not yet reviewed</source>
        <translation>Только если квалифицированный переводчик проверил изменённый текст: иначе в окне письма будет указано, что перевод ещё не проверен</translation>
    </message>
    <message>
        <source>Why the text was not saved</source>
        <translation>Почему текст не сохранён</translation>
    </message>
    <message>
        <source>Ti&amp;tle:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>&amp;Text (HTML; placeholders in double braces):</source>
        <translation>&amp;Текст (HTML; подстановки в двойных фигурных скобках):</translation>
    </message>
    <message>
        <source>&amp;Placeholders:</source>
        <translation>&amp;Подстановки:</translation>
    </message>
    <message>
        <source>&amp;Insert Placeholder</source>
        <translation>&amp;Вставить подстановку</translation>
    </message>
    <message>
        <source>Pre&amp;view (for the letter&apos;s student, or sample values in brackets):</source>
        <translation>Пред&amp;просмотр (для ученика письма или с примерами значений в скобках):</translation>
    </message>
    <message>
        <source>&amp;Restore Original</source>
        <translation>&amp;Восстановить оригинал</translation>
    </message>
    <message>
        <source>Drop the edited text and use the district&apos;s or the built-in text again</source>
        <translation>Отказаться от изменённого текста и снова использовать текст округа или встроенный</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The letter&apos;s text could not be read: %1</source>
        <translation>Не удалось прочитать текст письма: %1</translation>
    </message>
    <message>
        <source>no text in this language yet; starting from the English text</source>
        <translation>текста на этом языке пока нет; за основу взят английский текст</translation>
    </message>
    <message>
        <source>Version %1, %2. %3</source>
        <translation>Версия %1, %2. %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Reviewed by a qualified translator.</source>
        <translation>Проверено квалифицированным переводчиком.</translation>
    </message>
    <message>
        <source>Not yet reviewed by a qualified translator.</source>
        <translation>Ещё не проверено квалифицированным переводчиком.</translation>
    </message>
    <message>
        <source>Preview for %1</source>
        <translation>Предпросмотр для %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>Не восстановлено: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::TierEditor</name>
    <message>
        <source>&amp;Limit the seats the program offers to</source>
        <translation>&amp;Ограничить число мест в программе до</translation>
    </message>
    <message>
        <source>Each tier says how much tutoring a student gets and who qualifies for it by need score.</source>
        <translation>Каждый уровень определяет, сколько занятий получает ученик и кто имеет на них право по баллу потребности.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Sessions a week</source>
        <translation>Занятий в неделю</translation>
    </message>
    <message>
        <source>Minutes each</source>
        <translation>Минут на занятие</translation>
    </message>
    <message>
        <source>Largest group</source>
        <translation>Макс. размер группы</translation>
    </message>
    <message>
        <source>Lowest need score</source>
        <translation>Мин. балл потребности</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Уровни</translation>
    </message>
    <message>
        <source>Restore De&amp;faults</source>
        <translation>Восстановить &amp;по умолчанию</translation>
    </message>
    <message>
        <source>Put back the tiers TutorDesk starts with</source>
        <translation>Вернуть исходные уровни TutorDesk</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Seats the program offers</source>
        <translation>Места, предлагаемые программой</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> мест</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier name · description</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Sessions a week, %1</source>
        <translation>Занятий в неделю, %1</translation>
    </message>
    <message>
        <source>Minutes each, %1</source>
        <translation>Минут на занятие, %1</translation>
    </message>
    <message>
        <source>Largest group, %1</source>
        <translation>Макс. размер группы, %1</translation>
    </message>
    <message>
        <source>Lowest need score, %1</source>
        <translation>Мин. балл потребности, %1</translation>
    </message>
    <message>
        <source>Without a limit, TutorDesk plans new groups up to the seats your groups offer now, or a quarter of the students before there are groups: %1 today.</source>
        <translation>Без ограничения TutorDesk планирует новые группы в пределах мест, которые сейчас предлагают ваши группы, или четверти учеников, если групп ещё нет: на сегодня %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s)</source>
        <translation>
            <numerusform>%Ln место</numerusform>
            <numerusform>%Ln места</numerusform>
            <numerusform>%Ln мест</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::Tiers</name>
    <message>
        <source>Give tiers 1, 2 and 3 once each (tier %1 appears %2 times).</source>
        <translation>Укажите уровни 1, 2 и 3 по одному разу (уровень %1 встречается %2 раз).</translation>
    </message>
    <message>
        <source>Only tiers 1, 2 and 3 exist; remove the others.</source>
        <translation>Существуют только уровни 1, 2 и 3; удалите остальные.</translation>
    </message>
    <message>
        <source>Tier %1 needs a name.</source>
        <translation>Уровню %1 нужно название.</translation>
    </message>
    <message>
        <source>Tier %1: the largest group must be 1 to 4 students, not %2.</source>
        <translation>Уровень %1: максимальный размер группы должен быть от 1 до 4 учеников, а не %2.</translation>
    </message>
    <message>
        <source>Tier %1: sessions a week must be 0 to 10, not %2.</source>
        <translation>Уровень %1: занятий в неделю должно быть от 0 до 10, а не %2.</translation>
    </message>
    <message>
        <source>Tier %1: minutes a session must be 0 to 240, not %2.</source>
        <translation>Уровень %1: длительность занятия должна быть от 0 до 240 минут, а не %2.</translation>
    </message>
    <message>
        <source>Tier %1 is tutoring: give it at least 1 session a week.</source>
        <translation>Уровень %1 предусматривает занятия: задайте не менее 1 занятия в неделю.</translation>
    </message>
    <message>
        <source>Tier %1 is tutoring: give its sessions at least 5 minutes.</source>
        <translation>Уровень %1 предусматривает занятия: задайте длительность занятий не менее 5 минут.</translation>
    </message>
    <message>
        <source>Tier %1: the minimum need score must be 0 to 1000, not %2.</source>
        <translation>Уровень %1: минимальный балл потребности должен быть от 0 до 1000, а не %2.</translation>
    </message>
    <message>
        <source>Tier 2&apos;s minimum need score (%1) is below tier 1&apos;s (%2): raise tier 2&apos;s or lower tier 1&apos;s.</source>
        <translation>Минимальный балл потребности уровня 2 (%1) ниже, чем у уровня 1 (%2): повысьте его для уровня 2 или понизьте для уровня 1.</translation>
    </message>
    <message>
        <source>Tier 3&apos;s minimum need score (%1) is below tier 2&apos;s (%2): raise tier 3&apos;s or lower tier 2&apos;s.</source>
        <translation>Минимальный балл потребности уровня 3 (%1) ниже, чем у уровня 2 (%2): повысьте его для уровня 3 или понизьте для уровня 2.</translation>
    </message>
    <message>
        <source>The tiers could not be saved: %1</source>
        <translation>Не удалось сохранить уровни: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::TodayPage</name>
    <message>
        <source>Take &amp;Attendance…</source>
        <translation>Отметить &amp;посещаемость…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>&amp;Sessions today</source>
        <translation>&amp;Занятия сегодня</translation>
    </message>
    <message>
        <source>Take attendance for the selected session (Enter or double-click does the same)</source>
        <translation>Отметить посещаемость выбранного занятия (то же делает Enter или двойной щелчок)</translation>
    </message>
    <message>
        <source>What needs &amp;doing</source>
        <translation>Что нужно &amp;сделать</translation>
    </message>
    <message>
        <source>Print the missed-session letters due, one page for each family, each in the family&apos;s language; each is logged as a contact</source>
        <translation>Распечатать назначенные письма о пропуске занятий, по одной странице на семью, каждое на языке семьи; каждое записывается как контакт</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due</source>
        <translation>&amp;Назначенные повторные контакты</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Назначенные повторные контакты</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation>Последний результат</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Enter or double-click logs the follow-up call.</source>
        <translation>Enter или двойной щелчок — записать повторный звонок.</translation>
    </message>
    <message>
        <source>Today&apos;s sessions and actions could not be read: %1</source>
        <translation>Не удалось прочитать сегодняшние занятия и действия: %1</translation>
    </message>
    <message>
        <source>The letters due could not be read: %1</source>
        <translation>Не удалось прочитать назначенные письма: %1</translation>
    </message>
    <message>
        <source>No sessions: weekend</source>
        <translation>Нет занятий: выходной</translation>
    </message>
    <message>
        <source>No sessions: not a school day</source>
        <translation>Нет занятий: неучебный день</translation>
    </message>
    <message>
        <source>No sessions: %1</source>
        <translation>Нет занятий: %1</translation>
    </message>
    <message>
        <source>No sessions today</source>
        <translation>Сегодня занятий нет</translation>
    </message>
    <message>
        <source>Print Due Le&amp;tters (%1)…</source>
        <translation>Печать назначенных &amp;писем (%1)…</translation>
    </message>
    <message numerus="yes">
        <source>Print %n due letter(s)</source>
        <translation>
            <numerusform>Печать %n назначенного письма</numerusform>
            <numerusform>Печать %n назначенных писем</numerusform>
            <numerusform>Печать %n назначенных писем</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up with %1&apos;s family logged.</source>
        <translation>Повторный контакт с семьёй ученика %1 записан.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) logged as contacts.</source>
        <translation>
            <numerusform>%n письмо записано как контакт.</numerusform>
            <numerusform>%n письма записаны как контакты.</numerusform>
            <numerusform>%n писем записано как контакты.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due (%1)</source>
        <translation>&amp;Назначенные повторные контакты (%1)</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due: none</source>
        <translation>&amp;Назначенные повторные контакты: нет</translation>
    </message>
</context>
<context>
    <name>tutordesk::TodaySessionsList</name>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>Сегодняшние занятия</translation>
    </message>
    <message>
        <source>%1 · started %2</source>
        <translation>%1 · начало %2</translation>
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
        <translation>Навык: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::TodayText</name>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Needs cover</source>
        <translation>Нужна замена</translation>
    </message>
    <message>
        <source>No students</source>
        <translation>Нет учеников</translation>
    </message>
    <message numerus="yes">
        <source>Taken · %1 of %n present</source>
        <translation>
            <numerusform>Отмечено · присутствуют %1 из %n</numerusform>
            <numerusform>Отмечено · присутствуют %1 из %n</numerusform>
            <numerusform>Отмечено · присутствуют %1 из %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partly taken · %1 of %n recorded</source>
        <translation>
            <numerusform>Отмечено частично · записано %1 из %n</numerusform>
            <numerusform>Отмечено частично · записано %1 из %n</numerusform>
            <numerusform>Отмечено частично · записано %1 из %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>Не отмечено</translation>
    </message>
    <message>
        <source>The tutor is out</source>
        <translation>Репетитор отсутствует</translation>
    </message>
    <message>
        <source>%1 is out</source>
        <translation>%1 отсутствует</translation>
    </message>
    <message>
        <source>Attendance %1% over 4 weeks</source>
        <translation>Посещаемость %1% за 4 недели</translation>
    </message>
    <message numerus="yes">
        <source>%n absence(s) in a row</source>
        <translation>
            <numerusform>%n пропуск подряд</numerusform>
            <numerusform>%n пропуска подряд</numerusform>
            <numerusform>%n пропусков подряд</numerusform>
        </translation>
    </message>
    <message>
        <source>Absent %1</source>
        <translation>Отсутствовал %1</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Отсутствовал</translation>
    </message>
    <message>
        <source>Notify the family</source>
        <translation>Уведомить семью</translation>
    </message>
    <message>
        <source>Schedule a make-up</source>
        <translation>Назначить отработку</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Передать выше</translation>
    </message>
    <message>
        <source>Pause, offer the seat</source>
        <translation>Приостановить, предложить место</translation>
    </message>
    <message>
        <source>Find cover</source>
        <translation>Найти замену</translation>
    </message>
    <message numerus="yes">
        <source>Overdue · %n school day(s)</source>
        <translation>
            <numerusform>Просрочено · %n учебный день</numerusform>
            <numerusform>Просрочено · %n учебных дня</numerusform>
            <numerusform>Просрочено · %n учебных дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Срок сегодня</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Срок: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) not taken</source>
        <translation>
            <numerusform>Не отмечено %n занятие</numerusform>
            <numerusform>Не отмечено %n занятия</numerusform>
            <numerusform>Не отмечено %n занятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n session(s) taken</source>
        <translation>
            <numerusform>Отмечены все занятия: %n</numerusform>
            <numerusform>Отмечены все занятия: %n</numerusform>
            <numerusform>Отмечены все занятия: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n отменено</numerusform>
            <numerusform>%n отменено</numerusform>
            <numerusform>%n отменено</numerusform>
        </translation>
    </message>
    <message>
        <source>No actions due</source>
        <translation>Нет требуемых действий</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) due</source>
        <translation>
            <numerusform>%n требуемое действие</numerusform>
            <numerusform>%n требуемых действия</numerusform>
            <numerusform>%n требуемых действий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n overdue)</source>
        <translation>
            <numerusform>(%n просрочено)</numerusform>
            <numerusform>(%n просрочено)</numerusform>
            <numerusform>(%n просрочено)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n повторный контакт</numerusform>
            <numerusform>%n повторных контакта</numerusform>
            <numerusform>%n повторных контактов</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>No sessions scheduled yet</source>
        <translation>Занятия ещё не запланированы</translation>
    </message>
    <message>
        <source>Sessions delivered: %1 of %2</source>
        <translation>Проведено занятий: %1 из %2</translation>
    </message>
    <message>
        <source> (%1%)</source>
        <translation> (%1%)</translation>
    </message>
    <message>
        <source> · attended %1</source>
        <translation> · посещено %1</translation>
    </message>
    <message>
        <source>TK</source>
        <translation>ППК</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>Подготовительный класс</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>%1 класс</translation>
    </message>
</context>
<context>
    <name>tutordesk::TokenStore</name>
    <message>
        <source>This computer&apos;s keychain did not answer, so the sync token was not saved. Unlock the keychain (or sign in to the desktop) and save it again; a scheduled sync can also take the token from TUTORDESK_TOKEN.</source>
        <translation>Связка ключей этого компьютера не ответила, поэтому токен синхронизации не сохранён. Разблокируйте связку ключей (или войдите в систему) и сохраните его снова; синхронизация по расписанию также может брать токен из TUTORDESK_TOKEN.</translation>
    </message>
    <message>
        <source>The sync token could not be saved in this computer&apos;s keychain (%1). TutorDesk never keeps it in the database; a scheduled sync can take it from TUTORDESK_TOKEN.</source>
        <translation>Не удалось сохранить токен синхронизации в связке ключей этого компьютера (%1). TutorDesk никогда не хранит его в базе данных; синхронизация по расписанию может брать его из TUTORDESK_TOKEN.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Transport</name>
    <message>
        <source>the finished file could not be renamed</source>
        <translation>не удалось переименовать готовый файл</translation>
    </message>
    <message>
        <source>No district destination is set: choose one in Settings ▸ District sync.</source>
        <translation>Получатель в округе не задан: выберите его в разделе «Настройки ▸ Синхронизация с округом».</translation>
    </message>
    <message>
        <source>The folder %1 is not there: is the USB stick or the district drive connected? The bundle waits in the outbox.</source>
        <translation>Папки %1 нет: подключён ли USB-накопитель или диск округа? Пакет ожидает в исходящих.</translation>
    </message>
    <message>
        <source>TutorDesk cannot write in the folder %1 (%2): check that the drive is not read-only and that you may write there. The bundle waits in the outbox.</source>
        <translation>TutorDesk не может записывать в папку %1 (%2): проверьте, что диск не только для чтения и у вас есть право записи. Пакет ожидает в исходящих.</translation>
    </message>
    <message>
        <source>The bundle could not be written in full to the folder %1 (%2): is the drive full or was it removed? Nothing was left under the bundle&apos;s name; it waits in the outbox.</source>
        <translation>Не удалось полностью записать пакет в папку %1 (%2): возможно, диск заполнен или был извлечён. Под именем пакета ничего не осталось; он ожидает в исходящих.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bundle name TutorDesk writes. Make a new export.</source>
        <translation>«%1» — не имя пакета, которое создаёт TutorDesk. Сделайте новый экспорт.</translation>
    </message>
    <message>
        <source>TutorDesk could not reach %1: this computer may be offline, or the address is wrong. TutorDesk will try again.</source>
        <translation>TutorDesk не удалось связаться с %1: возможно, компьютер не в сети или адрес неверен. TutorDesk повторит попытку.</translation>
    </message>
    <message>
        <source>%1 refused the connection: the district&apos;s server may be down. TutorDesk will try again.</source>
        <translation>%1 отклонил соединение: возможно, сервер округа не работает. TutorDesk повторит попытку.</translation>
    </message>
    <message numerus="yes">
        <source>The district&apos;s server at %1 did not answer (timed out after %n second(s)). TutorDesk will try again.</source>
        <translation>
            <numerusform>Сервер округа по адресу %1 не ответил (время ожидания %n секунда истекло). TutorDesk повторит попытку.</numerusform>
            <numerusform>Сервер округа по адресу %1 не ответил (время ожидания %n секунды истекло). TutorDesk повторит попытку.</numerusform>
            <numerusform>Сервер округа по адресу %1 не ответил (время ожидания %n секунд истекло). TutorDesk повторит попытку.</numerusform>
        </translation>
    </message>
    <message>
        <source>The district&apos;s server at %1 could not prove who it is (its security certificate was not accepted), so nothing was sent. Ask the district&apos;s IT to check the server&apos;s certificate.</source>
        <translation>Сервер округа по адресу %1 не смог подтвердить свою подлинность (его сертификат безопасности не принят), поэтому ничего не отправлено. Попросите ИТ-службу округа проверить сертификат сервера.</translation>
    </message>
    <message>
        <source>Sending to %1 failed (%2). TutorDesk will try again.</source>
        <translation>Не удалось отправить на %1 (%2). TutorDesk повторит попытку.</translation>
    </message>
    <message>
        <source>The district&apos;s server refused the sync token (%1): check it in Settings ▸ District sync.</source>
        <translation>Сервер округа отклонил токен синхронизации (%1): проверьте его в разделе «Настройки ▸ Синхронизация с округом».</translation>
    </message>
    <message>
        <source>The district&apos;s server does not know this address (%1 not found at %2): check the address and the school code in Settings ▸ District sync.</source>
        <translation>Серверу округа неизвестен этот адрес (%1 не найден на %2): проверьте адрес и код школы в разделе «Настройки ▸ Синхронизация с округом».</translation>
    </message>
    <message>
        <source>The bundle is too large for the district&apos;s server (413): ask the district&apos;s IT to accept larger uploads.</source>
        <translation>Пакет слишком велик для сервера округа (413): попросите ИТ-службу округа разрешить загрузку файлов большего размера.</translation>
    </message>
    <message>
        <source>The district&apos;s server had a problem (%1); TutorDesk will try again.</source>
        <translation>На сервере округа возникла проблема (%1); TutorDesk повторит попытку.</translation>
    </message>
    <message>
        <source>The district&apos;s server at %1 did not accept the bundle (it answered %2). TutorDesk will try again; if this goes on, tell the district&apos;s IT.</source>
        <translation>Сервер округа по адресу %1 не принял пакет (ответ: %2). TutorDesk повторит попытку; если это продолжится, сообщите ИТ-службе округа.</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorAbsences</name>
    <message>
        <source>Give the first and the last day the tutor is out.</source>
        <translation>Укажите первый и последний день отсутствия репетитора.</translation>
    </message>
    <message>
        <source>The last day out (%1) is before the first (%2): swap them.</source>
        <translation>Последний день отсутствия (%1) раньше первого (%2): поменяйте их местами.</translation>
    </message>
    <message>
        <source>There is no tutor %1 (they may have been removed). Reload the Tutors page.</source>
        <translation>Репетитор %1 не найден (возможно, он удалён). Перезагрузите страницу «Репетиторы».</translation>
    </message>
    <message>
        <source>The absence could not be saved in %1: %2</source>
        <translation>Не удалось сохранить отсутствие в %1: %2</translation>
    </message>
    <message>
        <source>That absence no longer exists (it may have been taken back already). Reload the page.</source>
        <translation>Этого отсутствия больше нет (возможно, оно уже отменено). Перезагрузите страницу.</translation>
    </message>
    <message>
        <source>The absence could not be taken back in %1: %2</source>
        <translation>Не удалось отменить отсутствие в %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorDialog</name>
    <message>
        <source>Background check date</source>
        <translation>Дата проверки биографии</translation>
    </message>
    <message>
        <source>Background check valid until</source>
        <translation>Проверка биографии действительна до</translation>
    </message>
    <message>
        <source>TB test date</source>
        <translation>Дата теста на туберкулёз</translation>
    </message>
    <message>
        <source>TB test valid until</source>
        <translation>Тест на туберкулёз действителен до</translation>
    </message>
    <message>
        <source>Add Tutor</source>
        <translation>Добавить репетитора</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменить: %1</translation>
    </message>
    <message>
        <source>Substitute pool: not assigned to groups, offered when a tutor is out</source>
        <translation>Резерв замен: не назначается в группы, предлагается, когда репетитор отсутствует</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Type of tutor</source>
        <translation>Тип репетитора</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Т&amp;елефон:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>S&amp;upervisor:</source>
        <translation>&amp;Руководитель:</translation>
    </message>
    <message>
        <source>Subjects:</source>
        <translation>Предметы:</translation>
    </message>
    <message>
        <source>Clearances</source>
        <translation>Допуски</translation>
    </message>
    <message>
        <source>&amp;Background check on:</source>
        <translation>&amp;Проверка биографии от:</translation>
    </message>
    <message>
        <source>Background check &amp;valid until:</source>
        <translation>Проверка биографии &amp;действительна до:</translation>
    </message>
    <message>
        <source>&amp;TB test on:</source>
        <translation>&amp;Тест на туберкулёз от:</translation>
    </message>
    <message>
        <source>TB test valid u&amp;ntil:</source>
        <translation>Тест на туберкулёз действителен д&amp;о:</translation>
    </message>
    <message>
        <source>Lan&amp;guages the tutor speaks</source>
        <translation>&amp;Языки, на которых говорит репетитор</translation>
    </message>
    <message>
        <source>Languages the tutor speaks</source>
        <translation>Языки, на которых говорит репетитор</translation>
    </message>
    <message>
        <source>Tick every language the tutor can speak with students and families</source>
        <translation>Отметьте все языки, на которых репетитор может общаться с учениками и семьями</translation>
    </message>
    <message>
        <source>When the tutor can teach each week</source>
        <translation>Когда репетитор может заниматься каждую неделю</translation>
    </message>
    <message>
        <source>What to change before saving</source>
        <translation>Что изменить перед сохранением</translation>
    </message>
    <message>
        <source>Teaches %1</source>
        <translation>Ведёт: %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>The supervisors could not be read: %1</source>
        <translation>Не удалось прочитать руководителей: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (title)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The tutor could not be saved: %1</source>
        <translation>Не удалось сохранить репетитора: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorImport</name>
    <message>
        <source>Write availability as days and times, windows separated by semicolons: &quot;Mon 08:00-12:00; Wed 13:00-15:30&quot; (Mon-Fri and Mon/Wed work too).</source>
        <translation>Запишите доступность как дни и время, разделяя окна точкой с запятой: &quot;Mon 08:00-12:00; Wed 13:00-15:30&quot; (также подходят Mon-Fri и Mon/Wed).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day and times.</source>
        <translation>«%1» — не день и время.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a time that is not a time of day (00:00 to 23:59).</source>
        <translation>В «%1» есть время, которое не является временем суток (от 00:00 до 23:59).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a range of weekdays. Write Mon, Tue, Wed, Thu, Fri, Sat or Sun (or the full name), or a range such as Mon-Fri.</source>
        <translation>«%1» — не диапазон дней недели. Укажите Mon, Tue, Wed, Thu, Fri, Sat или Sun (или полное название) либо диапазон, например Mon-Fri.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a weekday. Write Mon, Tue, Wed, Thu, Fri, Sat or Sun (or the full name).</source>
        <translation>«%1» — не день недели. Укажите Mon, Tue, Wed, Thu, Fri, Sat или Sun (или полное название).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no weekday.</source>
        <translation>«%1» не называет день недели.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a supervisor TutorDesk knows. Write their first and last name (or their id) and they are added.</source>
        <translation>«%1» — неизвестный TutorDesk руководитель. Укажите его имя и фамилию (или ID), и он будет добавлен.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would be supervisor number %2 added by this file; an import adds at most %3. Check the column, or add supervisors on the Tutors page first.</source>
        <translation>«%1» стал бы %2-м руководителем, добавленным из этого файла; за один импорт добавляется не более %3. Проверьте столбец или сначала добавьте руководителей на странице «Репетиторы».</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>The file has no first name column. Name the column of first names &quot;First name&quot; (the first line of the file holds the column names).</source>
        <translation>В файле нет столбца с именами. Назовите столбец с именами &quot;First name&quot; (в первой строке файла — названия столбцов).</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>The file has no last name column. Name the column of last names &quot;Last name&quot; (the first line of the file holds the column names).</source>
        <translation>В файле нет столбца с фамилиями. Назовите столбец с фамилиями &quot;Last name&quot; (в первой строке файла — названия столбцов).</translation>
    </message>
    <message>
        <source>The first name is missing. Enter the tutor&apos;s first name.</source>
        <translation>Имя не указано. Введите имя репетитора.</translation>
    </message>
    <message>
        <source>The last name is missing. Enter the tutor&apos;s last name.</source>
        <translation>Фамилия не указана. Введите фамилию репетитора.</translation>
    </message>
    <message>
        <source>%1 is also on line %2. List each tutor once: remove one of the two lines.</source>
        <translation>%1 также встречается в строке %2. Указывайте каждого репетитора один раз: удалите одну из двух строк.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tutor type. Write one of: %2.</source>
        <translation>«%1» — не тип репетитора. Укажите один из: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status. Write one of: %2.</source>
        <translation>«%1» — не статус. Укажите один из: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subject. Write one or more of: %2, separated by semicolons.</source>
        <translation>«%1» — не предмет. Укажите один или несколько из: %2, через точку с запятой.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language TutorDesk knows. Write a code (es, ko, vi) or an English name (Spanish, Korean, Vietnamese).</source>
        <translation>«%1» — неизвестный TutorDesk язык. Укажите код (es, ko, vi) или английское название (Spanish, Korean, Vietnamese).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as YYYY-MM-DD (2026-08-01) or M/D/YYYY (8/1/2026).</source>
        <translation>«%1» — не дата. Запишите её в формате YYYY-MM-DD (2026-08-01) или M/D/YYYY (8/1/2026).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Would add %n supervisor(s): %1.</source>
        <translation>
            <numerusform>Будет добавлен %n руководитель: %1.</numerusform>
            <numerusform>Будут добавлены %n руководителя: %1.</numerusform>
            <numerusform>Будут добавлены %n руководителей: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n supervisor(s): %1.</source>
        <translation>
            <numerusform>Добавлен %n руководитель: %1.</numerusform>
            <numerusform>Добавлены %n руководителя: %1.</numerusform>
            <numerusform>Добавлено %n руководителей: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n line(s) with no values in any column.</source>
        <translation>
            <numerusform>Пропущена %n строка без значений ни в одном столбце.</numerusform>
            <numerusform>Пропущены %n строки без значений ни в одном столбце.</numerusform>
            <numerusform>Пропущено %n строк без значений ни в одном столбце.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not read: %1.</source>
        <translation>Непрочитанные столбцы: %1.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, строка %2: %3</translation>
    </message>
    <message>
        <source>The tutors in %1 could not be saved in %2: %3</source>
        <translation>Не удалось сохранить репетиторов из %1 в %2: %3</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorOutDialog</name>
    <message>
        <source>%1 to %2</source>
        <comment>first day to last day</comment>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>Mark Tutor Out</source>
        <translation>Отметить отсутствие репетитора</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who is out, and when?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Кто отсутствует и когда?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The tutors could not be read: %1</source>
        <translation>Не удалось прочитать репетиторов: %1</translation>
    </message>
    <message>
        <source>Sick, personal day, training…</source>
        <translation>Болезнь, личный день, обучение…</translation>
    </message>
    <message>
        <source>&amp;Tutor:</source>
        <translation>&amp;Репетитор:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Next, TutorDesk lists their sessions in these days and proposes a free, cleared substitute or a make-up time for each.</source>
        <translation>Затем TutorDesk покажет занятия репетитора в эти дни и предложит для каждого свободную замену с допуском или время отработки.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Sessions to cover</source>
        <translation>Занятия, требующие замены</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The last day is before the first: change one of them.</source>
        <translation>Последний день раньше первого: измените один из них.</translation>
    </message>
    <message>
        <source>The sessions could not be read: %1</source>
        <translation>Не удалось прочитать занятия: %1</translation>
    </message>
    <message>
        <source>%1 has no sessions in these days.</source>
        <translation>У репетитора %1 нет занятий в эти дни.</translation>
    </message>
    <message>
        <source>Apply saves the absence (%1).</source>
        <translation>«Применить» сохраняет отсутствие (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%1 is out %2. %n session(s) need a decision: TutorDesk proposes one for each; change any you like, then Apply.</source>
        <translation>
            <numerusform>%1 отсутствует %2. %n занятию нужно решение: TutorDesk предлагает его для каждого; измените любое, затем нажмите «Применить».</numerusform>
            <numerusform>%1 отсутствует %2. %n занятиям нужно решение: TutorDesk предлагает его для каждого; измените любое, затем нажмите «Применить».</numerusform>
            <numerusform>%1 отсутствует %2. %n занятиям нужно решение: TutorDesk предлагает его для каждого; измените любое, затем нажмите «Применить».</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>%1&apos;s absence is saved, but not the decisions: %2 Change that decision and click Apply again.</source>
        <translation>Отсутствие репетитора %1 сохранено, но решения — нет: %2 Измените это решение и снова нажмите «Применить».</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) covered by a substitute</source>
        <translation>
            <numerusform>%n занятие проведёт замена</numerusform>
            <numerusform>%n занятия проведёт замена</numerusform>
            <numerusform>%n занятий проведёт замена</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled with a make-up</source>
        <translation>
            <numerusform>%n отменено с отработкой</numerusform>
            <numerusform>%n отменено с отработкой</numerusform>
            <numerusform>%n отменено с отработкой</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n отменено</numerusform>
            <numerusform>%n отменено</numerusform>
            <numerusform>%n отменено</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is out %2.</source>
        <translation>%1 отсутствует %2.</translation>
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
        <translation>Допуск до %1</translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Истекает сегодня</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Истекает через %n день</numerusform>
            <numerusform>Истекает через %n дня</numerusform>
            <numerusform>Истекает через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Истёк %1</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Отсутствует</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <source>Background check: %1, valid until %2
TB test: %3, valid until %4</source>
        <translation>Проверка биографии: %1, действительна до %2
Тест на туберкулёз: %3, действителен до %4</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes a week</comment>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Предметы</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Допуск</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Weekly minutes</source>
        <translation>Минут в неделю</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorText</name>
    <message>
        <source>Certified teacher</source>
        <translation>Дипломированный учитель</translation>
    </message>
    <message>
        <source>Paraprofessional</source>
        <translation>Помощник учителя</translation>
    </message>
    <message>
        <source>College student</source>
        <translation>Студент</translation>
    </message>
    <message>
        <source>Retired educator</source>
        <translation>Педагог на пенсии</translation>
    </message>
    <message>
        <source>Community tutor</source>
        <translation>Репетитор-волонтёр</translation>
    </message>
    <message>
        <source>Vendor (virtual)</source>
        <translation>Подрядчик (дистанционно)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Substitute pool</source>
        <translation>Резерв замен</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Неактивен</translation>
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
        <translation>%1 всё ещё ведёт %2. Сначала назначьте для %3 другого репетитора.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n группу</numerusform>
            <numerusform>%n группы</numerusform>
            <numerusform>%n групп</numerusform>
        </translation>
    </message>
    <message>
        <source>The supervisor chosen for %1 no longer exists. Choose another supervisor.</source>
        <translation>Руководителя, выбранного для %1, больше нет. Выберите другого руководителя.</translation>
    </message>
    <message>
        <source>Another tutor already has the id %1. Give %2 a different id.</source>
        <translation>У другого репетитора уже есть ID %1. Назначьте для %2 другой ID.</translation>
    </message>
    <message>
        <source>%1 is no longer in the tutor list (someone may have removed them). Reload the Tutors page.</source>
        <translation>%1 больше нет в списке репетиторов (возможно, его кто-то удалил). Перезагрузите страницу «Репетиторы».</translation>
    </message>
    <message>
        <source>%1&apos;s %2 expires on %3, before it was done (%4): check both dates.</source>
        <translation>%2 репетитора %1 истекает %3, раньше даты проведения (%4): проверьте обе даты.</translation>
    </message>
    <message>
        <source>Enter the tutor&apos;s first name.</source>
        <translation>Введите имя репетитора.</translation>
    </message>
    <message>
        <source>Enter %1&apos;s last name.</source>
        <translation>Введите фамилию репетитора %1.</translation>
    </message>
    <message>
        <source>Type: &quot;%1&quot; is not a tutor type. Choose one of: %2.</source>
        <translation>Тип: «%1» — не тип репетитора. Выберите один из: %2.</translation>
    </message>
    <message>
        <source>Status: &quot;%1&quot; is not a status. Choose one of: %2.</source>
        <translation>Статус: «%1» — не статус. Выберите один из: %2.</translation>
    </message>
    <message>
        <source>Subjects: choose at least one subject %1 can teach (reading, math, writing or other).</source>
        <translation>Предметы: выберите хотя бы один предмет, который может вести %1 (чтение, математика, письмо или другое).</translation>
    </message>
    <message>
        <source>Subjects: &quot;%1&quot; is not a subject. Choose reading, math, writing or other.</source>
        <translation>Предметы: «%1» — не предмет. Выберите чтение, математику, письмо или другое.</translation>
    </message>
    <message>
        <source>Languages: remove the empty language.</source>
        <translation>Языки: удалите пустой язык.</translation>
    </message>
    <message>
        <source>Availability: %1 is not a weekday (1 = Monday … 7 = Sunday).</source>
        <translation>Доступность: %1 — не день недели (1 = понедельник … 7 = воскресенье).</translation>
    </message>
    <message>
        <source>Availability on %1: enter both a start and an end time.</source>
        <translation>Доступность (%1): введите время начала и окончания.</translation>
    </message>
    <message>
        <source>Availability on %1: %2–%3 ends before it starts. Make the end later than the start.</source>
        <translation>Доступность (%1): %2–%3 заканчивается раньше, чем начинается. Сделайте окончание позже начала.</translation>
    </message>
    <message>
        <source>Availability on %1: %2–%3 and %4–%5 overlap. Join them into one window or move one.</source>
        <translation>Доступность (%1): %2–%3 и %4–%5 пересекаются. Объедините их в одно окно или сдвиньте одно из них.</translation>
    </message>
    <message>
        <source>background check</source>
        <translation>Проверка биографии</translation>
    </message>
    <message>
        <source>TB test</source>
        <translation>Тест на туберкулёз</translation>
    </message>
    <message>
        <source>%1 could not be saved in %2: %3</source>
        <translation>Не удалось сохранить %1 в %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tutor status. Choose active, substitute or inactive.</source>
        <translation>«%1» — не статус репетитора. Выберите: активен, резерв замен или неактивен.</translation>
    </message>
    <message>
        <source>That tutor is no longer in the tutor list. Reload the Tutors page.</source>
        <translation>Этого репетитора больше нет в списке. Перезагрузите страницу «Репетиторы».</translation>
    </message>
    <message>
        <source>The tutor&apos;s status could not be changed in %1: %2</source>
        <translation>Не удалось изменить статус репетитора в %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorsPage</name>
    <message>
        <source>&amp;Add Tutor…</source>
        <translation>&amp;Добавить репетитора…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Mark &amp;Inactive</source>
        <translation>Сделать &amp;неактивным</translation>
    </message>
    <message>
        <source>Mark &amp;Out…</source>
        <translation>Отметить &amp;отсутствие…</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>И&amp;мпорт…</translation>
    </message>
    <message>
        <source>Tutors by status</source>
        <translation>Репетиторы по статусу</translation>
    </message>
    <message>
        <source>Add a tutor with their subjects, languages, hours and clearances</source>
        <translation>Добавить репетитора с его предметами, языками, часами и допусками</translation>
    </message>
    <message>
        <source>Change the selected tutor (double-click or Enter)</source>
        <translation>Изменить выбранного репетитора (двойной щелчок или Enter)</translation>
    </message>
    <message>
        <source>Take the selected tutor off the roster, or bring them back</source>
        <translation>Исключить выбранного репетитора из списка или вернуть его</translation>
    </message>
    <message>
        <source>The selected tutor is out: cover or cancel their sessions</source>
        <translation>Выбранный репетитор отсутствует: найти замену или отменить его занятия</translation>
    </message>
    <message>
        <source>Bring in tutors from a spreadsheet saved as CSV</source>
        <translation>Загрузить репетиторов из таблицы, сохранённой как CSV</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>Репетиторы</translation>
    </message>
    <message>
        <source>Find Tutor</source>
        <translation>Найти репетитора</translation>
    </message>
    <message>
        <source>Imported tutors: %1 new, %2 changed, %3 unchanged.</source>
        <translation>Репетиторы импортированы: новых %1, изменённых %2, без изменений %3.</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>Show tutors</source>
        <translation>Показать репетиторов</translation>
    </message>
    <message>
        <source>All tutors</source>
        <translation>Все репетиторы</translation>
    </message>
    <message>
        <source>Search by name, subject, language or supervisor</source>
        <translation>Поиск по имени, предмету, языку или руководителю</translation>
    </message>
    <message>
        <source>Search tutors</source>
        <translation>Поиск репетиторов</translation>
    </message>
    <message>
        <source>Type part of a name, an email, a subject, a language or a supervisor (Ctrl+F)</source>
        <translation>Введите часть имени, эл. почты, предмета, языка или имени руководителя (Ctrl+F)</translation>
    </message>
    <message>
        <source>The tutors could not be read: %1</source>
        <translation>Не удалось прочитать репетиторов: %1</translation>
    </message>
    <message>
        <source>%1 · %2 active · %3 in the substitute pool</source>
        <translation>%1 · активных %2 · в резерве замен %3</translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s)</source>
        <translation>
            <numerusform>%n репетитор</numerusform>
            <numerusform>%n репетитора</numerusform>
            <numerusform>%n репетиторов</numerusform>
        </translation>
    </message>
    <message>
        <source>No tutors yet. Add your tutors or import them from a spreadsheet.</source>
        <translation>Репетиторов пока нет. Добавьте репетиторов или импортируйте их из таблицы.</translation>
    </message>
    <message>
        <source>No tutor matches the search or the filter. Clear the search or show all tutors.</source>
        <translation>Ни один репетитор не соответствует поиску или фильтру. Очистите поиск или покажите всех репетиторов.</translation>
    </message>
    <message>
        <source>Make Ac&amp;tive</source>
        <translation>Сделать &amp;активным</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Добавлен: %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <source>The tutor could not be changed: %1</source>
        <translation>Не удалось изменить репетитора: %1</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 снова активен.</translation>
    </message>
    <message>
        <source>%1 is inactive and no longer offered for groups or as a substitute.</source>
        <translation>%1 неактивен и больше не предлагается для групп или замен.</translation>
    </message>
    <message>
        <source>Import Tutors</source>
        <translation>Импорт репетиторов</translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s) read.</source>
        <translation>
            <numerusform>Прочитан %n репетитор.</numerusform>
            <numerusform>Прочитано %n репетитора.</numerusform>
            <numerusform>Прочитано %n репетиторов.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the file: %2 new, %3 changed, %4 unchanged.</source>
        <translation>%1 в файле: новых %2, изменённых %3, без изменений %4.</translation>
    </message>
</context>
<context>
    <name>tutordesk::UiLanguage</name>
    <message>
        <source>As the Computer Is Set</source>
        <translation>Как настроено на компьютере</translation>
    </message>
</context>
<context>
    <name>tutordesk::WaitlistModel</name>
    <message>
        <source>%1 · ID %2 · waiting for a seat in %3</source>
        <translation>%1 · ID %2 · ожидает места в группе по предмету «%3»</translation>
    </message>
    <message>
        <source>#</source>
        <comment>rank on the waitlist</comment>
        <translation>№</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Need score</source>
        <translation>Балл потребности</translation>
    </message>
</context>
<context>
    <name>tutordesk::WeekLegend</name>
    <message>
        <source>Legend</source>
        <translation>Условные обозначения</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>⚠ Needs cover</source>
        <translation>⚠ Нужна замена</translation>
    </message>
</context>
<context>
    <name>tutordesk::WeekView</name>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
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
        <translation>%1 (сегодня)</translation>
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
        <translation>Не посещают</translation>
    </message>
    <message>
        <source>Attending, not improving</source>
        <translation>Посещают, но нет улучшения</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>tutor absent</source>
        <translation>отсутствие репетитора</translation>
    </message>
    <message>
        <source>school event</source>
        <translation>школьное мероприятие</translation>
    </message>
    <message>
        <source>weather</source>
        <translation>погода</translation>
    </message>
    <message>
        <source>student event</source>
        <translation>мероприятие для учеников</translation>
    </message>
    <message>
        <source>other reasons</source>
        <translation>другие причины</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Проведено</translation>
    </message>
    <message>
        <source>Make-ups held</source>
        <translation>Проведено отработок</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>No attendance yet</source>
        <translation>Посещаемость ещё не отмечалась</translation>
    </message>
    <message>
        <source>No supervisors or tutors are set up.</source>
        <translation>Руководители и репетиторы не настроены.</translation>
    </message>
    <message>
        <source>%1 — over capacity</source>
        <translation>%1 — сверх лимита</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>Репетиторы</translation>
    </message>
    <message>
        <source>Can coach</source>
        <translation>Может наставлять</translation>
    </message>
    <message numerus="yes">
        <source>%n other supervisor(s) within capacity.</source>
        <translation>
            <numerusform>Ещё %n руководитель в пределах лимита.</numerusform>
            <numerusform>Ещё %n руководителя в пределах лимита.</numerusform>
            <numerusform>Ещё %n руководителей в пределах лимита.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s) without a supervisor: %1.</source>
        <translation>
            <numerusform>%n репетитор без руководителя: %1.</numerusform>
            <numerusform>%n репетитора без руководителя: %1.</numerusform>
            <numerusform>%n репетиторов без руководителя: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>(a session)</source>
        <translation>(занятие)</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Weekly operating review — %1 — week of %2</source>
        <translation>Еженедельный рабочий обзор — %1 — неделя с %2</translation>
    </message>
    <message>
        <source>This week has not begun: there is nothing to count yet.</source>
        <translation>Эта неделя ещё не началась: считать пока нечего.</translation>
    </message>
    <message>
        <source>Figures from %1 through %2 (the week is not over).</source>
        <translation>Данные с %1 по %2 (неделя ещё не закончилась).</translation>
    </message>
    <message>
        <source>Figures from %1 through %2.</source>
        <translation>Данные с %1 по %2.</translation>
    </message>
    <message>
        <source>No attendance taken yet this week (last week %1).</source>
        <translation>На этой неделе посещаемость ещё не отмечалась (на прошлой неделе %1).</translation>
    </message>
    <message>
        <source>No attendance taken this week or last.</source>
        <translation>Посещаемость не отмечалась ни на этой, ни на прошлой неделе.</translation>
    </message>
    <message>
        <source>%1 of %2 student sessions attended</source>
        <translation>посещено %1 из %2 занятий учеников</translation>
    </message>
    <message>
        <source>Attendance %1 (%2; none taken last week).</source>
        <translation>Посещаемость %1 (%2; на прошлой неделе не отмечалась).</translation>
    </message>
    <message numerus="yes">
        <source>up %n point(s)</source>
        <translation>
            <numerusform>выше на %n пункт</numerusform>
            <numerusform>выше на %n пункта</numerusform>
            <numerusform>выше на %n пунктов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>down %n point(s)</source>
        <translation>
            <numerusform>ниже на %n пункт</numerusform>
            <numerusform>ниже на %n пункта</numerusform>
            <numerusform>ниже на %n пунктов</numerusform>
        </translation>
    </message>
    <message>
        <source>no change</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>Attendance %1 (last week %2, %3): %4.</source>
        <translation>Посещаемость %1 (на прошлой неделе %2, %3): %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held</source>
        <translation>
            <numerusform>Проведено %n занятие</numerusform>
            <numerusform>Проведено %n занятия</numerusform>
            <numerusform>Проведено %n занятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n of them make-ups)</source>
        <translation>
            <numerusform>(из них %n отработка)</numerusform>
            <numerusform>(из них %n отработки)</numerusform>
            <numerusform>(из них %n отработок)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n cancelled</source>
        <translation>
            <numerusform>, %n отменено</numerusform>
            <numerusform>, %n отменено</numerusform>
            <numerusform>, %n отменено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n past session(s) still without attendance</source>
        <translation>
            <numerusform>; %n прошедшее занятие всё ещё без посещаемости</numerusform>
            <numerusform>; %n прошедших занятия всё ещё без посещаемости</numerusform>
            <numerusform>; %n прошедших занятий всё ещё без посещаемости</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation>Отменено: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Fill rate %1: %2 of %n active group(s) have an active tutor cleared to work.</source>
        <translation>
            <numerusform>Укомплектованность %1: у %2 из %n активной группы есть активный репетитор с допуском.</numerusform>
            <numerusform>Укомплектованность %1: у %2 из %n активных групп есть активный репетитор с допуском.</numerusform>
            <numerusform>Укомплектованность %1: у %2 из %n активных групп есть активный репетитор с допуском.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) covered by a substitute</source>
        <translation>
            <numerusform>%n занятие провела замена</numerusform>
            <numerusform>%n занятия провела замена</numerusform>
            <numerusform>%n занятий провела замена</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n tutor(s) absent this week.</source>
        <translation>
            <numerusform>; %n репетитор отсутствовал на этой неделе.</numerusform>
            <numerusform>; %n репетитора отсутствовали на этой неделе.</numerusform>
            <numerusform>; %n репетиторов отсутствовали на этой неделе.</numerusform>
        </translation>
    </message>
    <message>
        <source>No student is flagged as not attending or as attending but not improving.</source>
        <translation>Ни один ученик не отмечен как не посещающий или как посещающий без улучшения.</translation>
    </message>
    <message>
        <source>%1 not attending; %2 attending well but not improving.</source>
        <translation>Не посещают: %1; хорошо посещают, но без улучшения: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n ученик</numerusform>
            <numerusform>%n ученика</numerusform>
            <numerusform>%n учеников</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 attempted, %2 reached (%3); %4 sent.</source>
        <translation>Попыток: %1, удалось связаться: %2 (%3); отправлено: %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n family contact(s)</source>
        <translation>
            <numerusform>%n контакт с семьёй</numerusform>
            <numerusform>%n контакта с семьями</numerusform>
            <numerusform>%n контактов с семьями</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>families of %n student(s)</source>
        <translation>
            <numerusform>семьи %n ученика</numerusform>
            <numerusform>семьи %n учеников</numerusform>
            <numerusform>семьи %n учеников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n письмо</numerusform>
            <numerusform>%n письма</numerusform>
            <numerusform>%n писем</numerusform>
        </translation>
    </message>
    <message>
        <source>No protocol action is overdue.</source>
        <translation>Просроченных действий протокола нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n protocol action(s) overdue; the oldest:</source>
        <translation>
            <numerusform>%n действие протокола просрочено; самые давние:</numerusform>
            <numerusform>%n действия протокола просрочены; самые давние:</numerusform>
            <numerusform>%n действий протокола просрочено; самые давние:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n protocol action(s) overdue:</source>
        <translation>
            <numerusform>%n действие протокола просрочено:</numerusform>
            <numerusform>%n действия протокола просрочены:</numerusform>
            <numerusform>%n действий протокола просрочено:</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Занятия</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>Кадры</translation>
    </message>
    <message>
        <source>Not staffed: %1.</source>
        <translation>Без репетитора: %1.</translation>
    </message>
    <message>
        <source>Tutors per supervisor</source>
        <translation>Репетиторы на руководителя</translation>
    </message>
    <message>
        <source>Family outreach</source>
        <translation>Работа с семьями</translation>
    </message>
    <message>
        <source>Progress flags</source>
        <translation>Отметки прогресса</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Просроченные действия</translation>
    </message>
    <message>
        <source>Not staffed: %1</source>
        <translation>Без репетитора: %1</translation>
    </message>
    <message>
        <source>%1: %2 tutors, can coach %3 — over capacity</source>
        <translation>%1: репетиторов %2, может наставлять %3 — сверх лимита</translation>
    </message>
    <message>
        <source>%1: %2 tutors, can coach %3</source>
        <translation>%1: репетиторов %2, может наставлять %3</translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s) without a supervisor: %1</source>
        <translation>
            <numerusform>%n репетитор без руководителя: %1</numerusform>
            <numerusform>%n репетитора без руководителя: %1</numerusform>
            <numerusform>%n репетиторов без руководителя: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1 — %2, due %3</source>
        <translation>%1 — %2, срок %3</translation>
    </message>
</context>
<context>
    <name>tutordesk::WeeklyReviewTab</name>
    <message>
        <source>◀ &amp;Previous Week</source>
        <translation>◀ &amp;Предыдущая неделя</translation>
    </message>
    <message>
        <source>&amp;This Week</source>
        <translation>&amp;Эта неделя</translation>
    </message>
    <message>
        <source>&amp;Next Week ▶</source>
        <translation>&amp;Следующая неделя ▶</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Print the review on one page for the weekly meeting</source>
        <translation>Распечатать обзор на одной странице для еженедельного совещания</translation>
    </message>
    <message>
        <source>Save the review as a one-page PDF</source>
        <translation>Сохранить обзор в PDF на одной странице</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Неделя с %1</translation>
    </message>
    <message>
        <source>The review could not be read: %1</source>
        <translation>Не удалось прочитать обзор: %1</translation>
    </message>
    <message>
        <source>Weekly review %1</source>
        <translation>Еженедельный обзор %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::WelcomeWindow</name>
    <message>
        <source>Welcome to TutorDesk</source>
        <translation>Добро пожаловать в TutorDesk</translation>
    </message>
    <message>
        <source>Run your school&apos;s tutoring program by need: who gets a seat, who tutors them and when, and whether it works.</source>
        <translation>Управляйте репетиторской программой школы по потребности: кто получает место, кто и когда с ним занимается и есть ли результат.</translation>
    </message>
    <message>
        <source>How would you like to start?</source>
        <translation>С чего вы хотите начать?</translation>
    </message>
    <message>
        <source>&amp;Set up my school</source>
        <translation>&amp;Настроить мою школу</translation>
    </message>
    <message>
        <source>Enter your school&apos;s name, its code and the school-year dates. It takes a minute.</source>
        <translation>Введите название школы, её код и даты учебного года. Это займёт минуту.</translation>
    </message>
    <message>
        <source>&amp;Open an existing database…</source>
        <translation>&amp;Открыть существующую базу данных…</translation>
    </message>
    <message>
        <source>Open a TutorDesk file (.tutordesk), for example one copied from another computer or a backup.</source>
        <translation>Открыть файл TutorDesk (.tutordesk), например скопированный с другого компьютера или резервную копию.</translation>
    </message>
    <message>
        <source>&amp;Explore a demo school</source>
        <translation>&amp;Посмотреть демонстрационную школу</translation>
    </message>
    <message>
        <source>Try TutorDesk on a made-up school of about 600 students. Your own school&apos;s data is kept apart.</source>
        <translation>Попробуйте TutorDesk на вымышленной школе примерно из 600 учеников. Данные вашей школы хранятся отдельно.</translation>
    </message>
    <message>
        <source>TutorDesk keeps your school&apos;s data in one file on this computer and works without an internet connection.</source>
        <translation>TutorDesk хранит данные школы в одном файле на этом компьютере и работает без подключения к интернету.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
</context>
</TS>
