#include "EquityModel.h"

#include "progress/EquityText.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace tutordesk {

namespace {

using Column = EquityText::Column;
constexpr int columns = static_cast<int>(Column::Count);

QString gapTip(const EquityAudit& audit, const EquityRow& row, EquityGap::Kind kind)
{
    for (const EquityGap& gap : audit.gaps) {
        if (gap.kind == kind && &audit.rows.at(gap.row) == &row)
            return EquityText::gapSentence(audit, gap);
    }
    return QString();
}

} // namespace

EquityModel::EquityModel(QObject* parent)
    : QStandardItemModel(parent)
{
    setColumnCount(columns);
}

EquityModel::~EquityModel() = default;

void EquityModel::setAudit(const EquityAudit& audit)
{
    m_audit = audit;
    clear();
    setColumnCount(columns);
    for (int c = 0; c < columns; ++c) {
        auto* header = new QStandardItem(EquityText::columnTitle(static_cast<Column>(c)));
        header->setToolTip(EquityText::columnExplanation(static_cast<Column>(c), m_audit.threshold));
        setHorizontalHeaderItem(c, header);
    }
    const QBrush grey(QColor(0x6b, 0x6b, 0x6b));
    const QBrush gapBackground(QColor(0xfd, 0xe2, 0xc8));
    const QBrush gapText(QColor(0x8a, 0x3b, 0x00));
    QStandardItem* dimension = nullptr;
    std::optional<EquityDimension> current;
    for (const EquityRow& row : m_audit.rows) {
        if (current != row.dimension) {
            current = row.dimension;
            dimension = new QStandardItem(EquityText::dimensionTitle(row.dimension));
            QFont bold = dimension->font();
            bold.setBold(true);
            dimension->setFont(bold);
            dimension->setEditable(false);
            QList<QStandardItem*> line{dimension};
            for (int c = 1; c < columns; ++c) {
                auto* empty = new QStandardItem;
                empty->setEditable(false);
                line << empty;
            }
            appendRow(line);
        }
        QList<QStandardItem*> line;
        if (row.suppressed()) {
            // One line, no figure: the view spans it across the columns.
            auto* item = new QStandardItem(EquityText::groupTitle(row) + QStringLiteral("  \u00b7  ") +
                                           EquityText::suppressedLabel(row.suppression));
            item->setForeground(grey);
            QFont italic = item->font();
            italic.setItalic(true);
            item->setFont(italic);
            item->setToolTip(EquityText::suppressedExplanation(row.suppression));
            item->setData(true, SuppressedRole);
            item->setEditable(false);
            line << item;
            for (int c = 1; c < columns; ++c) {
                auto* empty = new QStandardItem;
                empty->setEditable(false);
                empty->setData(true, SuppressedRole);
                line << empty;
            }
            dimension->appendRow(line);
            continue;
        }
        for (int c = 0; c < columns; ++c) {
            const auto column = static_cast<Column>(c);
            QString text = EquityText::cell(row, column);
            auto* item = new QStandardItem;
            item->setEditable(false);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            const bool gap = (column == Column::SeatShare && row.seatGap) ||
                             (column == Column::MinutesShare && row.minutesGap);
            if (text.isEmpty() && c > 0) {
                text = QStringLiteral("\u2014");
                item->setForeground(grey);
                item->setToolTip(EquityText::withheldReason(row, column));
            } else if (gap) {
                text = QStringLiteral("\u25bc ") + text;
                item->setBackground(gapBackground);
                item->setForeground(gapText);
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setToolTip(
                    gapTip(m_audit, row,
                           column == Column::SeatShare ? EquityGap::Kind::Seats : EquityGap::Kind::Minutes));
                item->setData(true, GapRole);
            } else if (c == 0 && (row.seatGap || row.minutesGap)) {
                item->setForeground(gapText);
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            item->setText(text);
            line << item;
        }
        dimension->appendRow(line);
    }
}

} // namespace tutordesk
