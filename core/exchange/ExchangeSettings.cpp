#include "exchange/ExchangeSettings.h"

#include "store/Store.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QUrl>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::ExchangeSettings)
};

constexpr const char* destinationKey = "exchange.destination";
constexpr const char* namesKey = "exchange.includeNames";
constexpr const char* notesKey = "exchange.includeNotes";
constexpr const char* dailyKey = "exchange.dailyAfter";

std::optional<QString> setting(Store& store, const char* key)
{
    Statement st = store.db().prepare("SELECT value FROM settings WHERE key = ?");
    st.bindAll(key);
    if (!st.step())
        return std::nullopt;
    return st.text(0);
}

bool isLoopback(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

ExchangeSettings ExchangeSettings::load(Store& store)
{
    ExchangeSettings settings;
    if (const auto value = setting(store, destinationKey))
        settings.destination = *value;
    if (const auto value = setting(store, namesKey))
        settings.includeNames = *value == QLatin1String("true");
    if (const auto value = setting(store, notesKey))
        settings.includeNotes = *value == QLatin1String("true");
    if (const auto value = setting(store, dailyKey)) {
        const QTime time = QTime::fromString(*value, QStringLiteral("HH:mm"));
        settings.dailyAfter = time.isValid() ? std::optional<QTime>(time) : std::nullopt;
    }
    return settings;
}

Result<void> ExchangeSettings::save(Store& store, const ExchangeSettings& settings)
{
    const QString destination = settings.destination.trimmed();
    if (const DestinationCheck check = checkDestination(destination);
        check.kind == DestinationCheck::Kind::Invalid)
        return Error{check.problem};
    try {
        Database& db = store.db();
        Transaction tx(db);
        const auto put = [&db](const char* key, const QString& value) {
            db.run("INSERT INTO settings (key, value) VALUES (?, ?) "
                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                   key, value);
        };
        const auto flag = [](bool on) { return on ? QStringLiteral("true") : QStringLiteral("false"); };
        put(destinationKey, destination);
        put(namesKey, flag(settings.includeNames));
        put(notesKey, flag(settings.includeNotes));
        put(dailyKey, settings.dailyAfter ? settings.dailyAfter->toString(QStringLiteral("HH:mm"))
                                          : QStringLiteral("off"));
        tx.commit();
        return {};
    } catch (const StoreError& e) {
        return Error{Tr::tr("The sync settings could not be saved: %1").arg(e.message())};
    }
}

DestinationCheck checkDestination(const QString& rawDestination)
{
    const QString destination = rawDestination.trimmed();
    if (destination.isEmpty())
        return {};
    const bool looksLikeUrl = destination.contains(QLatin1String("://"));
    if (!looksLikeUrl) {
        if (!QDir::isAbsolutePath(destination))
            return {DestinationCheck::Kind::Invalid, Tr::tr("\"%1\" is not a full folder path. Choose the "
                                                            "district's folder with Browse…, or enter an "
                                                            "address that starts with https://.")
                                                         .arg(destination)};
        return {DestinationCheck::Kind::Folder, {}};
    }
    const QUrl url(destination, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return {
            DestinationCheck::Kind::Invalid,
            Tr::tr(
                "\"%1\" is not a web address TutorDesk can send to. Copy the address the district gave you, "
                "starting with https://.")
                .arg(destination)};
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {DestinationCheck::Kind::Https, {}};
    if (scheme == QLatin1String("http")) {
        if (isLoopback(url.host()))
            return {DestinationCheck::Kind::Https, {}};
        return {
            DestinationCheck::Kind::Invalid,
            Tr::tr(
                "\"%1\" is not encrypted (http://). Students' records are sent only over https://: ask the "
                "district for its https:// address.")
                .arg(destination)};
    }
    return {DestinationCheck::Kind::Invalid,
            Tr::tr("\"%1\" is neither a folder nor an https:// address.").arg(destination)};
}

} // namespace tutordesk
