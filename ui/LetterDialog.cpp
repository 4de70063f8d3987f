#include "LetterDialog.h"

#include "LanguageNames.h"
#include "LetterPages.h"
#include "TemplateEditorDialog.h"
#include "families/Guardians.h"
#include "letters/LetterKinds.h"
#include "letters/LetterLanguages.h"
#include "letters/LetterLog.h"
#include "store/StoreError.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

namespace tutordesk {

namespace {

const QString paperKey = QStringLiteral("letters/paper");

// The list's item data: the index into the merged letters, -1 for a letter that could not be merged.
constexpr int LetterIndexRole = Qt::UserRole;
constexpr int StudentColumn = 0;
constexpr int FamilyColumn = 1;
constexpr int LanguageColumn = 2;
constexpr int NotesColumn = 3;

// The page's text width on screen, so that the preview's lines break where the printed ones do:
// the paper's width less LetterRender's margins of 20 mm, at the screen's resolution.
int textWidthPixels(Paper paper, const QWidget* widget)
{
    const double widthMm = (paper == Paper::A4 ? 210.0 : 215.9) - 2 * 20.0;
    return static_cast<int>(widthMm / 25.4 * widget->logicalDpiX());
}

constexpr int previewMargin = 28; // the white around the text, as the paper's margin is on paper

} // namespace

LetterDialog::LetterDialog(Store& store, const QDate& today, std::vector<LetterRequest> requests,
                           QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_today(today)
    , m_requests(std::move(requests))
    , m_batch(m_requests.size() > 1)
    , m_kind(new QComboBox(this))
    , m_paper(new QComboBox(this))
    , m_preview(new QTextBrowser(this))
    , m_notice(new QLabel(this))
    , m_message(new QLabel(this))
{
    for (LetterRequest& request : m_requests) {
        if (!request.date.isValid())
            request.date = m_today;
    }
    setWindowTitle(m_batch ? tr("Family Letters") : tr("Family Letter"));
    setAccessibleName(windowTitle());

    m_kind->setAccessibleName(tr("Kind of letter"));
    fillKinds();
    m_paper->setAccessibleName(tr("Paper"));
    m_paper->addItem(tr("US Letter"), static_cast<int>(Paper::Letter));
    m_paper->addItem(tr("A4"), static_cast<int>(Paper::A4));
    const QString paperCode = QSettings().value(paperKey).toString();
    m_paper->setCurrentIndex(paperCode == LetterRender::paperCode(Paper::A4) ? 1 : 0);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_batch ? createBatchList() : createSingleChoices());

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_notice->setWordWrap(true);
    m_notice->setAccessibleName(tr("Notes on this letter"));
    m_notice->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; color: #4d3800; border: 1px solid #e0c060; "
                       "padding: 4px; }"));
    m_notice->hide();
    rightLayout->addWidget(m_notice);
    m_preview->setAccessibleName(tr("Letter preview"));
    m_preview->setReadOnly(true);
    m_preview->setOpenLinks(false);
    m_preview->setLineWrapMode(QTextEdit::FixedPixelWidth);
    rightLayout->addWidget(m_preview, 1);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, m_batch ? 2 : 1);
    splitter->setStretchFactor(1, 3);

    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_print = buttons->addButton(m_batch ? tr("&Print All…") : tr("&Print…"), QDialogButtonBox::ActionRole);
    m_print->setShortcut(QKeySequence::Print);
    m_print->setToolTip(tr("Print through the system print dialog (%1); each letter is logged as a contact")
                            .arg(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));
    m_pdf = buttons->addButton(m_batch ? tr("&Save All as One PDF…") : tr("&Save as PDF…"),
                               QDialogButtonBox::ActionRole);
    m_pdf->setShortcut(QKeySequence::Save);
    m_pdf->setToolTip(tr("Save as a PDF file (%1), one letter per page; each letter is logged as a contact")
                          .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_edit = new QPushButton(tr("&Edit Template…"), this);
    m_edit->setToolTip(tr("Change this kind of letter's text in this language (kept beside the original)"));
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_edit);
    buttonRow->addWidget(buttons, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttonRow);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_print, &QPushButton::clicked, this, &LetterDialog::askToPrint);
    connect(m_pdf, &QPushButton::clicked, this, &LetterDialog::askToSavePdf);
    connect(m_edit, &QPushButton::clicked, this, &LetterDialog::openTemplateEditor);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            remerge();
    });
    connect(m_paper, &QComboBox::currentIndexChanged, this, &LetterDialog::paperChosen);

    if (!m_batch)
        fillGuardians();
    remerge();
    resize(m_batch ? 1180 : 1060, 760);
}

