#include "ClearanceWarningStrip.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace tutordesk {

namespace {

constexpr int tutorIdRole = Qt::UserRole;
constexpr int visibleLines = 4; // more scroll: the table below stays in view

} // namespace

ClearanceWarningStrip::ClearanceWarningStrip(QWidget* parent)
    : QFrame(parent)
    , m_headline(new QLabel(this))
    , m_list(new QListWidget(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // Pale amber behind dark text; the headline says it in words and the lines carry an icon.
    QPalette colors = palette();
    colors.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    colors.setColor(QPalette::WindowText, QColor(0x1b, 0x1b, 0x1b));
    colors.setColor(QPalette::Base, colors.color(QPalette::Window)); // the list is part of the strip
    setPalette(colors);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(4);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_headline->setAccessibleName(tr("Clearances that need attention"));
    layout->addWidget(m_headline);

    m_list->setAccessibleName(tr("Tutors whose clearances need attention"));
    m_list->setToolTip(tr("Click a line or press Enter to select that tutor in the table"));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_list->setIconSize(QSize(icon, icon)); // a line of text each, so the table keeps its room
    layout->addWidget(m_list);

    const auto activate = [this](QListWidgetItem* item) {
        if (item)
            Q_EMIT tutorActivated(item->data(tutorIdRole).toLongLong());
    };
    connect(m_list, &QListWidget::itemActivated, this, activate);
    connect(m_list, &QListWidget::itemClicked, this, activate);
    hide();
}

ClearanceWarningStrip::~ClearanceWarningStrip() = default;

void ClearanceWarningStrip::setWarnings(const std::vector<ClearanceWarning>& warnings)
{
    m_list->clear();
    const int count = static_cast<int>(warnings.size());
    m_headline->setText(tr("%n clearance(s) need attention", nullptr, count));
    const QIcon warning = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QIcon critical = QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
    for (const ClearanceWarning& w : warnings) {
        const bool soon = w.status.state == ClearanceState::ExpiringSoon;
        auto* item =
            new QListWidgetItem(soon ? warning : critical,
                                tr("%1: %2", "tutor: clearance problem").arg(w.tutor, w.message()), m_list);
        item->setData(tutorIdRole, QVariant::fromValue<qlonglong>(w.tutorId));
        item->setToolTip(tr("Select %1 in the table").arg(w.tutor));
    }
    const int lines = std::min(count, visibleLines);
    const int rowHeight = std::max(m_list->sizeHintForRow(0), fontMetrics().height() + 4);
    m_list->setFixedHeight(lines * rowHeight + 2 * m_list->frameWidth() + 2);
    setVisible(count > 0);
}

} // namespace tutordesk
