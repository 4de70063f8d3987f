#include "TutorTableModel.h"

#include "LanguageNames.h"
#include "placement/Subjects.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QStyle>

#include <algorithm>

namespace tutordesk {

namespace {

const QColor expiringColor(0x8a, 0x53, 0x00); // dark amber: readable on white and on the alternate row
const QColor expiredColor(0xa4, 0x26, 0x2c);  // dark red, as elsewhere

QString subjectsText(const QStringList& subjects)
{
    QStringList sorted = subjects;
    std::sort(sorted.begin(), sorted.end(),
              [](const QString& a, const QString& b) { return Subjects::order(a) < Subjects::order(b); });
    QStringList titles;
    for (const QString& subject : sorted)
        titles << Subjects::title(subject);
    return titles.join(TutorTableModel::tr(", "));
}

QString languagesText(const QStringList& languages)
{
    QStringList names;
    for (const QString& code : languages)
        names << LanguageNames::displayName(code);
    return names.join(TutorTableModel::tr(", "));
}

// Most urgent first when sorted ascending: missing, expired, expiring (soonest first), cleared.
int urgency(const ClearanceStatus& status)
{
    switch (status.state) {
    case ClearanceState::Missing:
        return -200000;
    case ClearanceState::Expired:
        return -100000 + status.daysLeft;
    case ClearanceState::ExpiringSoon:
    case ClearanceState::Cleared:
        return status.daysLeft;
    }
    return 0;
}

} // namespace

TutorTableModel::TutorTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

TutorTableModel::~TutorTableModel() = default;

void TutorTableModel::setTutors(std::vector<TutorSummary> tutors, const QDate& today)
{
    beginResetModel();
    m_tutors = std::move(tutors);
    m_today = today;
    m_clearances.clear();
    m_clearances.reserve(m_tutors.size());
    for (const TutorSummary& row : m_tutors)
        m_clearances.push_back(Clearances::of(row.tutor, m_today));
    endResetModel();
}

const TutorSummary* TutorTableModel::tutor(std::int64_t id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_tutors[static_cast<std::size_t>(row)];
}

int TutorTableModel::rowOf(std::int64_t id) const
{
    for (std::size_t i = 0; i < m_tutors.size(); ++i) {
        if (m_tutors[i].tutor.id == id)
            return static_cast<int>(i);
    }
    return -1;
}

QString TutorTableModel::clearanceText(const ClearanceStatus& status)
{
    const QLocale locale;
    switch (status.state) {
    case ClearanceState::Cleared:
        return tr("Cleared until %1").arg(locale.toString(status.until, QLocale::ShortFormat));
    case ClearanceState::ExpiringSoon:
        if (status.daysLeft <= 0)
            return tr("Expires today");
        return tr("Expires in %n day(s)", nullptr, status.daysLeft);
    case ClearanceState::Expired:
        return tr("Expired on %1").arg(locale.toString(status.until, QLocale::ShortFormat));
    case ClearanceState::Missing:
        return tr("Missing");
    }
    return {};
}

int TutorTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_tutors.size());
}

int TutorTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TutorTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TutorSummary& row = m_tutors[static_cast<std::size_t>(index.row())];
    const ClearanceStatus& clearance = m_clearances[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    const bool warned = clearance.state != ClearanceState::Cleared;
    switch (role) {
    case Qt::DisplayRole:
        return display(row, clearance, column);
    case Qt::ToolTipRole:
        if (column == ClearanceColumn) {
            const QLocale locale;
            const auto date = [&locale](const QDate& day) {
                return day.isValid() ? locale.toString(day, QLocale::ShortFormat) : tr("not recorded");
            };
            return tr("Background check: %1, valid until %2\nTB test: %3, valid until %4")
                .arg(date(row.tutor.backgroundCheckOn), date(row.tutor.backgroundCheckUntil),
                     date(row.tutor.tbTestOn), date(row.tutor.tbTestUntil));
        }
        if (column == NameColumn)
            return tr("%1\n%2").arg(row.tutor.email, row.tutor.phone).trimmed();
        return display(row, clearance, column);
    case Qt::ForegroundRole:
        if (column == ClearanceColumn && warned)
            return QBrush(clearance.state == ClearanceState::ExpiringSoon ? expiringColor : expiredColor);
        if (row.tutor.status == QLatin1String("inactive"))
            return QBrush(QApplication::palette().color(QPalette::PlaceholderText));
        return {};
    case Qt::DecorationRole:
        // An icon as well as the colour and the words, so the state is never told by colour alone.
        if (column == ClearanceColumn && warned)
            return QApplication::style()->standardIcon(clearance.state == ClearanceState::ExpiringSoon
                                                           ? QStyle::SP_MessageBoxWarning
                                                           : QStyle::SP_MessageBoxCritical);
        return {};
    case Qt::TextAlignmentRole:
        if (column == GroupsColumn || column == MinutesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(row, clearance, column);
    case TutorIdRole:
        return QVariant::fromValue<qlonglong>(row.tutor.id);
    case StatusCodeRole:
        return row.tutor.status;
    case ClearanceStateRole:
        return static_cast<int>(clearance.state);
    default:
        return {};
    }
}

QVariant TutorTableModel::display(const TutorSummary& row, const ClearanceStatus& clearance, int column) const
{
    const QLocale locale;
    switch (column) {
    case NameColumn:
        return row.tutor.displayName();
    case TypeColumn:
        return TutorText::typeTitle(row.tutor.type);
    case StatusColumn:
        return TutorText::statusTitle(row.tutor.status);
    case SubjectsColumn:
        return subjectsText(row.tutor.subjects);
    case LanguagesColumn:
        return languagesText(row.tutor.languages);
    case SupervisorColumn:
        return row.supervisorName.isEmpty() ? tr("None") : row.supervisorName;
    case ClearanceColumn:
        return clearanceText(clearance);
    case GroupsColumn:
        return locale.toString(row.groups);
    case MinutesColumn:
        return tr("%1 min", "minutes a week").arg(locale.toString(row.weeklyMinutes));
    default:
        return {};
    }
}

QVariant TutorTableModel::sortValue(const TutorSummary& row, const ClearanceStatus& clearance,
                                    int column) const
{
    switch (column) {
    case NameColumn:
        return QString(row.tutor.lastName + QChar(0x1f) + row.tutor.firstName); // last name, then first
    case StatusColumn:
        return static_cast<int>(TutorText::statusCodes().indexOf(row.tutor.status));
    case ClearanceColumn:
        return urgency(clearance);
    case GroupsColumn:
        return row.groups;
    case MinutesColumn:
        return row.weeklyMinutes;
    default:
        return display(row, clearance, column);
    }
}

QVariant TutorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case StatusColumn:
        return tr("Status");
    case SubjectsColumn:
        return tr("Subjects");
    case LanguagesColumn:
        return tr("Languages");
    case SupervisorColumn:
        return tr("Supervisor");
    case ClearanceColumn:
        return tr("Clearance");
    case GroupsColumn:
        return tr("Groups");
    case MinutesColumn:
        return tr("Weekly minutes");
    default:
        return {};
    }
}

} // namespace tutordesk
