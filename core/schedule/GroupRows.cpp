#include "schedule/GroupRows.h"

#include "schedule/ScheduleText.h"
#include "store/Statement.h"

namespace tutordesk::GroupRows {

const char* const columns =
    "g.id, g.sourced_id, g.name, g.subject, g.skill_code, g.skill_description, g.tier, g.delivery_model,"
    " g.cap, g.grade_band, g.tutor_id, g.location, g.weekdays, g.starts_at, g.minutes, g.start_day,"
    " g.end_day, g.status";

GroupRecord read(const Statement& st, int first)
{
    int c = first;
    GroupRecord g;
    g.id = st.integer(c++);
    g.sourcedId = st.text(c++);
    g.name = st.text(c++);
    g.subject = st.text(c++);
    g.skillCode = st.text(c++);
    g.skillDescription = st.text(c++);
    g.tier = static_cast<int>(st.integer(c++));
    g.deliveryModel = st.text(c++);
    g.cap = static_cast<int>(st.integer(c++));
    g.gradeBand = st.text(c++);
    g.tutorId = st.optionalInteger(c++);
    g.location = st.text(c++);
    g.weekdays = static_cast<int>(st.integer(c++));
    g.startsAt = ScheduleText::parseTime(st.text(c++));
    g.minutes = static_cast<int>(st.integer(c++));
    g.startDay = ScheduleText::parseDay(st.text(c++));
    g.endDay = ScheduleText::parseDay(st.text(c++));
    g.status = st.text(c++);
    return g;
}

} // namespace tutordesk::GroupRows
