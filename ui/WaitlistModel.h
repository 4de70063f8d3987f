#pragma once

#include "placement/Placement.h"

#include <QAbstractTableModel>

#include <vector>

namespace tutordesk {

// The waitlist of the Placement page, in the need order core gave it (highest need first): rank,
// student, grade, subject, tier and need score. A seated student dropped here is a request
// (moveRequested) to give the seat back and wait; the page takes it to core.
class WaitlistModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WaitlistModel)

public:
    enum Column { RankColumn, NameColumn, GradeColumn, SubjectColumn, TierColumn, ScoreColumn, ColumnCount };
    enum Role {
        EnrollmentIdRole = Qt::UserRole,
        SubjectRole,
        ScoreRole, // the score as a number, for tests and sorting
    };

    explicit WaitlistModel(QObject* parent = nullptr);
    ~WaitlistModel() override;

    void setEntries(std::vector<WaitlistEntry> entries);
    const std::vector<WaitlistEntry>& entries() const { return m_entries; }
    QModelIndex indexOfEnrollment(const QString& enrollmentId) const;

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
    // A seated student was dropped on the waitlist (toGroup 0: the waitlist).
    void moveRequested(const QString& enrollmentId, bool fromWaitlist, qint64 toGroup);

private:
    std::vector<WaitlistEntry> m_entries;
};

} // namespace tutordesk
