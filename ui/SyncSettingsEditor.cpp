#include "SyncSettingsEditor.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QUrl>
#include <QVBoxLayout>

namespace tutordesk {

SyncSettingsEditor::SyncSettingsEditor(QWidget* parent)
    : QWidget(parent)
    , m_destination(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_destinationNote(new QLabel(this))
    , m_token(new QLineEdit(this))
    , m_tokenNote(new QLabel(this))
    , m_names(
          new QCheckBox(tr("Include students' &names (the district already knows each student by ID)"), this))
    , m_notes(new QCheckBox(tr("Include the &notes of family contacts (they may name other people)"), this))
    , m_daily(new QCheckBox(tr("Send what changed every &day after"), this))
    , m_dailyTime(new QTimeEdit(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("TutorDesk sends the district a bundle of CSV files: every row the first time, then "
                      "what changed. Bundles wait in the outbox until the district has them, so nothing "
                      "is lost while the computer is offline."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    auto* destinationRow = new QHBoxLayout;
    m_destination->setPlaceholderText(tr("A folder, or the district's address (https://…)"));
    m_destination->setClearButtonEnabled(true);
    destinationRow->addWidget(m_destination, 1);
    destinationRow->addWidget(m_browse);
    auto* destinationLabel = new QLabel(tr("Send &to:"), this);
    destinationLabel->setBuddy(m_destination);
    form->addRow(destinationLabel, destinationRow);
    m_destinationNote->setWordWrap(true);
    form->addRow(QString(), m_destinationNote);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setClearButtonEnabled(true);
    form->addRow(tr("District to&ken:"), m_token);
    m_tokenNote->setWordWrap(true);
    m_tokenNote->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_tokenNote);
    layout->addLayout(form);

    layout->addWidget(m_names);
    layout->addWidget(m_notes);
    auto* dailyRow = new QHBoxLayout;
    dailyRow->addWidget(m_daily);
    // Hours and minutes in the coordinator's own way ("4:00 PM", "16:00"); seconds mean nothing here.
    QString timeFormat = QLocale().timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QLatin1String(":ss"));
    m_dailyTime->setDisplayFormat(timeFormat);
    m_dailyTime->setAccessibleName(tr("Daily sending time"));
    dailyRow->addWidget(m_dailyTime);
    dailyRow->addStretch(1);
    layout->addLayout(dailyRow);
    auto* dailyNote =
        new QLabel(tr("While TutorDesk is open. District IT can also run \"tutordesk-cli sync\" "
                      "from a scheduler; it sends the same bundles."),
                   this);
    dailyNote->setWordWrap(true);
    dailyNote->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(dailyNote);
    layout->addStretch(1);

    connect(m_destination, &QLineEdit::textChanged, this, &SyncSettingsEditor::describeDestination);
    connect(m_browse, &QPushButton::clicked, this, &SyncSettingsEditor::browse);
    connect(m_token, &QLineEdit::textEdited, this, [this] { m_tokenEdited = true; });
    connect(m_daily, &QCheckBox::toggled, m_dailyTime, &QWidget::setEnabled);
    setSettings(ExchangeSettings{}, false);
}

SyncSettingsEditor::~SyncSettingsEditor() = default;

void SyncSettingsEditor::setSettings(const ExchangeSettings& settings, bool tokenSaved)
{
    m_tokenSaved = tokenSaved;
    m_tokenEdited = false;
    m_token->clear();
    m_destination->setText(settings.destination);
    m_names->setChecked(settings.includeNames);
    m_notes->setChecked(settings.includeNotes);
    m_daily->setChecked(settings.dailyAfter.has_value());
    m_dailyTime->setTime(settings.dailyAfter.value_or(QTime(16, 0)));
    m_dailyTime->setEnabled(settings.dailyAfter.has_value());
    describeDestination();
}

ExchangeSettings SyncSettingsEditor::settings() const
{
    ExchangeSettings settings;
    settings.destination = m_destination->text().trimmed();
    settings.includeNames = m_names->isChecked();
    settings.includeNotes = m_notes->isChecked();
    settings.dailyAfter = m_daily->isChecked() ? std::optional<QTime>(m_dailyTime->time()) : std::nullopt;
    return settings;
}

std::optional<QString> SyncSettingsEditor::editedToken() const
{
    if (!m_tokenEdited)
        return std::nullopt;
    return m_token->text().trimmed();
}

void SyncSettingsEditor::describeDestination()
{
    const DestinationCheck check = checkDestination(m_destination->text());
    QString note;
    bool problem = false;
    switch (check.kind) {
    case DestinationCheck::Kind::None:
        note = tr("No destination yet: bundles wait in the outbox until one is chosen.");
        break;
    case DestinationCheck::Kind::Folder:
        note =
            tr("Each bundle is written into this folder: a district share, a synced folder or a USB stick.");
        break;
    case DestinationCheck::Kind::Https:
        note = tr("Each bundle is sent to %1 over an encrypted connection.")
                   .arg(QUrl(m_destination->text().trimmed()).host());
        break;
    case DestinationCheck::Kind::Invalid:
        note = check.problem;
        problem = true;
        break;
    }
    m_destinationNote->setText(note);
    m_destinationNote->setStyleSheet(problem ? QStringLiteral("color: #a4262c;") : QString());
    const bool web = check.kind == DestinationCheck::Kind::Https;
    m_token->setEnabled(web);
    m_token->setPlaceholderText(
        web && m_tokenSaved ? tr("Saved in this computer's keychain (type to replace)") : QString());
    m_tokenNote->setText(
        web ? tr("The district gives you this token. It is kept in this computer's keychain, "
                 "never in the school's database.")
            : tr("Only an https:// address needs a token."));
}

void SyncSettingsEditor::browse()
{
    const QString start = checkDestination(m_destination->text()).kind == DestinationCheck::Kind::Folder
                              ? m_destination->text()
                              : QString();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("The District's Folder"), start);
    if (!folder.isEmpty())
        m_destination->setText(QDir::toNativeSeparators(folder));
}

} // namespace tutordesk
