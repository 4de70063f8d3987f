#include "ImportReviewDialog.h"

#include "ImportText.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tutordesk {

ImportReviewDialog::ImportReviewDialog(const QString& title, const ImportReport& report,
                                       const QString& counts, QWidget* parent)
    : QDialog(parent)
    , m_report(report)
    , m_counts(new QLabel(counts, this))
    , m_nextStep(new QLabel(this))
    , m_problems(new QListWidget(this))
{
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    auto* file = new QLabel(QDir::toNativeSeparators(report.file), this);
    file->setAccessibleName(tr("File"));
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    file->setWordWrap(true);
    layout->addWidget(file);
    m_counts->setWordWrap(true);
    m_counts->setAccessibleName(tr("What the file holds"));
    layout->addWidget(m_counts);
    m_nextStep->setWordWrap(true);
    m_nextStep->setAccessibleName(tr("What to do next"));
    layout->addWidget(m_nextStep);

    if (!report.ok()) {
        m_nextStep->setText(tr("%n problem(s) found. Nothing has been imported. Fix the file, save it, and "
                               "import it again.",
                               nullptr, static_cast<int>(report.problems.size())));
        m_nextStep->setStyleSheet(QStringLiteral("color: #a4262c;")); // dark red, as elsewhere
    } else if (!canImport()) {
        m_nextStep->setText(
            tr("Everything in this file is already in TutorDesk. There is nothing to import."));
    } else {
        m_nextStep->setText(tr("No problems found. Click Import to bring these changes in."));
    }

    m_problems->setAccessibleName(tr("Problems in the file"));
    m_problems->setWordWrap(true);
    m_problems->setAlternatingRowColors(true);
    for (const ImportProblem& problem : report.problems)
        m_problems->addItem(ImportText::problem(problem, report.file));
    for (const QString& note : report.notes) {
        auto* item = new QListWidgetItem(note, m_problems);
        item->setForeground(palette().color(QPalette::PlaceholderText)); // a note, not a problem
    }
    m_problems->setVisible(m_problems->count() > 0);
    layout->addWidget(m_problems, 1);

    auto* buttons = new QDialogButtonBox(this);
    if (canImport()) {
        QPushButton* import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
        import->setDefault(true);
        buttons->addButton(QDialogButtonBox::Cancel);
    } else {
        buttons->addButton(QDialogButtonBox::Close);
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(620, m_problems->count() > 0 ? 420 : 200);
}

ImportReviewDialog::~ImportReviewDialog() = default;

bool ImportReviewDialog::canImport() const
{
    return m_report.ok() && m_report.added + m_report.updated > 0;
}

} // namespace tutordesk
