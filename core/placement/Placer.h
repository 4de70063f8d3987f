#pragma once

#include "placement/NeedScore.h"
#include "placement/PlacementView.h"
#include "placement/Tiers.h"
#include "store/Statement.h"

#include <QDate>
#include <QSet>
#include <QString>

#include <cstdint>
#include <map>
#include <set>
#include <utility>
#include <vector>

namespace tutordesk {

class Database;

// One placement run inside the caller's transaction: ranks, then walks the students in need order and
// gives each eligible subject an open seat, a seat in a new planned group, or a place on the waitlist.
class Placer final {
public:
    struct Setup {
        QDate today;
        QDate yearStart;
        QDate yearEnd;
        NeedWeights weights;
        std::vector<TierDefinition> tiers;
        int seatBudget = 0;
    };

    Placer(Database& db, Setup setup);
    void run();

    const PlacementView::Outcome& outcome() const { return m_outcome; }
    int placed() const { return m_placed; }
    int groupsCreated() const { return static_cast<int>(m_outcome.newGroups.size()); }
    int leftWaitlist() const { return m_leftWaitlist; }

private:
    using Key = std::pair<std::int64_t, QString>; // student, subject

    struct Slot {
        std::int64_t id = 0;
        QString subject;
        int bandLow = 99; // grade ranks the band holds; an unreadable band holds nobody
        int bandHigh = -99;
        int tier = 2;
        int cap = 4;
        int taken = 0;
        bool active = false;

        void setBand(const QString& band);
    };
    struct Waiting {
        std::int64_t id = 0;
        QString sourcedId;
    };

    void loadGroups();
    void loadEnrollments();
    Slot* openSeat(const NeedScoreRow& row, const QString& subject);
    Slot* newGroup(const NeedScoreRow& row, const QString& subject);
    void seat(const NeedScoreRow& row, const QString& subject, Slot& slot, const QString& breakdown);
    void wait(const NeedScoreRow& row, const QString& subject, const QString& breakdown);
    void closeStaleWaitlist(const std::vector<NeedScoreRow>& rows, const std::set<Key>& waiting);

    Database& m_db;
    Setup m_setup;
    std::vector<Slot> m_slots;
    QSet<QString> m_groupNames;
    int m_offered = 0;
    std::set<Key> m_seated;  // holds a seat in the subject
    std::set<Key> m_blocked; // a seat in the subject was paused or exited: the coordinator decides
    std::map<Key, Waiting> m_waitlist;
    PlacementView::Outcome m_outcome;
    int m_placed = 0;
    int m_leftWaitlist = 0;
    Statement m_insertEnrollment;
    Statement m_seatWaiting;
    Statement m_refreshWaiting;
    Statement m_closeWaiting;
    Statement m_insertGroup;
};

} // namespace tutordesk
