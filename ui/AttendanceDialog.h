#pragma once

#include <QDate>
#include <QDialog>
#include <cstdint>

namespace tutordesk {

class AttendanceSheetView;
class Store;

// Taking attendance for one session: the students of its sheet, P / T / E / U for each with the keyboard
// only, minutes defaulting to the session's length (tardy asks for them), the skill covered, and, when a
// past record changes, the reason the audit log keeps. Save asks core (Attendance::record); its refusal is
// shown here and nothing is saved.
class AttendanceDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttendanceDialog)

public:
    AttendanceDialog(Store& store, std::int64_t sessionId, const QDate& today, QWidget* parent = nullptr);
    ~AttendanceDialog() override;

    AttendanceSheetView* sheetView() const { return m_sheet; }
    // Records what is entered; false (with core's message shown) when refused.
    bool save();

Q_SIGNALS:
    // Saved: what it did, in a sentence for the page's message bar.
    void recorded(const QString& message);

private:
    Store& m_store;
    std::int64_t m_sessionId = 0;
    QDate m_today;
    AttendanceSheetView* m_sheet = nullptr;
};

} // namespace tutordesk
