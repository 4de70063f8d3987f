#pragma once

#include <QWidget>

namespace tutordesk {

class Store;

// The Calendar page: the school year's days off and minimum days, edited in place or imported.
class CalendarPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarPage)

public:
    explicit CalendarPage(QWidget* parent = nullptr);
    ~CalendarPage() override;

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
