#pragma once

#include <QString>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QStackedWidget;
class QToolButton;

namespace tutordesk {

// One chart of the Progress page: the chart itself, or a sentence saying why there is nothing to plot
// ("No probes yet for this student") instead of an empty axis; saved as PNG or printed from its buttons or
// its context menu.
class ChartPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPanel)

public:
    explicit ChartPanel(const QString& title, QWidget* parent = nullptr);
    ~ChartPanel() override;

    // Shows `chart` (the panel's view takes it); the previous chart is deleted.
    void setChart(QChart* chart);
    // Shows a sentence instead of a chart.
    void showMessage(const QString& text);

    QString title() const { return m_title; }
    QChart* chart() const;
    QChartView* view() const { return m_view; }
    bool showsMessage() const;
    QString message() const;

    // Writes the chart as a PNG image; false when it could not.
    bool savePng(const QString& path) const;

public Q_SLOTS:
    void saveAs();
    void print();

private:
    void showMenu(const QPoint& at);

    QString m_title;
    QStackedWidget* m_stack = nullptr;
    QChartView* m_view = nullptr;
    QLabel* m_message = nullptr;
    QToolButton* m_save = nullptr;
    QToolButton* m_print = nullptr;
};

} // namespace tutordesk
