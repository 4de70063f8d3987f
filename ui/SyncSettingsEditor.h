#pragma once

#include "exchange/ExchangeSettings.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimeEdit;

namespace tutordesk {

// Settings ▸ District sync: where bundles go (a folder, chosen with Browse…, or the district's https://
// address and its token, which is kept in the computer's keychain), whether students' names and contact
// notes go with them, and the daily export. A line under the destination says at once what it is or why it
// would be refused.
class SyncSettingsEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncSettingsEditor)

public:
    explicit SyncSettingsEditor(QWidget* parent = nullptr);
    ~SyncSettingsEditor() override;

    void setSettings(const ExchangeSettings& settings, bool tokenSaved);
    ExchangeSettings settings() const;
    // The token typed here, when it was (empty: remove the saved one); nullopt when untouched.
    std::optional<QString> editedToken() const;

    QLineEdit* destinationEdit() const { return m_destination; }
    QLabel* destinationNote() const { return m_destinationNote; }
    QLineEdit* tokenEdit() const { return m_token; }
    QCheckBox* namesBox() const { return m_names; }
    QCheckBox* notesBox() const { return m_notes; }
    QCheckBox* dailyBox() const { return m_daily; }
    QTimeEdit* dailyTime() const { return m_dailyTime; }

private:
    void describeDestination();
    void browse();

    QLineEdit* m_destination = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_destinationNote = nullptr;
    QLineEdit* m_token = nullptr;
    QLabel* m_tokenNote = nullptr;
    QCheckBox* m_names = nullptr;
    QCheckBox* m_notes = nullptr;
    QCheckBox* m_daily = nullptr;
    QTimeEdit* m_dailyTime = nullptr;
    bool m_tokenSaved = false;
    bool m_tokenEdited = false;
};

} // namespace tutordesk
