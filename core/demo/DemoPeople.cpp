#include "demo/DemoPeople.h"

#include "demo/DemoModel.h"
#include "demo/DemoWriter.h"
#include "roster/StudentKeys.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace tutordesk::demo {

namespace {

// What siblings share: community, surname, home language, circumstances and guardians.
struct Family {
    int community = 0;
    QString surname; // as the community's list writes it ("Ivanov/Ivanova")
    QString homeLanguage;
    bool disadvantaged = false, homeless = false, foster = false;
    std::vector<GuardianLink> guardians;
};

// Students per grade rank: the demo school is TK-5 with about 600, the large one exactly 5,000 in K-8.
std::vector<int> gradeSlots(DemoWorld& w)
{
    DemoRandom& rng = w.people;
    std::vector<std::pair<int, int>> counts; // grade rank, students
    if (w.large()) {
        int total = 0;
        for (int g = 0; g <= 8; ++g) {
            const int n = 556 + rng.between(-12, 12);
            counts.emplace_back(g, n);
            total += n;
        }
        for (std::size_t i = 0; total != 5000; i = (i + 1) % counts.size()) {
            const int step = total < 5000 ? 1 : -1;
            counts[i].second += step;
            total += step;
        }
    } else {
        counts.emplace_back(-1, 48 + rng.between(-4, 4));
        counts.emplace_back(0, 96 + rng.between(-4, 4));
        for (int g = 1; g <= 5; ++g)
            counts.emplace_back(g, 91 + rng.between(-4, 4));
    }
    std::vector<int> slots;
    for (const auto& [grade, n] : counts)
        slots.insert(slots.end(), static_cast<std::size_t>(n), grade);
    rng.shuffle(slots);
    return slots;
}

int communityFor(DemoRandom& rng, const std::vector<Community>& communities, bool staff)
{
    std::vector<double> weights;
    for (const Community& c : communities)
        weights.push_back(staff ? c.staffShare : c.share);
    return rng.weighted(weights);
}

Guardian makeGuardian(DemoWorld& w, const Community& c, bool female, const QString& last,
                      const QString& homeLanguage, bool older)
{
    DemoRandom& rng = w.people;
    Guardian g;
    g.first = rng.pick(female ? c.women : c.men);
    g.last = last;
    g.phoneMobile = rng.chance(0.97) ? phoneNumber(rng) : QString();
    if (g.phoneMobile.isEmpty() || rng.chance(0.3))
        g.phoneHome = phoneNumber(rng);
    if (rng.chance(0.15))
        g.phoneWork = phoneNumber(rng);
    g.language = homeLanguage;
    const QString communityLanguage = c.languages.front();
    if (homeLanguage != QLatin1String("en") && rng.chance(older ? 0.02 : 0.12))
        g.language = QStringLiteral("en");
    else if (homeLanguage == QLatin1String("en") && communityLanguage != QLatin1String("en") &&
             rng.chance(older ? 0.6 : 0.1))
        g.language = communityLanguage;
    if (rng.chance(older ? 0.15 : 0.45)) {
        static const std::array<const char*, 3> domains = {"example.com", "example.net", "example.org"};
        const int number = rng.below(100);
        const char* domain = domains[static_cast<std::size_t>(rng.below(3))];
        g.email = QStringLiteral("%1.%2%3@%4")
                      .arg(mailPart(g.first), mailPart(g.last),
                           number < 40 ? QString() : QString::number(number), QLatin1String(domain));
    }
    const double method = rng.real();
    if (!g.email.isEmpty() && method < 0.12)
        g.method = "email";
    else if (method < 0.42 && !g.phoneMobile.isEmpty())
        g.method = "text";
    else if (method < 0.46)
        g.method = "in_person";
    else if (method < 0.48)
        g.method = "letter";
    g.consentToTexts = !g.phoneMobile.isEmpty() && (std::string_view(g.method) == "text" || rng.chance(0.45));
    return g;
}

void addGuardian(DemoWorld& w, Family& f, Guardian g, const char* relationship)
{
    w.guardians.push_back(std::move(g));
    f.guardians.push_back({static_cast<int>(w.guardians.size()) - 1, relationship, f.guardians.empty()});
}

Family makeFamily(DemoWorld& w)
{
    DemoRandom& rng = w.people;
    Family f;
    f.community = communityFor(rng, w.data.communities, false);
    const Community& c = w.data.communities[static_cast<std::size_t>(f.community)];
    f.surname = rng.pick(c.surnames);
    if (rng.chance(c.compoundSurname)) {
        const QString second = rng.pick(c.surnames);
        if (second != f.surname)
            f.surname = f.surname + QLatin1Char(' ') + second;
    }
    f.homeLanguage = rng.chance(c.englishHome)
                         ? QStringLiteral("en")
                         : c.languages[static_cast<std::size_t>(rng.weighted(c.languageWeights))];
    f.homeless = rng.chance(0.042);
    f.foster = !f.homeless && rng.chance(0.009);
    f.disadvantaged = f.homeless || f.foster || rng.chance(c.disadvantaged);

    if (f.foster) {
        const Community& fc =
            w.data.communities[static_cast<std::size_t>(communityFor(rng, w.data.communities, true))];
        const bool female = rng.chance(0.8);
        const QString last = surnameForm(rng.pick(fc.surnames), female);
        const QString language = fc.languages.front() == QLatin1String("es") && rng.chance(0.5)
                                     ? QStringLiteral("es")
                                     : QStringLiteral("en");
        addGuardian(w, f, makeGuardian(w, fc, female, last, language, false), "foster_parent");
        return f;
    }
    const double who = rng.real();
    const char* primary = who < 0.72   ? "mother"
                          : who < 0.9  ? "father"
                          : who < 0.97 ? "grandparent"
                                       : "aunt_uncle";
    const bool twoGuardians = rng.chance(0.6);
    const QString familyName = f.surname;
    auto motherName = [&]() {
        if (rng.chance(c.motherKeepsName))
            return surnameForm(rng.pick(c.surnames), true);
        return surnameForm(familyName, true);
    };
    const std::string_view p(primary);
    if (p == "mother" || p == "father") {
        const bool motherFirst = p == "mother";
        for (int i = 0; i < (twoGuardians ? 2 : 1); ++i) {
            const bool mother = (i == 0) == motherFirst;
            const QString last = mother ? motherName() : surnameForm(familyName, false);
            addGuardian(w, f, makeGuardian(w, c, mother, last, f.homeLanguage, false),
                        mother ? "mother" : "father");
        }
    } else {
        const bool female = rng.chance(0.75);
        const QString last = p == "grandparent" && rng.chance(0.5)
                                 ? surnameForm(familyName, female)
                                 : surnameForm(rng.pick(c.surnames), female);
        addGuardian(w, f, makeGuardian(w, c, female, last, f.homeLanguage, true), primary);
        if (twoGuardians)
            addGuardian(w, f, makeGuardian(w, c, true, motherName(), f.homeLanguage, false), "mother");
    }
    return f;
}

QDate birthDate(DemoRandom& rng, int startYear, int grade)
{
    // California: kindergarteners turn five by September 1; transitional kindergarteners turn four.
    int cohort = startYear - 6 - grade;
    if (grade >= 1 && rng.chance(0.02))
        --cohort; // retained once
    const QDate from(cohort, 9, 2);
    return from.addDays(rng.below(static_cast<int>(from.daysTo(QDate(cohort + 1, 9, 1))) + 1));
}

const char* englishStatus(DemoRandom& rng, const Community& c, const Student& s)
{
    if (s.homeLanguage == QLatin1String("en"))
        return "EO";
    const double tbd = s.grade < 0 ? 0.15 : s.grade == 0 ? 0.06 : 0.01;
    if (rng.chance(tbd))
        return "TBD";
    if (!rng.chance(c.elAtEntry))
        return "IFEP";
    static const std::array<double, 10> reclassified = {0, 0, 0.02, 0.10, 0.22, 0.38, 0.52, 0.62, 0.70, 0.76};
    double p = reclassified[static_cast<std::size_t>(s.grade + 1)] * c.reclassify;
    if (s.iep)
        p *= 0.5;
    return rng.chance(p) ? "RFEP" : "EL";
}

double attendanceRate(DemoRandom& rng, const Student& s)
{
    double chronic = 0.125;
    if (s.homeless)
        chronic += 0.15;
    if (s.foster)
        chronic += 0.1;
    double rate;
    if (rng.chance(chronic))
        rate = rng.chance(0.7) ? rng.real(82.0, 89.9) : rng.real(68.0, 82.0);
    else
        rate = rng.chance(0.12) ? rng.real(90.0, 92.0) : rng.real(92.0, 99.6);
    return std::round(rate * 10.0) / 10.0;
}

QString uniqueDigits(DemoRandom& rng, std::set<QString>& used)
{
    for (;;) {
        QString id = rng.digits(10);
        if (used.insert(id).second)
            return id;
    }
}

} // namespace

