#pragma once

#include <QDate>
#include <QWidget>
#include <cstdint>

namespace tutordesk {

class Store;

// The landing page: today's sessions with their attendance (not taken / taken, who attended, what skill),
// the protocol's due actions (overdue first) with what resolves each right there (log the call, schedule
// the make-up, pause and offer the seat, done or not needed), and the follow-ups due.
class TodayPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TodayPage)

public:
    explicit TodayPage(QWidget* parent = nullptr);
    ~TodayPage() override;

    void setStore(Store* store);
    // Brings the protocol up to date (ProtocolEngine::refresh) and reads everything again.
    void reload();
    // What "today" is (the clock unless set; tests and the demo school set it).
    void setToday(const QDate& today);
    const QDate& today() const { return m_today; }

Q_SIGNALS:
    // This page changed the school's data (the Session tells every page).
    void contentChanged();
    // "Show in Schedule" on a session.
    void showSessionRequested(std::int64_t sessionId);

private:
    Store* m_store = nullptr;
    QDate m_today;
};

} // namespace tutordesk
