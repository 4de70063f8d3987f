#pragma once

#include "roster/ImportReport.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;

namespace tutordesk {

// What a check of a tutor or calendar file found (core's dry run), before anything is written: the
// counts in the caller's words, every problem with its line and column, and Import when the file
// can be brought in as it is. Accepting it means "import"; the page then asks core to apply.
class ImportReviewDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportReviewDialog)

public:
    // `counts`: "5 tutors in the file: 2 new, 1 changed, 2 unchanged."
    ImportReviewDialog(const QString& title, const ImportReport& report, const QString& counts,
                       QWidget* parent = nullptr);
    ~ImportReviewDialog() override;

    const ImportReport& report() const { return m_report; }
    // Whether Import is offered: no problems, and something to change.
    bool canImport() const;

    QLabel* countsLabel() const { return m_counts; }
    QLabel* nextStepLabel() const { return m_nextStep; }
    QListWidget* problemList() const { return m_problems; }

private:
    ImportReport m_report;
    QLabel* m_counts = nullptr;
    QLabel* m_nextStep = nullptr;
    QListWidget* m_problems = nullptr;
};

} // namespace tutordesk