void makePeople(DemoWorld& w)
{
    DemoRandom& rng = w.people;
    const std::vector<int> slots = gradeSlots(w);
    std::vector<bool> taken(slots.size(), false);
    std::set<QString> districtIds, stateIds;
    const int startYear = w.calendar.yearStart().year();
    // Students who move away do so after the fall diagnostic, so that every student has one.
    const int firstWithdrawal = w.calendar.schoolDayIndex(w.calendar.boyEnd) + 1;
    const int lastWithdrawal = w.calendar.schoolDayIndex(w.calendar.eoyEnd);

    for (std::size_t cursor = 0; cursor < slots.size(); ++cursor) {
        if (taken[cursor])
            continue;
        const Family family = makeFamily(w);
        const Community& c = w.data.communities[static_cast<std::size_t>(family.community)];
        const double kids = rng.real();
        const int children = family.foster ? 1 : kids < 0.62 ? 1 : kids < 0.9 ? 2 : 3;
        std::vector<std::size_t> mine{cursor};
        taken[cursor] = true;
        for (std::size_t j = cursor + 1;
             j < slots.size() && j < cursor + 400 && mine.size() < std::size_t(children); ++j) {
            const bool sameGrade =
                std::any_of(mine.begin(), mine.end(), [&](std::size_t k) { return slots[k] == slots[j]; });
            if (!taken[j] && !sameGrade) {
                taken[j] = true;
                mine.push_back(j);
            }
        }
        // Siblings moving away leave together.
        const bool withdraws = rng.chance(0.03);
        const int withdrawalIndex = rng.between(firstWithdrawal, lastWithdrawal);
        for (const std::size_t slot : mine) {
            Student s;
            s.grade = slots[slot];
            s.community = family.community;
            const double g = rng.real();
            s.gender = g < 0.006 ? "X" : g < 0.495 ? "F" : "M";
            const bool girl =
                std::string_view(s.gender) == "F" || (std::string_view(s.gender) == "X" && rng.chance(0.5));
            s.first = rng.pick(girl ? c.girls : c.boys);
            s.last = surnameForm(family.surname, girl);
            const QString nickname = c.nicknameFor(s.first);
            if (!nickname.isEmpty() && rng.chance(0.2))
                s.preferred = nickname;
            else if (!c.englishGirls.empty() && rng.chance(c.englishPreferred))
                s.preferred = rng.pick(girl ? c.englishGirls : c.englishBoys);
            else if (s.first.contains(QLatin1Char(' ')) && rng.chance(0.2))
                s.preferred = s.first.section(QLatin1Char(' '), 0, 0);
            s.birth = birthDate(rng, startYear, s.grade);
            s.districtId = uniqueDigits(rng, districtIds);
            s.stateId = uniqueDigits(rng, stateIds);
            for (int f = 0; f < FlagCount; ++f)
                s.flags[static_cast<std::size_t>(f)] = rng.chance(c.flags[static_cast<std::size_t>(f)]);
            s.homeLanguage = family.homeLanguage;
            const double disability = std::string_view(s.gender) == "M" ? 0.15 : 0.09;
            s.iep = rng.chance(disability);
            s.section504 = !s.iep && rng.chance(0.03);
            s.el = englishStatus(rng, c, s);
            s.foster = family.foster;
            s.homeless = family.homeless;
            s.disadvantaged = family.disadvantaged;
            s.attendanceRate = attendanceRate(rng, s);
            s.guardians = family.guardians;
            if (withdraws && withdrawalIndex < static_cast<int>(w.calendar.schoolDays().size())) {
                const QDate day = w.calendar.schoolDays()[static_cast<std::size_t>(withdrawalIndex)];
                if (day <= w.through)
                    s.withdrawnOn = day;
            }
            w.students.push_back(std::move(s));
        }
    }
}

void writePeople(DemoWorld& w, DemoWriter& out)
{
    for (Student& s : w.students) {
        s.id = out.student(s, studentKeys(s.first, s.last, s.preferred, s.districtId));
    }
    for (Guardian& g : w.guardians)
        g.id = out.guardian(g);
    for (const Student& s : w.students) {
        for (const GuardianLink& link : s.guardians)
            out.link(s.id, w.guardians[static_cast<std::size_t>(link.guardian)].id, link);
    }
}

} // namespace tutordesk::demo
