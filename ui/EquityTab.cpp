#include "EquityTab.h"

#include "EquityModel.h"
#include "ReportOutput.h"
#include "ReportPages.h"
#include "progress/Equity.h"
#include "progress/EquityText.h"
#include "progress/ReportRender.h"
#include "school/School.h"
#include "store/StoreError.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShowEvent>
#include <QTextDocument>
#include <QTreeView>
#include <QVBoxLayout>

namespace tutordesk {

namespace {

const QString folderKey = QStringLiteral("equityAudit/pdfFolder");

} // namespace

EquityTab::EquityTab(QWidget* parent)
    : QWidget(parent)
    , m_model(new EquityModel(this))
    , m_heading(new QLabel(this))
    , m_gaps(new QLabel(this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_print(new QPushButton(tr("P&rint…"), this))
    , m_save(new QPushButton(tr("&Save as PDF…"), this))
    , m_message(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_notes(new QLabel(this))
{
    m_output = new ReportOutput(this, folderKey);
    connect(m_output, &ReportOutput::message, this, &EquityTab::showMessage);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_gaps->setWordWrap(true);
    m_gaps->setTextFormat(Qt::RichText);
    m_message->setWordWrap(true);
    m_message->hide();
    m_notes->setWordWrap(true);
    m_notes->setStyleSheet(QStringLiteral("color: #555555;"));

    m_threshold->setRange(0.5, 1.0);
    m_threshold->setSingleStep(0.05);
    m_threshold->setDecimals(2);
    m_threshold->setValue(Equity::defaultThreshold);
    m_threshold->setToolTip(
        tr("A group is highlighted when its share of seats or of minutes is below this "
           "fraction of its share of the students in need. 0.80 is the “four-fifths\u201d "
           "rule."));
    auto* thresholdLabel =
        new QLabel(tr("&Highlight a group whose share of seats or minutes is below"), this);
    thresholdLabel->setBuddy(m_threshold);
    auto* thresholdTail = new QLabel(tr("\u00d7 its share of need"), this);
    m_print->setToolTip(tr("Print the equity audit"));
    m_save->setToolTip(tr("Save the equity audit as a PDF"));

    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setDefaultAlignment(Qt::AlignCenter | Qt::AlignVCenter);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_heading, 1);
    bar->addWidget(m_print);
    bar->addWidget(m_save);
    auto* thresholdRow = new QHBoxLayout;
    thresholdRow->addWidget(thresholdLabel);
    thresholdRow->addWidget(m_threshold);
    thresholdRow->addWidget(thresholdTail);
    thresholdRow->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_gaps);
    layout->addLayout(thresholdRow);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_notes);

    connect(m_threshold, &QDoubleSpinBox::valueChanged, this,
            [this](double value) { thresholdChanged(value); });
    connect(m_print, &QPushButton::clicked, this, [this] { askToPrint(); });
    connect(m_save, &QPushButton::clicked, this, [this] { askToSavePdf(); });
    readAudit();
}

EquityTab::~EquityTab() = default;

void EquityTab::setStore(Store* store)
{
    m_store = store;
    if (m_store) {
        const QSignalBlocker blocker(m_threshold);
        m_threshold->setValue(Equity::gapThreshold(*m_store));
    }
    reload();
}

void EquityTab::setToday(const QDate& today)
{
    m_today = today;
}

void EquityTab::reload()
{
    m_stale = true;
    // The audit reads the whole school: only when someone looks at it.
    if (isVisible() || !m_store)
        readAudit();
}

void EquityTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        readAudit();
}

void EquityTab::readAudit()
{
    m_stale = false;
    m_message->hide();
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    EquityAudit audit;
    audit.today = today;
    audit.threshold = m_threshold->value();
    if (m_store) {
        try {
            audit = Equity::audit(*m_store, today, m_threshold->value());
        } catch (const StoreError& e) {
            showMessage(tr("The equity audit could not be read: %1").arg(e.message()), true);
        }
    }
    m_model->setAudit(audit);
    m_view->expandAll();
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex dimension = m_model->index(r, 0);
        m_view->setFirstColumnSpanned(r, QModelIndex(), true);
        for (int g = 0; g < m_model->rowCount(dimension); ++g) {
            if (m_model->index(g, 0, dimension).data(EquityModel::SuppressedRole).toBool())
                m_view->setFirstColumnSpanned(g, dimension, true);
        }
    }
    m_view->resizeColumnToContents(0);

    m_heading->setText(
        m_store ? tr("Equity audit \u00b7 figures to %1").arg(QLocale().toString(today, QLocale::LongFormat))
                : tr("Equity audit"));
    m_gaps->setText(gapText());
    QStringList notes = EquityText::notes(audit);
    notes << tr("\u2014 withheld: rests on fewer than 10 students, or would reveal a smaller group's figure "
                "(point at it for the reason).");
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_print->setEnabled(m_store != nullptr);
    m_save->setEnabled(m_store != nullptr);
    m_threshold->setEnabled(m_store != nullptr);
}

QString EquityTab::gapText() const
{
    const EquityAudit& audit = m_model->audit();
    if (!m_store)
        return QString();
    if (audit.gaps.empty())
        return tr("No group\u2019s share of seats or minutes falls below %1 of its share of need.")
            .arg(EquityText::threshold(audit.threshold))
            .toHtmlEscaped();
    QString html = QStringLiteral("<b style=\"color:#8a3b00\">%1</b><ul style=\"margin-top:2px\">")
                       .arg(tr("\u25bc Groups getting less than their share:").toHtmlEscaped());
    for (const EquityGap& gap : audit.gaps)
        html += QStringLiteral("<li>%1</li>").arg(EquityText::gapSentence(audit, gap).toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

void EquityTab::setThreshold(double threshold)
{
    m_threshold->setValue(threshold);
}

void EquityTab::thresholdChanged(double value)
{
    if (!m_store)
        return;
    if (const auto saved = Equity::setGapThreshold(*m_store, value); !saved) {
        showMessage(saved.error().message, true);
        return;
    }
    readAudit();
}

void EquityTab::showMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #a4262c;") : QString());
    m_message->show();
}

QString EquityTab::html() const
{
    QString school;
    if (m_store) {
        if (const auto info = School::load(*m_store))
            school = info->name;
    }
    return EquityText::html(m_model->audit(), school);
}

void EquityTab::askToPrint()
{
    if (m_store)
        m_output->askToPrint(html(), tr("Equity audit"));
}

void EquityTab::askToSavePdf()
{
    if (m_store)
        m_output->askToSavePdf(html(), tr("Equity audit"),
                               tr("Equity audit %1").arg(m_model->audit().today.toString(Qt::ISODate)) +
                                   QStringLiteral(".pdf"));
}

int EquityTab::savePdf(const QString& path)
{
    return m_store ? m_output->savePdf(path, html(), tr("Equity audit")) : 0;
}

} // namespace tutordesk
