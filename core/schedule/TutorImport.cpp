#include "schedule/TutorImport.h"

#include "common/TextFold.h"
#include "roster/ColumnMapping.h"
#include "roster/ProblemCap.h"
#include "roster/RosterValues.h"
#include "schedule/StaffCsv.h"
#include "schedule/TutorRows.h"
#include "schedule/Tutors.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::TutorImport)
};

constexpr int maxNewSupervisors = 8;

QStringList names(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* name : list)
        out << QString::fromLatin1(name);
    return out;
}

// The file's columns (0-based; -1 when absent).
struct Columns {
    int id = -1, first = -1, last = -1, type = -1, email = -1, phone = -1, subjects = -1, languages = -1,
        supervisor = -1, backgroundOn = -1, backgroundUntil = -1, tbOn = -1, tbUntil = -1, status = -1,
        availability = -1;

    explicit Columns(const StaffCsv& csv)
    {
        id = csv.column(names({"id", "tutorid", "employeeid", "staffid", "sourcedid", "employeenumber"}));
        first = csv.column(names({"firstname", "first", "givenname"}));
        last = csv.column(names({"lastname", "last", "familyname", "surname"}));
        type = csv.column(names({"type", "tutortype", "role"}));
        email = csv.column(names({"email", "emailaddress", "mail"}));
        phone = csv.column(names({"phone", "phonenumber", "mobile", "cell", "cellphone", "telephone"}));
        subjects = csv.column(names({"subjects", "subject"}));
        languages = csv.column(names({"languages", "language", "languagesspoken"}));
        supervisor = csv.column(names({"supervisor", "supervisorname", "supervisorid"}));
        backgroundOn = csv.column(names({"backgroundcheckdate", "backgroundcheck", "backgroundcheckon",
                                         "backgroundcheckdone", "backgroundcheckcompleted"}));
        backgroundUntil =
            csv.column(names({"backgroundcheckexpires", "backgroundcheckuntil", "backgroundcheckexpiry",
                              "backgroundcheckexpiration", "backgroundcheckexpirationdate"}));
        tbOn = csv.column(names({"tbtestdate", "tbtest", "tbteston", "tbdate", "tbtestdone"}));
        tbUntil = csv.column(
            names({"tbtestexpires", "tbtestuntil", "tbtestexpiry", "tbtestexpiration", "tbexpires"}));
        status = csv.column(names({"status"}));
        availability = csv.column(names({"availability", "available", "hours", "schedule"}));
    }
    QList<int> all() const
    {
        return {id,       first,     last,        type,         email,           phone,
                subjects, languages, supervisor,  backgroundOn, backgroundUntil, tbOn,
                tbUntil,  status,    availability};
    }
};

std::optional<QString> codeFrom(const QString& text,
                                const std::vector<std::pair<const char*, QStringList>>& table)
{
    const QString key = ColumnMapping::normalizeHeader(text);
    for (const auto& [code, words] : table) {
        if (ColumnMapping::normalizeHeader(QString::fromLatin1(code)) == key || words.contains(key))
            return QString::fromLatin1(code);
    }
    return std::nullopt;
}

std::optional<QString> typeFrom(const QString& text)
{
    static const std::vector<std::pair<const char*, QStringList>> table = {
        {"certified_teacher", names({"teacher", "certified", "credentialedteacher"})},
        {"paraprofessional", names({"para", "paraeducator", "instructionalaide", "aide"})},
        {"college_student", names({"student", "collegetutor", "universitystudent"})},
        {"retired_educator", names({"retiredteacher", "retired"})},
        {"community_tutor", names({"community", "volunteer", "communityvolunteer"})},
        {"vendor_virtual", names({"vendor", "virtual", "virtualtutor", "onlinetutor"})},
    };
    return codeFrom(text, table);
}

std::optional<QString> statusFrom(const QString& text)
{
    static const std::vector<std::pair<const char*, QStringList>> table = {
        {"active", names({"current"})},
        {"substitute", names({"sub", "substitutepool", "pool", "substitutes"})},
        {"inactive", names({"left", "former", "notactive"})},
    };
    return codeFrom(text, table);
}

