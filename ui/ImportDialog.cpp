#include "ImportDialog.h"

#include "ImportReportView.h"
#include "ImportRunner.h"
#include "ImportSource.h"
#include "NeedScoreRefresh.h"
#include "Session.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace tutordesk {

ImportDialog::ImportDialog(ImportKind kind, Session& session, QWidget* parent)
    : QDialog(parent)
    , m_kind(std::move(kind))
    , m_session(session)
    , m_runner(new ImportRunner(this))
    , m_source(new ImportSource(m_kind, session, this))
    , m_report(new ImportReportView(this))
    , m_check(new QPushButton(tr("C&heck File"), this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_split(new QSplitter(Qt::Vertical, this))
{
    setWindowTitle(m_kind.title);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(m_kind.intro, this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* reportBox = new QGroupBox(tr("Check"), this);
    auto* reportLayout = new QVBoxLayout(reportBox);
    reportLayout->addWidget(m_report);
    m_split->addWidget(m_source);
    m_split->addWidget(reportBox);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 1);
    m_split->setSizes({480, 170});
    m_split->setChildrenCollapsible(false);
    layout->addWidget(m_split, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_check->setToolTip(tr("Read the whole file and list every problem, without importing anything"));
    m_import->setToolTip(tr("Available once the file has been checked without problems"));
    buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole); // the dialog stays, to report
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(m_check, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_source, &ImportSource::changed, this, &ImportDialog::sourceChanged);
    connect(m_source, &ImportSource::problem, this,
            [this](const QString& message) { runEnded(message, true); });
    connect(m_runner, &ImportRunner::finished, this, &ImportDialog::runFinished);
    connect(m_runner, &ImportRunner::failed, this,
            [this](const QString& message) { runEnded(message, true); });
    connect(m_runner, &ImportRunner::cancelled, this, [this] {
        runEnded(m_runIsDry ? tr("The check was cancelled.")
                            : tr("The import was cancelled. Nothing was changed."),
                 false);
    });
    connect(&m_session, &Session::storeChanged, this, &QDialog::reject); // a file for another school

    m_report->showMessage(tr("Choose a file to begin."));
    resize(1080, 680);
    updateButtons();
}

ImportDialog::~ImportDialog() = default;

MappingTable* ImportDialog::mappingTable() const
{
    return m_source->mappingTable();
}

FilePreview* ImportDialog::preview() const
{
    return m_source->preview();
}

void ImportDialog::setFile(const QString& path)
{
    if (m_source->setFile(path))
        m_report->showMessage(
            tr("Click Check File: TutorDesk reads the whole file and lists anything to fix. "
               "Nothing is imported yet."));
    updateButtons();
}

// Any change to what would be imported makes the last check stale.
void ImportDialog::sourceChanged()
{
    if (!m_lastCheck)
        return;
    m_lastCheck.reset();
    m_report->showMessage(tr("The choices changed. Click Check File again."));
    updateButtons();
}

// "Fix the file and check again": the file is read afresh, and so is its preview.
void ImportDialog::check()
{
    m_lastCheck.reset();
    if (m_source->refresh())
        run(true, false);
    updateButtons();
}

void ImportDialog::startImport()
{
    if (!m_lastCheck || !m_lastCheck->ok() || m_runner->isRunning())
        return;
    const int missing = m_lastCheck->missing;
    if (!m_kind.asksToWithdraw || missing <= 0) {
        run(false, false);
        return;
    }
    // A partial file must never withdraw half the school: the coordinator decides, and No is the
    // default. Opened window-modal rather than exec()'d, so nothing waits in a nested event loop.
    const QString text = missing == 1
                             ? tr("1 student on file is not in this roster. Mark them withdrawn? "
                                  "Their history is kept.")
                             : tr("%Ln students on file are not in this roster. Mark them withdrawn? "
                                  "Their history is kept.",
                                  nullptr, missing);
    m_question = new QMessageBox(QMessageBox::Question, tr("Students Not in This Roster"), text,
                                 QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, this);
    m_question->setInformativeText(tr("Choose No if this file lists only some of the school's students."));
    m_question->setDefaultButton(QMessageBox::No);
    m_question->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_question, &QMessageBox::finished, this, [this](int answer) {
        if (answer == QMessageBox::Yes || answer == QMessageBox::No)
            run(false, answer == QMessageBox::Yes);
    });
    m_question->open();
}

void ImportDialog::run(bool dryRun, bool withdrawMissing)
{
    if (m_runner->isRunning() || !m_session.isOpen() || !m_source->isReady())
        return;
    ImportRequest request;
    m_source->fill(request);
    request.dryRun = dryRun;
    request.withdrawMissing = withdrawMissing;
    m_runIsDry = dryRun;
    m_report->showMessage(dryRun ? tr("Checking…") : tr("Importing…"));
    const QString file = QFileInfo(request.path).fileName();
    m_runner->start(m_session.path(), m_kind.run, request, this,
                    dryRun ? tr("Checking %1…").arg(file) : tr("Importing %1…").arg(file));
    updateButtons();
}

void ImportDialog::runFinished(const ImportReport& report)
{
    m_report->showReport(report, m_kind.asksToWithdraw);
    if (!report.problems.empty() || !report.notes.empty()) { // the list to read gets the room
        const int height = m_split->height();
        m_split->setSizes({height * 2 / 5, height - height * 2 / 5});
    }
    if (report.applied) {
        m_lastCheck.reset(); // imported: a second Import would need a fresh check
        // New benchmarks, attendance or student groups change need scores: the ranked list the
        // coordinator looks at next must already follow them.
        if (Store* store = m_session.store()) {
            const auto failure = NeedScoreRefresh::run(*store);
            m_report->addToNextStep(failure
                                        ? tr("The need scores could not be recalculated: %1").arg(*failure)
                                        : tr("Need scores were recalculated from the new data."));
        }
        Q_EMIT imported(report);
    } else {
        m_lastCheck = report;
    }
    updateButtons();
}

void ImportDialog::runEnded(const QString& message, bool isProblem)
{
    m_report->showMessage(message, isProblem);
    updateButtons();
}

void ImportDialog::updateButtons()
{
    const bool running = m_runner->isRunning();
    m_check->setEnabled(!running && !m_source->path().isEmpty());
    const bool clean = m_lastCheck && m_lastCheck->ok() && !m_lastCheck->applied;
    m_import->setEnabled(!running && clean);
    m_import->setDefault(clean);
    m_check->setDefault(!clean);
}

} // namespace tutordesk
