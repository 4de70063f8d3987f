#include "roster/SavedMappings.h"

#include "store/Store.h"

namespace tutordesk {

namespace {

QString settingsKey(const QString& kind)
{
    return QStringLiteral("mapping.") + kind;
}

} // namespace

std::optional<ColumnMapping> SavedMappings::load(Store& store, const QString& kind)
{
    Statement st = store.db().prepare("SELECT value FROM settings WHERE key = ?");
    st.bindAll(settingsKey(kind));
    if (!st.step())
        return std::nullopt;
    // A saved mapping TutorDesk cannot read is as good as none: the importer proposes one again.
    auto mapping = ColumnMapping::fromJson(st.text(0).toUtf8(), settingsKey(kind));
    if (!mapping)
        return std::nullopt;
    return std::move(mapping).value();
}

void SavedMappings::save(Store& store, const ColumnMapping& mapping)
{
    store.db().run("INSERT INTO settings (key, value) VALUES (?, ?)"
                   " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                   settingsKey(mapping.kind()), QString::fromUtf8(mapping.toJson()));
}

} // namespace tutordesk
