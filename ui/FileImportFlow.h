#pragma once

#include "ImportReviewDialog.h"
#include "common/Result.h"
#include "roster/ImportReport.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace tutordesk {

// Check, then import: runs a core importer as a dry run, shows what it found in an
// ImportReviewDialog (opened, not exec'd), and runs it for real when the coordinator clicks Import.
// The Tutors and Calendar pages bring their files in this way.
class FileImportFlow final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileImportFlow)

public:
    // The importer, asked once with dryRun = true and, on confirmation, once with false.
    using Run = std::function<Result<ImportReport>(bool dryRun)>;
    // The counts sentence for a report ("5 tutors in the file: 2 new, …").
    using Counts = std::function<QString(const ImportReport&)>;

    explicit FileImportFlow(QWidget* parent);
    ~FileImportFlow() override;

    // Asks for a CSV file to bring in; empty when the coordinator cancels.
    static QString chooseCsv(QWidget* parent, const QString& title);

    void start(const QString& title, Run run, Counts counts);
    // The review while it is open.
    ImportReviewDialog* review() const { return m_review; }

Q_SIGNALS:
    void imported(const tutordesk::ImportReport& report);
    // The file could not be read or the import was refused: core's words.
    void failed(const QString& message);

private:
    void apply();

    QWidget* m_parent = nullptr;
    Run m_run;
    QPointer<ImportReviewDialog> m_review;
};

} // namespace tutordesk
