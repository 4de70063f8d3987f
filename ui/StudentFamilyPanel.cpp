#include "StudentFamilyPanel.h"

#include "GuardianEditor.h"
#include "LanguageNames.h"
#include "LetterDialog.h"
#include "SiblingGuardianDialog.h"
#include "StudentContactDialog.h"
#include "families/ContactLog.h"
#include "letters/LetterKinds.h"
#include "letters/LetterLog.h"
#include "store/StoreError.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tutordesk {

namespace {

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QTreeWidget* list(const QString& accessibleName, const QStringList& columns, QWidget* parent)
{
    auto* tree = new QTreeWidget(parent);
    tree->setAccessibleName(accessibleName);
    tree->setColumnCount(static_cast<int>(columns.size()));
    tree->setHeaderLabels(columns);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(true);
    tree->setTextElideMode(Qt::ElideRight);
    tree->header()->setStretchLastSection(true);
    return tree;
}

QPushButton* button(const QString& text, const QString& tip, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setToolTip(tip);
    return b;
}

QString when(const QDateTime& at)
{
    return QLocale().toString(at, QLocale::ShortFormat);
}

// A language by name; the code itself when the name adds nothing.
QString languageName(const QString& code)
{
    return code.isEmpty() ? QString() : LanguageNames::displayName(code);
}

} // namespace

StudentFamilyPanel::StudentFamilyPanel(QWidget* parent)
    : QWidget(parent)
    , m_today(QDate::currentDate())
    , m_hint(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_guardians(list(tr("Guardians"), {tr("Guardian"), tr("Phone"), tr("Language")}, this))
    , m_contacts(list(tr("Contacts"),
                      {tr("When"), tr("Method"), tr("Outcome"), tr("Language"), tr("Notes"), tr("Follow-up")},
                      this))
    , m_letters(list(tr("Letters sent"), {tr("Date"), tr("Letter"), tr("Language"), tr("To")}, this))
    , m_add(button(tr("&Add…"), tr("Add a parent or guardian of this student"), this))
    , m_edit(button(tr("E&dit…"), tr("Change the guardian's phones, e-mail, language or consent"), this))
    , m_remove(button(tr("Remo&ve"), tr("This person is no longer this student's guardian"), this))
    , m_primary(button(tr("Ma&ke Primary"), tr("Letters go to the primary guardian and calls go there first"),
                       this))
    , m_sibling(button(tr("Add a Si&bling's Guardian…"),
                       tr("Link a parent already on record for a brother or sister"), this))
    , m_logContact(
          button(tr("Log &Contact…"), tr("Record a call, text, visit or meeting with the family"), this))
    , m_writeLetter(
          button(tr("Write a Letter…"), tr("Print or save a letter in the family's language"), this))
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    outer->addWidget(m_hint);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a4262c;")); // dark red, as elsewhere
    m_problem->hide();
    outer->addWidget(m_problem);

    // Who the family is on the left, what was said to them in the middle, what was sent on the right.
    auto* columns = new QHBoxLayout;
    outer->addLayout(columns, 1);

    auto* family = new QVBoxLayout;
    family->addWidget(heading(tr("Guardians"), this));
    m_guardians->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_guardians->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_guardians->header()->setStretchLastSection(false);
    m_guardians->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    family->addWidget(m_guardians, 1);
    auto* guardianButtons = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_edit, m_remove, m_primary})
        guardianButtons->addWidget(b);
    guardianButtons->addStretch(1);
    family->addLayout(guardianButtons);
    auto* siblingRow = new QHBoxLayout;
    siblingRow->addWidget(m_sibling);
    siblingRow->addStretch(1);
    family->addLayout(siblingRow);
    columns->addLayout(family, 4);

    auto* contacts = new QVBoxLayout;
    contacts->addWidget(heading(tr("Contacts"), this));
    m_contacts->setToolTip(tr("Double-click a contact (or press Enter) to correct it"));
    contacts->addWidget(m_contacts, 1);
    auto* contactButtons = new QHBoxLayout;
    contactButtons->addWidget(m_logContact);
    contactButtons->addStretch(1);
    contacts->addLayout(contactButtons);
    columns->addLayout(contacts, 5);

    auto* letters = new QVBoxLayout;
    letters->addWidget(heading(tr("Letters sent"), this));
    letters->addWidget(m_letters, 1);
    auto* letterButtons = new QHBoxLayout;
    letterButtons->addWidget(m_writeLetter);
    letterButtons->addStretch(1);
    letters->addLayout(letterButtons);
    columns->addLayout(letters, 3);

    connect(m_add, &QPushButton::clicked, this, &StudentFamilyPanel::addGuardian);
    connect(m_edit, &QPushButton::clicked, this, &StudentFamilyPanel::editGuardian);
    connect(m_remove, &QPushButton::clicked, this, &StudentFamilyPanel::removeGuardian);
    connect(m_primary, &QPushButton::clicked, this, &StudentFamilyPanel::makePrimary);
    connect(m_sibling, &QPushButton::clicked, this, &StudentFamilyPanel::addSiblingGuardian);
    connect(m_logContact, &QPushButton::clicked, this, &StudentFamilyPanel::logContact);
    connect(m_writeLetter, &QPushButton::clicked, this, &StudentFamilyPanel::writeLetter);
    connect(m_guardians, &QTreeWidget::currentItemChanged, this, &StudentFamilyPanel::updateButtons);
    connect(m_guardians, &QTreeWidget::itemActivated, this, &StudentFamilyPanel::editGuardian);
    connect(m_contacts, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item)
            Q_EMIT editContactRequested(item->data(0, Qt::UserRole).toLongLong());
    });
    showStudent(std::nullopt);
}

