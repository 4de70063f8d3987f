#pragma once

#include <QPointer>
#include <QWidget>

class QDialog;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace tutordesk {

class Store;

// Settings ▸ Letters: where each kind × language's text comes from (built-in, the district's pack, or
// edited here), its version and whether a qualified translator reviewed it; installing or removing a
// district template pack, and editing or restoring one template. These take effect at once (they are
// kept beside the built-in texts, never over them), unlike the other settings pages' Save.
class LetterTemplatesPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LetterTemplatesPage)

public:
    explicit LetterTemplatesPage(QWidget* parent = nullptr);
    ~LetterTemplatesPage() override;

    void setStore(Store* store);
    void reload();

    // Installs a pack from a folder or .zip; false with core's refusal shown. The menu's file dialogs
    // call this.
    bool installPack(const QString& folderOrZip);
    bool removePack();
    // Selects a kind × language row; false when it is not listed.
    bool select(const QString& kind, const QString& language);
    // Opens the template editor for the selected row (window-modal), or null.
    QDialog* editSelected();
    bool restoreSelected();

    QTreeWidget* table() const { return m_table; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* installButton() const { return m_install; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* restoreButton() const { return m_restore; }
    QDialog* editor() const { return m_editor; }

private:
    void updateButtons();
    void showMessage(const QString& text, bool problem);
    void chooseFolder();
    void chooseZip();

    Store* m_store = nullptr;
    QTreeWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_install = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_restore = nullptr;
    QPointer<QDialog> m_editor;
    bool m_anyPack = false;
};

} // namespace tutordesk
