#pragma once

#include <QDate>
#include <QDialog>

#include <cstdint>
#include <optional>

namespace tutordesk {

class Store;

// Entering a group's skill probes quickly: a grid of the group's students × probes (earlier results and a
// column for the new one), typed with the keyboard and saved in one transaction.
class ProbeGridDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProbeGridDialog)

public:
    // `groupId`: the group to open on (else the first group with sessions today or the first group).
    ProbeGridDialog(Store& store, const QDate& today, std::optional<std::int64_t> groupId,
                    QWidget* parent = nullptr);
    ~ProbeGridDialog() override;

Q_SIGNALS:
    // Probes were saved: progress figures changed.
    void saved();

private:
    Store& m_store;
    QDate m_today;
};

} // namespace tutordesk