StudentFamilyPanel::~StudentFamilyPanel() = default;

void StudentFamilyPanel::setStore(Store* store)
{
    m_store = store;
    showStudent(std::nullopt);
}

void StudentFamilyPanel::setToday(const QDate& today)
{
    m_today = today;
}

void StudentFamilyPanel::showStudent(std::optional<std::int64_t> studentId, const QString& name)
{
    m_student = studentId;
    m_studentName = name;
    m_stale = true;
    if (isVisible() || !m_store || !studentId)
        load();
}

void StudentFamilyPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        load();
}

QString StudentFamilyPanel::bestPhone(const GuardianRecord& g)
{
    if (!g.phoneMobile.isEmpty())
        return tr("Mobile %1").arg(g.phoneMobile);
    if (!g.phoneHome.isEmpty())
        return tr("Home %1").arg(g.phoneHome);
    if (!g.phoneWork.isEmpty())
        return tr("Work %1").arg(g.phoneWork);
    return QString();
}

std::optional<GuardianRecord> StudentFamilyPanel::currentGuardian() const
{
    const QTreeWidgetItem* item = m_guardians->currentItem();
    if (!item)
        return std::nullopt;
    const auto row =
        static_cast<size_t>(m_guardians->indexOfTopLevelItem(const_cast<QTreeWidgetItem*>(item)));
    if (row >= m_records.size())
        return std::nullopt;
    return m_records[row];
}

void StudentFamilyPanel::load()
{
    m_stale = false;
    m_problem->hide();
    m_guardians->clear();
    m_contacts->clear();
    m_letters->clear();
    m_records.clear();
    if (!m_store || !m_student) {
        m_hint->setText(m_store ? tr("Select a student to see their family.") : QString());
        m_hint->setVisible(m_store != nullptr);
        updateButtons();
        return;
    }
    m_hint->hide();
    try {
        loadGuardians();
        loadContacts();
        loadLetters();
    } catch (const StoreError& e) {
        showProblem(tr("The family could not be read: %1").arg(e.message()));
    }
    updateButtons();
}

void StudentFamilyPanel::loadGuardians()
{
    m_records = Guardians::forStudent(*m_store, *m_student);
    for (const GuardianRecord& g : m_records) {
        QString name = tr("%1 (%2)").arg(g.displayName(), Guardians::relationshipTitle(g.relationship));
        if (g.isPrimary)
            name = tr("★ %1 — primary").arg(name);
        auto* item =
            new QTreeWidgetItem(m_guardians, {name, bestPhone(g), languageName(g.preferredLanguage)});
        QStringList tip = {tr("Prefers: %1").arg(Guardians::methodTitle(g.preferredMethod))};
        if (!g.email.isEmpty())
            tip << tr("E-mail: %1").arg(g.email);
        tip << (g.consentToTexts ? tr("Consents to texts") : tr("No consent to texts"));
        if (!g.otherChildren.isEmpty())
            tip << tr("Also the guardian of: %1").arg(g.otherChildren.join(QStringLiteral(", ")));
        item->setToolTip(0, tip.join(QLatin1Char('\n')));
        if (g.isPrimary) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
        }
    }
    if (m_records.empty()) {
        auto* none = new QTreeWidgetItem(m_guardians, {tr("No guardian on file: add one.")});
        none->setFlags(Qt::NoItemFlags);
    } else {
        m_guardians->setCurrentItem(m_guardians->topLevelItem(0));
    }
}

void StudentFamilyPanel::loadContacts()
{
    for (const ContactEntry& c : ContactLog::forStudent(*m_store, *m_student)) {
        QString method = ContactLog::methodTitle(c.method);
        if (c.direction == QLatin1String("incoming"))
            method = tr("%1 (from the family)").arg(method);
        QString language = languageName(c.language);
        if (c.interpreterUsed)
            language = tr("%1, interpreter").arg(language);
        auto* item = new QTreeWidgetItem(
            m_contacts, {when(c.at), method, ContactLog::outcomeTitle(c.outcome), language, c.notes,
                         c.followUpOn ? QLocale().toString(*c.followUpOn, QLocale::ShortFormat) : QString()});
        item->setData(0, Qt::UserRole, QVariant::fromValue(c.id));
        QStringList tip = {ContactLog::purposeTitle(c.purpose)};
        if (!c.guardianName.isEmpty())
            tip << tr("With %1").arg(c.guardianName);
        if (!c.byWhom.isEmpty())
            tip << tr("By %1").arg(c.byWhom);
        if (!c.notes.isEmpty())
            tip << c.notes;
        for (int column = 0; column < m_contacts->columnCount(); ++column)
            item->setToolTip(column, tip.join(QLatin1Char('\n')));
    }
    for (int column = 0; column < 4; ++column)
        m_contacts->resizeColumnToContents(column);
}

