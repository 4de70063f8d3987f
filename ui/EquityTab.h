#pragma once

#include <QDate>
#include <QWidget>

#include <cstdint>
#include <memory>

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTreeView;

namespace tutordesk {

class ReportOutput;

class EquityModel;
class Store;

// The equity audit by student group: eligible, offered, enrolled, dosage, attendance and growth, groups under
// 10 suppressed, and the groups whose share of seats or minutes falls well below their share of need.
class EquityTab final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EquityTab)

public:
    explicit EquityTab(QWidget* parent = nullptr);
    ~EquityTab() override;

    // Shows the school in `store` (nullptr: none).
    void setStore(Store* store);
    // The day figures count up to (the clock unless --today).
    void setToday(const QDate& today);
    // Reads the figures again (something changed), keeping what the coordinator chose. While the tab is
    // hidden the reading waits until it is shown.
    void reload();

    // For tests and the PDF: what the tab shows.
    const EquityModel& model() const { return *m_model; }
    QTreeView* view() const { return m_view; }
    QString gapText() const;
    // Writes the audit as a PDF; the pages written, 0 when it could not (the message says why).
    int savePdf(const QString& path);
    void setThreshold(double threshold);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void readAudit();
    void thresholdChanged(double value);
    void showMessage(const QString& text, bool problem);
    void askToPrint();
    void askToSavePdf();
    QString html() const;

    Store* m_store = nullptr;
    QDate m_today;
    bool m_stale = true;
    EquityModel* m_model;
    QLabel* m_heading;
    QLabel* m_gaps;
    QDoubleSpinBox* m_threshold;
    QPushButton* m_print;
    QPushButton* m_save;
    QLabel* m_message;
    QTreeView* m_view;
    QLabel* m_notes;
    ReportOutput* m_output = nullptr;
};

} // namespace tutordesk
