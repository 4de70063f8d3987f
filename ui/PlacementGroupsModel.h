#pragma once

#include "placement/Placement.h"

#include <QAbstractItemModel>

#include <cstdint>
#include <vector>

namespace tutordesk {

// The groups of the Placement page as a tree: each group (subject and grade band in its name,
// tier, seats taken of its cap, planned or active, its tutor) with its students in need order.
// The rows are what Placement::current() returned; a student dropped on a group is a request
// (moveRequested) the page takes to core, never a change the model makes itself.
class PlacementGroupsModel final : public QAbstractItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlacementGroupsModel)

public:
    enum Column {
        NameColumn,
        GradeColumn,
        TierColumn,
        ScoreColumn,
        SeatsColumn,
        StatusColumn,
        TutorColumn,
        ColumnCount
    };
    enum Role {
        EnrollmentIdRole = Qt::UserRole, // on student rows
        GroupIdRole,                     // on every row: the group, or the student's group
        SubjectRole,
        IsGroupRole,
        OpenSeatsRole, // on group rows
    };

    explicit PlacementGroupsModel(QObject* parent = nullptr);
    ~PlacementGroupsModel() override;

    void setGroups(std::vector<PlacedGroup> groups);
    const std::vector<PlacedGroup>& groups() const { return m_groups; }
    // The row of the student with this enrollment, or an invalid index.
    QModelIndex indexOfEnrollment(const QString& enrollmentId) const;
    QModelIndex indexOfGroup(std::int64_t groupId) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }

Q_SIGNALS:
    // A student was dropped on a group: the page asks core to move them there.
    void moveRequested(const QString& enrollmentId, bool fromWaitlist, qint64 toGroup);

private:
    const PlacedGroup* groupOf(const QModelIndex& index) const;
    const PlacedStudent* studentOf(const QModelIndex& index) const;
    QVariant groupData(const PlacedGroup& group, int column, int role) const;
    QVariant studentData(const PlacedGroup& group, const PlacedStudent& student, int column, int role) const;

    std::vector<PlacedGroup> m_groups;
};

} // namespace tutordesk
