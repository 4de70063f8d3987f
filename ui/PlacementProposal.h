#pragma once

#include "placement/Placement.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>

class QWidget;

namespace tutordesk {

class Store;

// "Propose Placement": runs core's placement as a dry run, says in a few words what it would do
// (students seated, new groups, how many would wait, the seat budget) and applies it when the
// coordinator says yes. The question is opened window-modal, not exec()'d, so tests can answer it.
class PlacementProposal final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlacementProposal)

public:
    explicit PlacementProposal(QWidget* parent);
    ~PlacementProposal() override;

    // Asks core for the dry run on `store` and shows the question; false when core refused (the
    // message is in failed()).
    bool propose(Store& store);
    // Closes an open question without applying (the school's database is being swapped).
    void withdraw();
    QMessageBox* question() const { return m_question; }

    // "12 students would get a seat, with 2 new groups planned. 7 students would wait, …" (or, once
    // applied, "got" and "wait").
    static QString describe(const PlacementResult& result);

Q_SIGNALS:
    void applied(const tutordesk::PlacementResult& result);
    void failed(const QString& message);

private:
    void apply();

    QWidget* m_parent = nullptr;
    Store* m_store = nullptr;
    QPointer<QMessageBox> m_question;
};

} // namespace tutordesk
