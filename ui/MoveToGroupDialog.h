#pragma once

#include "placement/Placement.h"

#include <QDialog>

#include <cstdint>
#include <optional>
#include <vector>

class QListWidget;

namespace tutordesk {

// "Move to group…": the groups of the student's subject, each with its free seats (full ones are
// marked, and core refuses them with its own words), to choose where the student goes.
class MoveToGroupDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MoveToGroupDialog)

public:
    // `groups`: every group; those of `subject` other than `currentGroup` are offered.
    MoveToGroupDialog(const QString& studentName, const QString& subject,
                      std::optional<std::int64_t> currentGroup, const std::vector<PlacedGroup>& groups,
                      QWidget* parent = nullptr);
    ~MoveToGroupDialog() override;

    std::optional<std::int64_t> chosenGroup() const;
    QListWidget* list() const { return m_list; }
    // Chooses the group in the list (tests, and the keyboard's Enter).
    bool choose(std::int64_t groupId);

private:
    QListWidget* m_list = nullptr;
};

} // namespace tutordesk
