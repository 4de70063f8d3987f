// The missed-session letters due, one per student: what "print all due missed-session letters" prints.
#include "letters/LetterLog.h"
#include "store/Store.h"

namespace tutordesk {

std::vector<LetterRequest> DueLetters::due(Store& store, const QDate& today)
{
    // The notice follows what happened, not only the rule: the second notice is for two or more absences
    // in a row (a make-up asked for one unexcused absence gets the first), the third for an escalation.
    // Strongest notice first within each student, then the action waiting longest; students by name
    // (the folded name keys, then the names as written for rows without keys).
    Statement st = store.db().prepare(
        "SELECT a.id, a.student_id,"
        " CASE WHEN a.rule = 'escalate' THEN 3 WHEN a.absences_in_row >= 2 THEN 2 ELSE 1 END AS strength"
        " FROM protocol_actions a JOIN students s ON s.id = a.student_id"
        " WHERE a.status = 'open' AND a.rule IN ('notify_family', 'schedule_makeup', 'escalate')"
        " AND a.created_on <= ? AND a.letter_id IS NULL"
        " AND NOT EXISTS (SELECT 1 FROM letters_sent l WHERE l.action_id = a.id)"
        // A family that already had a notice at least as strong since the action began has been told.
        " AND NOT EXISTS (SELECT 1 FROM letters_sent l WHERE l.student_id = a.student_id"
        "  AND substr(l.created_at, 1, 10) >= a.created_on"
        "  AND CASE l.kind WHEN 'missed-3' THEN 3 WHEN 'missed-2' THEN 2 WHEN 'missed-1' THEN 1 ELSE 0 END"
        "   >= CASE WHEN a.rule = 'escalate' THEN 3 WHEN a.absences_in_row >= 2 THEN 2 ELSE 1 END)"
        " ORDER BY s.last_name_key, s.first_name_key, s.last_name, s.first_name, s.id,"
        " strength DESC, a.due_on, a.created_on, a.id");
    st.bindAll(today);
    std::vector<LetterRequest> requests;
    while (st.step()) {
        const std::int64_t studentId = st.integer(1);
        // Rows of one student are together; the first is the strongest notice.
        if (!requests.empty() && requests.back().studentId == studentId)
            continue;
        LetterRequest request;
        request.studentId = studentId;
        request.actionId = st.integer(0);
        const std::int64_t strength = st.integer(2);
        request.kind = strength == 3   ? QStringLiteral("missed-3")
                       : strength == 2 ? QStringLiteral("missed-2")
                                       : QStringLiteral("missed-1");
        request.date = today;
        requests.push_back(std::move(request));
    }
    return requests;
}

} // namespace tutordesk
