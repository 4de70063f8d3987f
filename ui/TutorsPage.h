#pragma once

#include <QWidget>

namespace tutordesk {

class Store;

// The Tutors page: the tutor roster with clearances, supervisors and their load, tutor absences.
class TutorsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TutorsPage)

public:
    explicit TutorsPage(QWidget* parent = nullptr);
    ~TutorsPage() override;

    void setStore(Store* store);
    // Reads everything it shows again.
    void reload();

Q_SIGNALS:
    // This page changed the school's data (the Session tells every page).
    void scheduleChanged();

private:
    Store* m_store = nullptr;
};

} // namespace tutordesk
