#include "StudentMakeupDialog.h"

#include "EnterOpens.h"
#include "schedule/ScheduleText.h"
#include "store/StoreError.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tutordesk {

StudentMakeupDialog::StudentMakeupDialog(Store& store, const DueAction& action, const QDate& today,
                                         QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_action(action)
    , m_today(today)
    , m_slots(new QListWidget(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Schedule Make-up — %1").arg(action.studentName));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("A make-up session of %1 for %2 only. Choose a time:").arg(action.groupName, action.studentName),
        this);
    intro->setWordWrap(true);
    intro->setBuddy(m_slots);
    layout->addWidget(intro);
    m_slots->setAccessibleName(tr("Make-up times"));
    layout->addWidget(m_slots, 1);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a4262c;")); // dark red, as elsewhere
    m_problem->hide();
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Schedule Make-up"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    try {
        m_found = ProtocolActions::makeupSlots(store, action.id, today);
    } catch (const StoreError& e) {
        m_problem->setText(tr("The free times could not be read: %1").arg(e.message()));
        m_problem->show();
    }
    for (const MakeupSlot& slot : m_found)
        m_slots->addItem(
            tr("%1, %2").arg(ScheduleText::day(slot.day), ScheduleText::timeRange(slot.start, slot.minutes)));
    if (m_found.empty() && m_problem->isHidden()) {
        m_problem->setText(tr("No free time in the next school days: the tutor or %1 is busy. Schedule it "
                              "from the Schedule page, or mark the action not needed with a note.")
                               .arg(action.studentName));
        m_problem->show();
    } else if (!m_found.empty()) {
        m_slots->setCurrentRow(0);
    }
    ok->setEnabled(!m_found.empty());
    new EnterOpens(m_slots, [this] { accept(); });
    connect(m_slots, &QListWidget::itemDoubleClicked, this, [this] { accept(); });
    setMinimumSize(420, 300);
}

StudentMakeupDialog::~StudentMakeupDialog() = default;

bool StudentMakeupDialog::save()
{
    const int row = m_slots->currentRow();
    if (row < 0 || row >= static_cast<int>(m_found.size()))
        return false;
    const MakeupSlot& slot = m_found[static_cast<size_t>(row)];
    Result<std::int64_t> made = Error{tr("The make-up could not be scheduled.")};
    try {
        made = ProtocolActions::scheduleMakeup(m_store, m_action.id, slot, m_today);
    } catch (const StoreError& e) {
        made = Error{tr("The make-up could not be scheduled: %1").arg(e.message())};
    }
    if (!made) {
        m_problem->setText(made.error().message);
        m_problem->show();
        return false;
    }
    Q_EMIT scheduled(tr("Make-up for %1 scheduled: %2, %3.")
                         .arg(m_action.studentName, ScheduleText::day(slot.day),
                              ScheduleText::timeRange(slot.start, slot.minutes)));
    return true;
}

void StudentMakeupDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace tutordesk
