#include "exchange/TokenStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace tutordesk::TokenStore {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::TokenStore)
};

const QString service = QStringLiteral("TutorDesk");

// A keychain that does not answer (no Secret Service, no session bus, a locked wallet waiting for a
// password nobody types into a scheduler's session) must not hang a nightly sync.
constexpr int keychainTimeoutMs = 5000;

QString keyFor(const QString& schoolCode)
{
    return QStringLiteral("district-token/") + schoolCode;
}

struct JobResult {
    bool finished = false; // false: the keychain did not answer in time
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString text;
};

// Runs one keychain job to its end in a local event loop. The job deletes itself when it finishes; if it
// never does, it is left to finish (or not) on its own rather than destroyed while the keychain still
// holds a call of it.
JobResult runJob(QKeychain::Job* job)
{
    JobResult result;
    if (!QCoreApplication::instance()) {
        delete job;
        return result;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&result, &loop](QKeychain::Job* done) {
        result.finished = true;
        result.error = done->error();
        result.errorString = done->errorString();
        if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(done))
            result.text = read->textData();
        loop.quit();
    });
    QTimer::singleShot(keychainTimeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!result.finished)
        loop.exec();
    return result;
}

JobResult readKeychain(const QString& schoolCode)
{
    auto* job = new QKeychain::ReadPasswordJob(service);
    job->setKey(keyFor(schoolCode));
    return runJob(job);
}

} // namespace

QString read(const QString& schoolCode)
{
    const JobResult saved = readKeychain(schoolCode);
    if (saved.finished && saved.error == QKeychain::NoError && !saved.text.isEmpty())
        return saved.text;
    return qEnvironmentVariable("TUTORDESK_TOKEN").trimmed();
}

Result<void> write(const QString& schoolCode, const QString& rawToken)
{
    const QString token = rawToken.trimmed();
    QKeychain::Job* job = nullptr;
    if (token.isEmpty()) {
        auto* remove = new QKeychain::DeletePasswordJob(service);
        remove->setKey(keyFor(schoolCode));
        job = remove;
    } else {
        auto* save = new QKeychain::WritePasswordJob(service);
        save->setKey(keyFor(schoolCode));
        save->setTextData(token);
        job = save;
    }
    const JobResult result = runJob(job);
    if (!result.finished)
        return Error{
            Tr::tr("This computer's keychain did not answer, so the sync token was not saved. Unlock the "
                   "keychain (or sign in to the desktop) and save it again; a scheduled sync can also "
                   "take the token from TUTORDESK_TOKEN.")};
    if (result.error == QKeychain::NoError || (token.isEmpty() && result.error == QKeychain::EntryNotFound))
        return {};
    return Error{
        Tr::tr("The sync token could not be saved in this computer's keychain (%1). TutorDesk never keeps "
               "it in the database; a scheduled sync can take it from TUTORDESK_TOKEN.")
            .arg(result.errorString)};
}

bool hasSaved(const QString& schoolCode)
{
    const JobResult saved = readKeychain(schoolCode);
    return saved.finished && saved.error == QKeychain::NoError && !saved.text.isEmpty();
}

} // namespace tutordesk::TokenStore
