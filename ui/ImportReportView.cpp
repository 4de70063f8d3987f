#include "ImportReportView.h"

#include "ImportText.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace tutordesk {

namespace {

constexpr char problemStyle[] = "color: #a4262c;"; // dark red, as elsewhere
constexpr char doneStyle[] = "color: #107c10;";    // dark green

} // namespace

ImportReportView::ImportReportView(QWidget* parent)
    : QWidget(parent)
    , m_counts(new QLabel(this))
    , m_nextStep(new QLabel(this))
    , m_problems(new QListWidget(this))
    , m_copy(new QPushButton(tr("&Copy Report"), this))
    , m_save(new QPushButton(tr("Sa&ve Report…"), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_counts->setWordWrap(true);
    m_counts->setAccessibleName(tr("What the import found"));
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_nextStep->setWordWrap(true);
    m_nextStep->setAccessibleName(tr("What to do next"));
    layout->addWidget(m_counts);
    layout->addWidget(m_nextStep);
    m_problems->setAccessibleName(tr("Problems in the file"));
    m_problems->setWordWrap(true);
    m_problems->setAlternatingRowColors(true);
    layout->addWidget(m_problems, 1);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    m_copy->setToolTip(tr("Copy the report to paste it into an email or a document"));
    m_save->setToolTip(tr("Save the report as a text file"));
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    connect(m_copy, &QPushButton::clicked, this, &ImportReportView::copy);
    connect(m_save, &QPushButton::clicked, this, &ImportReportView::saveAs);

    showMessage({});
}

ImportReportView::~ImportReportView() = default;

void ImportReportView::showMessage(const QString& message, bool isProblem)
{
    m_text.clear();
    m_counts->clear();
    m_counts->hide();
    m_nextStep->setText(message);
    m_nextStep->setStyleSheet(isProblem ? QLatin1String(problemStyle) : QString());
    m_problems->clear();
    m_problems->hide();
    m_copy->setEnabled(false);
    m_save->setEnabled(false);
}

void ImportReportView::showReport(const ImportReport& report, bool roster)
{
    m_file = report.file;
    m_text = ImportText::plainText(report, roster);
    m_counts->setText(ImportText::counts(report, roster));
    m_counts->show();
    m_nextStep->setText(ImportText::nextStep(report));
    m_nextStep->setStyleSheet(report.ok() ? (report.applied ? QLatin1String(doneStyle) : QString())
                                          : QLatin1String(problemStyle));
    m_problems->clear();
    for (const ImportProblem& problem : report.problems)
        m_problems->addItem(ImportText::problem(problem, report.file));
    for (const QString& note : report.notes) {
        auto* item = new QListWidgetItem(note, m_problems);
        item->setForeground(palette().color(QPalette::PlaceholderText)); // a note, not a problem
    }
    m_problems->setVisible(m_problems->count() > 0);
    m_copy->setEnabled(true);
    m_save->setEnabled(true);
}

void ImportReportView::addToNextStep(const QString& sentence)
{
    m_nextStep->setText(m_nextStep->text() + QLatin1Char(' ') + sentence);
    m_text += sentence + QLatin1Char('\n');
}

void ImportReportView::copy() const
{
    QApplication::clipboard()->setText(m_text);
}

void ImportReportView::saveAs()
{
    const QFileInfo source(m_file);
    const QString suggested =
        source.dir().filePath(tr("%1 - import report.txt", "file name").arg(source.completeBaseName()));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Report"), suggested, tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(m_text.toUtf8()) < 0 ||
        !file.commit()) {
        m_nextStep->setText(tr("The report could not be saved to %1: %2")
                                .arg(QDir::toNativeSeparators(path), file.errorString()));
        m_nextStep->setStyleSheet(QLatin1String(problemStyle));
    }
}

} // namespace tutordesk
