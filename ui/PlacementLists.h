#pragma once

#include "placement/Placement.h"

#include <QSplitter>

#include <cstdint>
#include <optional>

class QTableView;
class QTreeView;

namespace tutordesk {

class PlacementGroupsModel;
class WaitlistModel;

// The two lists of the Placement page side by side: the groups with their students (a tree) and
// the waitlist in need order (a table), with drag and drop between them and one selected student
// across both. Moves dropped here are passed on as moveRequested; the page takes them to core.
class PlacementLists final : public QSplitter {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlacementLists)

public:
    // The student chosen in either list.
    struct Selected {
        QString enrollmentId;
        QString name;
        QString subject;
        bool fromWaitlist = false;
        std::optional<std::int64_t> group;
    };

    explicit PlacementLists(QWidget* parent = nullptr);
    ~PlacementLists() override;

    // Shows what Placement::current() returned, keeping the selected student selected.
    void setPlacement(PlacementResult result);
    std::optional<Selected> selected() const;
    void select(const QString& enrollmentId);

    PlacementGroupsModel* groupsModel() const { return m_groups; }
    WaitlistModel* waitlistModel() const { return m_waitlist; }
    QTreeView* groupsView() const { return m_groupsView; }
    QTableView* waitlistView() const { return m_waitlistView; }

Q_SIGNALS:
    void selectionChanged();
    // A student dropped on a group, or on the waitlist (no group); delivered after the drag ends.
    void moveRequested(const QString& enrollmentId, bool fromWaitlist, std::optional<std::int64_t> toGroup);

private:
    PlacementGroupsModel* m_groups = nullptr;
    WaitlistModel* m_waitlist = nullptr;
    QTreeView* m_groupsView = nullptr;
    QTableView* m_waitlistView = nullptr;
};

} // namespace tutordesk
