#include "exchange/TransportErrors.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>

namespace tutordesk::TransportErrors {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::Transport)
};

QString native(const QString& folder)
{
    return QDir::toNativeSeparators(folder);
}

} // namespace

QString folderMissing(const QString& folder)
{
    return Tr::tr("The folder %1 is not there: is the USB stick or the district drive connected? The bundle "
                  "waits in the outbox.")
        .arg(native(folder));
}

QString folderNotWritable(const QString& folder, const QString& detail)
{
    return Tr::tr(
               "TutorDesk cannot write in the folder %1 (%2): check that the drive is not read-only and that "
               "you may write there. The bundle waits in the outbox.")
        .arg(native(folder), detail);
}

QString folderWriteFailed(const QString& folder, const QString& detail)
{
    return Tr::tr(
               "The bundle could not be written in full to the folder %1 (%2): is the drive full or was it "
               "removed? Nothing was left under the bundle's name; it waits in the outbox.")
        .arg(native(folder), detail);
}

QString badBundleName(const QString& name)
{
    return Tr::tr("\"%1\" is not a bundle name TutorDesk writes. Make a new export.").arg(name);
}

QString hostNotFound(const QString& where)
{
    return Tr::tr("TutorDesk could not reach %1: this computer may be offline, or the address is wrong. "
                  "TutorDesk will try again.")
        .arg(where);
}

QString connectionRefused(const QString& where)
{
    return Tr::tr("%1 refused the connection: the district's server may be down. TutorDesk will try again.")
        .arg(where);
}

QString timedOut(const QString& where, int timeoutMs)
{
    const int seconds = std::max(1, (timeoutMs + 999) / 1000);
    return Tr::
        tr("The district's server at %1 did not answer (timed out after %n second(s)). TutorDesk will try "
           "again.",
           nullptr, seconds)
            .arg(where);
}

QString tlsFailed(const QString& where)
{
    return Tr::tr("The district's server at %1 could not prove who it is (its security certificate was not "
                  "accepted), so nothing was sent. Ask the district's IT to check the server's certificate.")
        .arg(where);
}

QString networkFailed(const QString& where, const QString& detail)
{
    return Tr::tr("Sending to %1 failed (%2). TutorDesk will try again.").arg(where, detail);
}

QString httpStatus(const QString& where, int status, const QString& reason)
{
    const QString code = QString::number(status);
    if (status == 401 || status == 403)
        return Tr::tr(
                   "The district's server refused the sync token (%1): check it in Settings \u25b8 District "
                   "sync.")
            .arg(code);
    if (status == 404)
        return Tr::tr(
                   "The district's server does not know this address (%1 not found at %2): check the address "
                   "and the school code in Settings \u25b8 District sync.")
            .arg(code, where);
    if (status == 413)
        return Tr::tr(
            "The bundle is too large for the district's server (413): ask the district's IT to accept "
            "larger uploads.");
    if (status >= 500 && status <= 599)
        return Tr::tr("The district's server had a problem (%1); TutorDesk will try again.").arg(code);
    const QString answer = reason.isEmpty() ? code : code + QLatin1Char(' ') + reason;
    return Tr::tr(
               "The district's server at %1 did not accept the bundle (it answered %2). TutorDesk will try "
               "again; if this goes on, tell the district's IT.")
        .arg(where, answer);
}

} // namespace tutordesk::TransportErrors