LetterDialog::~LetterDialog() = default;

QWidget* LetterDialog::createSingleChoices()
{
    auto* side = new QWidget(this);
    auto* form = new QFormLayout(side);
    form->setContentsMargins(0, 0, 6, 0);
    m_guardian = new QComboBox(side);
    m_guardian->setAccessibleName(tr("Addressed to"));
    m_language = new QComboBox(side);
    m_language->setAccessibleName(tr("Language of the letter"));
    for (const LetterLanguage& language : LetterLanguages::all())
        m_language->addItem(LanguageNames::displayName(language.code), language.code);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&To:"), m_guardian);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Pape&r:"), m_paper);
    connect(m_guardian, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            remerge();
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, &LetterDialog::languageChosen);
    return side;
}

QWidget* LetterDialog::createBatchList()
{
    auto* side = new QWidget(this);
    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 6, 0);
    // A kind to choose only when some request does not name its own.
    bool kindNeeded = false;
    for (const LetterRequest& request : m_requests)
        kindNeeded = kindNeeded || request.kind.isEmpty();
    auto* form = new QFormLayout;
    if (kindNeeded)
        form->addRow(tr("&Kind:"), m_kind);
    else
        m_kind->hide();
    form->addRow(tr("Pape&r:"), m_paper);
    layout->addLayout(form);

    auto* title = new QLabel(tr("&Letters (one page for each family):"), side);
    m_list = new QTreeWidget(side);
    title->setBuddy(m_list);
    m_list->setAccessibleName(tr("Letters"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Student"), tr("Family"), tr("Language"), tr("Notes")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(title);
    layout->addWidget(m_list, 1);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { showPreview(); });
    connect(m_list, &QTreeWidget::itemChanged, this, [this] {
        if (!m_filling)
            updateButtons();
    });
    return side;
}

void LetterDialog::fillKinds()
{
    m_filling = true;
    for (const QString& code : LetterKinds::codes())
        m_kind->addItem(LetterKinds::title(code), code);
    const QString wanted = m_requests.empty() ? QString() : m_requests.front().kind;
    const int index = m_kind->findData(wanted);
    m_kind->setCurrentIndex(index >= 0 ? index : 0);
    m_filling = false;
}

void LetterDialog::fillGuardians()
{
    if (m_requests.empty())
        return;
    const LetterRequest& request = m_requests.front();
    m_filling = true;
    std::vector<GuardianRecord> guardians;
    try {
        guardians = Guardians::forStudent(m_store, request.studentId);
    } catch (const StoreError& e) {
        showProblem(tr("The student's family could not be read: %1").arg(e.message()));
    }
    for (const GuardianRecord& g : guardians) {
        QString text = g.displayName().isEmpty() ? tr("Unnamed guardian") : g.displayName();
        text = tr("%1 (%2)").arg(text, Guardians::relationshipTitle(g.relationship));
        if (g.isPrimary)
            text = tr("%1, primary").arg(text);
        m_guardian->addItem(text, QVariant::fromValue<qlonglong>(g.id));
    }
    if (guardians.empty())
        m_guardian->addItem(tr("No guardian on file: addressed to the family"));
    int index = 0;
    if (request.guardianId) {
        const int found = m_guardian->findData(QVariant::fromValue<qlonglong>(*request.guardianId));
        if (found >= 0)
            index = found;
    }
    m_guardian->setCurrentIndex(index);
    if (request.language) {
        m_languageChosen = true;
        const int found = m_language->findData(LetterLanguages::normalize(*request.language));
        if (found >= 0)
            m_language->setCurrentIndex(found);
    }
    m_filling = false;
}

