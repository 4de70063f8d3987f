#pragma once

#include "progress/ProbeSheet.h"

#include <QDate>
#include <QDialog>

#include <cstdint>
#include <map>
#include <optional>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace tutordesk {

class MessageBar;
class ProbeGridView;
class Store;

// Entering a group's skill probes quickly: a grid of the group's students × probes (earlier results and a
// column for the new one), typed with the keyboard and saved in one transaction.
class ProbeGridDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProbeGridDialog)

public:
    // `groupId`: the group to open on (else the first group with sessions today or the first group).
    ProbeGridDialog(Store& store, const QDate& today, std::optional<std::int64_t> groupId,
                    QWidget* parent = nullptr);
    ~ProbeGridDialog() override;

    // For tests and the page: the parts a coordinator works with.
    QComboBox* groupBox() const { return m_group; }
    QDateEdit* dateEdit() const { return m_date; }
    QComboBox* windowBox() const { return m_window; }
    QDoubleSpinBox* maxBox() const { return m_max; }
    ProbeGridView* grid() const { return m_grid; }
    MessageBar* messageBar() const { return m_message; }
    // The column of the new probe in grid().
    int entryColumn() const;
    // Scores typed that are not saved yet.
    bool hasUnsavedScores() const;
    // Writes the new column; false (with the reason shown) when core refused it.
    bool save();

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    // Probes were saved: progress figures changed.
    void saved();

private:
    void chooseGroup(int index);
    void reload(bool keepTyped);
    void fillGrid();
    void refreshRow(int row);
    void cellChanged(int row, int column);
    ProbeEntry entry() const;
    std::optional<double> parsed(const QString& text, bool* ok) const;
    int firstEditableRow() const;

    Store& m_store;
    QDate m_today;
    std::optional<ProbeSheet> m_sheet;
    std::int64_t m_groupId = 0;
    int m_groupIndex = -1;
    // What each student's new cell holds, and what it held when loaded (the saved value), by student.
    std::map<std::int64_t, QString> m_typed;
    std::map<std::int64_t, QString> m_stored;
    bool m_filling = false;

    QComboBox* m_group = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_window = nullptr;
    QDoubleSpinBox* m_max = nullptr;
    QLabel* m_skill = nullptr;
    MessageBar* m_message = nullptr;
    ProbeGridView* m_grid = nullptr;
    QLabel* m_hint = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace tutordesk
