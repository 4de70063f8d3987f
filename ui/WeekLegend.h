#pragma once

#include <QWidget>

namespace tutordesk {

// The key to the week's colours: tier 2, tier 3, cancelled (hatched) and needing cover (red outline),
// each drawn as the week draws it and named in words, so that colour is never the only clue.
class WeekLegend final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeekLegend)

public:
    explicit WeekLegend(QWidget* parent = nullptr);
    ~WeekLegend() override;
};

} // namespace tutordesk
