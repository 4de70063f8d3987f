#include "protocol/ProtocolTriggers.h"

#include <cstddef>

namespace tutordesk {

namespace {

bool attended(AttendanceStatus status)
{
    return status == AttendanceStatus::Present || status == AttendanceStatus::Tardy;
}

bool isAbsence(AttendanceStatus status)
{
    return status == AttendanceStatus::Excused || status == AttendanceStatus::Unexcused;
}

// The records of the rate rule's window as the history is walked: the window ends at the current record
// and reaches back `weeks` weeks (its first day included), so it only ever moves forward.
class RateWindow {
public:
    RateWindow(const std::vector<AttendancePoint>& history, int weeks)
        : m_history(history)
        , m_days(7 * weeks - 1)
    {}

    // Takes in history[index] and lets go of the records older than the window ending on its day.
    void advanceTo(std::size_t index)
    {
        ++m_recorded;
        if (attended(m_history[index].status))
            ++m_attended;
        const QDate first = firstDay(index);
        for (; m_first < index && m_history[m_first].day < first; ++m_first) {
            --m_recorded;
            if (attended(m_history[m_first].status))
                --m_attended;
        }
    }
    QDate firstDay(std::size_t index) const { return m_history[index].day.addDays(-m_days); }
    int recorded() const { return m_recorded; }
    double rate() const { return m_recorded == 0 ? 1.0 : static_cast<double>(m_attended) / m_recorded; }
    // Compared in whole numbers: 7 of 10 is 70%, not a hair over it.
    bool isBelow(int percent) const { return m_attended * 100 < percent * m_recorded; }

private:
    const std::vector<AttendancePoint>& m_history;
    int m_days;
    std::size_t m_first = 0;
    int m_recorded = 0;
    int m_attended = 0;
};

// The rules already fired in the current run of absences.
struct RunState {
    int length = 0;
    bool notified = false;
    bool madeUp = false;
    bool escalated = false;
    bool paused = false;
};

} // namespace

std::vector<ProtocolTrigger> ProtocolTriggers::evaluate(const std::vector<AttendancePoint>& history,
                                                        const ProtocolThresholds& t)
{
    std::vector<ProtocolTrigger> triggers;
    RateWindow window(history, t.escalateWindowWeeks);
    RunState run;
    std::optional<QDate> lastEscalation;
    for (std::size_t i = 0; i < history.size(); ++i) {
        const AttendancePoint& p = history[i];
        window.advanceTo(i);
        if (!isAbsence(p.status)) {
            run = RunState{}; // attending, a make-up included, ends the run
            continue;
        }
        ++run.length;
        const bool unexcused = p.status == AttendanceStatus::Unexcused;
        const auto fire = [&](ProtocolRule rule, std::optional<double> rate = std::nullopt) {
            triggers.push_back(ProtocolTrigger{rule, p.sessionId, p.day, run.length, rate});
        };
        // An excused absence does not call the family (it told the school), but it still counts in the run:
        // the first unexcused one after it does.
        if (!run.notified && run.length >= t.notifyAfter && (unexcused || t.notifyOnExcused)) {
            run.notified = true;
            fire(ProtocolRule::NotifyFamily);
        }
        if (!run.madeUp && (run.length >= t.makeupAfter || (t.makeupOnUnexcused && unexcused))) {
            run.madeUp = true;
            fire(ProtocolRule::ScheduleMakeup);
        }
        if (!run.escalated) {
            if (run.length >= t.escalateAfter) {
                run.escalated = true;
                lastEscalation = p.day;
                fire(ProtocolRule::Escalate);
            } else if (window.recorded() >= t.escalateMinSessions && window.isBelow(t.escalateBelowPercent) &&
                       !(lastEscalation && *lastEscalation >= window.firstDay(i))) {
                run.escalated = true;
                lastEscalation = p.day;
                fire(ProtocolRule::Escalate, window.rate());
            }
        }
        if (!run.paused && run.length >= t.pauseAfter) {
            run.paused = true;
            fire(ProtocolRule::PauseOfferSeat);
        }
    }
    return triggers;
}

} // namespace tutordesk
