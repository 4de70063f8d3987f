#pragma once

#include "placement/NeedScore.h"

#include <QWidget>

#include <vector>

class QDoubleSpinBox;
class QFormLayout;

namespace tutordesk {

// The need-score weights, one spin box each with a line saying what it does, and "Restore
// Defaults". It edits a NeedWeights value; saving and checking it are core's (NeedWeights).
class NeedWeightsEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NeedWeightsEditor)

public:
    explicit NeedWeightsEditor(QWidget* parent = nullptr);
    ~NeedWeightsEditor() override;

    void setWeights(const NeedWeights& weights);
    NeedWeights weights() const;
    // The spin box of a weight, in the order they are shown (tests).
    QDoubleSpinBox* box(int index) const { return m_boxes.at(static_cast<size_t>(index)); }

private:
    void addWeight(const QString& label, const QString& help, double NeedWeights::*field, double maximum,
                   const QString& suffix);

    QFormLayout* m_form = nullptr;
    std::vector<QDoubleSpinBox*> m_boxes;
    std::vector<double NeedWeights::*> m_fields;
};

} // namespace tutordesk
