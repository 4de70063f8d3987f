#pragma once

#include <QDialog>
#include <QMessageBox>
#include <QPointer>

class QLabel;

class QTabWidget;

namespace tutordesk {

class LetterTemplatesPage;
class NeedWeightsEditor;
class ProbeSkillsEditor;
class ProgressFlagsEditor;
class ProtocolRulesEditor;
class SchoolDetailsEditor;
class SyncSettingsEditor;
class Session;
class TierEditor;

// Edit ▸ Settings…: the school's details families see on letters, the need-score weights, the tiers and the
// seat budget of the open school, and the missed-session protocol's thresholds, and the family letters'
// templates (which take effect at once), and how the district receives its bundles. Save asks core to check
// everything first and then stores it; core's refusal is shown here and nothing is saved. New weights or
// tiers only change scores once recalculated, so Save offers to.
class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(Session& session, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    // Checks and stores; false (with core's message shown) when refused.
    bool save();

    NeedWeightsEditor* weightsEditor() const { return m_weights; }
    TierEditor* tierEditor() const { return m_tiers; }
    ProtocolRulesEditor* protocolEditor() const { return m_protocol; }
    LetterTemplatesPage* lettersPage() const { return m_letters; }
    SchoolDetailsEditor* schoolEditor() const { return m_school; }
    ProgressFlagsEditor* progressEditor() const { return m_progress; }
    ProbeSkillsEditor* probesEditor() const { return m_probes; }
    SyncSettingsEditor* syncEditor() const { return m_sync; }
    QTabWidget* tabs() const { return m_tabs; }
    void showSyncTab();
    QLabel* problemLabel() const { return m_problem; }
    // "Recalculate need scores now?", while it waits for an answer.
    QMessageBox* recalculateQuestion() const { return m_question; }

Q_SIGNALS:
    // Settings were stored (and, when asked, scores recalculated): pages should read them again.
    void saved();

private:
    void load();
    void saveAndClose();
    void askToRecalculate();
    bool recalculate();

    Session& m_session;
    QTabWidget* m_tabs = nullptr;
    NeedWeightsEditor* m_weights = nullptr;
    TierEditor* m_tiers = nullptr;
    ProtocolRulesEditor* m_protocol = nullptr;
    LetterTemplatesPage* m_letters = nullptr;
    SchoolDetailsEditor* m_school = nullptr;
    ProgressFlagsEditor* m_progress = nullptr;
    ProbeSkillsEditor* m_probes = nullptr;
    SyncSettingsEditor* m_sync = nullptr;
    QLabel* m_problem = nullptr;
    QPointer<QMessageBox> m_question;
};

} // namespace tutordesk
