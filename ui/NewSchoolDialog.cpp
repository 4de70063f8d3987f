#include "NewSchoolDialog.h"

#include "common/AppIdentity.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tutordesk {

namespace {

QDateEdit* dateField(const QDate& day, QWidget* parent)
{
    auto* field = new QDateEdit(day, parent);
    field->setCalendarPopup(true);
    field->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    return field;
}

} // namespace

NewSchoolDialog::NewSchoolDialog(const QString& suggestedPath, Creator creator, QWidget* parent)
    : QDialog(parent)
    , m_create(std::move(creator))
    , m_name(new QLineEdit(this))
    , m_code(new QLineEdit(this))
    , m_district(new QLineEdit(this))
    , m_location(new QLabel(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Set Up My School"));
    auto* layout = new QVBoxLayout(this);

    auto* intro =
        new QLabel(tr("TutorDesk keeps everything about one school in one file on this computer."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_name->setPlaceholderText(tr("e.g. Alvarado Street Elementary"));
    m_name->setAccessibleName(tr("School name"));
    form->addRow(tr("School &name:"), m_name);
    m_code->setPlaceholderText(tr("the district's code for this school"));
    m_code->setAccessibleName(tr("School code"));
    m_code->setToolTip(tr("The code your district uses for this school (in California, its CDS code)"));
    form->addRow(tr("School &code:"), m_code);
    m_district->setPlaceholderText(tr("optional"));
    m_district->setAccessibleName(tr("District code"));
    form->addRow(tr("&District code:"), m_district);

    const auto [start, end] = School::defaultYearAround(QDate::currentDate());
    m_yearStart = dateField(start, this);
    m_yearStart->setAccessibleName(tr("First day of the school year"));
    form->addRow(tr("School year &starts:"), m_yearStart);
    m_yearEnd = dateField(end, this);
    m_yearEnd->setAccessibleName(tr("Last day of the school year"));
    form->addRow(tr("School year &ends:"), m_yearEnd);

    auto* where = new QHBoxLayout;
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_location->setWordWrap(true);
    m_location->setAccessibleName(tr("Database file"));
    where->addWidget(m_location, 1);
    auto* change = new QPushButton(tr("C&hange…"), this);
    change->setAccessibleName(tr("Choose where to save the database file"));
    connect(change, &QPushButton::clicked, this, &NewSchoolDialog::chooseLocation);
    where->addWidget(change, 0, Qt::AlignTop);
    form->addRow(tr("Saved in:"), where);
    layout->addLayout(form);

    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a4262c;")); // dark red: readable, clearly an error
    m_error->setAccessibleName(tr("Problem"));
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Set &Up School"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewSchoolDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewSchoolDialog::reject);
    layout->addWidget(buttons);

    setPath(suggestedPath);
    setMinimumWidth(520);
    m_name->setFocus();
}

NewSchoolDialog::~NewSchoolDialog() = default;

SchoolInfo NewSchoolDialog::schoolInfo() const
{
    SchoolInfo info;
    info.name = m_name->text();
    info.schoolCode = m_code->text();
    info.districtCode = m_district->text();
    info.yearStart = m_yearStart->date();
    info.yearEnd = m_yearEnd->date();
    return info;
}

QString NewSchoolDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void NewSchoolDialog::accept()
{
    if (m_create) {
        if (auto created = m_create(m_path, schoolInfo()); !created) {
            m_error->setText(created.error().message);
            m_error->show();
            return;
        }
    }
    QDialog::accept();
}

void NewSchoolDialog::chooseLocation()
{
    const QString filter = tr("TutorDesk databases (*.%1)").arg(QLatin1String(databaseSuffix));
    QString chosen = QFileDialog::getSaveFileName(this, tr("Save the School's Database As"), m_path, filter);
    if (chosen.isEmpty())
        return;
    if (!chosen.endsWith(QLatin1Char('.') + QLatin1String(databaseSuffix)))
        chosen += QLatin1Char('.') + QLatin1String(databaseSuffix);
    setPath(chosen);
}

void NewSchoolDialog::setPath(const QString& path)
{
    m_path = path;
    m_location->setText(QDir::toNativeSeparators(path));
}

} // namespace tutordesk
