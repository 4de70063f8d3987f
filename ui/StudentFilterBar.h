#pragma once

#include "roster/StudentQuery.h"

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTimer;

namespace tutordesk {

// The row above the Students table: a search box (debounced while typing) and the filters by
// grade, EL status, home language, student group, tier, program status and withdrawn students. It only says
// what is wanted; StudentQuery does the filtering in SQL.
class StudentFilterBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudentFilterBar)

public:
    static constexpr int searchDelayMs = 200;

    explicit StudentFilterBar(QWidget* parent = nullptr);
    ~StudentFilterBar() override;

    StudentFilter filter() const;
    // The home languages to offer (BCP 47 codes, most common first); clears every filter.
    void reset(const QStringList& homeLanguages);
    // Offers these home languages, keeping the one chosen if it is still among them (after an
    // import); says nothing unless that choice had to go.
    void updateLanguages(const QStringList& homeLanguages);

    QLineEdit* searchField() const { return m_search; }
    QComboBox* gradeBox() const { return m_grade; }
    QComboBox* elStatusBox() const { return m_elStatus; }
    QComboBox* languageBox() const { return m_language; }
    QComboBox* groupBox() const { return m_group; }
    QComboBox* tierBox() const { return m_tier; }
    QComboBox* programBox() const { return m_program; }
    QCheckBox* withdrawnBox() const { return m_withdrawn; }

Q_SIGNALS:
    void filterChanged(const tutordesk::StudentFilter& filter);

private:
    void emitFilter();
    void fillLanguages(const QStringList& homeLanguages);

    QLineEdit* m_search = nullptr;
    QTimer* m_searchDelay = nullptr;
    QComboBox* m_grade = nullptr;
    QComboBox* m_elStatus = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_group = nullptr;
    QComboBox* m_tier = nullptr;
    QComboBox* m_program = nullptr;
    QCheckBox* m_withdrawn = nullptr;
    bool m_resetting = false;
};

} // namespace tutordesk
