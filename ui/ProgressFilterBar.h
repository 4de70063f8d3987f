#pragma once

#include "progress/ProgressTable.h"

#include <QWidget>

#include <cstdint>
#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTimer;
class QToolButton;

namespace tutordesk {

class Store;

// The row above the 30-second view: Students | Groups, the group, the flag, the tier, the subject,
// "Include paused and exited" and a search box (debounced while typing). It only says what is wanted;
// ProgressTable filters in SQL.
class ProgressFilterBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressFilterBar)

public:
    static constexpr int searchDelayMs = 200;
    enum class View { Students, Groups };

    explicit ProgressFilterBar(QWidget* parent = nullptr);
    ~ProgressFilterBar() override;

    // Lists the store's groups in the group box (keeping the one chosen when it is still there).
    void setStore(Store* store);
    ProgressFilter filter() const;
    View view() const;
    void setView(View view);
    // Shows one group's students (none: every group).
    void setGroup(std::optional<std::int64_t> groupId);
    void reset();

    QToolButton* studentsButton() const { return m_students; }
    QToolButton* groupsButton() const { return m_groups; }
    QComboBox* groupBox() const { return m_group; }
    QComboBox* flagBox() const { return m_flag; }
    QComboBox* tierBox() const { return m_tier; }
    QComboBox* subjectBox() const { return m_subject; }
    QCheckBox* givenBackBox() const { return m_givenBack; }
    QLineEdit* searchField() const { return m_search; }

Q_SIGNALS:
    void filterChanged();
    void viewChanged(tutordesk::ProgressFilterBar::View view);

private:
    void emitFilter();

    QToolButton* m_students = nullptr;
    QToolButton* m_groups = nullptr;
    QComboBox* m_group = nullptr;
    QComboBox* m_flag = nullptr;
    QComboBox* m_tier = nullptr;
    QComboBox* m_subject = nullptr;
    QCheckBox* m_givenBack = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer* m_searchDelay = nullptr;
    bool m_quiet = false;
};

} // namespace tutordesk
