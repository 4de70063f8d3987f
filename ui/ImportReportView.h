#pragma once

#include "roster/ImportReport.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace tutordesk {

// What a check or an import found: the counts, what to do next, and every problem as a line
// ("Line 12, column Grade: …") that can be copied or saved as text to fix the file with.
class ImportReportView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportReportView)

public:
    explicit ImportReportView(QWidget* parent = nullptr);
    ~ImportReportView() override;

    void showReport(const ImportReport& report, bool roster);
    // A message instead of a report: the prompt before a check, or why a file could not be read.
    void showMessage(const QString& message, bool isProblem = false);
    // One more sentence after "what to do next" (what happened after the import).
    void addToNextStep(const QString& sentence);

    QLabel* countsLabel() const { return m_counts; }
    QLabel* nextStepLabel() const { return m_nextStep; }
    QListWidget* problemList() const { return m_problems; }
    QString plainText() const { return m_text; }

private:
    void copy() const;
    void saveAs();

    QLabel* m_counts = nullptr;
    QLabel* m_nextStep = nullptr;
    QListWidget* m_problems = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_save = nullptr;
    QString m_text;
    QString m_file;
};

} // namespace tutordesk
