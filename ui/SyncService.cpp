#include "SyncService.h"

#include "Session.h"
#include "exchange/BundleExport.h"
#include "exchange/ExchangeSettings.h"
#include "exchange/ExportSchedule.h"
#include "exchange/TokenStore.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QNetworkInformation>
#include <QThread>
#include <QTimer>

namespace tutordesk {

namespace {

// The first look soon after the window opens (a day's export missed while TutorDesk was closed), then
// once a minute.
constexpr int firstTickMs = 10'000;
constexpr int tickMs = 60'000;

} // namespace

// What the worker thread hands back; written there, read here once the thread has finished.
struct SyncService::ExportOutcome {
    bool scheduled = false;
    QString bundleName;
    int rows = 0;
    bool nothingChanged = false;
    bool cancelled = false;
    QString error;
};

SyncService::SyncService(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(firstTickMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_timer->setInterval(tickMs);
        tick();
    });
    m_timer->start();
    connect(&m_session, &Session::storeChanged, this, &SyncService::storeChanged);
    storeChanged(m_session.store());

    // Back on the network after an outage: what waits goes now rather than at the end of its back-off.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability != QNetworkInformation::Reachability::Online || !m_session.store() ||
                        !m_timer->isActive())
                        return;
                    (void)Outbox::retryNow(*m_session.store());
                    startSending(true);
                });
    }
}

SyncService::~SyncService()
{
    if (m_exportThread) {
        m_cancel->store(true);
        m_exportThread->wait();
    }
}

void SyncService::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    storeChanged(m_session.store()); // the sender records times by the same clock
}

void SyncService::setTimerEnabled(bool enabled)
{
    if (enabled)
        m_timer->start();
    else
        m_timer->stop();
}

QDateTime SyncService::now() const
{
    return m_clock();
}

void SyncService::storeChanged(Store* store)
{
    if (m_exportThread) {
        // The export has its own connection to the old file; let it finish there, unseen.
        m_cancel->store(true);
        m_exportThread->wait();
    }
    m_sender.reset();
    m_dailyCheckedOn = QDate();
    if (store) {
        m_sender = std::make_unique<OutboxSender>(*store, m_clock);
        connect(m_sender.get(), &OutboxSender::bundleSent, this, [this] { Q_EMIT changed(); });
        connect(m_sender.get(), &OutboxSender::finished, this, [this](const SendReport& report) {
            // A failure is the outbox's news: the page and the status bar show it from there, once.
            if (report.error.isEmpty() && report.delivered > 0)
                setMessage(tr("Sent %n bundle(s) to the district.", nullptr, report.delivered), false);
            Q_EMIT changed();
        });
    }
    setMessage(QString(), false);
}

bool SyncService::isSending() const
{
    return m_sender && m_sender->isRunning();
}

SyncStatus SyncService::status() const
{
    Store* store = m_session.store();
    if (!store)
        return {};
    try {
        return Outbox::status(*store, now());
    } catch (const StoreError&) {
        return {};
    }
}

void SyncService::exportNow(BundleMode mode)
{
    startExport(mode, false);
}

void SyncService::startExport(BundleMode mode, bool scheduled)
{
    if (m_exportThread || !m_session.store())
        return;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_outcome = std::make_shared<ExportOutcome>();
    m_outcome->scheduled = scheduled;
    m_percent = 0;
    // A SQLite connection stays in the thread that opened it: the worker opens its own on the same file.
    QThread* thread = QThread::create(
        [this, path = m_session.path(), mode, at = now(), cancel = m_cancel, outcome = m_outcome] {
            auto opened = Store::open(path, Store::OpenMode::ExistingOnly);
            if (!opened) {
                outcome->error = opened.error().message;
                return;
            }
            ExportRequest request;
            request.mode = mode;
            request.now = at;
            request.skipWhenUnchanged = mode == BundleMode::Delta;
            request.progress = [this, cancel](int percent) {
                QMetaObject::invokeMethod(
                    this,
                    [this, percent] {
                        m_percent = percent;
                        Q_EMIT exportProgress(percent);
                    },
                    Qt::QueuedConnection);
                return !cancel->load();
            };
            const auto made = exportBundle(*opened.value(), request);
            if (cancel->load()) {
                outcome->cancelled = true;
            } else if (!made) {
                outcome->error = made.error().message;
            } else if (!made.value()) {
                outcome->nothingChanged = true;
            } else {
                outcome->bundleName = made.value()->name;
                for (const BundleFile& file : made.value()->files)
                    outcome->rows += file.rows;
            }
        });
    thread->setParent(this);
    m_exportThread = thread;
    connect(thread, &QThread::finished, this, &SyncService::exportFinished);
    thread->start();
    Q_EMIT changed();
}

