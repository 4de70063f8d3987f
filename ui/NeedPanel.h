#pragma once

#include <QWidget>

#include <cstdint>
#include <optional>

class QLabel;
class QTreeWidget;

namespace tutordesk {

class Store;

// "Why this student": the need score of the student selected on the Students page, their tier
// and every factor behind the score (its points and the evidence in plain words), as core stored
// them when it last ranked the students (NeedScore::forStudent).
class NeedPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NeedPanel)

public:
    explicit NeedPanel(QWidget* parent = nullptr);
    ~NeedPanel() override;

    void setStore(Store* store);
    // The student to explain; none shows how to choose one.
    void showStudent(std::optional<std::int64_t> studentId);
    // Reads the shown student again (after scores were recalculated).
    void refresh() { showStudent(m_student); }

    QLabel* nameLabel() const { return m_name; }
    QLabel* scoreLabel() const { return m_score; }
    QLabel* tierLabel() const { return m_tier; }
    QTreeWidget* factors() const { return m_factors; }

private:
    void showHint(const QString& hint);

    Store* m_store = nullptr;
    std::optional<std::int64_t> m_student;
    QLabel* m_name = nullptr;
    QLabel* m_score = nullptr;
    QLabel* m_tier = nullptr;
    QTreeWidget* m_factors = nullptr;
    QLabel* m_hint = nullptr;
};

} // namespace tutordesk
