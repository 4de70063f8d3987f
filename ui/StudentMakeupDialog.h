#pragma once

#include "protocol/ProtocolActions.h"

#include <QDate>
#include <QDialog>

#include <vector>

class QLabel;
class QListWidget;

namespace tutordesk {

class Store;

// A make-up for one student's missed sessions (a schedule_makeup action): the slots core finds (the
// group's tutor free, the student's other groups clear, within the rule's school days), one chosen,
// scheduled and the action done, all by core.
class StudentMakeupDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudentMakeupDialog)

public:
    StudentMakeupDialog(Store& store, const DueAction& action, const QDate& today, QWidget* parent = nullptr);
    ~StudentMakeupDialog() override;

    QListWidget* slotList() const { return m_slots; }
    QLabel* problemLabel() const { return m_problem; }
    bool save();
    void accept() override;

Q_SIGNALS:
    void scheduled(const QString& message);

private:
    Store& m_store;
    DueAction m_action;
    QDate m_today;
    std::vector<MakeupSlot> m_found;
    QListWidget* m_slots = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace tutordesk
