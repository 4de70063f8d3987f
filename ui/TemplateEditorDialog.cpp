#include "TemplateEditorDialog.h"

#include "LanguageNames.h"
#include "letters/LetterKinds.h"
#include "letters/LetterLanguages.h"
#include "letters/LetterRender.h"
#include "letters/LetterTemplates.h"
#include "store/StoreError.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace tutordesk {

namespace {

constexpr int NameRole = Qt::UserRole;

QString sourceText(const TemplateStatus& status)
{
    switch (status.source) {
    case LetterTemplate::Source::BuiltIn:
        return TemplateEditorDialog::tr("built-in text");
    case LetterTemplate::Source::District:
        return status.packName.isEmpty()
                   ? TemplateEditorDialog::tr("the district's template pack")
                   : TemplateEditorDialog::tr("the district's template pack (%1)").arg(status.packName);
    case LetterTemplate::Source::Coordinator:
        return status.savedBy.isEmpty() ? TemplateEditorDialog::tr("edited in TutorDesk")
                                        : TemplateEditorDialog::tr("edited in TutorDesk by %1 on %2")
                                              .arg(status.savedBy, QLocale().toString(status.savedAt.date(),
                                                                                      QLocale::ShortFormat));
    }
    return {};
}

} // namespace

TemplateEditorDialog::TemplateEditorDialog(Store& store, const QString& kind, const QString& language,
                                           QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_kind(kind)
    , m_language(language)
    , m_source(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_placeholders(new QListWidget(this))
    , m_preview(new QTextBrowser(this))
    , m_reviewed(new QCheckBox(tr("A &qualified translator has checked this text"), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(
        tr("Edit Letter: %1, %2").arg(LetterKinds::title(kind), LanguageNames::displayName(language)));
    m_source->setWordWrap(true);
    m_source->setAccessibleName(tr("Where the text comes from"));

    m_title->setAccessibleName(tr("Title"));
    m_body->setAccessibleName(tr("Letter text (HTML)"));
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_body->setTabChangesFocus(true);
    m_placeholders->setAccessibleName(tr("Placeholders"));
    m_placeholders->setToolTip(tr("Enter or double-click inserts the placeholder at the cursor"));
    m_preview->setAccessibleName(tr("Preview with sample values"));
    m_preview->setOpenLinks(false);
    m_reviewed->setToolTip(tr("Only when a qualified translator checked the changed text: otherwise the "
                              "letter dialog says the translation is not yet reviewed"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a4262c;")); // dark red, as elsewhere
    m_problem->setAccessibleName(tr("Why the text was not saved"));
    m_problem->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Ti&tle:"), m_title);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* bodyLabel = new QLabel(tr("&Text (HTML; placeholders in double braces):"), left);
    bodyLabel->setBuddy(m_body);
    leftLayout->addWidget(bodyLabel);
    leftLayout->addWidget(m_body, 3);
    auto* placeholderLabel = new QLabel(tr("&Placeholders:"), left);
    placeholderLabel->setBuddy(m_placeholders);
    leftLayout->addWidget(placeholderLabel);
    leftLayout->addWidget(m_placeholders, 2);
    auto* insert = new QPushButton(tr("&Insert Placeholder"), left);
    auto* insertRow = new QHBoxLayout;
    insertRow->addWidget(insert);
    insertRow->addStretch();
    leftLayout->addLayout(insertRow);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* previewLabel =
        new QLabel(tr("Pre&view (for the letter's student, or sample values in brackets):"), right);
    previewLabel->setBuddy(m_preview);
    rightLayout->addWidget(previewLabel);
    rightLayout->addWidget(m_preview, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_restore = buttons->addButton(tr("&Restore Original"), QDialogButtonBox::ResetRole);
    m_restore->setToolTip(tr("Drop the edited text and use the district's or the built-in text again"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_source);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_reviewed);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    for (const QString& name : LetterKinds::placeholders(kind)) {
        auto* item = new QListWidgetItem(
            tr("%1 — %2").arg(QStringLiteral("{{%1}}").arg(name), LetterKinds::placeholderHelp(name)),
            m_placeholders);
        item->setData(NameRole, name);
    }
    if (m_placeholders->count() > 0)
        m_placeholders->setCurrentRow(0);

    connect(m_title, &QLineEdit::textChanged, this, &TemplateEditorDialog::showPreview);
    connect(m_body, &QPlainTextEdit::textChanged, this, &TemplateEditorDialog::showPreview);
    connect(m_placeholders, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { insertPlaceholder(item->data(NameRole).toString()); });
    connect(insert, &QPushButton::clicked, this, [this] {
        if (const QListWidgetItem* item = m_placeholders->currentItem())
            insertPlaceholder(item->data(NameRole).toString());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (restoreOriginal())
            accept();
    });
    load();
    resize(1100, 720);
}

TemplateEditorDialog::~TemplateEditorDialog() = default;

void TemplateEditorDialog::load()
{
    std::optional<LetterTemplate> current;
    TemplateStatus status;
    status.kind = m_kind;
    status.language = m_language;
    try {
        current = LetterTemplates::effective(m_store, m_kind, m_language);
        for (const TemplateStatus& s : LetterTemplates::overview(m_store)) {
            if (s.kind == m_kind && s.language == m_language)
                status = s;
        }
    } catch (const StoreError& e) {
        m_problem->setText(tr("The letter's text could not be read: %1").arg(e.message()));
        m_problem->show();
    }
    QString from;
    if (current) {
        status.source = current->source;
        from = sourceText(status);
    } else {
        // No text in this language yet: start from English, to be translated here.
        current = LetterTemplates::builtIn(m_kind, LetterLanguages::english().code);
        from = tr("no text in this language yet; starting from the English text");
        if (current) {
            current->language = m_language;
            current->reviewed = false;
        }
    }
    m_template = current.value_or(LetterTemplate{});
    m_template.kind = m_kind;
    m_template.language = m_language;
    m_edited = status.hasCoordinator;
    m_source->setText(tr("Version %1, %2. %3")
                          .arg(m_template.version.isEmpty() ? tr("none") : m_template.version, from,
                               m_template.reviewed ? tr("Reviewed by a qualified translator.")
                                                   : tr("Not yet reviewed by a qualified translator.")));
    m_reviewed->setEnabled(m_template.reviewed);
    m_reviewed->setChecked(false);
    m_restore->setEnabled(m_edited);
    m_title->setText(m_template.title);
    m_body->setPlainText(m_template.body);
    if (const LetterLanguage* language = LetterLanguages::find(m_language);
        language && language->rightToLeft) {
        m_title->setLayoutDirection(Qt::RightToLeft);
        // The HTML source reads left to right (tags); the preview shows the letter's direction.
    }
    showPreview();
}

QString TemplateEditorDialog::sampleValue(const QString& name) const
{
    return QStringLiteral("[%1]").arg(LetterKinds::placeholderHelp(name));
}

void TemplateEditorDialog::setPreviewFor(const LetterRequest& request)
{
    m_previewFor = request;
    m_previewFor->kind = m_kind;
    m_previewFor->language = m_language;
    showPreview();
}

void TemplateEditorDialog::showPreview()
{
    const LetterLanguage* language = LetterLanguages::find(m_language);
    const bool rtl = language && language->rightToLeft;
    QHash<QString, QString> values;
    LetterTemplate edited = m_template;
    edited.body = m_body->toPlainText();
    edited.title = m_title->text();
    std::optional<MergedLetter> forStudent;
    if (m_previewFor) {
        if (auto merged = LetterMerge::mergeWith(m_store, *m_previewFor, edited))
            forStudent = std::move(merged.value());
    }
    m_preview->setAccessibleName(forStudent ? tr("Preview for %1").arg(forStudent->studentName)
                                            : tr("Preview with sample values"));
    for (const QString& name : LetterKinds::placeholders(m_kind))
        values.insert(name, sampleValue(name));
    for (const QString& name : edited.placeholders()) {
        if (!values.contains(name))
            values.insert(name, sampleValue(name));
    }
    MergedLetter letter;
    if (forStudent) {
        letter = std::move(*forStudent);
    } else {
        letter.language = m_language;
        letter.wantedLanguage = m_language;
        letter.rightToLeft = rtl;
        letter.title = m_title->text();
        letter.html = QStringLiteral("<html lang=\"%1\" dir=\"%2\"><body>%3</body></html>")
                          .arg(m_language, rtl ? QStringLiteral("rtl") : QStringLiteral("ltr"),
                               LetterMerge::fill(edited.body, values));
    }
    const QPointer<QTextDocument> old = m_preview->document();
    auto document = LetterRender::document(letter);
    document->setDocumentMargin(16);
    document->setParent(m_preview);
    m_preview->setDocument(document.release());
    if (old && old->parent() == m_preview)
        old->deleteLater(); // ours (parented to the browser); Qt deletes only its own default document
    m_preview->setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
}

void TemplateEditorDialog::insertPlaceholder(const QString& name)
{
    if (name.isEmpty())
        return;
    m_body->insertPlainText(QStringLiteral("{{%1}}").arg(name));
    m_body->setFocus();
}

bool TemplateEditorDialog::save()
{
    LetterTemplate edited = m_template;
    edited.title = m_title->text().trimmed();
    edited.body = m_body->toPlainText();
    edited.source = LetterTemplate::Source::Coordinator;
    Result<void> saved = Error{QString()};
    try {
        saved = LetterTemplates::saveEdit(m_store, edited,
                                          qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")),
                                          m_reviewed->isEnabled() && m_reviewed->isChecked());
    } catch (const StoreError& e) {
        saved = Error{e.message()};
    }
    if (!saved) {
        m_problem->setText(tr("Not saved: %1").arg(saved.error().message));
        m_problem->show();
        return false;
    }
    m_problem->hide();
    Q_EMIT changed();
    return true;
}

bool TemplateEditorDialog::restoreOriginal()
{
    Result<void> reverted = Error{QString()};
    try {
        reverted = LetterTemplates::revertEdit(m_store, m_kind, m_language);
    } catch (const StoreError& e) {
        reverted = Error{e.message()};
    }
    if (!reverted) {
        m_problem->setText(tr("Not restored: %1").arg(reverted.error().message));
        m_problem->show();
        return false;
    }
    m_problem->hide();
    Q_EMIT changed();
    return true;
}

} // namespace tutordesk
