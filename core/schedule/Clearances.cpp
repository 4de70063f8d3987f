#include "schedule/Clearances.h"

#include "schedule/NameOrder.h"
#include "schedule/TutorRows.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::Clearances)
};

QString shortDate(const QDate& day)
{
    return QLocale().toString(day, QLocale::ShortFormat);
}

enum class Which { BackgroundCheck, TbTest };

QString title(Which which)
{
    return which == Which::BackgroundCheck ? Tr::tr("Background check") : Tr::tr("TB test");
}

// How bad a state is: the worse wins.
int severity(ClearanceState state)
{
    switch (state) {
    case ClearanceState::Cleared:
        return 0;
    case ClearanceState::ExpiringSoon:
        return 1;
    case ClearanceState::Expired:
        return 2;
    case ClearanceState::Missing:
        return 3;
    }
    return 0;
}

struct Evaluated {
    ClearanceStatus status;
    Which which = Which::BackgroundCheck;
};

Evaluated evaluateOne(Which which, const QDate& on, const QDate& until, const QDate& day)
{
    Evaluated e;
    e.which = which;
    e.status.what = title(which);
    if (!on.isValid() || !until.isValid()) {
        e.status.state = ClearanceState::Missing;
        return e;
    }
    e.status.until = until;
    e.status.daysLeft = static_cast<int>(day.daysTo(until));
    if (until < day)
        e.status.state = ClearanceState::Expired;
    else if (e.status.daysLeft <= Clearances::warningDays)
        e.status.state = ClearanceState::ExpiringSoon;
    else
        e.status.state = ClearanceState::Cleared;
    return e;
}

Evaluated evaluate(const TutorRecord& tutor, const QDate& day)
{
    const Evaluated background =
        evaluateOne(Which::BackgroundCheck, tutor.backgroundCheckOn, tutor.backgroundCheckUntil, day);
    const Evaluated tb = evaluateOne(Which::TbTest, tutor.tbTestOn, tutor.tbTestUntil, day);
    const int a = severity(background.status.state);
    const int b = severity(tb.status.state);
    if (a != b)
        return a > b ? background : tb;
    // Equally bad: the one that runs out (or ran out) first decides.
    if (background.status.until.isValid() && tb.status.until.isValid() &&
        tb.status.until < background.status.until)
        return tb;
    return background;
}

} // namespace

QString ClearanceWarning::message() const
{
    switch (status.state) {
    case ClearanceState::Missing:
        return Tr::tr("%1 is not on file").arg(status.what);
    case ClearanceState::Expired:
        return Tr::tr("%1 expired on %2").arg(status.what, shortDate(status.until));
    case ClearanceState::ExpiringSoon:
        if (status.daysLeft == 0)
            return Tr::tr("%1 expires today (%2)").arg(status.what, shortDate(status.until));
        return Tr::tr("%1 expires in %n day(s) (%2)", nullptr, status.daysLeft)
            .arg(status.what, shortDate(status.until));
    case ClearanceState::Cleared:
        return Tr::tr("%1 valid until %2").arg(status.what, shortDate(status.until));
    }
    return {};
}

ClearanceStatus Clearances::of(const TutorRecord& tutor, const QDate& day)
{
    return evaluate(tutor, day).status;
}

bool Clearances::canWork(const TutorRecord& tutor, const QDate& day)
{
    if (tutor.status == QLatin1String("inactive"))
        return false;
    const ClearanceState state = of(tutor, day).state;
    return state == ClearanceState::Cleared || state == ClearanceState::ExpiringSoon;
}

QString Clearances::refusal(const TutorRecord& tutor, const QDate& day)
{
    if (canWork(tutor, day))
        return {};
    const QString name = tutor.displayName();
    if (tutor.status == QLatin1String("inactive"))
        return Tr::
            tr("%1 is inactive: make them active or part of the substitute pool on the Tutors page first.")
                .arg(name);
    const Evaluated e = evaluate(tutor, day);
    if (e.status.state == ClearanceState::Missing) {
        return e.which == Which::BackgroundCheck
                   ? Tr::tr("%1 has no background check on file: record it on the Tutors page first.")
                         .arg(name)
                   : Tr::tr("%1 has no TB test on file: record it on the Tutors page first.").arg(name);
    }
    return e.which == Which::BackgroundCheck
               ? Tr::tr("%1's background check expired on %2: record the new check on the Tutors page first.")
                     .arg(name, shortDate(e.status.until))
               : Tr::tr("%1's TB test expired on %2: record the new test on the Tutors page first.")
                     .arg(name, shortDate(e.status.until));
}

std::vector<ClearanceWarning> Clearances::warnings(Store& store, const QDate& today)
{
    std::vector<ClearanceWarning> list;
    for (const TutorRecord& tutor : TutorRows::loadAll(store.db())) {
        if (tutor.status != QLatin1String("active") && tutor.status != QLatin1String("substitute"))
            continue;
        const ClearanceStatus status = of(tutor, today);
        if (status.state == ClearanceState::Cleared)
            continue;
        list.push_back({tutor.id, tutor.displayName(), status});
    }
    const NameOrder order;
    // Tutors who cannot work at all first (never recorded, then the longest expired), then the soonest to
    // expire.
    std::stable_sort(list.begin(), list.end(), [&](const ClearanceWarning& a, const ClearanceWarning& b) {
        const int sa = severity(a.status.state), sb = severity(b.status.state);
        const bool badA = sa >= severity(ClearanceState::Expired);
        const bool badB = sb >= severity(ClearanceState::Expired);
        if (badA != badB)
            return badA;
        if (sa != sb)
            return sa > sb;
        if (a.status.until != b.status.until)
            return a.status.until < b.status.until;
        return order.compare(a.tutor, b.tutor) < 0;
    });
    return list;
}

} // namespace tutordesk