std::optional<QString> subjectFrom(const QString& text)
{
    static const std::vector<std::pair<const char*, QStringList>> table = {
        {"reading", names({"ela", "englishlanguagearts", "literacy", "read"})},
        {"math", names({"mathematics", "maths"})},
        {"writing", names({"write", "composition"})},
        {"other", names({})},
    };
    return codeFrom(text, table);
}

QStringList splitList(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[;,|/]"));
    QStringList out;
    for (const QString& part : text.split(separators)) {
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    }
    return out;
}

std::optional<int> weekdayFrom(const QString& word)
{
    const QString key = ColumnMapping::normalizeHeader(word);
    static const std::vector<QStringList> days = {
        names({"mon", "monday", "mo", "m"}),
        names({"tue", "tues", "tuesday", "tu"}),
        names({"wed", "weds", "wednesday", "we", "w"}),
        names({"thu", "thur", "thurs", "thursday", "th"}),
        names({"fri", "friday", "fr", "f"}),
        names({"sat", "saturday", "sa"}),
        names({"sun", "sunday", "su"}),
    };
    for (int i = 0; i < 7; ++i) {
        if (days[static_cast<std::size_t>(i)].contains(key))
            return i + 1;
    }
    // The user's own language too ("lun", "lunes").
    const QLocale locale;
    for (int d = 1; d <= 7; ++d) {
        if (key == foldForSearch(locale.dayName(d, QLocale::LongFormat)) ||
            key == ColumnMapping::normalizeHeader(locale.dayName(d, QLocale::ShortFormat)))
            return d;
    }
    return std::nullopt;
}

QString availabilityHelp()
{
    return Tr::tr("Write availability as days and times, windows separated by semicolons: \"Mon 08:00-12:00; "
                  "Wed 13:00-15:30\" (Mon-Fri and Mon/Wed work too).");
}

