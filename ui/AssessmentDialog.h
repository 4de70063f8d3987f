#pragma once

#include <QDate>
#include <QDialog>

#include <cstdint>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace tutordesk {

class MessageBar;
class Store;

// A student's assessments: the history of every kind (probes, benchmarks, observations, confidence), and
// forms to record a tutor observation, the student's confidence and a benchmark typed from a score report.
// Opened from the Progress page's table (context menu).
class AssessmentDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssessmentDialog)

public:
    AssessmentDialog(Store& store, std::int64_t studentId, const QDate& today, QWidget* parent = nullptr);
    ~AssessmentDialog() override;

    QTableWidget* history() const { return m_history; }
    QTabWidget* forms() const { return m_forms; }
    MessageBar* messageBar() const { return m_message; }

    // The forms' fields, for tests.
    QPlainTextEdit* observationNotes() const { return m_observationNotes; }
    QComboBox* observationRating() const { return m_observationRating; }
    QComboBox* confidenceRating() const { return m_confidenceRating; }
    QComboBox* benchmarkSubject() const { return m_benchmarkSubject; }
    QLineEdit* benchmarkInstrument() const { return m_benchmarkInstrument; }
    QComboBox* benchmarkWindow() const { return m_benchmarkWindow; }
    QDoubleSpinBox* benchmarkScore() const { return m_benchmarkScore; }
    QLineEdit* benchmarkPlacement() const { return m_benchmarkPlacement; }
    QSpinBox* benchmarkLevels() const { return m_benchmarkLevels; }

    // Record what the current form holds; false (reason shown) when refused.
    bool recordObservation();
    bool recordConfidence();
    bool recordBenchmark();
    // Removes the assessment on the history's `row` after the coordinator confirms (unless `confirm` is
    // false).
    bool removeRow(int row, bool confirm = true);

Q_SIGNALS:
    // An assessment was added or removed: progress figures may have changed.
    void changed();

private:
    QWidget* observationForm();
    QWidget* confidenceForm();
    QWidget* benchmarkForm();
    QComboBox* groupChoice(QWidget* parent);
    QDateEdit* dateChoice(QWidget* parent);
    void reloadHistory();

    Store& m_store;
    std::int64_t m_studentId;
    QDate m_today;
    MessageBar* m_message = nullptr;
    QTableWidget* m_history = nullptr;
    QPushButton* m_remove = nullptr;
    QTabWidget* m_forms = nullptr;
    QDateEdit* m_observationDate = nullptr;
    QComboBox* m_observationGroup = nullptr;
    QComboBox* m_observationRating = nullptr;
    QPlainTextEdit* m_observationNotes = nullptr;
    QDateEdit* m_confidenceDate = nullptr;
    QComboBox* m_confidenceGroup = nullptr;
    QComboBox* m_confidenceRating = nullptr;
    QComboBox* m_benchmarkSubject = nullptr;
    QLineEdit* m_benchmarkInstrument = nullptr;
    QComboBox* m_benchmarkWindow = nullptr;
    QDoubleSpinBox* m_benchmarkScore = nullptr;
    QLineEdit* m_benchmarkPlacement = nullptr;
    QSpinBox* m_benchmarkLevels = nullptr;
    QDateEdit* m_benchmarkDate = nullptr;
    std::vector<std::int64_t> m_rowIds;
};

} // namespace tutordesk
