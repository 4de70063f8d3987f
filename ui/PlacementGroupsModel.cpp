#include "PlacementGroupsModel.h"

#include "EnrollmentDrag.h"
#include "ProgramText.h"
#include "StudentText.h"

#include <QFont>
#include <QLocale>

namespace tutordesk {

namespace {

// Group rows carry 0 as their internal id; student rows their group's row + 1.
constexpr quintptr groupRowId = 0;

} // namespace

PlacementGroupsModel::PlacementGroupsModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

PlacementGroupsModel::~PlacementGroupsModel() = default;

void PlacementGroupsModel::setGroups(std::vector<PlacedGroup> groups)
{
    beginResetModel();
    m_groups = std::move(groups);
    endResetModel();
}

const PlacedGroup* PlacementGroupsModel::groupOf(const QModelIndex& index) const
{
    if (!index.isValid())
        return nullptr;
    const size_t row = index.internalId() == groupRowId ? static_cast<size_t>(index.row())
                                                        : static_cast<size_t>(index.internalId() - 1);
    return row < m_groups.size() ? &m_groups[row] : nullptr;
}

const PlacedStudent* PlacementGroupsModel::studentOf(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == groupRowId)
        return nullptr;
    const PlacedGroup* group = groupOf(index);
    const auto row = static_cast<size_t>(index.row());
    return group && row < group->students.size() ? &group->students[row] : nullptr;
}

QModelIndex PlacementGroupsModel::indexOfEnrollment(const QString& enrollmentId) const
{
    for (size_t g = 0; g < m_groups.size(); ++g) {
        const auto& students = m_groups[g].students;
        for (size_t s = 0; s < students.size(); ++s) {
            if (students[s].enrollmentId == enrollmentId)
                return createIndex(static_cast<int>(s), 0, static_cast<quintptr>(g + 1));
        }
    }
    return {};
}

QModelIndex PlacementGroupsModel::indexOfGroup(std::int64_t groupId) const
{
    for (size_t g = 0; g < m_groups.size(); ++g) {
        if (m_groups[g].id == groupId)
            return createIndex(static_cast<int>(g), 0, groupRowId);
    }
    return {};
}

QModelIndex PlacementGroupsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, groupRowId);
    return createIndex(row, column, static_cast<quintptr>(parent.row() + 1));
}

QModelIndex PlacementGroupsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == groupRowId)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, groupRowId);
}

int PlacementGroupsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != groupRowId)
        return 0;
    const PlacedGroup* group = groupOf(parent);
    return group ? static_cast<int>(group->students.size()) : 0;
}

int PlacementGroupsModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant PlacementGroupsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PlacedGroup* group = groupOf(index);
    if (!group)
        return {};
    if (const PlacedStudent* student = studentOf(index))
        return studentData(*group, *student, index.column(), role);
    return groupData(*group, index.column(), role);
}

QVariant PlacementGroupsModel::groupData(const PlacedGroup& group, int column, int role) const
{
    const int taken = static_cast<int>(group.students.size());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return group.name;
        case GradeColumn:
            return group.gradeBand;
        case TierColumn:
            return QLocale().toString(group.tier);
        case SeatsColumn:
            return ProgramText::seats(taken, group.cap);
        case StatusColumn:
            return group.isNew ? tr("%1 (new)", "group status, proposed just now")
                                     .arg(ProgramText::groupStatus(group.status))
                               : ProgramText::groupStatus(group.status);
        case TutorColumn:
            return group.tutor.isEmpty() ? tr("No tutor yet") : group.tutor;
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QStringList lines{tr("%1, tier %2").arg(ProgramText::subject(group.subject)).arg(group.tier)};
        if (!group.skill.isEmpty())
            lines << group.skill;
        lines << tr("%Ln seat(s) free", nullptr, std::max(0, group.cap - taken));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::FontRole:
        if (column == NameColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case GroupIdRole:
        return QVariant::fromValue(static_cast<qint64>(group.id));
    case SubjectRole:
        return group.subject;
    case IsGroupRole:
        return true;
    case OpenSeatsRole:
        return group.cap - taken;
    default:
        return {};
    }
}

QVariant PlacementGroupsModel::studentData(const PlacedGroup& group, const PlacedStudent& student, int column,
                                           int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return student.name;
        case GradeColumn:
            return StudentText::gradeShort(student.grade);
        case ScoreColumn:
            return ProgramText::score(student.score);
        case StatusColumn:
            return StudentText::programStatus(student.status);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return tr("%1 · ID %2 · need score %3")
            .arg(student.name, student.districtId, ProgramText::score(student.score));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(column == ScoreColumn ? Qt::AlignRight | Qt::AlignVCenter
                                                         : Qt::AlignLeft | Qt::AlignVCenter);
    case EnrollmentIdRole:
        return student.enrollmentId;
    case GroupIdRole:
        return QVariant::fromValue(static_cast<qint64>(group.id));
    case SubjectRole:
        return group.subject;
    case IsGroupRole:
        return false;
    default:
        return {};
    }
}

QVariant PlacementGroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Group / student");
    case GradeColumn:
        return tr("Grade");
    case TierColumn:
        return tr("Tier");
    case ScoreColumn:
        return tr("Need score");
    case SeatsColumn:
        return tr("Seats");
    case StatusColumn:
        return tr("Status");
    case TutorColumn:
        return tr("Tutor");
    default:
        return {};
    }
}

Qt::ItemFlags PlacementGroupsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return index.internalId() == groupRowId ? base | Qt::ItemIsDropEnabled : base | Qt::ItemIsDragEnabled;
}

QStringList PlacementGroupsModel::mimeTypes() const
{
    return {QLatin1String(EnrollmentDrag::mimeType)};
}

QMimeData* PlacementGroupsModel::mimeData(const QModelIndexList& indexes) const
{
    for (const QModelIndex& index : indexes) {
        if (const PlacedStudent* student = studentOf(index))
            return EnrollmentDrag{student->enrollmentId, false}.toMimeData();
    }
    return nullptr;
}

bool PlacementGroupsModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int,
                                           const QModelIndex& parent) const
{
    return parent.isValid() && groupOf(parent) && EnrollmentDrag::fromMimeData(data).has_value();
}

bool PlacementGroupsModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                        const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const EnrollmentDrag drag = *EnrollmentDrag::fromMimeData(data);
    Q_EMIT moveRequested(drag.enrollmentId, drag.fromWaitlist, groupOf(parent)->id);
    return true;
}

} // namespace tutordesk
