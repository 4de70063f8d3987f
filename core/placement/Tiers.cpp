#include "placement/Tiers.h"

#include "store/Store.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCoreApplication>

#include <algorithm>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::Tiers)
};

} // namespace

std::vector<TierDefinition> Tiers::defaults()
{
    // Keep in step with the rows 0001_initial.sql seeds.
    return {
        {1, QStringLiteral("Tier 1"), QStringLiteral("Classroom re-teaching (tracked only)"), 0, 0, 4, 0.0},
        {2, QStringLiteral("Tier 2"), QStringLiteral("Small group"), 3, 30, 4, 30.0},
        {3, QStringLiteral("Tier 3"), QStringLiteral("Intensive"), 4, 45, 2, 60.0},
    };
}

TierDefinition Tiers::find(const std::vector<TierDefinition>& tiers, int tier)
{
    for (const TierDefinition& t : tiers) {
        if (t.tier == tier)
            return t;
    }
    for (const TierDefinition& t : defaults()) {
        if (t.tier == tier)
            return t;
    }
    return {};
}

std::vector<TierDefinition> Tiers::load(Store& store)
{
    std::vector<TierDefinition> tiers;
    Statement st = store.db().prepare("SELECT tier, name, description, sessions_per_week, minutes,"
                                      " max_group_size, min_need_score FROM tiers ORDER BY tier");
    while (st.step()) {
        tiers.push_back({static_cast<int>(st.integer(0)), st.text(1), st.text(2),
                         static_cast<int>(st.integer(3)), static_cast<int>(st.integer(4)),
                         static_cast<int>(st.integer(5)), st.real(6)});
    }
    // A row someone deleted by hand comes back as its default, so that tierFor() always sees three.
    for (const TierDefinition& d : defaults()) {
        if (std::none_of(tiers.begin(), tiers.end(),
                         [&](const TierDefinition& t) { return t.tier == d.tier; }))
            tiers.push_back(d);
    }
    std::sort(tiers.begin(), tiers.end(),
              [](const TierDefinition& a, const TierDefinition& b) { return a.tier < b.tier; });
    return tiers;
}

Result<void> Tiers::validate(const std::vector<TierDefinition>& tiers)
{
    for (int tier = 1; tier <= 3; ++tier) {
        const auto n = std::count_if(tiers.begin(), tiers.end(),
                                     [&](const TierDefinition& t) { return t.tier == tier; });
        if (n != 1)
            return Error{
                Tr::tr("Give tiers 1, 2 and 3 once each (tier %1 appears %2 times).").arg(tier).arg(n)};
    }
    if (tiers.size() != 3)
        return Error{Tr::tr("Only tiers 1, 2 and 3 exist; remove the others.")};
    for (const TierDefinition& t : tiers) {
        if (t.name.trimmed().isEmpty())
            return Error{Tr::tr("Tier %1 needs a name.").arg(t.tier)};
        if (t.maxGroupSize < 1 || t.maxGroupSize > 4)
            return Error{Tr::tr("Tier %1: the largest group must be 1 to 4 students, not %2.")
                             .arg(t.tier)
                             .arg(t.maxGroupSize)};
        if (t.sessionsPerWeek < 0 || t.sessionsPerWeek > 10)
            return Error{Tr::tr("Tier %1: sessions a week must be 0 to 10, not %2.")
                             .arg(t.tier)
                             .arg(t.sessionsPerWeek)};
        if (t.minutes < 0 || t.minutes > 240)
            return Error{
                Tr::tr("Tier %1: minutes a session must be 0 to 240, not %2.").arg(t.tier).arg(t.minutes)};
        // Tiers 2 and 3 are tutoring groups, which meet (a group's session lasts 5 minutes at least).
        if (t.tier >= 2 && t.sessionsPerWeek < 1)
            return Error{Tr::tr("Tier %1 is tutoring: give it at least 1 session a week.").arg(t.tier)};
        if (t.tier >= 2 && t.minutes < 5)
            return Error{Tr::tr("Tier %1 is tutoring: give its sessions at least 5 minutes.").arg(t.tier)};
        if (!(t.minNeedScore >= 0.0) || t.minNeedScore > 1000.0)
            return Error{Tr::tr("Tier %1: the minimum need score must be 0 to 1000, not %2.")
                             .arg(t.tier)
                             .arg(t.minNeedScore)};
    }
    const TierDefinition one = find(tiers, 1), two = find(tiers, 2), three = find(tiers, 3);
    if (two.minNeedScore < one.minNeedScore)
        return Error{
            Tr::tr("Tier 2's minimum need score (%1) is below tier 1's (%2): raise tier 2's or lower "
                   "tier 1's.")
                .arg(two.minNeedScore)
                .arg(one.minNeedScore)};
    if (three.minNeedScore < two.minNeedScore)
        return Error{
            Tr::tr("Tier 3's minimum need score (%1) is below tier 2's (%2): raise tier 3's or lower "
                   "tier 2's.")
                .arg(three.minNeedScore)
                .arg(two.minNeedScore)};
    return {};
}

Result<void> Tiers::save(Store& store, const std::vector<TierDefinition>& tiers)
{
    if (auto valid = validate(tiers); !valid)
        return valid;
    try {
        Database& db = store.db();
        Transaction tx(db);
        Statement update = db.prepare("UPDATE tiers SET name = ?, description = ?, sessions_per_week = ?,"
                                      " minutes = ?, max_group_size = ?, min_need_score = ? WHERE tier = ?");
        Statement insert =
            db.prepare("INSERT OR IGNORE INTO tiers (tier, name, description, sessions_per_week,"
                       " minutes, max_group_size, min_need_score) VALUES (?, ?, ?, ?, ?, ?, ?)");
        for (const TierDefinition& t : tiers) {
            insert.bindAll(t.tier, t.name.trimmed(), t.description, t.sessionsPerWeek, t.minutes,
                           t.maxGroupSize, t.minNeedScore);
            insert.run();
            update.bindAll(t.name.trimmed(), t.description, t.sessionsPerWeek, t.minutes, t.maxGroupSize,
                           t.minNeedScore, t.tier);
            update.run();
        }
        tx.commit();
    } catch (const StoreError& e) {
        return Error{Tr::tr("The tiers could not be saved: %1").arg(e.message())};
    }
    return {};
}

int Tiers::tierFor(const std::vector<TierDefinition>& tiers, double needScore)
{
    int best = 1;
    for (const TierDefinition& t : tiers) {
        if (t.tier > best && needScore >= t.minNeedScore)
            best = t.tier;
    }
    return best;
}

} // namespace tutordesk
