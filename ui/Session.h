#pragma once

#include "common/Result.h"
#include "school/School.h"
#include "store/Store.h" // complete for the storeChanged(Store*) signal's metatype

#include <QObject>
#include <QString>

#include <memory>

namespace tutordesk {

// The database the window works on: owns the open Store and the school it holds, and swaps them
// when the coordinator opens or creates another. Pages read through store(); they never keep it
// past storeChanged().
class Session final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    enum class Opened { School, NoSchool };

    explicit Session(QObject* parent = nullptr);
    ~Session() override;

    // Opens an existing database. NoSchool means a TutorDesk database that holds no school yet:
    // it is closed again and the current one stays open.
    Result<Opened> open(const QString& path);
    // Takes over a store already open in this thread that holds a school.
    Result<void> adopt(std::unique_ptr<Store> store);

    bool isOpen() const { return m_store != nullptr; }
    Store* store() const { return m_store.get(); }
    const SchoolInfo& school() const { return m_school; }
    QString path() const;

    // Says that something changed the school's data (an import, a placement, new scores), so that
    // every page showing it reads it again.
    void notifyContentChanged() { Q_EMIT contentChanged(); }
    // Reads the school's details again after they were edited (the window title shows its name).
    void reloadSchool();

Q_SIGNALS:
    // A different database is open; the previous store is destroyed only after this returns.
    void storeChanged(tutordesk::Store* store);
    void contentChanged();

private:
    std::unique_ptr<Store> m_store;
    SchoolInfo m_school;
};

} // namespace tutordesk
