#include "StudentFilterBar.h"

#include "LanguageNames.h"
#include "StudentText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace tutordesk {

namespace {

using Flag = StudentFilter::Flag;

// Long choices ("Reclassified fluent English proficient (RFEP)") open in full in the popup but
// must not stretch the bar past a laptop screen (1366 pixels wide).
void keepNarrow(QComboBox* box, int characters)
{
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(characters);
}

} // namespace

StudentFilterBar::StudentFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_withdrawn(new QCheckBox(tr("Show &withdrawn"), this))
{
    // The search box above, the filters below: one row would not fit a 1280-pixel laptop screen.
    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    auto* searchRow = new QHBoxLayout;
    auto* layout = new QHBoxLayout;
    rows->addLayout(searchRow);
    rows->addLayout(layout);

    m_search->setPlaceholderText(tr("Search by name or ID"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search students"));
    m_search->setToolTip(tr("Type part of a first, last or preferred name, or a district ID (Ctrl+F)"));
    m_search->setMinimumWidth(360);
    searchRow->addWidget(m_search);
    searchRow->addSpacing(16);
    searchRow->addWidget(m_withdrawn); // says which students are searched, so it goes with the search
    searchRow->addSpacing(16);

    // Searching waits until typing pauses, so each keystroke does not run a query.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &StudentFilterBar::emitFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        emitFilter();
    });

    const auto addCombo = [this](QHBoxLayout* row, const QString& label, const QString& accessibleName) {
        auto* caption = new QLabel(label, this);
        auto* box = new QComboBox(this);
        caption->setBuddy(box);
        box->setAccessibleName(accessibleName);
        row->addWidget(caption);
        row->addWidget(box);
        row->addSpacing(8);
        connect(box, &QComboBox::currentIndexChanged, this, &StudentFilterBar::emitFilter);
        return box;
    };
    // Where the student stands in the program goes with the search row; who they are, below.
    m_tier = addCombo(searchRow, tr("&Tier:"), tr("Tier"));
    m_program = addCombo(searchRow, tr("&Program:"), tr("Program status"));
    searchRow->addStretch();
    m_grade = addCombo(layout, tr("&Grade:"), tr("Grade"));
    m_elStatus = addCombo(layout, tr("EL &status:"), tr("EL status"));
    m_language = addCombo(layout, tr("Home &language:"), tr("Home language"));
    m_group = addCombo(layout, tr("Student gr&oup:"), tr("Student group"));
    keepNarrow(m_tier, 8);
    keepNarrow(m_program, 12);
    keepNarrow(m_grade, 10);
    keepNarrow(m_elStatus, 10);
    keepNarrow(m_language, 14);
    keepNarrow(m_group, 14);

    m_grade->addItem(tr("All grades"), QString());
    for (const QString& grade : StudentText::gradeCodes())
        m_grade->addItem(StudentText::gradeLong(grade), grade);

    m_elStatus->addItem(tr("Any"), QString());
    for (const QString& code : StudentText::elStatusCodes())
        m_elStatus->addItem(StudentText::elStatusLong(code), code);

    m_group->addItem(tr("All students"), QVariant::fromValue(static_cast<int>(Flag::Any)));
    const std::pair<Flag, QString> groups[] = {
        {Flag::Iep, tr("IEP")},
        {Flag::Section504, tr("504 plan")},
        {Flag::Foster, tr("Foster youth")},
        {Flag::Homeless, tr("Homeless")},
        {Flag::Disadvantaged, tr("Socio-economically disadvantaged")},
        {Flag::EnglishLearner, tr("English learner")},
    };
    for (const auto& [flag, name] : groups)
        m_group->addItem(name, QVariant::fromValue(static_cast<int>(flag)));

    m_tier->addItem(tr("Any tier"), 0);
    m_tier->addItem(tr("Tier 3 · Intensive"), 3);
    m_tier->addItem(tr("Tier 2 · Small group"), 2);
    m_tier->addItem(tr("Tier 1 · Classroom"), 1);
    m_tier->setToolTip(tr("The tier the student's need score qualifies for"));

    m_program->addItem(tr("Anyone"), QString());
    m_program->addItem(tr("Not in the program"), QStringLiteral("none"));
    for (const char* status : {"active", "consented", "invited", "waitlisted", "paused", "exited"}) {
        const QString code = QLatin1String(status);
        m_program->addItem(StudentText::programStatus(code), code);
    }
    m_program->setToolTip(tr("Where the student stands in the tutoring program"));

    m_withdrawn->setAccessibleName(tr("Show withdrawn students"));
    m_withdrawn->setToolTip(tr("Include students who have left the school"));
    connect(m_withdrawn, &QCheckBox::toggled, this, &StudentFilterBar::emitFilter);
    layout->addStretch();

    reset({});
}

StudentFilterBar::~StudentFilterBar() = default;

StudentFilter StudentFilterBar::filter() const
{
    StudentFilter filter;
    filter.search = m_search->text().trimmed();
    filter.grade = m_grade->currentData().toString();
    filter.elStatus = m_elStatus->currentData().toString();
    filter.homeLanguage = m_language->currentData().toString();
    filter.flag = static_cast<Flag>(m_group->currentData().toInt());
    filter.tier = m_tier->currentData().toInt();
    filter.program = m_program->currentData().toString();
    filter.includeWithdrawn = m_withdrawn->isChecked();
    return filter;
}

void StudentFilterBar::reset(const QStringList& homeLanguages)
{
    m_resetting = true;
    m_search->clear();
    m_searchDelay->stop(); // clearing started it
    m_grade->setCurrentIndex(0);
    m_elStatus->setCurrentIndex(0);
    m_group->setCurrentIndex(0);
    m_tier->setCurrentIndex(0);
    m_program->setCurrentIndex(0);
    m_withdrawn->setChecked(false);
    fillLanguages(homeLanguages);
    m_resetting = false;
}

void StudentFilterBar::updateLanguages(const QStringList& homeLanguages)
{
    const QString chosen = m_language->currentData().toString();
    m_resetting = true;
    fillLanguages(homeLanguages);
    const int index = m_language->findData(chosen);
    m_language->setCurrentIndex(std::max(index, 0));
    m_resetting = false;
    if (index < 0 && !chosen.isEmpty())
        emitFilter();
}

void StudentFilterBar::fillLanguages(const QStringList& homeLanguages)
{
    m_language->clear();
    m_language->addItem(tr("All languages"), QString());
    for (const QString& code : homeLanguages)
        m_language->addItem(LanguageNames::displayName(code), code);
}

void StudentFilterBar::emitFilter()
{
    if (!m_resetting)
        Q_EMIT filterChanged(filter());
}

} // namespace tutordesk
