#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace tutordesk {

// A date that may not have been recorded: a check box ("Recorded") beside a date field that is
// enabled only when it is ticked. date() is null while it is not.
class OptionalDateEdit final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionalDateEdit)

public:
    // `accessibleName` names the date for screen readers ("Background check date").
    OptionalDateEdit(const QString& accessibleName, QWidget* parent = nullptr);
    ~OptionalDateEdit() override;

    // A null date unticks the box (and proposes `fallback` when it is ticked later).
    void setDate(const QDate& date, const QDate& fallback = QDate::currentDate());
    QDate date() const;

    // The locale's short date format with a four-digit year: "M/d/yy" would read 27 as 1927.
    static QString fourDigitYearFormat();

    QCheckBox* recordedBox() const { return m_recorded; }
    QDateEdit* dateEdit() const { return m_date; }

Q_SIGNALS:
    void dateChanged();

private:
    QCheckBox* m_recorded = nullptr;
    QDateEdit* m_date = nullptr;
};

} // namespace tutordesk
