#pragma once

// Bundles put straight into the outbox (the bundles part makes real ones), and a tiny HTTP server on
// loopback that plays the district's endpoint.
#include "exchange/Outbox.h"
#include "store/Store.h"
#include "support/Fixtures.h"
#include "support/TempDir.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QEventLoop>
#include <QList>
#include <QMap>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <gtest/gtest.h>

#include <functional>

namespace tutordesk::test {

inline QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

inline QString bundleName(qint64 sequence)
{
    return QStringLiteral("tutordesk_1964733_20260914T200000Z_%1.zip").arg(sequence);
}

// Bytes that stand for a zip: the transports never look inside.
inline QByteArray fakeZip(qint64 sequence)
{
    QByteArray bytes("PK\x03\x04", 4);
    for (int i = 0; i < 5000; ++i)
        bytes.append(static_cast<char>((i * 31 + sequence) % 256));
    return bytes;
}

// A waiting bundle as exportBundle leaves it; returns its outbox id.
inline qint64 insertBundle(Store& store, qint64 sequence, const QByteArray& content,
                           const QString& createdAt = QStringLiteral("2026-09-14T20:00:00.000Z"))
{
    store.db().run(
        "INSERT INTO outbox (bundle_name, mode, sequence, created_at, content, sha256, row_counts, "
        "size_bytes) VALUES (?, ?, ?, ?, ?, ?, '{\"students.csv\": 3}', ?)",
        bundleName(sequence), sequence == 1 ? "bulk" : "delta", static_cast<std::int64_t>(sequence),
        createdAt, content, sha256Hex(content), static_cast<std::int64_t>(content.size()));
    return store.db().lastInsertId();
}

// One request as the server read it.
struct ReceivedRequest {
    QByteArray method;
    QByteArray path;
    QMap<QByteArray, QByteArray> headers; // names lower-case
    QByteArray body;
};

// The district's endpoint on 127.0.0.1: answers each PUT with the status `answer` gives for the request's
// number (0, 1, …), or never answers when it gives 0.
class LoopbackServer final : public QObject {
public:
    LoopbackServer()
    {
        EXPECT_TRUE(m_server.listen(QHostAddress::LocalHost, 0));
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection())
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        });
    }

    quint16 port() const { return m_server.serverPort(); }
    QString url(const QString& path = QString()) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path);
    }
    void answerWith(std::function<int(int index)> answer) { m_answer = std::move(answer); }
    void answerAlways(int status)
    {
        m_answer = [status](int) { return status; };
    }
    const QList<ReceivedRequest>& requests() const { return m_requests; }

private:
    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        ReceivedRequest request;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return; // the body is still coming
        request.body = buffer.mid(headerEnd + 4, length);
        m_buffers.remove(socket);
        const int status = m_answer ? m_answer(static_cast<int>(m_requests.size())) : 200;
        m_requests << request;
        if (status == 0)
            return; // never answers: the client's timeout ends it
        socket->write("HTTP/1.1 " + QByteArray::number(status) +
                      " Status\r\nContent-Length: 0\r\n"
                      "Connection: close\r\n\r\n");
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    std::function<int(int)> m_answer;
    QMap<QTcpSocket*, QByteArray> m_buffers;
    QList<ReceivedRequest> m_requests;
};

// A port on 127.0.0.1 where nothing listens (it was just closed): connections are refused.
inline quint16 closedPort()
{
    QTcpServer server;
    EXPECT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

// A school in a fresh database file, for the outbox, transport and schedule tests.
class SchoolStoreTest : public TempDirTest {
protected:
    void SetUp() override
    {
        store = openStore(dbPath());
        ASSERT_TRUE(store);
        createSchool(*store);
    }
    std::unique_ptr<Store> store;
};

} // namespace tutordesk::test
