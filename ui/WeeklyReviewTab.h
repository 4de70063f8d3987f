#pragma once

#include "letters/LetterRender.h" // Paper

#include <QDate>
#include <QWidget>

#include <cstdint>
#include <memory>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace tutordesk {

class ReportOutput;

class Store;

// The weekly operating review on screen: the page the coordinator brings to the weekly meeting, printed or
// saved as PDF. The week is picked with Previous / This week / Next; the page is core's HTML, the same
// that prints.
class WeeklyReviewTab final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeeklyReviewTab)

public:
    explicit WeeklyReviewTab(QWidget* parent = nullptr);
    ~WeeklyReviewTab() override;

    // Shows the school in `store` (nullptr: none).
    void setStore(Store* store);
    // The day figures count up to (the clock unless --today).
    void setToday(const QDate& today);
    // Reads the figures again (something changed), keeping what the coordinator chose.
    void reload();

    // The Monday of the week shown.
    QDate weekShown() const;
    void showWeek(const QDate& day);
    QString reviewHtml() const { return m_html; }
    QString reviewTitle() const { return m_title; }
    QTextBrowser* browser() const { return m_browser; }
    QLabel* weekLabel() const { return m_weekLabel; }
    // Writes the review as a PDF (what "Save as PDF…" does once a file is chosen); the page count, 0 when
    // it could not (the reason is shown).
    int savePdf(const QString& path);

public Q_SLOTS:
    void showPreviousWeek();
    void showNextWeek();
    void showThisWeek();

private:
    void askToPrint();
    void askToSavePdf();
    void showMessage(const QString& text, bool problem);

    Store* m_store = nullptr;
    QDate m_today;
    QDate m_week; // invalid: the week holding today
    QString m_html;
    QString m_title;
    QPushButton* m_previous = nullptr;
    QPushButton* m_thisWeek = nullptr;
    QPushButton* m_next = nullptr;
    QLabel* m_weekLabel = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_save = nullptr;
    QTextBrowser* m_browser = nullptr;
    QLabel* m_message = nullptr;
    ReportOutput* m_output = nullptr;
};

} // namespace tutordesk