void SyncService::cancelExport()
{
    if (m_cancel)
        m_cancel->store(true);
}

void SyncService::exportFinished()
{
    if (m_exportThread)
        m_exportThread->deleteLater();
    m_exportThread = nullptr;
    const std::shared_ptr<ExportOutcome> outcome = std::move(m_outcome);
    if (!outcome)
        return;
    if (outcome->cancelled) {
        setMessage(tr("The export was stopped: nothing was written."), false);
    } else if (!outcome->error.isEmpty()) {
        setMessage(tr("The bundle for the district could not be made: %1").arg(outcome->error), true);
    } else if (outcome->nothingChanged) {
        // The daily export finding nothing new is no news; a coordinator who asked is told.
        if (!outcome->scheduled)
            setMessage(tr("Nothing has changed since the last bundle: there is nothing new to send."), false);
    } else {
        setMessage(tr("Made %1 (%Ln row(s)).", nullptr, outcome->rows).arg(outcome->bundleName), false);
        Q_EMIT bundleMade(outcome->bundleName);
    }
    Q_EMIT changed();
    startSending(false);
}

void SyncService::sendNow()
{
    Store* store = m_session.store();
    if (!store)
        return;
    (void)Outbox::retryNow(*store);
    if (ExchangeSettings::load(*store).destination.isEmpty()) {
        setMessage(tr("No district destination is set, so the bundles wait here. Choose a folder or the "
                      "district's address in Settings ▸ District sync."),
                   true);
        return;
    }
    startSending(false);
}

void SyncService::sendToFolder(const QString& folder)
{
    Store* store = m_session.store();
    if (!store || folder.isEmpty())
        return;
    if (m_sender && m_sender->isRunning()) {
        setMessage(tr("Bundles are being sent right now: try again in a moment."), false);
        return;
    }
    if (Outbox::status(*store, now()).waiting == 0) {
        setMessage(tr("No bundle is waiting: the district has everything."), false);
        return;
    }
    startSending(false, folder);
}

void SyncService::startSending(bool dueOnly, const QString& destinationOverride)
{
    Store* store = m_session.store();
    if (!store || !m_sender || m_sender->isRunning())
        return;
    try {
        const ExchangeSettings settings = ExchangeSettings::load(*store);
        const QString destination =
            destinationOverride.isEmpty() ? settings.destination : destinationOverride;
        if (destination.isEmpty())
            return;
        TransportSetup setup;
        setup.destination = destination;
        setup.schoolCode = m_session.school().schoolCode;
        if (checkDestination(destination).kind == DestinationCheck::Kind::Https)
            setup.token = TokenStore::read(setup.schoolCode);
        m_sender->start(setup, dueOnly);
        Q_EMIT changed();
    } catch (const StoreError& e) {
        setMessage(e.message(), true);
    }
}

void SyncService::tick()
{
    Store* store = m_session.store();
    if (!store || m_exportThread || isSending())
        return;
    try {
        const QDateTime at = now();
        const QDate localDay = at.toLocalTime().date();
        // Once a day at most: a day with nothing new makes no bundle, and would otherwise be asked again.
        // Without a destination nothing would carry the bundles anywhere: they would only pile up in the
        // file.
        const bool destinationSet = !ExchangeSettings::load(*store).destination.isEmpty();
        if (destinationSet && m_dailyCheckedOn != localDay && dailyExportDue(*store, at.toLocalTime())) {
            m_dailyCheckedOn = localDay;
            startExport(BundleMode::Delta, true);
            return;
        }
        const SyncStatus current = Outbox::status(*store, at);
        if (current.waiting > 0 && (!current.nextAttemptAt || *current.nextAttemptAt <= at))
            startSending(true);
    } catch (const StoreError& e) {
        setMessage(e.message(), true);
    }
}

void SyncService::setMessage(const QString& text, bool problem)
{
    if (text == m_lastMessage && problem == m_lastMessageIsProblem)
        return;
    m_lastMessage = text;
    m_lastMessageIsProblem = problem;
    Q_EMIT changed();
}

} // namespace tutordesk
