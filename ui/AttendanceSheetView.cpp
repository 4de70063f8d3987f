#include "AttendanceSheetView.h"

#include "AttendanceSheetDelegate.h"
#include "AttendanceSheetModel.h"

#include <QHeaderView>
#include <QKeyEvent>

#include <algorithm>

namespace tutordesk {

namespace {

// The status a key marks: the letter core gives each status, typed with or without Shift. Qt's key code
// is checked too, so the letters work on a keyboard whose layout types other characters.
std::optional<AttendanceStatus> statusForKey(const QKeyEvent& event)
{
    if (event.modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier))
        return std::nullopt;
    const QString typed = event.text().toUpper();
    for (const AttendanceStatus status : {AttendanceStatus::Present, AttendanceStatus::Tardy,
                                          AttendanceStatus::Excused, AttendanceStatus::Unexcused}) {
        const QChar letter = AttendanceStatuses::letter(status);
        if (typed == QString(letter) || event.key() == letter.unicode())
            return status;
    }
    return std::nullopt;
}

bool isAllPresentKey(const QKeyEvent& event)
{
    return !(event.modifiers() & ~Qt::ShiftModifier) && event.key() == Qt::Key_A;
}

} // namespace

AttendanceSheetView::AttendanceSheetView(QWidget* parent)
    : QTableView(parent)
    , m_model(new AttendanceSheetModel(this))
    , m_delegate(new AttendanceSheetDelegate(this))
{
    setModel(m_model);
    setItemDelegate(m_delegate);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed);
    setTabKeyNavigation(true);
    setWordWrap(false);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    setAccessibleName(tr("Attendance sheet"));
    setToolTip(tr("P present · T tardy (then type the minutes) · E absent, excused · U absent, unexcused\n"
                  "A: everyone not marked is present · Space: absent from school · Ctrl+Enter: save"));

    connect(m_delegate, &AttendanceSheetDelegate::submitted, this, [this](int rows) { step(rows); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AttendanceSheetView::edited);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        fitColumns();
        goToRow(0);
    });
}

AttendanceSheetView::~AttendanceSheetView() = default;

void AttendanceSheetView::fitColumns()
{
    QHeaderView* header = horizontalHeader();
    resizeColumnsToContents();
    // Room for the longest status words and a typed note, whatever is marked yet.
    const QFontMetrics metrics = fontMetrics();
    int statusWidth = 0;
    for (const AttendanceStatus status : {AttendanceStatus::Present, AttendanceStatus::Tardy,
                                          AttendanceStatus::Excused, AttendanceStatus::Unexcused})
        statusWidth = std::max(statusWidth, metrics.horizontalAdvance(AttendanceStatuses::title(status)));
    statusWidth = std::max(statusWidth, metrics.horizontalAdvance(tr("Not marked")));
    header->resizeSection(
        AttendanceSheetModel::StatusColumn,
        std::max(header->sectionSize(AttendanceSheetModel::StatusColumn), statusWidth + 48));
    header->resizeSection(AttendanceSheetModel::MinutesColumn,
                          std::max(header->sectionSize(AttendanceSheetModel::MinutesColumn),
                                   metrics.horizontalAdvance(tr("Type minutes")) + 20));
    header->resizeSection(AttendanceSheetModel::StudentColumn,
                          std::max(header->sectionSize(AttendanceSheetModel::StudentColumn) + 16, 180));
}

QSize AttendanceSheetView::sizeHint() const
{
    constexpr int noteWidth = 200;
    const int rows = std::clamp(m_model->rowCount(), 4, 12);
    int width = noteWidth;
    for (int column = 0; column < AttendanceSheetModel::NoteColumn; ++column)
        width += columnWidth(column);
    const int frame = 2 * frameWidth();
    return {width + frame,
            horizontalHeader()->sizeHint().height() + rows * verticalHeader()->defaultSectionSize() + frame};
}

void AttendanceSheetView::goToRow(int row)
{
    if (m_model->rowCount() == 0)
        return;
    row = std::clamp(row, 0, m_model->rowCount() - 1);
    setCurrentIndex(m_model->index(row, AttendanceSheetModel::StatusColumn));
}

bool AttendanceSheetView::step(int rows)
{
    const int row = currentRow() + rows;
    if (row < 0 || row >= m_model->rowCount()) {
        goToRow(currentRow()); // back on the status cell
        return false;
    }
    goToRow(row);
    return true;
}

void AttendanceSheetView::mark(AttendanceStatus status)
{
    const int row = currentRow();
    if (row < 0)
        return;
    finishEditing();
    m_model->setStatus(row, status);
    if (status == AttendanceStatus::Tardy) {
        // How long a tardy student attended is for the coordinator to type: the minutes open for it.
        const QModelIndex minutes = m_model->index(row, AttendanceSheetModel::MinutesColumn);
        setCurrentIndex(minutes);
        edit(minutes);
        return;
    }
    step(1);
}

void AttendanceSheetView::markRestPresent()
{
    finishEditing();
    m_model->markRestPresent();
}

void AttendanceSheetView::finishEditing()
{
    if (state() == QAbstractItemView::EditingState)
        m_delegate->finishEditing();
}

void AttendanceSheetView::keyPressEvent(QKeyEvent* event)
{
    const bool onNote = currentIndex().column() == AttendanceSheetModel::NoteColumn;
    if (!onNote) {
        if (const auto status = statusForKey(*event)) {
            mark(*status);
            return;
        }
        if (isAllPresentKey(*event)) {
            markRestPresent();
            return;
        }
    }
    switch (event->key()) {
    case Qt::Key_Space:
        if (event->modifiers() == Qt::NoModifier) {
            m_model->toggleSchoolAbsence(currentRow());
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier) {
            step(1);
            return;
        }
        break;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        // Tab moves between students; past the last (or before the first) it leaves the sheet.
        if (!step(event->key() == Qt::Key_Tab ? 1 : -1))
            event->ignore();
        return;
    default:
        break;
    }
    QTableView::keyPressEvent(event);
}

} // namespace tutordesk
