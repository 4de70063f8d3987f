#pragma once

#include "progress/Equity.h"

#include <QStandardItemModel>

namespace tutordesk {

// The equity audit as a tree: one row per dimension ("EL status"), its student groups beneath. A suppressed
// group is one greyed line, "Foster youth · fewer than 10 students", with no figure anywhere (not in a
// tooltip either); a withheld figure is a grey dash whose tooltip says why; a gap is marked with ▼, bold, and
// a warm background, with the sentence in the tooltip.
class EquityModel final : public QStandardItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EquityModel)

public:
    enum Role { SuppressedRole = Qt::UserRole + 1, GapRole };

    explicit EquityModel(QObject* parent = nullptr);
    ~EquityModel() override;

    void setAudit(const EquityAudit& audit);
    const EquityAudit& audit() const { return m_audit; }

private:
    EquityAudit m_audit;
};

} // namespace tutordesk
