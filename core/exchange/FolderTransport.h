#pragma once

#include "exchange/Transport.h"

#include <functional>

namespace tutordesk {

// A folder destination: a mapped district share, a synced cloud folder, or a USB stick carried from an
// offline campus. The bundle is written as `<name>.part`, flushed to the disk, then renamed to `<name>`, so
// the district never picks up a half-written zip under the final name. A file already there under the same
// name is replaced (same name, same content).
class FolderTransport final : public Transport {
    Q_OBJECT

public:
    explicit FolderTransport(QString folder, QObject* parent = nullptr);

    void send(const QString& bundleName, const QByteArray& content, const QString& sha256) override;

    // Writes synchronously and says how it went (send() reports the same through finished()).
    SendOutcome write(const QString& bundleName, const QByteArray& content);

    // Tests: called once `<name>.part` is whole on the disk and before the rename.
    void setBeforeRename(std::function<void(const QString& partPath)> hook)
    {
        m_beforeRename = std::move(hook);
    }

private:
    QString m_folder;
    std::function<void(const QString&)> m_beforeRename;
};

} // namespace tutordesk
