#include "letters/LetterKinds.h"

#include <QCoreApplication>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::LetterKinds)
};

QStringList names(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* name : list)
        result << QString::fromLatin1(name);
    return result;
}

} // namespace

QStringList LetterKinds::codes()
{
    return {QStringLiteral("enrollment"), QStringLiteral("missed-1"), QStringLiteral("missed-2"),
            QStringLiteral("missed-3"),   QStringLiteral("progress"), QStringLiteral("summary")};
}

bool LetterKinds::isKnown(const QString& kind)
{
    return codes().contains(kind);
}

QString LetterKinds::title(const QString& kind)
{
    if (kind == QLatin1String("enrollment"))
        return Tr::tr("Enrollment invitation with consent slip");
    if (kind == QLatin1String("missed-1"))
        return Tr::tr("Missed-session notice 1");
    if (kind == QLatin1String("missed-2"))
        return Tr::tr("Missed-session notice 2");
    if (kind == QLatin1String("missed-3"))
        return Tr::tr("Missed-session notice 3");
    if (kind == QLatin1String("progress"))
        return Tr::tr("Progress report");
    if (kind == QLatin1String("summary"))
        return Tr::tr("End-of-program summary");
    return kind;
}

QString LetterKinds::purpose(const QString& kind)
{
    if (kind == QLatin1String("enrollment"))
        return QStringLiteral("enrollment");
    if (kind.startsWith(QLatin1String("missed-")))
        return QStringLiteral("missed_session");
    if (kind == QLatin1String("progress") || kind == QLatin1String("summary"))
        return QStringLiteral("progress");
    return QStringLiteral("general");
}

QStringList LetterKinds::placeholders(const QString& kind)
{
    // Exactly the values the built-in English letters use: the merge computes these for the kind.
    const QStringList head = names(
        {"school.name", "school.address", "school.phone", "date", "guardian.name", "student.first_name"});
    if (kind == QLatin1String("enrollment"))
        return head + names({"student.grade", "group.subject", "group.days", "group.time", "program.start",
                             "tutor.name", "group.place", "reply_by", "coordinator.name", "student.name"});
    if (kind == QLatin1String("missed-1"))
        return head + names({"group.subject", "absence.date", "group.days", "group.time", "tutor.name",
                             "coordinator.name"});
    if (kind == QLatin1String("missed-2"))
        return head + names({"absence.count", "group.subject", "absence.dates", "group.days", "group.time",
                             "tutor.name", "coordinator.name"});
    if (kind == QLatin1String("missed-3"))
        return head + names({"group.subject", "absence.count", "absence.dates", "attendance.rate",
                             "coordinator.name"});
    if (kind == QLatin1String("progress"))
        return head + names({"student.grade", "group.subject", "tutor.name", "dosage.sessions_attended",
                             "dosage.sessions_held", "dosage.minutes", "dosage.planned_minutes",
                             "probe.skill", "probe.pre", "probe.post", "probe.growth", "coordinator.name"});
    if (kind == QLatin1String("summary"))
        return head + names({"group.subject", "program.end", "dosage.sessions_attended",
                             "dosage.sessions_held", "dosage.minutes", "probe.skill", "probe.pre",
                             "probe.post", "probe.growth", "coordinator.name"});
    return {};
}

QString LetterKinds::placeholderHelp(const QString& name)
{
    static const std::pair<const char*, const char*> help[] = {
        {"school.name", QT_TRANSLATE_NOOP("tutordesk::LetterKinds", "The school's name")},
        {"school.address", QT_TRANSLATE_NOOP("tutordesk::LetterKinds", "The school's address")},
        {"school.phone", QT_TRANSLATE_NOOP("tutordesk::LetterKinds", "The school's phone number")},
        {"coordinator.name", QT_TRANSLATE_NOOP("tutordesk::LetterKinds", "The tutoring coordinator's name")},
        {"date", QT_TRANSLATE_NOOP("tutordesk::LetterKinds", "The letter's date, written out")},
        {"reply_by",
         QT_TRANSLATE_NOOP("tutordesk::LetterKinds", "The date to return the slip by (a week later)")},
        {"guardian.name",
         QT_TRANSLATE_NOOP("tutordesk::LetterKinds", "The guardian's name, or \"Family of\" the student")},
        {"student.first_name",
         QT_TRANSLATE_NOOP("tutordesk::LetterKinds", "The student's preferred or first name")},
        {"student.name", QT_TRANSLATE_NOOP("tutordesk::LetterKinds", "The student's full name")},
        {"student.grade", QT_TRANSLATE_NOOP("tutordesk::LetterKinds", "The student's grade, in words")},
        {"group.subject", QT_TRANSLATE_NOOP("tutordesk::LetterKinds", "The subject of the tutoring group")},
        {"group.days", QT_TRANSLATE_NOOP("tutordesk::LetterKinds", "The days the group meets")},
        {"group.time", QT_TRANSLATE_NOOP("tutordesk::LetterKinds", "The group's start and end time")},
        {"group.place", QT_TRANSLATE_NOOP("tutordesk::LetterKinds", "Where the group meets")},
        {"tutor.name", QT_TRANSLATE_NOOP("tutordesk::LetterKinds", "The group's tutor")},
        {"program.start", QT_TRANSLATE_NOOP("tutordesk::LetterKinds", "The group's first day")},
        {"program.end", QT_TRANSLATE_NOOP("tutordesk::LetterKinds", "The group's last day")},
        {"absence.date", QT_TRANSLATE_NOOP("tutordesk::LetterKinds", "The day of the missed session")},
        {"absence.dates",
         QT_TRANSLATE_NOOP("tutordesk::LetterKinds", "The days of the sessions missed in a row")},
        {"absence.count",
         QT_TRANSLATE_NOOP("tutordesk::LetterKinds", "How many sessions were missed in a row")},
        {"attendance.rate", QT_TRANSLATE_NOOP("tutordesk::LetterKinds",
                                              "Sessions attended over the last four weeks, in percent")},
        {"dosage.sessions_attended",
         QT_TRANSLATE_NOOP("tutordesk::LetterKinds", "Sessions the student attended")},
        {"dosage.sessions_held", QT_TRANSLATE_NOOP("tutordesk::LetterKinds", "Sessions the group held")},
        {"dosage.minutes", QT_TRANSLATE_NOOP("tutordesk::LetterKinds", "Minutes of tutoring received")},
        {"dosage.planned_minutes",
         QT_TRANSLATE_NOOP("tutordesk::LetterKinds", "Minutes of tutoring planned")},
        {"probe.skill", QT_TRANSLATE_NOOP("tutordesk::LetterKinds", "The skill the group works on")},
        {"probe.pre", QT_TRANSLATE_NOOP("tutordesk::LetterKinds", "The first probe score")},
        {"probe.post", QT_TRANSLATE_NOOP("tutordesk::LetterKinds", "The latest probe score")},
        {"probe.growth",
         QT_TRANSLATE_NOOP("tutordesk::LetterKinds", "Growth from the first to the latest probe")},
    };
    for (const auto& [key, text] : help) {
        if (name == QLatin1String(key))
            return Tr::tr(text);
    }
    return name;
}

} // namespace tutordesk
