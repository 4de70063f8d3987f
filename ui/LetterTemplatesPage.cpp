#include "LetterTemplatesPage.h"

#include "LanguageNames.h"
#include "TemplateEditorDialog.h"
#include "letters/LetterKinds.h"
#include "letters/LetterTemplates.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tutordesk {

namespace {

constexpr int KindRole = Qt::UserRole;
constexpr int LanguageRole = Qt::UserRole + 1;
constexpr int EditedRole = Qt::UserRole + 2;

QString sourceTitle(const TemplateStatus& status)
{
    switch (status.source) {
    case LetterTemplate::Source::BuiltIn:
        return LetterTemplatesPage::tr("Built-in");
    case LetterTemplate::Source::District:
        return status.packName.isEmpty() ? LetterTemplatesPage::tr("District pack")
                                         : LetterTemplatesPage::tr("District pack (%1)").arg(status.packName);
    case LetterTemplate::Source::Coordinator:
        return LetterTemplatesPage::tr("Edited");
    }
    return {};
}

} // namespace

LetterTemplatesPage::LetterTemplatesPage(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTreeWidget(this))
    , m_message(new QLabel(this))
    , m_install(new QPushButton(tr("&Install Template Pack…"), this))
    , m_remove(new QPushButton(tr("Remove Pac&k"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_restore(new QPushButton(tr("Restore &Original"), this))
{
    auto* hint = new QLabel(tr("The text of each family letter in each language. A district's template pack "
                               "and texts edited here are kept beside the built-in texts; changes on this "
                               "page take effect at once."),
                            this);
    hint->setWordWrap(true);
    m_table->setAccessibleName(tr("Letter templates"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setHeaderLabels({tr("Letter"), tr("Language"), tr("Text from"), tr("Version"), tr("Reviewed")});
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->header()->setStretchLastSection(true);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));
    m_message->hide();

    auto* menu = new QMenu(m_install);
    menu->addAction(tr("From a &Folder…"), this, &LetterTemplatesPage::chooseFolder);
    menu->addAction(tr("From a &Zip File…"), this, &LetterTemplatesPage::chooseZip);
    m_install->setMenu(menu);
    m_install->setToolTip(tr("A district's letters: a folder or zip with <language>/<kind>.html files"));
    m_remove->setToolTip(tr("Use the built-in texts again where the district's pack had its own"));
    m_edit->setToolTip(tr("Change the selected letter's text (kept beside the original)"));
    m_restore->setToolTip(tr("Drop the text edited here and use the district's or built-in text again"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_install);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_edit);
    buttons->addWidget(m_restore);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_table, &QTreeWidget::currentItemChanged, this, &LetterTemplatesPage::updateButtons);
    connect(m_table, &QTreeWidget::itemActivated, this, [this] { editSelected(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removePack(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editSelected(); });
    connect(m_restore, &QPushButton::clicked, this, [this] { restoreSelected(); });
    updateButtons();
}

LetterTemplatesPage::~LetterTemplatesPage() = default;

void LetterTemplatesPage::setStore(Store* store)
{
    m_store = store;
    reload();
}

void LetterTemplatesPage::reload()
{
    const QTreeWidgetItem* current = m_table->currentItem();
    const QString kind = current ? current->data(0, KindRole).toString() : QString();
    const QString language = current ? current->data(0, LanguageRole).toString() : QString();
    m_table->clear();
    m_anyPack = false;
    if (!m_store) {
        updateButtons();
        return;
    }
    std::vector<TemplateStatus> rows;
    try {
        rows = LetterTemplates::overview(*m_store);
    } catch (const StoreError& e) {
        showMessage(tr("The letter templates could not be read: %1").arg(e.message()), true);
    }
    for (const TemplateStatus& status : rows) {
        auto* item = new QTreeWidgetItem(m_table);
        item->setText(0, LetterKinds::title(status.kind));
        item->setText(1, LanguageNames::displayName(status.language));
        item->setText(2, sourceTitle(status));
        if (status.source == LetterTemplate::Source::Coordinator && !status.savedBy.isEmpty())
            item->setToolTip(
                2, tr("Edited by %1 on %2")
                       .arg(status.savedBy, QLocale().toString(status.savedAt.date(), QLocale::ShortFormat)));
        item->setText(3, status.version);
        item->setText(4, status.reviewed ? tr("yes") : tr("no"));
        item->setData(0, KindRole, status.kind);
        item->setData(0, LanguageRole, status.language);
        item->setData(0, EditedRole, status.hasCoordinator);
        m_anyPack = m_anyPack || status.hasDistrict;
    }
    if (!select(kind, language) && m_table->topLevelItemCount() > 0)
        m_table->setCurrentItem(m_table->topLevelItem(0));
    updateButtons();
}

bool LetterTemplatesPage::select(const QString& kind, const QString& language)
{
    for (int row = 0; row < m_table->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = m_table->topLevelItem(row);
        if (item->data(0, KindRole).toString() == kind &&
            item->data(0, LanguageRole).toString() == language) {
            m_table->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void LetterTemplatesPage::updateButtons()
{
    const QTreeWidgetItem* current = m_table->currentItem();
    m_install->setEnabled(m_store != nullptr);
    m_remove->setEnabled(m_store && m_anyPack);
    m_edit->setEnabled(m_store && current);
    m_restore->setEnabled(m_store && current && current->data(0, EditedRole).toBool());
}

void LetterTemplatesPage::showMessage(const QString& text, bool problem)
{
    m_message->setStyleSheet(problem ? QStringLiteral("color: #a4262c;") : QString());
    m_message->setText(text);
    m_message->show();
}

void LetterTemplatesPage::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Install Template Pack from a Folder"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!folder.isEmpty())
        installPack(folder);
}

void LetterTemplatesPage::chooseZip()
{
    const QString zip = QFileDialog::getOpenFileName(
        this, tr("Install Template Pack from a Zip File"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), tr("Zip files (*.zip)"));
    if (!zip.isEmpty())
        installPack(zip);
}

bool LetterTemplatesPage::installPack(const QString& folderOrZip)
{
    if (!m_store)
        return false;
    Result<int> installed = Error{QString()};
    try {
        installed = LetterTemplates::installPack(*m_store, folderOrZip);
    } catch (const StoreError& e) {
        installed = Error{e.message()};
    }
    if (!installed) {
        showMessage(tr("The template pack was not installed: %1").arg(installed.error().message), true);
        return false;
    }
    reload();
    showMessage(tr("Installed %n template(s) from %1.", nullptr, installed.value())
                    .arg(QDir::toNativeSeparators(folderOrZip)),
                false);
    return true;
}

bool LetterTemplatesPage::removePack()
{
    if (!m_store)
        return false;
    Result<void> removed = Error{QString()};
    try {
        removed = LetterTemplates::removePack(*m_store);
    } catch (const StoreError& e) {
        removed = Error{e.message()};
    }
    if (!removed) {
        showMessage(tr("The template pack was not removed: %1").arg(removed.error().message), true);
        return false;
    }
    reload();
    showMessage(tr("The district's template pack was removed."), false);
    return true;
}

QDialog* LetterTemplatesPage::editSelected()
{
    const QTreeWidgetItem* current = m_table->currentItem();
    if (!m_store || !current)
        return nullptr;
    if (m_editor)
        m_editor->close();
    auto* editor = new TemplateEditorDialog(*m_store, current->data(0, KindRole).toString(),
                                            current->data(0, LanguageRole).toString(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowModality(Qt::WindowModal);
    connect(editor, &TemplateEditorDialog::changed, this, &LetterTemplatesPage::reload);
    m_editor = editor;
    editor->open();
    return editor;
}

bool LetterTemplatesPage::restoreSelected()
{
    const QTreeWidgetItem* current = m_table->currentItem();
    if (!m_store || !current)
        return false;
    Result<void> reverted = Error{QString()};
    try {
        reverted = LetterTemplates::revertEdit(*m_store, current->data(0, KindRole).toString(),
                                               current->data(0, LanguageRole).toString());
    } catch (const StoreError& e) {
        reverted = Error{e.message()};
    }
    if (!reverted) {
        showMessage(tr("Not restored: %1").arg(reverted.error().message), true);
        return false;
    }
    reload();
    showMessage(tr("The original text is in use again."), false);
    return true;
}

} // namespace tutordesk
