#include "ProgressFlagsEditor.h"

#include "InlineSentence.h"
#include "UnitSpinBox.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace tutordesk {

namespace {

QString percentText(int n)
{
    return QLocale().toString(n) + QLocale().percent();
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

ProgressFlagsEditor::ProgressFlagsEditor(QWidget* parent)
    : QWidget(parent)
    , m_minAttended(new UnitSpinBox([](int n) { return tr("%n session(s)", nullptr, n); }, 1, 200, this))
    , m_wellAttended(new UnitSpinBox(percentText, 1, 100, this))
    , m_minGrowth(new QDoubleSpinBox(this))
    , m_minHeld(new UnitSpinBox([](int n) { return tr("%n session(s)", nullptr, n); }, 1, 200, this))
    , m_notAttending(new UnitSpinBox(percentText, 1, 100, this))
    , m_problem(new QLabel(this))
{
    m_minAttended->setAccessibleName(tr("Sessions attended before growth is judged"));
    m_wellAttended->setAccessibleName(tr("Attendance that counts as attending well"));
    m_minGrowth->setAccessibleName(tr("Growth expected, in percentage points"));
    m_minHeld->setAccessibleName(tr("Sessions needed to judge attendance"));
    m_notAttending->setAccessibleName(tr("Attendance under which a student is not attending"));
    m_minGrowth->setRange(0.0, 100.0);
    m_minGrowth->setDecimals(1);
    m_minGrowth->setSingleStep(0.5);
    m_minGrowth->setSuffix(tr(" pts"));
    for (QWidget* box : {static_cast<QWidget*>(m_minAttended), static_cast<QWidget*>(m_wellAttended),
                         static_cast<QWidget*>(m_minGrowth), static_cast<QWidget*>(m_minHeld),
                         static_cast<QWidget*>(m_notAttending)})
        box->setToolTip(box->accessibleName());

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The Progress page flags two kinds of student so that nobody waits until the "
                                "end of the program to be noticed. Only seats held now are flagged."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addSpacing(8);

    layout->addWidget(heading(ProgressFlags::title(ProgressFlag::NotAttending), this));
    layout->addLayout(InlineSentence::layout(
        this, tr("After at least %1 with attendance taken, flag a student who came to under %2 of them."),
        {m_minHeld, m_notAttending}));
    layout->addWidget(
        note(tr("The tutoring cannot work if the student is not there: reach the family first."), this));
    layout->addSpacing(8);

    layout->addWidget(heading(ProgressFlags::title(ProgressFlag::NotImproving), this));
    layout->addLayout(InlineSentence::layout(this,
                                             tr("After at least %1 attended at %2 attendance or "
                                                "better,\nflag growth under %3 on the group's skill "
                                                "probe (a mastered skill is never flagged)."),
                                             {m_minAttended, m_wellAttended, m_minGrowth}));
    layout->addWidget(note(tr("Growth is the latest probe's percentage minus the pre probe's, in percentage "
                              "points; it needs two probes on the group's skill."),
                           this));

    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a4262c;"));
    m_problem->setAccessibleName(tr("Problem with the thresholds"));
    m_problem->hide();
    layout->addSpacing(8);
    layout->addWidget(m_problem);

    auto* restore = new QPushButton(tr("Restore &Defaults"), this);
    restore->setToolTip(tr("Put back the thresholds TutorDesk starts with"));
    connect(restore, &QPushButton::clicked, this, [this] { restoreDefaults(); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(restore);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch();

    for (QSpinBox* box : {m_minAttended, m_wellAttended, m_minHeld, m_notAttending})
        connect(box, &QSpinBox::valueChanged, this, &ProgressFlagsEditor::check);
    connect(m_minGrowth, &QDoubleSpinBox::valueChanged, this, &ProgressFlagsEditor::check);
    setRules(ProgressFlags::defaults());
}

ProgressFlagsEditor::~ProgressFlagsEditor() = default;

void ProgressFlagsEditor::setRules(const ProgressFlagRules& rules)
{
    m_minAttended->setValue(rules.minSessionsAttended);
    m_wellAttended->setValue(static_cast<int>(std::lround(rules.wellAttendedRate * 100.0)));
    m_minGrowth->setValue(rules.minGrowth);
    m_minHeld->setValue(rules.minSessionsHeld);
    m_notAttending->setValue(static_cast<int>(std::lround(rules.notAttendingRate * 100.0)));
    check();
}

ProgressFlagRules ProgressFlagsEditor::rules() const
{
    ProgressFlagRules rules;
    rules.minSessionsAttended = m_minAttended->value();
    rules.wellAttendedRate = m_wellAttended->value() / 100.0;
    rules.minGrowth = m_minGrowth->value();
    rules.minSessionsHeld = m_minHeld->value();
    rules.notAttendingRate = m_notAttending->value() / 100.0;
    return rules;
}

void ProgressFlagsEditor::check()
{
    const std::optional<QString> problem = ProgressFlags::validate(rules());
    m_problem->setText(problem.value_or(QString()));
    m_problem->setVisible(problem.has_value());
    Q_EMIT rulesChanged();
}

} // namespace tutordesk
