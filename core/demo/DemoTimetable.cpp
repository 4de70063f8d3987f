#include "demo/DemoTimetable.h"

#include "demo/DemoModel.h"
#include "demo/DemoWriter.h"

#include <QtGlobal>

#include <algorithm>

namespace tutordesk::demo {

namespace {

// Tier 3 meets Monday to Thursday; tier 2 Monday, Wednesday and Friday or Tuesday to Thursday.
std::vector<int> patternsFor(int tier)
{
    if (tier == 3)
        return {monday | tuesday | wednesday | thursday};
    return {monday | wednesday | friday, tuesday | wednesday | thursday};
}

bool fits(const DemoWorld& w, const Group& g, const Tutor& t, int pattern, int block)
{
    const int start = blockStarts[static_cast<std::size_t>(block)];
    const auto bit = static_cast<std::uint16_t>(1u << block);
    for (int day = 0; day < 5; ++day) {
        if (!(pattern & (1 << day)))
            continue;
        if ((t.busy[static_cast<std::size_t>(day)] & bit) || !t.availableAt(day + 1, start, g.minutes))
            return false;
        for (const int e : g.seats) {
            const Student& s =
                w.students[static_cast<std::size_t>(w.enrollments[static_cast<std::size_t>(e)].student)];
            if (s.busy[static_cast<std::size_t>(day)] & bit)
                return false;
        }
    }
    return true;
}

void take(DemoWorld& w, Group& g, Tutor& t)
{
    const auto bit = static_cast<std::uint16_t>(1u << g.block);
    for (int day = 0; day < 5; ++day) {
        if (!(g.weekdays & (1 << day)))
            continue;
        t.busy[static_cast<std::size_t>(day)] |= bit;
        t.weeklyMinutes += g.minutes;
        for (const int e : g.seats)
            w.students[static_cast<std::size_t>(w.enrollments[static_cast<std::size_t>(e)].student)]
                .busy[static_cast<std::size_t>(day)] |= bit;
    }
    ++t.groups;
}

// The home language most of the group's English learners share, if any.
QString groupLanguage(const DemoWorld& w, const Group& g)
{
    std::vector<std::pair<QString, int>> counts;
    for (const int e : g.seats) {
        const Student& s =
            w.students[static_cast<std::size_t>(w.enrollments[static_cast<std::size_t>(e)].student)];
        if (std::string_view(s.el) != "EL")
            continue;
        auto it = std::find_if(counts.begin(), counts.end(),
                               [&](const auto& c) { return c.first == s.homeLanguage; });
        if (it == counts.end())
            counts.emplace_back(s.homeLanguage, 1);
        else
            ++it->second;
    }
    QString best;
    int most = 0;
    for (const auto& [language, n] : counts) {
        if (n > most) {
            most = n;
            best = language;
        }
    }
    return best;
}

int capacityMinutes(const Tutor& t)
{
    int minutes = 0;
    for (const Tutor::Window& window : t.availability)
        minutes += window.to - window.from;
    return std::max(1, minutes);
}

} // namespace

void scheduleGroups(DemoWorld& w)
{
    DemoRandom& rng = w.program;
    std::vector<int> order(w.groups.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<int>(i);
    // Tier 3 groups meet four times a week and are the hardest to fit: place them first.
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return w.groups[static_cast<std::size_t>(a)].tier > w.groups[static_cast<std::size_t>(b)].tier;
    });
    std::vector<int> dissolved;
    for (const int gi : order) {
        Group& g = w.groups[static_cast<std::size_t>(gi)];
        const QString language = groupLanguage(w, g);
        std::vector<std::pair<double, int>> candidates;
        for (std::size_t ti = 0; ti < w.tutors.size(); ++ti) {
            const Tutor& t = w.tutors[ti];
            if (t.substitute || !t.subjects[static_cast<std::size_t>(g.subject)])
                continue;
            double cost = static_cast<double>(t.weeklyMinutes) / capacityMinutes(t) + 0.04 * rng.real();
            if (!language.isEmpty() &&
                std::find(t.languages.begin(), t.languages.end(), language) != t.languages.end())
                cost -= 0.15;
            candidates.emplace_back(cost, static_cast<int>(ti));
        }
        std::sort(candidates.begin(), candidates.end());
        bool placed = false;
        for (const auto& [cost, ti] : candidates) {
            Tutor& t = w.tutors[static_cast<std::size_t>(ti)];
            std::vector<std::pair<int, int>> school, after; // pattern, block
            for (const int pattern : patternsFor(g.tier)) {
                for (int block = 0; block < static_cast<int>(blockStarts.size()); ++block) {
                    if (fits(w, g, t, pattern, block))
                        (block >= firstAfterSchoolBlock ? after : school).emplace_back(pattern, block);
                }
            }
            const auto& options = school.empty() ? after : school;
            if (options.empty())
                continue;
            const auto& [pattern, block] = rng.pick(options);
            g.weekdays = pattern;
            g.block = block;
            g.tutor = ti;
            take(w, g, t);
            placed = true;
            break;
        }
        if (!placed)
            dissolved.push_back(gi);
    }
    for (const int gi : dissolved) {
        for (const int e : w.groups[static_cast<std::size_t>(gi)].seats)
            w.enrollments[static_cast<std::size_t>(e)].group = -1;
        w.groups[static_cast<std::size_t>(gi)].seats.clear();
    }

    // Delivery and place: pull-out in the tutor's room, after school there too, a few after-school groups
    // online, and the vendor's groups always online.
    std::vector<int> afterSchool;
    for (std::size_t gi = 0; gi < w.groups.size(); ++gi) {
        Group& g = w.groups[gi];
        if (g.tutor < 0)
            continue;
        const Tutor& t = w.tutors[static_cast<std::size_t>(g.tutor)];
        g.location = t.room;
        if (t.virtualOnly) {
            g.delivery = "virtual";
        } else if (g.block >= firstAfterSchoolBlock) {
            g.delivery = "after_school";
            afterSchool.push_back(static_cast<int>(gi));
        }
    }
    const int online = w.large() ? static_cast<int>(afterSchool.size()) / 20
                                 : std::min<int>(2, static_cast<int>(afterSchool.size()));
    rng.shuffle(afterSchool);
    for (int k = 0; k < online; ++k)
        w.groups[static_cast<std::size_t>(afterSchool[static_cast<std::size_t>(k)])].delivery = "virtual";
    for (Group& g : w.groups) {
        if (std::string_view(g.delivery) == "virtual")
            g.location = QStringLiteral("Zoom (link sent home with the consent letter)");
        // The last meeting of the year, for the post-test.
        for (QDate day = g.endDay; day >= g.startDay; day = day.addDays(-1)) {
            if (w.calendar.isSchoolDay(day) && (g.weekdays & (1 << (day.dayOfWeek() - 1)))) {
                g.lastSessionDay = day;
                break;
            }
        }
    }
}

void writeGroups(DemoWorld& w, DemoWriter& out)
{
    for (Group& g : w.groups) {
        if (g.tutor < 0)
            continue;
        const char* status = w.through < g.startDay ? "planned" : "active";
        g.id = out.group(g, w.tutors[static_cast<std::size_t>(g.tutor)].id, status);
    }
}

} // namespace tutordesk::demo
