#pragma once

#include "MoveToGroupDialog.h"

#include <QPointer>
#include <QWidget>

#include <cstdint>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;
class QTreeView;

namespace tutordesk {

class MessageBar;
class PlacementGroupsModel;
class PlacementLists;
class PlacementProposal;
class Store;
class WaitlistModel;
struct PlacementResult;

// The Placement page: the groups with their students on the left, the waitlist in need order on
// the right. "Propose Placement" shows what core's placement would do and applies it on
// confirmation; a student moves by "Move to Group…", "Move to Waitlist" or drag and drop. Every
// move is core's (Placement::move, seatFromWaitlist); a refusal shows core's words in the message
// bar and changes nothing.
class PlacementPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlacementPage)

public:
    explicit PlacementPage(QWidget* parent = nullptr);
    ~PlacementPage() override;

    void setStore(Store* store);
    // Reads the groups and waitlist again (Placement::current), keeping the student selected.
    void reload();

    // Asks core for a dry run and shows it in a question that applies it on confirmation.
    void proposePlacement();
    void moveSelectedToGroup();
    void moveSelectedToWaitlist();
    // Asks for the selected group (or the selected student's group) to be opened in the group editor.
    void scheduleSelectedGroup();
    // Takes one move to core; false (with core's message shown) when refused.
    bool moveStudent(const QString& enrollmentId, bool fromWaitlist, std::optional<std::int64_t> toGroup);

    PlacementLists* lists() const { return m_lists; }
    PlacementGroupsModel* groupsModel() const;
    WaitlistModel* waitlistModel() const;
    QTreeView* groupsView() const;
    QTableView* waitlistView() const;
    MessageBar* messageBar() const { return m_messages; }
    QLabel* summaryLabel() const { return m_summary; }
    QPushButton* proposeButton() const { return m_propose; }
    QPushButton* moveButton() const { return m_move; }
    QPushButton* waitlistButton() const { return m_toWaitlist; }
    QPushButton* scheduleButton() const { return m_schedule; }
    PlacementProposal* proposal() const { return m_proposal; }
    MoveToGroupDialog* moveDialog() const { return m_moveDialog; }

Q_SIGNALS:
    // Core changed the placement (this page has read it again): other pages showing program status
    // should read it too.
    void placementChanged();
    // The coordinator wants to give a group its tutor, room and weekly pattern.
    void scheduleGroupRequested(qint64 groupId);

private:
    void updateActions();
    void showSummary();
    void placementApplied(const PlacementResult& result);

    Store* m_store = nullptr;
    PlacementLists* m_lists = nullptr;
    MessageBar* m_messages = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_propose = nullptr;
    QPushButton* m_move = nullptr;
    QPushButton* m_toWaitlist = nullptr;
    QPushButton* m_schedule = nullptr;
    PlacementProposal* m_proposal = nullptr;
    QPointer<MoveToGroupDialog> m_moveDialog;
};

} // namespace tutordesk
