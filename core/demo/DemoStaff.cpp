#include "demo/DemoStaff.h"

#include "demo/DemoModel.h"
#include "demo/DemoWriter.h"

#include <algorithm>

namespace tutordesk::demo {

namespace {

// Weekly availability patterns, as tutors of each kind tend to offer them.
enum class Pattern {
    FullDay,
    FullDayAndAfter,
    AfterSchool,
    MorningsMWF,
    AfternoonsTWTh,
    MorningsMonThu,
    AfternoonsMonThu,
    Vendor
};

std::vector<Tutor::Window> windows(Pattern pattern)
{
    std::vector<int> weekdays = {1, 2, 3, 4, 5};
    int from = 8 * 60, to = 14 * 60 + 30;
    switch (pattern) {
    case Pattern::FullDay:
        break;
    case Pattern::FullDayAndAfter:
        to = 16 * 60 + 30;
        break;
    case Pattern::AfterSchool:
        weekdays = {1, 2, 3, 4};
        from = 14 * 60 + 30;
        to = 16 * 60 + 30;
        break;
    case Pattern::MorningsMWF:
        weekdays = {1, 3, 5};
        to = 12 * 60 + 40;
        break;
    case Pattern::AfternoonsTWTh:
        weekdays = {2, 3, 4};
        from = 11 * 60;
        to = 16 * 60 + 30;
        break;
    case Pattern::MorningsMonThu:
        weekdays = {1, 2, 3, 4};
        to = 12 * 60 + 40;
        break;
    case Pattern::AfternoonsMonThu:
        weekdays = {1, 2, 3, 4};
        from = 11 * 60;
        to = 16 * 60 + 30;
        break;
    case Pattern::Vendor:
        weekdays = {1, 2, 3, 4};
        from = 14 * 60 + 30;
        to = 17 * 60 + 15;
        break;
    }
    std::vector<Tutor::Window> out;
    for (const int day : weekdays)
        out.push_back({day, from, to});
    return out;
}

// How many tutors of a type the school has, and the weeks they offer.
struct Kind {
    const char* type;
    int count;
    std::vector<Pattern> patterns; // drawn from in turn (demo) or at random (large)
};

std::vector<Kind> activeKinds(bool large)
{
    using P = Pattern;
    if (!large)
        return {{"certified_teacher", 2, {P::FullDay, P::AfterSchool}},
                {"paraprofessional", 4, {P::FullDay, P::FullDay, P::FullDayAndAfter, P::FullDay}},
                {"college_student",
                 5,
                 {P::MorningsMWF, P::AfternoonsTWTh, P::MorningsMonThu, P::AfternoonsMonThu, P::MorningsMWF}},
                {"community_tutor", 3, {P::MorningsMonThu, P::AfternoonsMonThu, P::AfterSchool}}};
    // The large school's program runs on full-time tutors, most of them there all day and after school.
    return {{"certified_teacher", 20, {P::FullDayAndAfter, P::FullDayAndAfter, P::FullDay, P::AfterSchool}},
            {"paraprofessional", 42, {P::FullDayAndAfter}},
            {"college_student", 48, {P::FullDay, P::FullDayAndAfter, P::MorningsMonThu, P::AfternoonsMonThu}},
            {"community_tutor", 28, {P::MorningsMonThu, P::AfternoonsMonThu, P::FullDay, P::FullDayAndAfter}},
            {"vendor_virtual", 2, {P::Vendor}}};
}

QString room(DemoRandom& rng, bool large, int index)
{
    static const std::array<const char*, 14> rooms = {
        "Room 12",       "Library", "Room 14", "Intervention Room (Bungalow 3)",
        "Parent Center", "Room 21", "Room 7",  "Computer Lab",
        "Room 18",       "Room 25", "Room 9",  "Library (back table)",
        "Room 3",        "Room 30"};
    if (!large)
        return QString::fromLatin1(rooms[static_cast<std::size_t>(index) % rooms.size()]);
    if (rng.chance(0.15))
        return QString::fromLatin1(
            rooms[static_cast<std::size_t>(rng.below(static_cast<int>(rooms.size())))]);
    const int building = rng.below(4);
    return QStringLiteral("Room %1%2")
        .arg(QLatin1Char(static_cast<char>('A' + building)))
        .arg(rng.between(1, 24));
}

// The demo's fourteen tutors come from the school's own communities, half of them Latino, as a program
// that hires bilingual tutors on purpose would have it; fourteen weighted draws could miss that.
std::vector<int> demoTutorCommunities(DemoWorld& w)
{
    static const std::array<const char*, 14> keys = {"latino",     "latino", "latino", "latino",   "latino",
                                                     "latino",     "latino", "korean", "armenian", "filipino",
                                                     "vietnamese", "black",  "black",  "arab"};
    std::vector<int> out;
    for (const char* key : keys) {
        for (std::size_t c = 0; c < w.data.communities.size(); ++c) {
            if (w.data.communities[c].key == QLatin1String(key))
                out.push_back(static_cast<int>(c));
        }
    }
    w.staff.shuffle(out);
    return out;
}

Tutor makeTutor(DemoWorld& w, const char* type, int community = -1)
{
    DemoRandom& rng = w.staff;
    std::vector<double> weights;
    for (const Community& c : w.data.communities)
        weights.push_back(c.staffShare);
    if (community < 0)
        community = rng.weighted(weights);
    const Community& c = w.data.communities[static_cast<std::size_t>(community)];
    Tutor t;
    t.type = type;
    const bool female = rng.chance(0.68);
    t.first = rng.pick(female ? c.women : c.men);
    t.last = surnameForm(rng.pick(c.surnames), female);
    t.displayName = (t.first + QLatin1Char(' ') + t.last).toUtf8();
    t.languages.push_back(QStringLiteral("en"));
    const QString& own = c.languages.front();
    const bool latino = own == QLatin1String("es");
    const bool bilingual = rng.chance(latino ? 0.9 : 0.75);
    if (own != QLatin1String("en") && bilingual)
        t.languages.push_back(own);
    if (!latino && rng.chance(0.12))
        t.languages.push_back(QStringLiteral("es"));
    const std::string_view kind(type);
    const double subjects = rng.real();
    if (kind == "community_tutor")
        t.subjects = {true, subjects < 0.35};
    else if (kind == "college_student")
        t.subjects = {subjects < 0.75, subjects >= 0.4};
    else
        t.subjects = {true, true};
    return t;
}

// Background checks last two years and TB tests four. Most run well past `through`; a couple are about
// to expire and one has lapsed, which is what the coordinator has to catch.
void clear(DemoWorld& w, Tutor& t, int expiring)
{
    DemoRandom& rng = w.staff;
    const QDate& start = w.calendar.yearStart();
    const QDate latestHire = start.addDays(-7);
    const QDate backgroundUntilFrom = std::min(w.through.addDays(45), latestHire.addYears(2));
    const int backgroundSpan = static_cast<int>(backgroundUntilFrom.daysTo(latestHire.addYears(2)));
    t.backgroundUntil = backgroundUntilFrom.addDays(rng.between(0, std::max(0, backgroundSpan)));
    const QDate tbUntilFrom = std::min(w.through.addDays(45), latestHire.addYears(4));
    t.tbUntil = tbUntilFrom.addDays(
        rng.between(0, std::max(0, static_cast<int>(tbUntilFrom.daysTo(latestHire.addYears(4))))));
    if (expiring == 1)
        t.backgroundUntil = w.through.addDays(rng.between(4, 28));
    else if (expiring == 2)
        t.tbUntil = w.through.addDays(rng.between(4, 28));
    else if (expiring == 3)
        t.tbUntil = w.through.addDays(-rng.between(3, 20));
    t.backgroundOn = t.backgroundUntil.addYears(-2);
    t.tbOn = t.tbUntil.addYears(-4);
}

} // namespace

void makeStaff(DemoWorld& w)
{
    DemoRandom& rng = w.staff;
    const bool large = w.large();
    std::vector<double> weights;
    for (const Community& c : w.data.communities)
        weights.push_back(c.staffShare);

    const int supervisorCount = large ? 15 : 2;
    static const std::array<const char*, 5> titles = {"Instructional Lead", "Assistant Principal",
                                                      "Literacy Coach", "Math Coach",
                                                      "Intervention Coordinator"};
    for (int i = 0; i < supervisorCount; ++i) {
        const Community& c = w.data.communities[static_cast<std::size_t>(rng.weighted(weights))];
        Supervisor s;
        const bool female = rng.chance(0.7);
        s.first = rng.pick(female ? c.women : c.men);
        s.last = surnameForm(rng.pick(c.surnames), female);
        s.title = QString::fromLatin1(titles[static_cast<std::size_t>(i) % titles.size()]);
        // The demo's lead can coach eight tutors and the assistant principal six; large-school leads 8-10.
        s.maxTutors = large ? rng.between(8, 10) : (i == 0 ? 8 : 6);
        w.supervisors.push_back(s);
    }

    const std::vector<int> communities = large ? std::vector<int>() : demoTutorCommunities(w);
    for (const Kind& kind : activeKinds(large)) {
        for (int i = 0; i < kind.count; ++i) {
            const std::size_t n = w.tutors.size();
            Tutor t = makeTutor(w, kind.type, n < communities.size() ? communities[n] : -1);
            const Pattern pattern = large ? kind.patterns[static_cast<std::size_t>(
                                                rng.below(static_cast<int>(kind.patterns.size())))]
                                          : kind.patterns[static_cast<std::size_t>(i) % kind.patterns.size()];
            t.availability = windows(pattern);
            t.virtualOnly = pattern == Pattern::Vendor;
            t.subjects = t.virtualOnly ? std::array<bool, 2>{true, true} : t.subjects;
            w.tutors.push_back(std::move(t));
        }
    }
    const int active = static_cast<int>(w.tutors.size());
    const int substitutes = large ? 15 : 2;
    for (int i = 0; i < substitutes; ++i) {
        Tutor t = makeTutor(w, i % 3 == 2 ? "paraprofessional" : "retired_educator");
        t.substitute = true;
        t.subjects = {true, true};
        t.availability = windows(Pattern::FullDayAndAfter);
        w.tutors.push_back(std::move(t));
    }

    // Supervisors take active tutors up to their maximum; those left over go to the first ones, which
    // is how the demo's instructional lead ends up coaching nine with room for eight.
    std::vector<int> order(static_cast<std::size_t>(active));
    for (int i = 0; i < active; ++i)
        order[static_cast<std::size_t>(i)] = i;
    rng.shuffle(order);
    int next = 0;
    const int firstCount = large ? 0 : 9;
    for (int s = 0; s < supervisorCount && next < active; ++s) {
        const int take = s == 0 && !large ? firstCount : w.supervisors[static_cast<std::size_t>(s)].maxTutors;
        for (int k = 0; k < take && next < active; ++k)
            w.tutors[static_cast<std::size_t>(order[static_cast<std::size_t>(next++)])].supervisor = s;
    }
    for (int s = 0; next < active; s = (s + 1) % 2)
        w.tutors[static_cast<std::size_t>(order[static_cast<std::size_t>(next++)])].supervisor = s;

    const int count = static_cast<int>(w.tutors.size());
    const int expiringCount = large ? 4 : 2;
    const int expiredCount = large ? 2 : 1;
    std::vector<int> expiring(static_cast<std::size_t>(count), 0);
    for (int k = 0; k < expiringCount + expiredCount; ++k) {
        int pick = rng.below(active);
        while (expiring[static_cast<std::size_t>(pick)] != 0)
            pick = (pick + 1) % active;
        expiring[static_cast<std::size_t>(pick)] = k < expiringCount ? 1 + k % 2 : 3;
    }
    for (int i = 0; i < count; ++i) {
        Tutor& t = w.tutors[static_cast<std::size_t>(i)];
        clear(w, t, expiring[static_cast<std::size_t>(i)]);
        t.room = room(rng, large, i);
    }
}

void writeStaff(DemoWorld& w, DemoWriter& out)
{
    DemoRandom& rng = w.staff;
    for (Supervisor& s : w.supervisors) {
        const QString email =
            QStringLiteral("%1.%2@alvarado.example.org").arg(mailPart(s.first), mailPart(s.last));
        s.id = out.supervisor(s, email, phoneNumber(rng));
    }
    for (Tutor& t : w.tutors) {
        const QString email =
            QStringLiteral("%1.%2@tutors.example.org").arg(mailPart(t.first), mailPart(t.last));
        const std::optional<std::int64_t> supervisor =
            t.supervisor >= 0
                ? std::optional<std::int64_t>(w.supervisors[static_cast<std::size_t>(t.supervisor)].id)
                : std::nullopt;
        t.id = out.tutor(t, supervisor, email, phoneNumber(rng));
    }
}

} // namespace tutordesk::demo