void LetterDialog::remerge()
{
    m_message->hide();
    m_letters.clear();
    const QString chosenKind = m_kind->currentData().toString();
    if (!m_batch) {
        if (m_requests.empty())
            return;
        LetterRequest request = m_requests.front();
        request.kind = chosenKind;
        const QVariant guardian = m_guardian->currentData();
        request.guardianId =
            guardian.isValid() ? std::optional<std::int64_t>(guardian.toLongLong()) : std::nullopt;
        request.language =
            m_languageChosen ? std::optional<QString>(m_language->currentData().toString()) : std::nullopt;
        Result<MergedLetter> merged = Error{QString()};
        try {
            merged = LetterMerge::merge(m_store, request);
        } catch (const StoreError& e) {
            merged = Error{e.message()};
        }
        if (merged) {
            m_letters.push_back(merged.value());
            if (!m_languageChosen) {
                // Show the family's language when there are letters in it, else the one used.
                QString shown = LetterLanguages::normalize(merged->wantedLanguage);
                if (shown.isEmpty())
                    shown = merged->language;
                m_filling = true;
                const int index = m_language->findData(shown);
                if (index >= 0)
                    m_language->setCurrentIndex(index);
                m_filling = false;
            }
            setWindowTitle(tr("Letter to the Family of %1").arg(merged->studentName));
        } else {
            showProblem(tr("This letter cannot be written: %1").arg(merged.error().message));
        }
        showLetters();
        return;
    }

    // A batch: each letter on its own, so that one refused letter does not hold up the others' families.
    m_filling = true;
    m_list->clear();
    QStringList refused;
    for (const LetterRequest& original : m_requests) {
        LetterRequest request = original;
        if (request.kind.isEmpty())
            request.kind = chosenKind;
        auto* item = new QTreeWidgetItem(m_list);
        Result<MergedLetter> merged = Error{QString()};
        try {
            merged = LetterMerge::merge(m_store, request);
        } catch (const StoreError& e) {
            merged = Error{e.message()};
        }
        if (!merged) {
            item->setText(StudentColumn, tr("Student %1").arg(request.studentId));
            item->setText(NotesColumn, merged.error().message);
            item->setToolTip(NotesColumn, merged.error().message);
            item->setData(StudentColumn, LetterIndexRole, -1);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            refused << merged.error().message;
            continue;
        }
        const MergedLetter& letter = merged.value();
        item->setData(StudentColumn, LetterIndexRole, static_cast<int>(m_letters.size()));
        item->setText(StudentColumn, letter.studentName);
        QString family = tr("Family of %1").arg(letter.studentName);
        if (letter.guardianId) {
            try {
                if (const auto g = Guardians::find(m_store, *letter.guardianId, request.studentId);
                    g && !g->displayName().isEmpty())
                    family = g->displayName();
            } catch (const StoreError&) {
                // The name is a convenience here; the letter itself carries it.
            }
        }
        item->setText(FamilyColumn, family);
        item->setText(LanguageColumn, LanguageNames::displayName(letter.language));
        QStringList notes;
        notes << LetterKinds::title(letter.request.kind);
        if (!letter.fallbackReason.isEmpty())
            notes << letter.fallbackReason;
        if (!letter.reviewed)
            notes << tr("translation not yet reviewed");
        item->setText(NotesColumn, notes.join(tr("; ")));
        item->setToolTip(NotesColumn, notes.join(QLatin1Char('\n')));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(StudentColumn, Qt::Checked);
        m_letters.push_back(letter);
    }
    m_filling = false;
    setWindowTitle(tr("Family Letters (%1)").arg(QLocale().toString(static_cast<int>(m_letters.size()))));
    if (!refused.isEmpty())
        showProblem(tr("%n letter(s) cannot be written and are left out: %1", nullptr,
                       static_cast<int>(refused.size()))
                        .arg(refused.join(QLatin1Char(' '))));
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showLetters();
}

void LetterDialog::showLetters()
{
    showPreview();
    updateButtons();
}

