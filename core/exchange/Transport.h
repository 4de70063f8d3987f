#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

namespace tutordesk {

// How one attempt to hand a bundle to the district ended.
struct SendOutcome {
    bool delivered = false;
    // Plain words for the coordinator when not delivered: "The district's server did not answer (timed out
    // after 60 s). TutorDesk will try again." / "The district refused the sync token: check it in Settings".
    QString error;
};

// One destination: a folder (write name.part, flush, rename) or an HTTPS endpoint
// (PUT <endpoint>/<schoolCode>/<bundle name>, bearer token, Content-SHA256). Asynchronous: send() returns at
// once and finished() follows exactly once, on the object's thread, even for a folder.
class Transport : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;
    ~Transport() override = default;

    virtual void send(const QString& bundleName, const QByteArray& content, const QString& sha256) = 0;

Q_SIGNALS:
    void finished(const tutordesk::SendOutcome& outcome);
};

struct TransportSetup {
    QString destination; // a folder path or URL (ExchangeSettings::destination or `sync --to`)
    QString schoolCode;
    QString token; // HTTPS only; may be empty (the server will say 401)
    int timeoutMs = 60000;
};

// The transport a destination names, or null with `problem` set (checkDestination's words).
std::unique_ptr<Transport> makeTransport(const TransportSetup& setup, QString* problem);

} // namespace tutordesk

Q_DECLARE_METATYPE(tutordesk::SendOutcome)
