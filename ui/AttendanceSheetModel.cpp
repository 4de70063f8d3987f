#include "AttendanceSheetModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace tutordesk {

namespace {

// Each status has a colour, but also its words and its key's letter in a badge: never colour alone.
QColor statusColour(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Present:
        return QColor(0x10, 0x7c, 0x10);
    case AttendanceStatus::Tardy:
        return QColor(0x9a, 0x5b, 0x00);
    case AttendanceStatus::Excused:
        return QColor(0x00, 0x5a, 0x9e);
    case AttendanceStatus::Unexcused:
        break;
    }
    return QColor(0xa4, 0x26, 0x2c);
}

QIcon statusBadge(AttendanceStatus status)
{
    static QIcon badges[4];
    QIcon& badge = badges[static_cast<int>(status)];
    if (badge.isNull()) {
        for (const int size : {16, 32}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(statusColour(status));
            painter.drawRoundedRect(QRectF(0, 0, size, size), size / 4.0, size / 4.0);
            QFont font = painter.font();
            font.setBold(true);
            font.setPixelSize(size * 11 / 16);
            painter.setFont(font);
            painter.setPen(Qt::white);
            painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, AttendanceStatuses::letter(status));
            painter.end();
            badge.addPixmap(pixmap);
        }
    }
    return badge;
}

} // namespace

AttendanceSheetModel::AttendanceSheetModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

AttendanceSheetModel::~AttendanceSheetModel() = default;

void AttendanceSheetModel::setSheet(const std::vector<AttendanceRow>& rows, int sessionMinutes)
{
    beginResetModel();
    m_sessionMinutes = sessionMinutes;
    m_lines.clear();
    for (const AttendanceRow& row : rows) {
        Line line{row.studentId, row.districtId,      row.name, row.status, row.minutes,
                  row.note,      row.absentFromSchool};
        if (!row.status)
            line.minutes.reset();
        m_lines.push_back(std::move(line));
    }
    m_read = m_lines;
    endResetModel();
}

void AttendanceSheetModel::setStatus(int row, AttendanceStatus status)
{
    if (row < 0 || row >= rowCount())
        return;
    Line& line = m_lines[static_cast<std::size_t>(row)];
    const std::optional<AttendanceStatus> before = line.status;
    line.status = status;
    switch (status) {
    case AttendanceStatus::Present:
        line.minutes = m_sessionMinutes;
        line.absentFromSchool = false;
        break;
    case AttendanceStatus::Tardy:
        // A tardy student attended part of the session: the coordinator types how much.
        if (before != AttendanceStatus::Tardy)
            line.minutes.reset();
        line.absentFromSchool = false;
        break;
    case AttendanceStatus::Excused:
    case AttendanceStatus::Unexcused:
        line.minutes = 0;
        if (!before || !AttendanceStatuses::isAbsence(*before))
            line.absentFromSchool = false;
        break;
    }
    rowChanged(row);
}

std::optional<AttendanceStatus> AttendanceSheetModel::status(int row) const
{
    return row >= 0 && row < rowCount() ? m_lines[static_cast<std::size_t>(row)].status : std::nullopt;
}

std::optional<int> AttendanceSheetModel::minutes(int row) const
{
    return row >= 0 && row < rowCount() ? m_lines[static_cast<std::size_t>(row)].minutes : std::nullopt;
}

bool AttendanceSheetModel::toggleSchoolAbsence(int row)
{
    if (row < 0 || row >= rowCount())
        return false;
    Line& line = m_lines[static_cast<std::size_t>(row)];
    if (!line.status || !AttendanceStatuses::isAbsence(*line.status))
        return false;
    line.absentFromSchool = !line.absentFromSchool;
    rowChanged(row);
    return true;
}

int AttendanceSheetModel::markRestPresent()
{
    int marked = 0;
    for (int row = 0; row < rowCount(); ++row) {
        if (!m_lines[static_cast<std::size_t>(row)].status) {
            setStatus(row, AttendanceStatus::Present);
            ++marked;
        }
    }
    return marked;
}

bool AttendanceSheetModel::isDirty() const
{
    return m_lines != m_read;
}

int AttendanceSheetModel::markedCount() const
{
    return static_cast<int>(std::count_if(m_lines.begin(), m_lines.end(),
                                          [](const Line& line) { return line.status.has_value(); }));
}

std::vector<AttendanceMark> AttendanceSheetModel::marks() const
{
    std::vector<AttendanceMark> marks;
    for (const Line& line : m_lines) {
        if (!line.status)
            continue;
        AttendanceMark mark;
        mark.studentId = line.studentId;
        mark.status = *line.status;
        mark.minutes = line.minutes;
        mark.note = line.note.trimmed();
        mark.absentFromSchool = AttendanceStatuses::isAbsence(*line.status) && line.absentFromSchool;
        marks.push_back(std::move(mark));
    }
    return marks;
}

int AttendanceSheetModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int AttendanceSheetModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttendanceSheetModel::data(const QModelIndex& index, int role) const
{
    if (!isRow(index))
        return {};
    const Line& line = m_lines[static_cast<std::size_t>(index.row())];
    if (role == StudentIdRole)
        return QVariant::fromValue(static_cast<qint64>(line.studentId));
    if (role == StatusCodeRole)
        return line.status ? AttendanceStatuses::code(*line.status) : QString();
    switch (index.column()) {
    case StudentColumn:
        if (role == Qt::DisplayRole)
            return line.name;
        if (role == Qt::ToolTipRole)
            return tr("District id %1").arg(line.districtId);
        break;
    case StatusColumn:
        return statusData(line, role);
    case MinutesColumn:
        return minutesData(line, role);
    case SchoolAbsenceColumn:
        if (line.status && AttendanceStatuses::isAbsence(*line.status)) {
            if (role == Qt::CheckStateRole)
                return line.absentFromSchool ? Qt::Checked : Qt::Unchecked;
            if (role == Qt::ToolTipRole)
                return tr("Absent from school that day, not only from tutoring (Space)");
        }
        break;
    case NoteColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return line.note;
        break;
    default:
        break;
    }
    return {};
}

QVariant AttendanceSheetModel::statusData(const Line& line, int role) const
{
    if (!line.status) {
        if (role == Qt::DisplayRole)
            return tr("Not marked");
        if (role == Qt::ForegroundRole)
            return QBrush(QColor(0x60, 0x60, 0x60));
        if (role == Qt::FontRole) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        if (role == Qt::ToolTipRole)
            return tr("P present · T tardy · E absent, excused · U absent, unexcused");
        return {};
    }
    const AttendanceStatus status = *line.status;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return AttendanceStatuses::title(status);
    case Qt::DecorationRole:
        return statusBadge(status);
    case Qt::ForegroundRole:
        return QBrush(statusColour(status).darker(115));
    default:
        return {};
    }
}

QVariant AttendanceSheetModel::minutesData(const Line& line, int role) const
{
    const bool tardyWithout = line.status == AttendanceStatus::Tardy && !line.minutes;
    switch (role) {
    case Qt::DisplayRole:
        if (tardyWithout)
            return tr("Type minutes");
        return line.status && line.minutes ? QVariant(*line.minutes) : QVariant();
    case Qt::EditRole:
        return line.minutes.value_or(0);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (tardyWithout)
            return QBrush(QColor(0xa4, 0x26, 0x2c));
        break;
    case Qt::ToolTipRole:
        if (line.status == AttendanceStatus::Tardy)
            return tr("Minutes attended, less than the session's %n minute(s)", nullptr, m_sessionMinutes);
        if (line.status == AttendanceStatus::Present)
            return tr("Minutes attended (the session's length unless the student left early)");
        break;
    default:
        break;
    }
    return {};
}

bool AttendanceSheetModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!isRow(index))
        return false;
    Line& line = m_lines[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case MinutesColumn: {
        if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
            return false;
        bool ok = false;
        const int minutes = value.toInt(&ok);
        if (!ok || minutes < 0)
            return false;
        line.minutes = minutes;
        break;
    }
    case SchoolAbsenceColumn:
        if (role != Qt::CheckStateRole || !(flags(index) & Qt::ItemIsUserCheckable))
            return false;
        line.absentFromSchool = value.value<Qt::CheckState>() == Qt::Checked;
        break;
    case NoteColumn:
        if (role != Qt::EditRole)
            return false;
        line.note = value.toString();
        break;
    default:
        return false;
    }
    rowChanged(index.row());
    return true;
}

Qt::ItemFlags AttendanceSheetModel::flags(const QModelIndex& index) const
{
    if (!isRow(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const Line& line = m_lines[static_cast<std::size_t>(index.row())];
    const bool absence = line.status && AttendanceStatuses::isAbsence(*line.status);
    if (index.column() == MinutesColumn && line.status && !absence)
        flags |= Qt::ItemIsEditable;
    if (index.column() == SchoolAbsenceColumn && absence)
        flags |= Qt::ItemIsUserCheckable;
    if (index.column() == NoteColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant AttendanceSheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StudentColumn:
        return tr("Student");
    case StatusColumn:
        return tr("Status");
    case MinutesColumn:
        return tr("Minutes");
    case SchoolAbsenceColumn:
        return tr("Absent from school");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

bool AttendanceSheetModel::isRow(const QModelIndex& index) const
{
    return index.isValid() && index.model() == this && index.row() < rowCount() &&
           index.column() < ColumnCount;
}

void AttendanceSheetModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace tutordesk
