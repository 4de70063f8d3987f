#include "SettingsDialog.h"

#include "LetterTemplatesPage.h"
#include "NeedScoreRefresh.h"
#include "NeedWeightsEditor.h"
#include "ProbeSkillsEditor.h"
#include "ProgressFlagsEditor.h"
#include "ProtocolRulesEditor.h"
#include "SchoolDetailsEditor.h"
#include "Session.h"
#include "SyncSettingsEditor.h"
#include "TierEditor.h"
#include "exchange/ExchangeSettings.h"
#include "exchange/TokenStore.h"
#include "placement/NeedScore.h"
#include "placement/Placement.h"
#include "placement/Tiers.h"
#include "progress/ProbeSkills.h"
#include "progress/ProgressFlags.h"
#include "protocol/ProtocolRules.h"
#include "school/School.h"
#include "store/StoreError.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tutordesk {

SettingsDialog::SettingsDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
    , m_weights(new NeedWeightsEditor(this))
    , m_tiers(new TierEditor(this))
    , m_protocol(new ProtocolRulesEditor(this))
    , m_letters(new LetterTemplatesPage(this))
    , m_school(new SchoolDetailsEditor(this))
    , m_progress(new ProgressFlagsEditor(this))
    , m_probes(new ProbeSkillsEditor(this))
    , m_sync(new SyncSettingsEditor(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    auto* layout = new QVBoxLayout(this);
    m_tabs->addTab(m_school, tr("&School"));
    m_tabs->addTab(m_weights, tr("&Need score"));
    m_tabs->addTab(m_tiers, tr("&Tiers and seats"));
    m_tabs->addTab(m_protocol, tr("&Protocol"));
    m_tabs->addTab(m_letters, tr("&Letters"));
    m_tabs->addTab(m_progress, tr("Pro&gress"));
    m_tabs->addTab(m_probes, tr("P&robes"));
    m_tabs->addTab(m_sync, tr("District s&ync"));
    layout->addWidget(m_tabs, 1);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a4262c;")); // dark red, as elsewhere
    m_problem->setAccessibleName(tr("Why the settings were not saved"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::saveAndClose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_session, &Session::storeChanged, this, &QDialog::reject); // another school's settings
    load();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load()
{
    Store* store = m_session.store();
    m_letters->setStore(store);
    if (!store)
        return;
    try {
        if (const auto school = School::load(*store))
            m_school->setDetails(*school);
        m_weights->setWeights(NeedWeights::load(*store));
        m_tiers->setTiers(Tiers::load(*store));
        m_tiers->setSeatBudget(Placement::seatBudgetSetting(*store), Placement::seatBudget(*store));
        m_protocol->setThresholds(ProtocolRules::load(*store));
        m_progress->setRules(ProgressFlags::load(*store));
        m_probes->setSkills(ProbeSkills::list(*store));
        const ExchangeSettings exchange = ExchangeSettings::load(*store);
        // The keychain is asked only when a token could matter: an https:// destination.
        const bool web = checkDestination(exchange.destination).kind == DestinationCheck::Kind::Https;
        m_sync->setSettings(exchange, web && TokenStore::hasSaved(m_session.school().schoolCode));
    } catch (const StoreError& e) {
        m_problem->setText(tr("The settings could not be read: %1").arg(e.message()));
        m_problem->show();
    }
}

bool SettingsDialog::save()
{
    Store* store = m_session.store();
    if (!store)
        return false;
    const NeedWeights weights = m_weights->weights();
    const std::vector<TierDefinition> tiers = m_tiers->tiers();
    const ProtocolThresholds protocol = m_protocol->thresholds();
    // Core checks everything before anything is stored, so a refusal leaves everything as it was.
    Result<void> result = NeedWeights::validate(weights);
    if (result)
        result = Tiers::validate(tiers);
    if (result) {
        if (const std::optional<QString> problem = ProtocolRules::validate(protocol)) {
            result = Error{*problem};
            m_tabs->setCurrentWidget(m_protocol); // where the number to change is
        }
    }
    const ProgressFlagRules flags = m_progress->rules();
    if (result) {
        if (const std::optional<QString> problem = ProgressFlags::validate(flags)) {
            result = Error{*problem};
            m_tabs->setCurrentWidget(m_progress);
        }
    }
    bool scoresAffected = false;
    try {
        scoresAffected = result && (!(weights == NeedWeights::load(*store)) || tiers != Tiers::load(*store));
        if (result)
            result = NeedWeights::save(*store, weights);
        if (result)
            result = Tiers::save(*store, tiers);
        if (result)
            result = Placement::setSeatBudget(*store, m_tiers->seatBudget());
        if (result)
            result = ProtocolRules::save(*store, protocol);
        if (result)
            result = ProgressFlags::save(*store, flags);
        if (result) {
            result = ProbeSkills::saveAll(*store, m_probes->changedSkills());
            if (!result)
                m_tabs->setCurrentWidget(m_probes);
        }
        if (result) {
            result = ExchangeSettings::save(*store, m_sync->settings());
            if (result) {
                // The token goes to the keychain, not the database; a computer without one keeps the other
                // settings and says how a scheduler can still pass the token.
                if (const std::optional<QString> token = m_sync->editedToken()) {
                    if (Result<void> saved = TokenStore::write(m_session.school().schoolCode, *token); !saved)
                        result = Error{tr("%1 Scheduled syncs can pass the token in TUTORDESK_TOKEN instead.")
                                           .arg(saved.error().message)};
                }
            }
            if (!result)
                m_tabs->setCurrentWidget(m_sync);
        }
        if (result && m_school->isChanged()) {
            result = School::updateDetails(*store, m_school->details());
            if (result)
                m_session.reloadSchool();
            else
                m_tabs->setCurrentWidget(m_school);
        }
    } catch (const StoreError& e) {
        result = Error{e.message()};
    }
    if (!result) {
        m_problem->setText(tr("Not saved: %1").arg(result.error().message));
        m_problem->show();
        return false;
    }
    m_problem->hide();
    Q_EMIT saved();
    if (scoresAffected)
        askToRecalculate();
    return true;
}

void SettingsDialog::showSyncTab()
{
    m_tabs->setCurrentWidget(m_sync);
}

void SettingsDialog::saveAndClose()
{
    if (save() && !m_question)
        accept();
}

// Opened window-modal rather than exec()'d, so that nothing waits in a nested event loop.
void SettingsDialog::askToRecalculate()
{
    m_question = new QMessageBox(QMessageBox::Question, tr("Recalculate Need Scores?"),
                                 tr("The new weights and tiers apply once need scores are recalculated. "
                                    "Recalculate every student's score now?"),
                                 QMessageBox::Yes | QMessageBox::No, this);
    m_question->setInformativeText(tr("Seats already given are kept."));
    m_question->setDefaultButton(QMessageBox::Yes);
    m_question->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_question, &QMessageBox::finished, this, [this](int answer) {
        if (answer != QMessageBox::Yes || recalculate())
            accept();
    });
    m_question->open();
}

bool SettingsDialog::recalculate()
{
    Store* store = m_session.store();
    if (!store)
        return false;
    if (const auto failure = NeedScoreRefresh::run(*store)) {
        m_problem->setText(tr("Saved, but the need scores could not be recalculated: %1").arg(*failure));
        m_problem->show();
        return false;
    }
    Q_EMIT saved();
    return true;
}

} // namespace tutordesk