void StudentFamilyPanel::loadLetters()
{
    for (const SentLetter& letter : LetterLog::forStudent(*m_store, *m_student)) {
        auto* item = new QTreeWidgetItem(
            m_letters, {QLocale().toString(letter.at.date(), QLocale::ShortFormat),
                        LetterKinds::title(letter.kind), languageName(letter.language), letter.guardianName});
        if (!letter.translationReviewed && letter.language != QLatin1String("en"))
            item->setToolTip(1, tr("Printed from a translation not yet reviewed"));
    }
    for (int column = 0; column < 3; ++column)
        m_letters->resizeColumnToContents(column);
}

void StudentFamilyPanel::updateButtons()
{
    const bool student = m_store && m_student;
    const bool chosen = student && currentGuardian().has_value();
    for (QPushButton* b : {m_add, m_sibling, m_logContact, m_writeLetter})
        b->setEnabled(student);
    m_edit->setEnabled(chosen);
    m_remove->setEnabled(chosen);
    m_primary->setEnabled(chosen && !currentGuardian()->isPrimary);
}

void StudentFamilyPanel::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->show();
}

void StudentFamilyPanel::changed()
{
    const auto selected = currentGuardian();
    load();
    // Keep the guardian the coordinator was working on selected.
    for (size_t row = 0; selected && row < m_records.size(); ++row) {
        if (m_records[row].id == selected->id)
            m_guardians->setCurrentItem(m_guardians->topLevelItem(static_cast<int>(row)));
    }
    Q_EMIT familyChanged();
}

void StudentFamilyPanel::addGuardian()
{
    if (!m_store || !m_student)
        return;
    GuardianRecord fresh;
    // A second parent usually shares the family's name and language.
    if (!m_records.empty()) {
        fresh.lastName = m_records.front().lastName;
        fresh.preferredLanguage = m_records.front().preferredLanguage;
    }
    fresh.isPrimary = m_records.empty();
    GuardianEditor editor(*m_store, *m_student, fresh, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    load();
    for (size_t row = 0; row < m_records.size(); ++row) {
        if (m_records[row].id == editor.savedId())
            m_guardians->setCurrentItem(m_guardians->topLevelItem(static_cast<int>(row)));
    }
    Q_EMIT familyChanged();
}

void StudentFamilyPanel::editGuardian()
{
    const auto guardian = currentGuardian();
    if (!m_store || !m_student || !guardian)
        return;
    GuardianEditor editor(*m_store, *m_student, *guardian, this);
    if (editor.exec() == QDialog::Accepted)
        changed();
}

void StudentFamilyPanel::removeGuardian()
{
    const auto guardian = currentGuardian();
    if (!m_store || !m_student || !guardian)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove Guardian"),
        tr("Remove %1 from this student's guardians? Contacts and letters already on record keep their name.")
            .arg(guardian->displayName()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (const auto removed = Guardians::unlink(*m_store, *m_student, guardian->id); !removed) {
        showProblem(removed.error().message);
        return;
    }
    load();
    Q_EMIT familyChanged();
}

void StudentFamilyPanel::makePrimary()
{
    const auto guardian = currentGuardian();
    if (!m_store || !m_student || !guardian)
        return;
    if (const auto done = Guardians::setPrimary(*m_store, *m_student, guardian->id); !done) {
        showProblem(done.error().message);
        return;
    }
    changed();
}

void StudentFamilyPanel::addSiblingGuardian()
{
    if (!m_store || !m_student)
        return;
    SiblingGuardianDialog dialog(*m_store, *m_student, this);
    if (dialog.exec() == QDialog::Accepted) {
        load();
        Q_EMIT familyChanged();
    }
}

void StudentFamilyPanel::logContact()
{
    if (!m_store || !m_student)
        return;
    StudentContactDialog dialog(*m_store, *m_student, m_studentName, m_records, m_today, this);
    if (dialog.exec() == QDialog::Accepted) {
        load();
        Q_EMIT familyChanged();
    }
}

void StudentFamilyPanel::writeLetter()
{
    if (!m_store || !m_student)
        return;
    LetterRequest request;
    request.studentId = *m_student;
    request.date = m_today;
    std::vector<LetterRequest> requests = {request};
    if (const auto guardian = currentGuardian())
        requests.front().guardianId = guardian->id;
    LetterDialog dialog(*m_store, m_today, std::move(requests), this);
    connect(&dialog, &LetterDialog::lettersLogged, this, [this] {
        load();
        Q_EMIT familyChanged();
    });
    dialog.exec();
}

} // namespace tutordesk
