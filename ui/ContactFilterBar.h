#pragma once

#include "families/ContactQuery.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;

namespace tutordesk {

// The rows above the contact log: a period (quick choices "This week", "Last 30 days", "This year", or
// any range), method, outcome, purpose, language, a search box (debounced while typing) and "Needs
// follow-up". It only says what is wanted; ContactQuery does the filtering in SQL.
class ContactFilterBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactFilterBar)

public:
    static constexpr int searchDelayMs = 200;
    enum Period { AnyTime, ThisWeek, Last30Days, ThisYear, Custom };

    explicit ContactFilterBar(QWidget* parent = nullptr);
    ~ContactFilterBar() override;

    ContactFilter filter() const;
    // The day the quick choices count from, and the first day of the school year ("This year").
    void setToday(const QDate& today, const QDate& yearStart = {});
    // Clears every filter.
    void reset();
    void setPeriod(Period period);

    QComboBox* periodBox() const { return m_period; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QComboBox* methodBox() const { return m_method; }
    QComboBox* outcomeBox() const { return m_outcome; }
    QComboBox* purposeBox() const { return m_purpose; }
    QComboBox* languageBox() const { return m_language; }
    QLineEdit* searchField() const { return m_search; }
    QCheckBox* followUpBox() const { return m_followUp; }

Q_SIGNALS:
    void filterChanged(const tutordesk::ContactFilter& filter);

private:
    void periodChosen();
    void datesEdited();
    void emitFilter();

    QComboBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_method = nullptr;
    QComboBox* m_outcome = nullptr;
    QComboBox* m_purpose = nullptr;
    QComboBox* m_language = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer* m_searchDelay = nullptr;
    QCheckBox* m_followUp = nullptr;
    QDate m_today = QDate::currentDate();
    QDate m_yearStart;
    bool m_quiet = false;
};

} // namespace tutordesk
