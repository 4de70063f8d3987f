#pragma once

#include <QWidget>

namespace tutordesk {

class Store;

// The Schedule page: the week of sessions (days × time, coloured by tier) and the printable day list.
class SchedulePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchedulePage)

public:
    explicit SchedulePage(QWidget* parent = nullptr);
    ~SchedulePage() override;

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