// "Mon 08:00-12:00; Wed 13:00-15:30", also "Monday 8:00–12:00", "Mon-Fri 08:00-12:00", "Tue/Thu 14:00-16:00".
Result<std::vector<AvailabilityWindow>> parseAvailability(const QString& text)
{
    static const QRegularExpression window(
        QStringLiteral("^([^\\d]+?)\\s*(\\d{1,2}:\\d{2})\\s*[-\u2013\u2014]\\s*(\\d{1,2}:\\d{2})$"));
    static const QRegularExpression daySeparators(QStringLiteral("[/&,+]|\\s+and\\s+"));
    static const QRegularExpression range(QStringLiteral("^\\s*(\\S+?)\\s*[-\u2013\u2014]\\s*(\\S+)\\s*$"));
    std::vector<AvailabilityWindow> windows;
    // Windows are separated by semicolons, or by a comma right after a time (the way
    // TutorText::availability writes them); a comma between day names keeps the days together.
    static const QRegularExpression windowSeparators(QStringLiteral(";|(?<=\\d)\\s*,"));
    for (const QString& part : text.split(windowSeparators, Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        const auto m = window.match(part.trimmed());
        if (!m.hasMatch())
            return Error{Tr::tr("\"%1\" is not a day and times.").arg(part.trimmed()) + QLatin1Char(' ') +
                         availabilityHelp()};
        const std::optional<QTime> from = parseStaffTime(m.captured(2));
        const std::optional<QTime> to = parseStaffTime(m.captured(3));
        if (!from || !to)
            return Error{
                Tr::tr("\"%1\" has a time that is not a time of day (00:00 to 23:59).").arg(part.trimmed()) +
                QLatin1Char(' ') + availabilityHelp()};
        std::vector<int> weekdays;
        for (const QString& dayText : m.captured(1).split(daySeparators, Qt::SkipEmptyParts)) {
            if (dayText.trimmed().isEmpty())
                continue;
            const auto r = range.match(dayText);
            if (r.hasMatch()) {
                const auto a = weekdayFrom(r.captured(1));
                const auto b = weekdayFrom(r.captured(2));
                if (!a || !b || *b < *a)
                    return Error{
                        Tr::tr("\"%1\" is not a range of weekdays. Write Mon, Tue, Wed, Thu, Fri, Sat or "
                               "Sun (or the full name), or a range such as Mon-Fri.")
                            .arg(dayText.trimmed())};
                for (int d = *a; d <= *b; ++d)
                    weekdays.push_back(d);
                continue;
            }
            const auto d = weekdayFrom(dayText);
            if (!d)
                return Error{
                    Tr::tr("\"%1\" is not a weekday. Write Mon, Tue, Wed, Thu, Fri, Sat or Sun (or the full "
                           "name).")
                        .arg(dayText.trimmed())};
            weekdays.push_back(*d);
        }
        if (weekdays.empty())
            return Error{Tr::tr("\"%1\" names no weekday.").arg(part.trimmed()) + QLatin1Char(' ') +
                         availabilityHelp()};
        for (int d : weekdays)
            windows.push_back({d, *from, *to});
    }
    return windows;
}

// The order TutorRows::load gives, so that a record read back compares equal to one read from a file.
TutorRecord normalized(TutorRecord t)
{
    t.firstName = t.firstName.trimmed();
    t.lastName = t.lastName.trimmed();
    t.email = t.email.trimmed();
    t.phone = t.phone.trimmed();
    t.subjects = TutorRows::deduplicated(t.subjects);
    std::sort(t.subjects.begin(), t.subjects.end(), [](const QString& a, const QString& b) {
        return TutorRows::subjectCodes().indexOf(a) < TutorRows::subjectCodes().indexOf(b);
    });
    t.languages = TutorRows::deduplicated(t.languages);
    std::sort(t.languages.begin(), t.languages.end());
    std::sort(t.availability.begin(), t.availability.end(),
              [](const AvailabilityWindow& a, const AvailabilityWindow& b) {
                  return a.weekday != b.weekday ? a.weekday < b.weekday : a.from < b.from;
              });
    t.availability.erase(std::unique(t.availability.begin(), t.availability.end()), t.availability.end());
    return t;
}

QString folded(const QString& text)
{
    return foldForSearch(text).simplified();
}

// "Rosa Díaz" or "Díaz, Rosa" → first and last name (the last word is the last name).
std::pair<QString, QString> splitName(const QString& text)
{
    const QString value = text.simplified();
    const auto comma = value.indexOf(QLatin1Char(','));
    if (comma >= 0)
        return {value.mid(comma + 1).trimmed(), value.left(comma).trimmed()};
    const auto space = value.lastIndexOf(QLatin1Char(' '));
    if (space < 0)
        return {QString(), value};
    return {value.left(space), value.mid(space + 1)};
}

struct NewSupervisor {
    QString first;
    QString last;
    std::int64_t placeholder = 0; // negative: stands for the id it gets when saved
};

// Supervisors by id and name, and the ones this file adds.
class SupervisorFinder {
public:
    explicit SupervisorFinder(Database& db)
    {
        Statement st = db.prepare("SELECT id, sourced_id, first_name, last_name FROM supervisors");
        while (st.step()) {
            m_bySourcedId.insert(st.text(1).trimmed(), st.integer(0));
            m_byName.insert(folded(st.text(2) + QLatin1Char(' ') + st.text(3)), st.integer(0));
        }
    }

    // The supervisor's id (negative for one to add), or an Error saying what to write.
    Result<std::int64_t> resolve(const QString& text)
    {
        if (const auto found = m_bySourcedId.constFind(text); found != m_bySourcedId.constEnd())
            return *found;
        const auto [first, last] = splitName(text);
        const QString key = folded(first + QLatin1Char(' ') + last);
        if (const auto found = m_byName.constFind(key); found != m_byName.constEnd())
            return *found;
        if (first.isEmpty() || last.isEmpty())
            return Error{
                Tr::tr("\"%1\" is not a supervisor TutorDesk knows. Write their first and last name (or "
                       "their id) and they are added.")
                    .arg(text)};
        if (static_cast<int>(m_added.size()) >= maxNewSupervisors)
            return Error{
                Tr::tr("\"%1\" would be supervisor number %2 added by this file; an import adds at most %3. "
                       "Check the column, or add supervisors on the Tutors page first.")
                    .arg(text)
                    .arg(maxNewSupervisors + 1)
                    .arg(maxNewSupervisors)};
        const std::int64_t placeholder = -static_cast<std::int64_t>(m_added.size()) - 1;
        m_added.push_back({first, last, placeholder});
        m_byName.insert(key, placeholder);
        return placeholder;
    }

    const std::vector<NewSupervisor>& added() const { return m_added; }

private:
    QHash<QString, std::int64_t> m_bySourcedId;
    QHash<QString, std::int64_t> m_byName;
    std::vector<NewSupervisor> m_added;
};

// The stored tutors and how a line finds one: its id, else its email, else its name.
class TutorFinder {
public:
    explicit TutorFinder(Database& db)
        : m_tutors(TutorRows::loadAll(db))
    {
        for (std::size_t i = 0; i < m_tutors.size(); ++i) {
            const TutorRecord& t = m_tutors[i];
            m_bySourcedId.insert(t.sourcedId.trimmed(), i);
            if (!t.email.trimmed().isEmpty())
                m_byEmail.insert(t.email.trimmed().toLower(), i);
            m_byName.insert(folded(t.displayName()), i);
        }
    }

    const TutorRecord* find(const QString& id, const QString& email, const QString& name) const
    {
        if (!id.isEmpty()) {
            if (const auto found = m_bySourcedId.constFind(id); found != m_bySourcedId.constEnd())
                return &m_tutors[*found];
        }
        if (!email.isEmpty()) {
            if (const auto found = m_byEmail.constFind(email.toLower()); found != m_byEmail.constEnd())
                return &m_tutors[*found];
        }
        if (const auto found = m_byName.constFind(folded(name)); found != m_byName.constEnd())
            return &m_tutors[*found];
        return nullptr;
    }

private:
    std::vector<TutorRecord> m_tutors;
    QHash<QString, std::size_t> m_bySourcedId;
    QHash<QString, std::size_t> m_byEmail;
    QHash<QString, std::size_t> m_byName;
};

struct Change {
    TutorRecord tutor;
    int line = 0;
};

} // namespace

