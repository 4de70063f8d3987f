#pragma once

#include "schedule/GroupRecord.h"
#include "schedule/ScheduleConflicts.h"
#include "schedule/SchoolCalendar.h"

#include <QDate>
#include <QDialog>

#include <cstdint>
#include <optional>
#include <vector>

class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTimer;

namespace tutordesk {

class GroupForm;
class Store;

// "New Group…" / "Edit Group…": the group's fields and pattern, from which day the change applies,
// a live preview of the sessions it makes ("≈ 84 sessions from …") and the conflicts core finds
// (a tutor, a student or a room already busy), listed as they come; Save stays off while there are
// any. Saving is core's (GroupSchedule::save): sessions before the chosen day and their attendance
// are never touched.
class GroupDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupDialog)

public:
    // `groupId` empty: a new group.
    GroupDialog(Store& store, std::optional<std::int64_t> groupId, const QDate& today,
                QWidget* parent = nullptr);
    ~GroupDialog() override;

    GroupForm* form() const { return m_form; }
    QDateEdit* applyFromEdit() const { return m_from; }
    QLabel* previewLabel() const { return m_preview; }
    QListWidget* conflictList() const { return m_conflicts; }
    QLabel* problemLabel() const { return m_problem; }
    QPushButton* saveButton() const { return m_save; }
    const std::vector<ScheduleConflict>& conflicts() const { return m_found; }

    // Recomputes the preview and the conflicts now (edits do it after a short pause).
    void refresh();
    // Saves through core; false (with the reason shown) when refused or in conflict.
    bool save();
    // What saving did: "Saved. 42 sessions added, …"; the new or edited group's id.
    const QString& outcome() const { return m_outcome; }
    std::int64_t savedGroupId() const { return m_savedId; }

Q_SIGNALS:
    void saved(std::int64_t groupId, const QString& outcome);

private:
    void edited();

    Store& m_store;
    QDate m_today;
    bool m_isNew = true;
    SchoolCalendar m_calendar;
    int m_minimumDayMinutes = 30;
    GroupForm* m_form = nullptr;
    QDateEdit* m_from = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_conflictsTitle = nullptr;
    QListWidget* m_conflicts = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_save = nullptr;
    QTimer* m_pause = nullptr;
    std::vector<ScheduleConflict> m_found;
    QString m_outcome;
    std::int64_t m_savedId = 0;
};

} // namespace tutordesk
