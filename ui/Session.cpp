#include "Session.h"

#include "store/Store.h"
#include "store/StoreError.h"

namespace tutordesk {

Session::Session(QObject* parent)
    : QObject(parent)
{}

Session::~Session() = default;

QString Session::path() const
{
    return m_store ? m_store->path() : QString();
}

Result<Session::Opened> Session::open(const QString& path)
{
    auto opened = Store::open(path, Store::OpenMode::ExistingOnly);
    if (!opened)
        return opened.error();
    std::unique_ptr<Store> store = std::move(opened).value();
    try {
        if (!store->hasSchool())
            return Opened::NoSchool;
    } catch (const StoreError& e) {
        return Error{
            tr("%1 is damaged and cannot be read (%2). Restore it from a backup.").arg(path, e.message())};
    }
    if (auto adopted = adopt(std::move(store)); !adopted)
        return adopted.error();
    return Opened::School;
}

Result<void> Session::adopt(std::unique_ptr<Store> store)
{
    std::optional<SchoolInfo> school;
    try {
        school = School::load(*store);
    } catch (const StoreError& e) {
        return Error{tr("%1 is damaged and cannot be read (%2). Restore it from a backup.")
                         .arg(store->path(), e.message())};
    }
    if (!school)
        return Error{tr("%1 holds no school yet.").arg(store->path())};
    m_school = *school;
    std::unique_ptr<Store> previous = std::exchange(m_store, std::move(store));
    Q_EMIT storeChanged(m_store.get());
    return {};
}

void Session::reloadSchool()
{
    if (!m_store)
        return;
    try {
        if (auto school = School::load(*m_store))
            m_school = *school;
    } catch (const StoreError&) { // NOLINT(bugprone-empty-catch): the details shown stay as they were
    }
    Q_EMIT contentChanged();
}

} // namespace tutordesk