const MergedLetter* LetterDialog::selectedLetter() const
{
    if (!m_batch)
        return m_letters.empty() ? nullptr : &m_letters.front();
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return nullptr;
    const int index = item->data(StudentColumn, LetterIndexRole).toInt();
    return index >= 0 && index < static_cast<int>(m_letters.size()) ? &m_letters[index] : nullptr;
}

void LetterDialog::showPreview()
{
    const MergedLetter* letter = selectedLetter();
    const QPointer<QTextDocument> old = m_preview->document();
    if (!letter) {
        m_preview->clear();
        m_notice->hide();
        m_edit->setEnabled(false);
        return;
    }
    auto document = LetterRender::document(*letter);
    document->setDocumentMargin(previewMargin);
    document->setParent(m_preview);
    m_preview->setDocument(document.release());
    if (old && old->parent() == m_preview)
        old->deleteLater(); // ours (parented to the browser); Qt deletes only its own default document
    m_preview->setLayoutDirection(letter->rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    m_preview->setLineWrapColumnOrWidth(textWidthPixels(paper(), this) + 2 * previewMargin);
    m_edit->setEnabled(true);

    QStringList notes;
    if (!letter->reviewed)
        notes << tr("Translation not yet reviewed by a qualified translator.");
    if (!letter->fallbackReason.isEmpty())
        notes << letter->fallbackReason;
    if (letter->templateSource == QLatin1String("coordinator"))
        notes << tr("The text was edited in TutorDesk (version %1).").arg(letter->version);
    m_notice->setText(notes.join(QLatin1Char('\n')));
    m_notice->setVisible(!notes.isEmpty());
}

void LetterDialog::languageChosen()
{
    if (m_filling)
        return;
    m_languageChosen = true;
    remerge();
}

Paper LetterDialog::paper() const
{
    return static_cast<Paper>(m_paper->currentData().toInt());
}

void LetterDialog::paperChosen()
{
    QSettings().setValue(paperKey, LetterRender::paperCode(paper()));
    if (const MergedLetter* letter = selectedLetter(); letter)
        m_preview->setLineWrapColumnOrWidth(textWidthPixels(paper(), this) + 2 * previewMargin);
}

std::vector<MergedLetter> LetterDialog::lettersToOutput() const
{
    if (!m_batch)
        return m_letters;
    std::vector<MergedLetter> result;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        const QTreeWidgetItem* item = m_list->topLevelItem(row);
        const int index = item->data(StudentColumn, LetterIndexRole).toInt();
        if (index >= 0 && item->checkState(StudentColumn) == Qt::Checked)
            result.push_back(m_letters[index]);
    }
    return result;
}

void LetterDialog::updateButtons()
{
    const bool any = !lettersToOutput().empty();
    m_print->setEnabled(any);
    m_pdf->setEnabled(any);
}

// Done for these families: unchecked, so that printing again is a choice and not an accident.
void LetterDialog::markOutput(const QString& output)
{
    m_filling = true;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = m_list->topLevelItem(row);
        if (item->data(StudentColumn, LetterIndexRole).toInt() >= 0 &&
            item->checkState(StudentColumn) == Qt::Checked) {
            item->setCheckState(StudentColumn, Qt::Unchecked);
            item->setText(NotesColumn, output == QLatin1String("print") ? tr("Printed and logged")
                                                                        : tr("Saved and logged"));
        }
    }
    m_filling = false;
    updateButtons();
}

void LetterDialog::openTemplateEditor()
{
    const MergedLetter* letter = selectedLetter();
    if (!letter)
        return;
    if (m_editor)
        m_editor->close();
    auto* editor = new TemplateEditorDialog(m_store, letter->request.kind, letter->language, this);
    editor->setPreviewFor(letter->request);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowModality(Qt::WindowModal);
    connect(editor, &TemplateEditorDialog::changed, this, &LetterDialog::remerge);
    m_editor = editor;
    editor->open();
}

void LetterDialog::showProblem(const QString& text)
{
    m_message->setStyleSheet(QStringLiteral("color: #a4262c;")); // dark red, as elsewhere
    m_message->setText(text);
    m_message->show();
}

void LetterDialog::showInfo(const QString& text)
{
    m_message->setStyleSheet(QString());
    m_message->setText(text);
    m_message->show();
}

} // namespace tutordesk
