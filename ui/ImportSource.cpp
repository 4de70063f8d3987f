#include "ImportSource.h"

#include "FilePreview.h"
#include "MappingTable.h"
#include "OneRosterBox.h"
#include "Session.h"
#include "roster/MappingChoice.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace tutordesk {

namespace {

QGroupBox* box(const QString& title, QWidget* content, QWidget* parent)
{
    auto* group = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(content);
    return group;
}

} // namespace

ImportSource::ImportSource(const ImportKind& kind, Session& session, QWidget* parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_session(session)
    , m_file(new QLineEdit(this))
    , m_mappingSource(new QLabel(this))
    , m_oneRoster(new OneRosterBox(this))
    , m_mapping(new MappingTable(this))
    , m_preview(new FilePreview(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* fileRow = new QHBoxLayout;
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    m_file->setReadOnly(true);
    m_file->setAccessibleName(tr("File to import"));
    m_file->setPlaceholderText(tr("No file chosen yet"));
    auto* chooseFile = new QPushButton(tr("&Choose File…"), this);
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(chooseFile);
    connect(chooseFile, &QPushButton::clicked, this, [this] { choose(false); });
    if (m_kind.acceptsOneRoster) {
        auto* chooseFolder = new QPushButton(tr("OneRoster &Folder…"), this);
        chooseFolder->setToolTip(tr("A folder holding a OneRoster export (orgs.csv, users.csv, …)"));
        fileRow->addWidget(chooseFolder);
        connect(chooseFolder, &QPushButton::clicked, this, [this] { choose(true); });
    }
    layout->addLayout(fileRow);

    // OneRoster has fixed columns: instead of a mapping, which school and an optional flags file.
    m_oneRoster->hide();
    layout->addWidget(m_oneRoster);
    m_mappingSource->setWordWrap(true);
    m_mappingSource->hide();
    layout->addWidget(m_mappingSource);
    auto* csv = new QSplitter(Qt::Horizontal, this);
    csv->addWidget(box(tr("Which column is which"), m_mapping, this));
    csv->addWidget(box(tr("First rows of the file"), m_preview, this));
    csv->setStretchFactor(1, 1);
    csv->setSizes({470, 560}); // the mapping whole; the preview scrolls sideways
    csv->setChildrenCollapsible(false);
    m_csv = csv;
    layout->addWidget(m_csv, 1);

    connect(m_oneRoster, &OneRosterBox::changed, this, &ImportSource::changed);
    connect(m_mapping, &MappingTable::mappingChanged, this, &ImportSource::changed);
}

ImportSource::~ImportSource() = default;

QString ImportSource::path() const
{
    return QDir::fromNativeSeparators(m_file->text());
}

bool ImportSource::isOneRoster() const
{
    return m_kind.acceptsOneRoster && ImportKind::isOneRoster(path());
}

void ImportSource::choose(bool folder)
{
    const QString start = m_file->text().isEmpty() ? QDir::homePath() : QFileInfo(path()).path();
    const QString chosen =
        folder ? QFileDialog::getExistingDirectory(this, tr("Choose a OneRoster Folder"), start)
               : QFileDialog::getOpenFileName(this, tr("Choose a File"), start,
                                              m_kind.acceptsOneRoster
                                                  ? tr("Rosters (*.csv *.txt *.zip);;All files (*)")
                                                  : tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!chosen.isEmpty())
        setFile(chosen);
}

bool ImportSource::fail(const QString& message)
{
    m_ready = false;
    Q_EMIT problem(message);
    return false;
}

bool ImportSource::setFile(const QString& file)
{
    m_file->setText(QDir::toNativeSeparators(file));
    m_mapping->clear();
    m_preview->clear();
    m_mappingSource->hide();
    const bool oneRoster = isOneRoster();
    m_oneRoster->setVisible(oneRoster);
    m_oneRoster->setStartFolder(QFileInfo(file).path());
    m_csv->setVisible(!oneRoster);
    m_ready = m_session.isOpen();
    Q_EMIT changed();
    if (oneRoster || !m_ready)
        return m_ready;
    const auto info = m_preview->load(file);
    if (!info)
        return fail(info.error().message);
    // Core chooses: the school's saved mapping when this header has its columns, else a proposal.
    std::optional<MappingChoice> choice;
    try {
        auto chosen =
            chooseMapping(*m_session.store(), file, m_kind.mappingKind, m_kind.fields, std::nullopt);
        if (!chosen)
            return fail(chosen.error().message);
        choice = std::move(chosen).value();
    } catch (const StoreError& e) {
        return fail(e.message());
    }
    const QSignalBlocker blocker(m_mapping);
    m_mapping->setup(m_kind.mappingKind, m_kind.fields, info->header, choice->mapping);
    m_mappingSource->setText(choice->source == MappingChoice::Source::Saved
                                 ? tr("The columns you chose last time. Check them against the first rows "
                                      "on the right.")
                                 : tr("TutorDesk matched these columns by their names. Check them against "
                                      "the first rows on the right."));
    m_mappingSource->show();
    return true;
}

bool ImportSource::refresh()
{
    if (m_file->text().isEmpty() || isOneRoster())
        return m_ready;
    if (m_mapping->header().isEmpty()) // never read: start as with a new file
        return setFile(path());
    const ColumnMapping chosen = m_mapping->mapping();
    const auto info = m_preview->load(path());
    if (!info)
        return fail(info.error().message);
    m_ready = true;
    if (info->header != m_mapping->header()) {
        const QSignalBlocker blocker(m_mapping);
        m_mapping->setup(m_kind.mappingKind, m_kind.fields, info->header, chosen);
    }
    return true;
}

void ImportSource::fill(ImportRequest& request) const
{
    request.path = path();
    if (isOneRoster()) {
        request.oneRosterOrg = m_oneRoster->org();
        request.flagsFile = m_oneRoster->flagsFile();
    } else {
        request.mapping = m_mapping->mapping();
    }
}

} // namespace tutordesk
