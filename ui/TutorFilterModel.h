#pragma once

#include <QSortFilterProxyModel>
#include <QString>

namespace tutordesk {

// The Tutors table as the page shows it: sorted on TutorTableModel's SortRole, narrowed to one status
// (empty: all) and to the rows whose name, email, type, subjects, languages or supervisor hold the
// search text (accents and case ignored).
class TutorFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TutorFilterModel)

public:
    explicit TutorFilterModel(QObject* parent = nullptr);
    ~TutorFilterModel() override;

    // "active", "substitute", "inactive" or empty for every tutor.
    void setStatus(const QString& status);
    void setSearchText(const QString& text);
    const QString& status() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_status;
    QString m_search; // folded
};

} // namespace tutordesk
