#include "TutorFilterModel.h"

#include "TutorTableModel.h"
#include "common/TextFold.h"

namespace tutordesk {

TutorFilterModel::TutorFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TutorTableModel::SortRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

TutorFilterModel::~TutorFilterModel() = default;

void TutorFilterModel::setStatus(const QString& status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

void TutorFilterModel::setSearchText(const QString& text)
{
    const QString folded = foldForSearch(text);
    if (folded == m_search)
        return;
    m_search = folded;
    invalidateRowsFilter();
}

bool TutorFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (!m_status.isEmpty() && first.data(TutorTableModel::StatusCodeRole).toString() != m_status)
        return false;
    if (m_search.isEmpty())
        return true;
    for (const int column :
         {TutorTableModel::NameColumn, TutorTableModel::TypeColumn, TutorTableModel::SubjectsColumn,
          TutorTableModel::LanguagesColumn, TutorTableModel::SupervisorColumn}) {
        if (foldForSearch(model->index(sourceRow, column, sourceParent).data().toString()).contains(m_search))
            return true;
    }
    const QString tooltip = first.data(Qt::ToolTipRole).toString(); // email and phone
    return foldForSearch(tooltip).contains(m_search);
}

} // namespace tutordesk
