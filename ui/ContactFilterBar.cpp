#include "ContactFilterBar.h"

#include "LanguageNames.h"
#include "OptionalDateEdit.h"
#include "families/ContactLog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace tutordesk {

namespace {

// The home languages of DESIGN.md, the ones families at the schools speak most.
QStringList contactLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("es"),      QStringLiteral("ko"),     QStringLiteral("hy"),
            QStringLiteral("tl"), QStringLiteral("vi"),      QStringLiteral("ar"),     QStringLiteral("ru"),
            QStringLiteral("fa"), QStringLiteral("zh-Hans"), QStringLiteral("zh-Hant")};
}

QComboBox* codeBox(const QString& anyText, const QStringList& codes, QString (*title)(const QString&),
                   const QString& accessibleName, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->addItem(anyText, QString());
    for (const QString& code : codes)
        box->addItem(title(code), code);
    box->setAccessibleName(accessibleName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(12);
    return box;
}

QString languageTitle(const QString& code)
{
    return LanguageNames::displayName(code);
}

QDateEdit* dateField(const QString& accessibleName, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(OptionalDateEdit::fourDigitYearFormat());
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

ContactFilterBar::ContactFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_period(new QComboBox(this))
    , m_from(dateField(tr("From"), this))
    , m_to(dateField(tr("To"), this))
    , m_method(
          codeBox(tr("Any method"), ContactLog::methodCodes(), &ContactLog::methodTitle, tr("Method"), this))
    , m_outcome(codeBox(tr("Any outcome"), ContactLog::outcomeCodes(), &ContactLog::outcomeTitle,
                        tr("Outcome"), this))
    , m_purpose(codeBox(tr("Any purpose"), ContactLog::purposeCodes(), &ContactLog::purposeTitle,
                        tr("Purpose"), this))
    , m_language(codeBox(tr("Any language"), contactLanguages(), &languageTitle, tr("Language"), this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_followUp(new QCheckBox(tr("Needs &follow-up"), this))
{
    // The period and search above, the code filters below: one row would not fit a laptop screen.
    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    auto* bottom = new QHBoxLayout;
    rows->addLayout(top);
    rows->addLayout(bottom);

    m_period->addItem(tr("Any time"), AnyTime);
    m_period->addItem(tr("This week"), ThisWeek);
    m_period->addItem(tr("Last 30 days"), Last30Days);
    m_period->addItem(tr("This year"), ThisYear);
    m_period->addItem(tr("Dates below"), Custom);
    m_period->setAccessibleName(tr("Period"));
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    top->addWidget(periodLabel);
    top->addWidget(m_period);
    auto* fromLabel = new QLabel(tr("F&rom"), this);
    fromLabel->setBuddy(m_from);
    top->addWidget(fromLabel);
    top->addWidget(m_from);
    auto* toLabel = new QLabel(tr("T&o"), this);
    toLabel->setBuddy(m_to);
    top->addWidget(toLabel);
    top->addWidget(m_to);
    top->addSpacing(16);
    m_search->setPlaceholderText(tr("Search by student, district ID or guardian"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search contacts"));
    m_search->setToolTip(tr("Type part of a student's name or district ID, or a guardian's name"));
    m_search->setMinimumWidth(300);
    top->addWidget(m_search, 1);

    for (QComboBox* box : {m_method, m_outcome, m_purpose, m_language})
        bottom->addWidget(box);
    bottom->addSpacing(16);
    m_followUp->setToolTip(tr("Only contacts that asked for a follow-up date"));
    bottom->addWidget(m_followUp);
    bottom->addStretch(1);

    setPeriod(AnyTime);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ContactFilterBar::periodChosen);
    connect(m_from, &QDateEdit::dateChanged, this, &ContactFilterBar::datesEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &ContactFilterBar::datesEdited);
    for (QComboBox* box : {m_method, m_outcome, m_purpose, m_language})
        connect(box, &QComboBox::currentIndexChanged, this, &ContactFilterBar::emitFilter);
    connect(m_followUp, &QCheckBox::toggled, this, &ContactFilterBar::emitFilter);
    // Searching waits until typing pauses, so each keystroke does not run a query; Enter searches at once.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &ContactFilterBar::emitFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        emitFilter();
    });
}

ContactFilterBar::~ContactFilterBar() = default;

ContactFilter ContactFilterBar::filter() const
{
    ContactFilter f;
    if (m_period->currentData().toInt() != AnyTime) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    f.method = m_method->currentData().toString();
    f.outcome = m_outcome->currentData().toString();
    f.purpose = m_purpose->currentData().toString();
    f.language = m_language->currentData().toString();
    f.search = m_search->text().trimmed();
    f.followUpOnly = m_followUp->isChecked();
    return f;
}

void ContactFilterBar::setToday(const QDate& today, const QDate& yearStart)
{
    m_today = today.isValid() ? today : QDate::currentDate();
    m_yearStart = yearStart;
    const int period = m_period->currentData().toInt();
    if (period != Custom)
        setPeriod(static_cast<Period>(period));
}

void ContactFilterBar::reset()
{
    m_quiet = true;
    m_searchDelay->stop();
    m_search->clear();
    for (QComboBox* box : {m_method, m_outcome, m_purpose, m_language})
        box->setCurrentIndex(0);
    m_followUp->setChecked(false);
    m_quiet = false;
    setPeriod(AnyTime);
}

void ContactFilterBar::setPeriod(Period period)
{
    m_quiet = true;
    m_period->setCurrentIndex(m_period->findData(period));
    QDate from = m_today.addDays(-6);
    switch (period) {
    case ThisWeek:
        from = m_today.addDays(1 - m_today.dayOfWeek());
        break;
    case Last30Days:
        from = m_today.addDays(-29);
        break;
    case ThisYear:
        from = m_yearStart.isValid() && m_yearStart <= m_today ? m_yearStart : QDate(m_today.year(), 1, 1);
        break;
    case AnyTime:
    case Custom:
        from = m_from->date() > QDate(2000, 1, 1) ? m_from->date() : m_today.addDays(-29);
        break;
    }
    if (period != Custom) {
        m_from->setDate(from);
        m_to->setDate(m_today);
    }
    m_from->setEnabled(period != AnyTime);
    m_to->setEnabled(period != AnyTime);
    m_quiet = false;
    emitFilter();
}

void ContactFilterBar::periodChosen()
{
    if (!m_quiet)
        setPeriod(static_cast<Period>(m_period->currentData().toInt()));
}

// A date typed or picked makes the period a range of its own.
void ContactFilterBar::datesEdited()
{
    if (m_quiet)
        return;
    m_quiet = true;
    m_period->setCurrentIndex(m_period->findData(Custom));
    m_quiet = false;
    emitFilter();
}

void ContactFilterBar::emitFilter()
{
    if (!m_quiet)
        Q_EMIT filterChanged(filter());
}

} // namespace tutordesk
