#pragma once

#include "families/ContactQuery.h"

#include <QDate>
#include <QWidget>

#include <cstdint>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace tutordesk {

class ContactEditDialog;
class ContactFilterBar;
class ContactTableModel;
class MessageBar;
class Store;

// The school's family contact log: every call, text, letter and visit, narrowed by period, method,
// outcome, purpose, language, a search or "Needs follow-up", with a summary of attempts and families
// reached. Enter or a double-click corrects a contact (audited, with a reason); Delete removes one logged
// by mistake, with a reason.
class ContactsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactsPage)

public:
    explicit ContactsPage(QWidget* parent = nullptr);
    ~ContactsPage() override;

    // Shows the log of `store` (nullptr: none), with every filter cleared.
    void setStore(Store* store);
    // Reads the log again (it changed), keeping the filters and sort.
    void reload();
    // The day "This week", "Last 30 days" and "This year" count from.
    void setToday(const QDate& today);

    // Opens the editor on the selected contact (window-modal, not blocking); nullptr with none selected.
    ContactEditDialog* editCurrent();
    // Asks why, then deletes the selected contact; false with none selected.
    bool removeCurrent();
    std::optional<std::int64_t> currentContactId() const;

    ContactTableModel* model() const { return m_model; }
    ContactFilterBar* filterBar() const { return m_filters; }
    QTableView* table() const { return m_table; }
    QLabel* summaryLabel() const { return m_summary; }
    MessageBar* messageBar() const { return m_message; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* deleteButton() const { return m_delete; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    // A contact was changed or deleted: pages showing contacts (Today's follow-ups) should read again.
    void contactsChanged();

private:
    void showSummary();
    void selectionChanged();
    void sortIndicatorChanged(int column, Qt::SortOrder order);
    void changedBy(const QString& message);

    ContactTableModel* m_model = nullptr;
    ContactFilterBar* m_filters = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_summary = nullptr;
    MessageBar* m_message = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
    Store* m_store = nullptr;
    QDate m_today = QDate::currentDate();
};

} // namespace tutordesk
