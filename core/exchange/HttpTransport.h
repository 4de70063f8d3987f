#pragma once

#include "exchange/Transport.h"

#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace tutordesk {

// An HTTPS endpoint: PUT <endpoint>/<schoolCode>/<bundle name> with the bearer token, the zip as the body
// and its SHA-256 in Content-SHA256; any 2xx is the district's acknowledgement. Certificates are always
// verified, and a redirect may never lead to a less safe scheme. Plain http:// is refused before this is
// made (checkDestination), except to a loopback address.
class HttpTransport final : public Transport {
    Q_OBJECT

public:
    explicit HttpTransport(const TransportSetup& setup, QObject* parent = nullptr);
    ~HttpTransport() override;

    void send(const QString& bundleName, const QByteArray& content, const QString& sha256) override;

    // Where a bundle goes: the endpoint's path, then the school code and the bundle name, each
    // percent-encoded as one path segment.
    QUrl urlFor(const QString& bundleName) const;

private:
    // "https://sync.district.org/tutoring", as failures name it.
    QString describe() const;
    SendOutcome outcomeOf(QNetworkReply* reply) const;

    QUrl m_endpoint;
    QString m_schoolCode;
    QString m_token;
    int m_timeoutMs;
    QNetworkAccessManager* m_network;
};

} // namespace tutordesk
