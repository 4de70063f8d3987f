#include "WeeklyReviewTab.h"

#include "ReportOutput.h"
#include "ReportPages.h"
#include "progress/ReportRender.h"
#include "progress/WeeklyReview.h"
#include "progress/WeeklyReviewDocument.h"
#include "schedule/ScheduleQuery.h"
#include "store/StoreError.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace tutordesk {

namespace {

const QString folderKey = QStringLiteral("weeklyReview/pdfFolder");

} // namespace

WeeklyReviewTab::WeeklyReviewTab(QWidget* parent)
    : QWidget(parent)
    , m_previous(new QPushButton(tr("◀ &Previous Week"), this))
    , m_thisWeek(new QPushButton(tr("&This Week"), this))
    , m_next(new QPushButton(tr("&Next Week ▶"), this))
    , m_weekLabel(new QLabel(this))
    , m_print(new QPushButton(tr("P&rint…"), this))
    , m_save(new QPushButton(tr("&Save as PDF…"), this))
    , m_browser(new QTextBrowser(this))
    , m_message(new QLabel(this))
{
    m_output = new ReportOutput(this, folderKey);
    connect(m_output, &ReportOutput::message, this, &WeeklyReviewTab::showMessage);
    QFont bold = m_weekLabel->font();
    bold.setBold(true);
    m_weekLabel->setFont(bold);
    m_print->setToolTip(tr("Print the review on one page for the weekly meeting"));
    m_save->setToolTip(tr("Save the review as a one-page PDF"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_browser->setOpenLinks(false);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_previous);
    bar->addWidget(m_thisWeek);
    bar->addWidget(m_next);
    bar->addSpacing(12);
    bar->addWidget(m_weekLabel, 1);
    bar->addWidget(m_print);
    bar->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_browser, 1);

    connect(m_previous, &QPushButton::clicked, this, &WeeklyReviewTab::showPreviousWeek);
    connect(m_next, &QPushButton::clicked, this, &WeeklyReviewTab::showNextWeek);
    connect(m_thisWeek, &QPushButton::clicked, this, &WeeklyReviewTab::showThisWeek);
    connect(m_print, &QPushButton::clicked, this, [this] { askToPrint(); });
    connect(m_save, &QPushButton::clicked, this, [this] { askToSavePdf(); });
    reload();
}

WeeklyReviewTab::~WeeklyReviewTab() = default;

void WeeklyReviewTab::setStore(Store* store)
{
    m_store = store;
    reload();
}

void WeeklyReviewTab::setToday(const QDate& today)
{
    m_today = today;
}

QDate WeeklyReviewTab::weekShown() const
{
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    return ScheduleQuery::weekStart(m_week.isValid() ? m_week : today);
}

void WeeklyReviewTab::showWeek(const QDate& day)
{
    m_week = ScheduleQuery::weekStart(day);
    reload();
}

void WeeklyReviewTab::showPreviousWeek()
{
    showWeek(weekShown().addDays(-7));
}

void WeeklyReviewTab::showNextWeek()
{
    showWeek(weekShown().addDays(7));
}

void WeeklyReviewTab::showThisWeek()
{
    m_week = QDate();
    reload();
}

void WeeklyReviewTab::reload()
{
    const QDate week = weekShown();
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    m_weekLabel->setText(tr("Week of %1").arg(QLocale().toString(week, QLocale::LongFormat)));
    m_thisWeek->setEnabled(week != ScheduleQuery::weekStart(today));
    m_message->hide();
    if (!m_store) {
        m_html.clear();
        m_title.clear();
        m_browser->setHtml(QString());
        m_print->setEnabled(false);
        m_save->setEnabled(false);
        return;
    }
    try {
        const WeeklyReview review = WeeklyReviews::review(*m_store, week, today);
        m_html = WeeklyReviewDocument::html(review);
        m_title = WeeklyReviewDocument::title(review);
    } catch (const StoreError& e) {
        m_html.clear();
        m_title.clear();
        showMessage(tr("The review could not be read: %1").arg(e.message()), true);
    }
    // The same layout and fonts as the printed page, so what the coordinator reads is what prints.
    const auto document = ReportRender::document(m_html, m_title);
    m_browser->document()->setDefaultFont(document->defaultFont());
    m_browser->setHtml(m_html);
    m_print->setEnabled(!m_html.isEmpty());
    m_save->setEnabled(!m_html.isEmpty());
}

void WeeklyReviewTab::showMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #a4262c;") : QString());
    m_message->show();
}

void WeeklyReviewTab::askToPrint()
{
    if (!m_html.isEmpty())
        m_output->askToPrint(m_html, m_title);
}

void WeeklyReviewTab::askToSavePdf()
{
    if (!m_html.isEmpty())
        m_output->askToSavePdf(m_html, m_title,
                               tr("Weekly review %1").arg(weekShown().toString(Qt::ISODate)) +
                                   QStringLiteral(".pdf"));
}

int WeeklyReviewTab::savePdf(const QString& path)
{
    return m_html.isEmpty() ? 0 : m_output->savePdf(path, m_html, m_title);
}

} // namespace tutordesk
