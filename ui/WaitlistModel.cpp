#include "WaitlistModel.h"

#include "EnrollmentDrag.h"
#include "ProgramText.h"
#include "StudentText.h"

#include <QLocale>

namespace tutordesk {

WaitlistModel::WaitlistModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

WaitlistModel::~WaitlistModel() = default;

void WaitlistModel::setEntries(std::vector<WaitlistEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

QModelIndex WaitlistModel::indexOfEnrollment(const QString& enrollmentId) const
{
    for (size_t row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].student.enrollmentId == enrollmentId)
            return index(static_cast<int>(row), NameColumn);
    }
    return {};
}

int WaitlistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int WaitlistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WaitlistModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WaitlistEntry& entry = m_entries[static_cast<size_t>(index.row())];
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RankColumn:
            return locale.toString(index.row() + 1);
        case NameColumn:
            return entry.student.name;
        case GradeColumn:
            return StudentText::gradeShort(entry.student.grade);
        case SubjectColumn:
            return ProgramText::subject(entry.subject);
        case TierColumn:
            return locale.toString(entry.tier);
        case ScoreColumn:
            return ProgramText::score(entry.student.score);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return tr("%1 · ID %2 · waiting for a seat in %3")
            .arg(entry.student.name, entry.student.districtId, ProgramText::subject(entry.subject));
    case Qt::TextAlignmentRole: {
        const bool numeric =
            index.column() == RankColumn || index.column() == ScoreColumn || index.column() == TierColumn;
        return QVariant::fromValue(Qt::AlignVCenter | (numeric ? Qt::AlignRight : Qt::AlignLeft));
    }
    case EnrollmentIdRole:
        return entry.student.enrollmentId;
    case SubjectRole:
        return entry.subject;
    case ScoreRole:
        return entry.student.score;
    default:
        return {};
    }
}

QVariant WaitlistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn:
        return tr("#", "rank on the waitlist");
    case NameColumn:
        return tr("Student");
    case GradeColumn:
        return tr("Grade");
    case SubjectColumn:
        return tr("Subject");
    case TierColumn:
        return tr("Tier");
    case ScoreColumn:
        return tr("Need score");
    default:
        return {};
    }
}

// Rows drag to a group; anywhere on the list takes a seated student back to wait.
Qt::ItemFlags WaitlistModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

QStringList WaitlistModel::mimeTypes() const
{
    return {QLatin1String(EnrollmentDrag::mimeType)};
}

QMimeData* WaitlistModel::mimeData(const QModelIndexList& indexes) const
{
    for (const QModelIndex& index : indexes) {
        if (index.isValid() && index.row() < rowCount())
            return EnrollmentDrag{m_entries[static_cast<size_t>(index.row())].student.enrollmentId, true}
                .toMimeData();
    }
    return nullptr;
}

bool WaitlistModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int, const QModelIndex&) const
{
    const auto drag = EnrollmentDrag::fromMimeData(data);
    return drag && !drag->fromWaitlist; // the waitlist's own order is core's, by need
}

bool WaitlistModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                 const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    Q_EMIT moveRequested(EnrollmentDrag::fromMimeData(data)->enrollmentId, false, 0);
    return true;
}

} // namespace tutordesk
