// Roster import figures: reading a ~100 MB CSV, importing 5,000 students into a new school, a
// 100,000-student district file (read and apply), and re-importing 5,000 students unchanged.
#include "common/AppIdentity.h"
#include "roster/CsvReader.h"
#include "roster/GenericRosterReader.h"
#include "roster/RosterApplier.h"
#include "school/School.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <memory>

namespace tutordesk::bench {
namespace {

const char* const lastNames[] = {"Muñoz",     "García", "Nguyễn",  "Kim",   "Petrosyan", "O'Brien",
                                 "Hernández", "Chen",   "Ahmadi",  "Smith", "Pérez",     "Lê",
                                 "Wong",      "Kaur",   "Johnson", "Ávila"};
const char* const firstNames[] = {"José",      "María José", "Minjun", "Hayk", "Zoë", "Ángel",
                                  "Sofía",     "Ka Ming",    "Sara",   "Liam", "Anh", "Mateo",
                                  "Valentina", "Noah",       "Simran", "Lucía"};
const char* const languages[] = {"Spanish",    "Korean",  "Armenian", "Cantonese", "Farsi",
                                 "Vietnamese", "English", "Tagalog",  "Punjabi",   "Arabic"};
const char* const grades[] = {"TK", "K", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"};
const char* const elStatuses[] = {"EO", "EL", "IFEP", "RFEP", "EL", "EO"};
const char* const races[] = {"700", "201", "600", "100;700", "400", "Asian; White", "700", "301"};

// A small deterministic generator: the same file on every run and every machine.
class Sequence final {
public:
    explicit Sequence(std::uint32_t seed)
        : m_state(seed)
    {}
    std::uint32_t next()
    {
        m_state = m_state * 1664525u + 1013904223u;
        return m_state >> 8;
    }
    template <typename T, std::size_t N> const T& pick(const T (&values)[N]) { return values[next() % N]; }

private:
    std::uint32_t m_state;
};

// A district export with quotes, embedded commas and line breaks, accents and several scripts;
// with `atLeastBytes`, rows go on until the file is that large.
QString writeRoster(const QString& path, int students, qint64 atLeastBytes = 0)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        std::abort();
    file.write(
        "Student ID,SSID,Last Name,First Name,Grade,Birth Date,Gender,Hispanic,Race,EL Status,Home Language,"
        "IEP,504,Foster,Homeless,SED,Attendance %,Parent Name,Relationship,Parent Phone,Parent Email,"
        "Correspondence Language,Notes\r\n");
    Sequence random(20260901);
    QByteArray row;
    for (int i = 0; i < students || file.size() < atLeastBytes; ++i) {
        const QString last = QString::fromUtf8(random.pick(lastNames));
        const QString first = QString::fromUtf8(random.pick(firstNames));
        const char* language = random.pick(languages);
        row = QStringLiteral("%1,%2,%3,%4,%5,%6/%7/%8,%9,")
                  .arg(i, 7, 10, QLatin1Char('0'))
                  .arg(6000000000LL + i)
                  .arg(last, first, QString::fromLatin1(random.pick(grades)))
                  .arg(random.next() % 12 + 1)
                  .arg(random.next() % 28 + 1)
                  .arg(2008 + random.next() % 14)
                  .arg(random.next() % 2 ? QLatin1Char('F') : QLatin1Char('M'))
                  .toUtf8();
        row += QStringLiteral("%1,\"%2\",%3,%4,%5,%6,%7,%8,%9,")
                   .arg(random.next() % 3 ? QLatin1Char('N') : QLatin1Char('Y'))
                   .arg(QString::fromLatin1(random.pick(races)), QString::fromLatin1(random.pick(elStatuses)),
                        QString::fromLatin1(language))
                   .arg(random.next() % 8 ? QLatin1Char('N') : QLatin1Char('Y'))
                   .arg(random.next() % 20 ? QLatin1Char('N') : QLatin1Char('Y'))
                   .arg(random.next() % 50 ? QLatin1Char('N') : QLatin1Char('Y'))
                   .arg(random.next() % 40 ? QLatin1Char('N') : QLatin1Char('Y'))
                   .arg(random.next() % 2 ? QLatin1Char('Y') : QLatin1Char('N'))
                   .toUtf8();
        row += QStringLiteral("%1.%2,\"%3, %4\",Mother,(323) 555-%5,family%6@example.com,%7,")
                   .arg(70 + random.next() % 30)
                   .arg(random.next() % 10)
                   .arg(last, QString::fromUtf8(random.pick(firstNames)))
                   .arg(i % 10000, 4, 10, QLatin1Char('0'))
                   .arg(i)
                   .arg(QString::fromLatin1(language))
                   .toUtf8();
        row +=
            i % 7 == 0 ? QByteArray("\"likes \"\"chess\"\", math\r\nand reading\"\r\n") : QByteArray("\r\n");
        file.write(row);
    }
    return path;
}

QTemporaryDir& workDir()
{
    static QTemporaryDir dir;
    return dir;
}

QString rosterFile(int students)
{
    const QString path = workDir().filePath(QStringLiteral("roster-%1.csv").arg(students));
    return QFileInfo::exists(path) ? path : writeRoster(path, students);
}

std::unique_ptr<Store> newSchool(const QString& name)
{
    const QString path = workDir().filePath(name);
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    auto store = Store::open(path, Store::OpenMode::CreateIfMissing);
    if (!store)
        std::abort();
    SchoolInfo info;
    info.schoolCode = QStringLiteral("1964733");
    info.name = QStringLiteral("Bench Elementary");
    info.yearStart = QDate(2026, 8, 10);
    info.yearEnd = QDate(2027, 6, 4);
    if (!School::create(*store.value(), info).ok())
        std::abort();
    return std::move(store).value();
}

ImportReport readAndApply(Store& store, const QString& path)
{
    const auto head = CsvReader::readFile(path, [](const CsvRecord&) { return false; });
    const ColumnMapping mapping = ColumnMapping::propose(QLatin1String(GenericRosterReader::mappingKind),
                                                         GenericRosterReader::fields(), head->header);
    auto read = GenericRosterReader::read(path, mapping);
    if (!read || !read->report.ok())
        std::abort();
    auto applied = RosterApplier::apply(store, read->students, {}, read->report);
    if (!applied)
        std::abort();
    return std::move(applied).value();
}

void readingA100MegabyteCsv(benchmark::State& state)
{
    const QString path = workDir().filePath(QStringLiteral("large.csv"));
    if (!QFileInfo::exists(path))
        writeRoster(path, 0, 100LL * 1024 * 1024);
    std::int64_t records = 0;
    for (auto _ : state) {
        records = 0;
        const auto info = CsvReader::readFile(path, [&](const CsvRecord&) {
            ++records;
            return true;
        });
        if (!info)
            state.SkipWithError(info.error().message.toUtf8().constData());
    }
    state.SetBytesProcessed(state.iterations() * QFileInfo(path).size());
    state.counters["records"] = static_cast<double>(records);
}
BENCHMARK(readingA100MegabyteCsv)->Unit(benchmark::kMillisecond)->Iterations(3);

void importing5000StudentsIntoANewSchool(benchmark::State& state)
{
    const QString path = rosterFile(5000);
    for (auto _ : state) {
        state.PauseTiming();
        auto store = newSchool(QStringLiteral("fresh.tutordesk"));
        state.ResumeTiming();
        const ImportReport report = readAndApply(*store, path);
        if (report.added != 5000)
            state.SkipWithError("not every student was added");
    }
    state.counters["students/s"] =
        benchmark::Counter(5000.0 * static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(importing5000StudentsIntoANewSchool)->Unit(benchmark::kMillisecond)->Iterations(5);

void importingA100000StudentDistrictFile(benchmark::State& state)
{
    const QString path = rosterFile(100000);
    for (auto _ : state) {
        state.PauseTiming();
        auto store = newSchool(QStringLiteral("district.tutordesk"));
        state.ResumeTiming();
        const ImportReport report = readAndApply(*store, path);
        if (report.added != 100000)
            state.SkipWithError("not every student was added");
    }
    state.counters["students/s"] =
        benchmark::Counter(100000.0 * static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(importingA100000StudentDistrictFile)->Unit(benchmark::kMillisecond)->Iterations(2);

void reimporting5000UnchangedStudents(benchmark::State& state)
{
    const QString path = rosterFile(5000);
    auto store = newSchool(QStringLiteral("again.tutordesk"));
    readAndApply(*store, path);
    for (auto _ : state) {
        const ImportReport report = readAndApply(*store, path);
        if (report.unchanged != 5000 || report.guardiansUpdated != 0)
            state.SkipWithError("a re-import changed something");
    }
}
BENCHMARK(reimporting5000UnchangedStudents)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace
} // namespace tutordesk::bench
