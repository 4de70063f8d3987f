#include "exchange/HttpTransport.h"

#include "exchange/TransportErrors.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace tutordesk {

HttpTransport::HttpTransport(const TransportSetup& setup, QObject* parent)
    : Transport(parent)
    , m_endpoint(setup.destination.trimmed(), QUrl::StrictMode)
    , m_schoolCode(setup.schoolCode)
    , m_token(setup.token.trimmed())
    , m_timeoutMs(setup.timeoutMs)
    , m_network(new QNetworkAccessManager(this))
{
    // A bundle is sent once per attempt: no cookies, no cache, nothing kept between attempts.
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

HttpTransport::~HttpTransport() = default;

QString HttpTransport::describe() const
{
    return m_endpoint.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

QUrl HttpTransport::urlFor(const QString& bundleName) const
{
    QUrl url = m_endpoint;
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    path += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(m_schoolCode)) + QLatin1Char('/') +
            QString::fromLatin1(QUrl::toPercentEncoding(bundleName));
    url.setPath(path, QUrl::StrictMode);
    return url;
}

void HttpTransport::send(const QString& bundleName, const QByteArray& content, const QString& sha256)
{
    QNetworkRequest request(urlFor(bundleName));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/zip"));
    request.setRawHeader(QByteArrayLiteral("Content-SHA256"), sha256.toLower().toLatin1());
    if (!m_token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_token.toUtf8());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(m_timeoutMs);
    // The certificate is verified as Qt does by default (the system's roots, the host name); sslErrors
    // are never ignored, so a reply with a bad certificate ends in SslHandshakeFailedError.

    QNetworkReply* reply = m_network->put(request, content);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        const SendOutcome outcome = outcomeOf(reply);
        reply->deleteLater();
        Q_EMIT finished(outcome);
    });
}

SendOutcome HttpTransport::outcomeOf(QNetworkReply* reply) const
{
    const QString where = describe();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (statusAttribute.isValid()) {
        const int status = statusAttribute.toInt();
        if (status >= 200 && status <= 299)
            return {true, {}};
        const QString reason =
            QString::fromUtf8(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
        return {false, TransportErrors::httpStatus(where, status, reason)};
    }
    switch (reply->error()) {
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return {false, TransportErrors::hostNotFound(where)};
    case QNetworkReply::ConnectionRefusedError:
        return {false, TransportErrors::connectionRefused(where)};
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what a transfer timeout ends in
        return {false, TransportErrors::timedOut(where, m_timeoutMs)};
    case QNetworkReply::SslHandshakeFailedError:
        return {false, TransportErrors::tlsFailed(where)};
    case QNetworkReply::InsecureRedirectError:
        return {false, TransportErrors::tlsFailed(where)};
    default:
        return {false, TransportErrors::networkFailed(where, reply->errorString())};
    }
}

} // namespace tutordesk