Result<ImportReport> TutorImport::importFile(Store& store, const QString& path, bool dryRun)
{
    auto read = StaffCsv::read(path);
    if (!read)
        return read.error();
    const StaffCsv& csv = read.value();
    Database& db = store.db();

    ImportReport report;
    report.file = path;
    report.read = csv.linesRead;

    const Columns columns(csv);
    if (columns.first < 0)
        report.problems.push_back(
            {path, csv.headerLine, 0, Tr::tr("First name"),
             Tr::tr("The file has no first name column. Name the column of first names "
                    "\"First name\" (the first line of the file holds the column names).")});
    if (columns.last < 0)
        report.problems.push_back(
            {path, csv.headerLine, 0, Tr::tr("Last name"),
             Tr::tr("The file has no last name column. Name the column of last names "
                    "\"Last name\" (the first line of the file holds the column names).")});
    if (!report.problems.empty())
        return report;

    std::vector<ImportProblem> problems;
    csv.addReaderProblems(problems);
    const TutorFinder tutors(db);
    SupervisorFinder supervisors(db);
    std::vector<Change> changes;
    QHash<QString, int> lineOfTutor; // who a line is about → the line

    for (const CsvRecord& record : csv.records) {
        const int line = record.line;
        const auto value = [&](int column) { return StaffCsv::value(record, column); };
        const std::size_t problemsBefore = problems.size();
        const auto problem = [&](int column, const QString& message) {
            problems.push_back(csv.problem(line, column, message));
        };

        const QString id = value(columns.id);
        const QString first = value(columns.first);
        const QString last = value(columns.last);
        const QString email = value(columns.email);
        if (first.isEmpty())
            problem(columns.first, Tr::tr("The first name is missing. Enter the tutor's first name."));
        if (last.isEmpty())
            problem(columns.last, Tr::tr("The last name is missing. Enter the tutor's last name."));
        if (problems.size() > problemsBefore)
            continue;

        const QString name = first + QLatin1Char(' ') + last;
        const TutorRecord* stored = tutors.find(id, email, name);
        const QString who =
            stored ? QStringLiteral("#%1").arg(stored->id)
                   : (!id.isEmpty() ? QStringLiteral("id:") + id
                                    : (!email.isEmpty() ? QStringLiteral("email:") + email.toLower()
                                                        : QStringLiteral("name:") + folded(name)));
        if (const auto other = lineOfTutor.constFind(who); other != lineOfTutor.constEnd()) {
            problem(-1, Tr::tr("%1 is also on line %2. List each tutor once: remove one of the two lines.")
                            .arg(name)
                            .arg(*other));
            continue;
        }
        lineOfTutor.insert(who, line);

        const TutorRecord before = stored ? normalized(*stored) : TutorRecord();
        TutorRecord tutor = before;
        // A blank cell keeps what TutorDesk has: an import never erases with nothing.
        if (!id.isEmpty())
            tutor.sourcedId = id;
        tutor.firstName = first;
        tutor.lastName = last;
        if (!email.isEmpty())
            tutor.email = email;
        if (const QString phone = value(columns.phone); !phone.isEmpty())
            tutor.phone = phone;
        if (const QString text = value(columns.type); !text.isEmpty()) {
            if (const auto type = typeFrom(text))
                tutor.type = *type;
            else
                problem(columns.type, Tr::tr("\"%1\" is not a tutor type. Write one of: %2.")
                                          .arg(text, TutorText::typeCodes().join(QStringLiteral(", "))));
        }
        if (const QString text = value(columns.status); !text.isEmpty()) {
            if (const auto status = statusFrom(text))
                tutor.status = *status;
            else
                problem(columns.status, Tr::tr("\"%1\" is not a status. Write one of: %2.")
                                            .arg(text, TutorText::statusCodes().join(QStringLiteral(", "))));
        }
        if (const QString text = value(columns.subjects); !text.isEmpty()) {
            QStringList subjects;
            for (const QString& part : splitList(text)) {
                if (const auto subject = subjectFrom(part))
                    subjects << *subject;
                else
                    problem(columns.subjects,
                            Tr::tr("\"%1\" is not a subject. Write one or more of: %2, separated by "
                                   "semicolons.")
                                .arg(part, TutorRows::subjectCodes().join(QStringLiteral(", "))));
            }
            tutor.subjects = subjects;
        }
        if (const QString text = value(columns.languages); !text.isEmpty()) {
            QStringList languages;
            for (const QString& part : splitList(text)) {
                const auto language = RosterValues::language(part);
                if (language && language->known)
                    languages << language->code;
                else
                    problem(columns.languages,
                            Tr::tr("\"%1\" is not a language TutorDesk knows. Write a code (es, ko, "
                                   "vi) or an English name (Spanish, Korean, Vietnamese).")
                                .arg(part));
            }
            tutor.languages = languages;
        }
        if (const QString text = value(columns.supervisor); !text.isEmpty()) {
            auto supervisor = supervisors.resolve(text);
            if (supervisor)
                tutor.supervisorId = supervisor.value();
            else
                problem(columns.supervisor, supervisor.error().message);
        }
        const auto readDate = [&](int column, QDate& into) {
            const QString text = value(column);
            if (text.isEmpty())
                return;
            if (const auto day = parseStaffDate(text))
                into = *day;
            else
                problem(column,
                        Tr::tr("\"%1\" is not a date. Write it as YYYY-MM-DD (2026-08-01) or M/D/YYYY "
                               "(8/1/2026).")
                            .arg(text));
        };
        readDate(columns.backgroundOn, tutor.backgroundCheckOn);
        readDate(columns.backgroundUntil, tutor.backgroundCheckUntil);
        readDate(columns.tbOn, tutor.tbTestOn);
        readDate(columns.tbUntil, tutor.tbTestUntil);
        if (const QString text = value(columns.availability); !text.isEmpty()) {
            auto windows = parseAvailability(text);
            if (windows)
                tutor.availability = std::move(windows).value();
            else
                problem(columns.availability, windows.error().message);
        }
        if (problems.size() > problemsBefore)
            continue;

        tutor = normalized(tutor);
        if (auto valid = Tutors::validate(tutor); !valid) {
            problem(-1, Tr::tr("%1: %2").arg(tutor.displayName(), valid.error().message));
            continue;
        }
        if (stored && tutor.status == QLatin1String("inactive") && before.status != tutor.status) {
            const QStringList groups = TutorRows::ledGroups(db, stored->id);
            if (!groups.isEmpty()) {
                problem(columns.status, TutorRows::leadsGroups(tutor.displayName(), groups));
                continue;
            }
        }
        if (!stored) {
            ++report.added;
            changes.push_back({tutor, line});
        } else if (tutor == before) {
            ++report.unchanged;
        } else {
            ++report.updated;
            changes.push_back({tutor, line});
        }
    }

    if (!problems.empty()) {
        std::stable_sort(problems.begin(), problems.end(),
                         [](const ImportProblem& a, const ImportProblem& b) {
                             return a.line != b.line ? a.line < b.line : a.column < b.column;
                         });
        report.problems = std::move(problems);
        report.added = report.updated = report.unchanged = 0;
        capProblems(report);
        return report;
    }

    QStringList newSupervisors;
    for (const NewSupervisor& s : supervisors.added())
        newSupervisors << s.first + QLatin1Char(' ') + s.last;
    if (!newSupervisors.isEmpty())
        report.notes.push_back(
            (dryRun
                 ? Tr::tr("Would add %n supervisor(s): %1.", nullptr, static_cast<int>(newSupervisors.size()))
                 : Tr::tr("Added %n supervisor(s): %1.", nullptr, static_cast<int>(newSupervisors.size())))
                .arg(QLocale().createSeparatedList(newSupervisors)));
    if (csv.blankLines > 0)
        report.notes.push_back(
            Tr::tr("Skipped %n line(s) with no values in any column.", nullptr, csv.blankLines));
    QStringList unused;
    const QList<int> used = columns.all();
    for (int i = 0; i < csv.header.size(); ++i) {
        if (!used.contains(i) && !csv.header.at(i).trimmed().isEmpty())
            unused << csv.header.at(i).trimmed();
    }
    if (!unused.isEmpty())
        report.notes.push_back(Tr::tr("Columns not read: %1.").arg(unused.join(QStringLiteral(", "))));
    if (dryRun)
        return report;

    try {
        Transaction tx(db);
        QHash<std::int64_t, std::int64_t> supervisorIds; // placeholder → saved id
        for (const NewSupervisor& s : supervisors.added()) {
            db.run("INSERT INTO supervisors (sourced_id, first_name, last_name) VALUES (?, ?, ?)",
                   QUuid::createUuid().toString(QUuid::WithoutBraces), s.first, s.last);
            supervisorIds.insert(s.placeholder, db.lastInsertId());
        }
        for (Change& change : changes) {
            if (change.tutor.supervisorId && *change.tutor.supervisorId < 0)
                change.tutor.supervisorId = supervisorIds.value(*change.tutor.supervisorId);
            auto written = TutorRows::write(db, change.tutor);
            if (!written)
                return Error{Tr::tr("%1, line %2: %3")
                                 .arg(path, QString::number(change.line), written.error().message)};
        }
        tx.commit();
    } catch (const StoreError& e) {
        return Error{
            Tr::tr("The tutors in %1 could not be saved in %2: %3").arg(path, store.path(), e.message())};
    }
    report.applied = true;
    return report;
}

} // namespace tutordesk
