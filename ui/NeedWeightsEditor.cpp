#include "NeedWeightsEditor.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tutordesk {

NeedWeightsEditor::NeedWeightsEditor(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A student's need score adds up points for each sign that they are behind. "
                                "Higher scores are seated first."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    layout->addLayout(m_form);

    const QString points = tr(" points");
    addWeight(tr("Per grade level below"),
              tr("For each grade level behind on the latest benchmark, in the "
                 "subject furthest behind."),
              &NeedWeights::pointsPerLevelBelow, 100, points);
    addWeight(tr("Most from benchmarks"), tr("Benchmarks never add more than this."),
              &NeedWeights::maxBenchmarkPoints, 200, points);
    addWeight(tr("Attendance counts below"), tr("School attendance under this adds points."),
              &NeedWeights::attendanceThreshold, 100, tr(" %"));
    addWeight(tr("Per attendance point below"),
              tr("For each percentage point of attendance under that line."),
              &NeedWeights::pointsPerAttendancePoint, 20, points);
    addWeight(tr("Most from attendance"), tr("Attendance never adds more than this."),
              &NeedWeights::maxAttendancePoints, 200, points);
    addWeight(tr("English learner"), tr("For a student whose EL status is EL."), &NeedWeights::englishLearner,
              100, points);
    addWeight(tr("IEP or 504 plan"), tr("For a student with an IEP or a Section 504 plan."),
              &NeedWeights::disability, 100, points);
    addWeight(tr("Foster youth"), tr("For a student in foster care."), &NeedWeights::foster, 100, points);
    addWeight(tr("Homeless"), tr("For a student who is homeless (McKinney-Vento)."), &NeedWeights::homeless,
              100, points);
    addWeight(tr("Socio-economically disadvantaged"), tr("For a student the district counts as SED."),
              &NeedWeights::disadvantaged, 100, points);

    auto* restore = new QPushButton(tr("Restore &Defaults"), this);
    restore->setToolTip(tr("Put back the weights TutorDesk starts with"));
    connect(restore, &QPushButton::clicked, this, [this] { setWeights(NeedWeights{}); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(restore);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch();
}

NeedWeightsEditor::~NeedWeightsEditor() = default;

void NeedWeightsEditor::addWeight(const QString& label, const QString& help, double NeedWeights::*field,
                                  double maximum, const QString& suffix)
{
    auto* box = new QDoubleSpinBox(this);
    box->setRange(0, maximum);
    box->setDecimals(1);
    box->setSingleStep(field == &NeedWeights::pointsPerAttendancePoint ? 0.5 : 1.0);
    box->setSuffix(suffix);
    box->setAccessibleName(label);
    box->setAccessibleDescription(help);
    box->setToolTip(help);
    auto* caption = new QLabel(tr("%1:", "label of a setting").arg(label), this);
    caption->setBuddy(box);
    auto* row = new QHBoxLayout;
    row->addWidget(box);
    auto* explanation = new QLabel(help, this);
    explanation->setForegroundRole(QPalette::PlaceholderText);
    row->addWidget(explanation, 1);
    m_form->addRow(caption, row);
    m_boxes.push_back(box);
    m_fields.push_back(field);
}

void NeedWeightsEditor::setWeights(const NeedWeights& weights)
{
    for (size_t i = 0; i < m_boxes.size(); ++i)
        m_boxes[i]->setValue(weights.*m_fields[i]);
}

NeedWeights NeedWeightsEditor::weights() const
{
    NeedWeights weights;
    for (size_t i = 0; i < m_boxes.size(); ++i)
        weights.*m_fields[i] = m_boxes[i]->value();
    return weights;
}

} // namespace tutordesk
