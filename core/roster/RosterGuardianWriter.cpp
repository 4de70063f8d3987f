#include "roster/RosterGuardianWriter.h"

#include "common/TextFold.h"
#include "store/Database.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>

namespace tutordesk {

namespace {

QString foldedName(const QString& first, const QString& last)
{
    return foldForSearch(first + QLatin1Char(' ') + last);
}

} // namespace

RosterGuardianWriter::RosterGuardianWriter(Database& db)
    : m_db(db)
    , m_linked(
          db.prepare("SELECT g.id, g.first_name, g.last_name, g.phone_mobile, g.phone_home, g.phone_work,"
                     " g.email, g.preferred_language, sg.relationship, sg.is_primary, g.edited_here"
                     " FROM student_guardians sg JOIN guardians g ON g.id = sg.guardian_id"
                     " WHERE sg.student_id = ? ORDER BY sg.is_primary DESC, g.id"))
    , m_byId(db.prepare("SELECT id, first_name, last_name, phone_mobile, phone_home, phone_work, email,"
                        " preferred_language, edited_here FROM guardians WHERE id = ?"))
    , m_insert(db.prepare("INSERT INTO guardians (sourced_id, first_name, last_name, phone_home, email,"
                          " preferred_language) VALUES (?, ?, ?, ?, ?, ?)"))
    , m_update(db.prepare("UPDATE guardians SET first_name = ?, last_name = ?, phone_home = ?, email = ?,"
                          " preferred_language = ? WHERE id = ?"))
    , m_link(db.prepare("INSERT INTO student_guardians (student_id, guardian_id, relationship, is_primary)"
                        " VALUES (?, ?, ?, ?)"))
    , m_relink(db.prepare(
          "UPDATE student_guardians SET relationship = ? WHERE student_id = ? AND guardian_id = ?"))
{}

QString RosterGuardianWriter::phoneDigits(const QString& phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

QString RosterGuardianWriter::familyKey(const QString& first, const QString& last, const QString& phone)
{
    const QString name = foldedName(first, last);
    const QString digits = phoneDigits(phone);
    return name.isEmpty() || digits.isEmpty() ? QString() : name + QLatin1Char('|') + digits;
}

std::vector<RosterGuardianWriter::Stored> RosterGuardianWriter::linkedTo(std::int64_t studentId)
{
    std::vector<Stored> stored;
    m_linked.bindAll(studentId);
    while (m_linked.step()) {
        stored.push_back({m_linked.integer(0), m_linked.text(1), m_linked.text(2), m_linked.text(3),
                          m_linked.text(4), m_linked.text(5), m_linked.text(6), m_linked.text(7),
                          m_linked.text(8), m_linked.integer(9) != 0, true, m_linked.integer(10) != 0});
    }
    m_linked.reset();
    return stored;
}

const RosterGuardianWriter::Stored* RosterGuardianWriter::match(const std::vector<Stored>& stored,
                                                                const RosterGuardian& guardian) const
{
    const QString name = foldedName(guardian.firstName, guardian.lastName);
    if (!name.isEmpty()) {
        for (const Stored& s : stored) {
            if (foldedName(s.firstName, s.lastName) == name)
                return &s;
        }
    }
    // The same phone is the same guardian unless the names say otherwise: a mother and a father
    // often share the home number, but a new last name (marriage) keeps the first name.
    const QString digits = phoneDigits(guardian.phone);
    if (digits.isEmpty())
        return nullptr;
    for (const Stored& s : stored) {
        if (digits != phoneDigits(s.phoneHome) && digits != phoneDigits(s.phoneMobile) &&
            digits != phoneDigits(s.phoneWork))
            continue;
        const QString storedName = foldedName(s.firstName, s.lastName);
        if (name.isEmpty() || storedName.isEmpty() ||
            foldForSearch(s.firstName) == foldForSearch(guardian.firstName))
            return &s;
    }
    return nullptr;
}

std::optional<RosterGuardianWriter::Stored> RosterGuardianWriter::sibling(const RosterGuardian& guardian)
{
    const QString key = familyKey(guardian.firstName, guardian.lastName, guardian.phone);
    if (key.isEmpty())
        return std::nullopt;
    if (!m_familiesLoaded) {
        Statement all = m_db.prepare("SELECT id, first_name, last_name, phone_mobile, phone_home, phone_work"
                                     " FROM guardians");
        while (all.step()) {
            for (int phone = 3; phone <= 5; ++phone) {
                const QString family = familyKey(all.text(1), all.text(2), all.text(phone));
                if (!family.isEmpty())
                    m_families.insert(family, all.integer(0));
            }
        }
        m_familiesLoaded = true;
    }
    const auto it = m_families.constFind(key);
    if (it == m_families.constEnd())
        return std::nullopt;
    m_byId.bindAll(*it);
    std::optional<Stored> found;
    if (m_byId.step())
        found = Stored{m_byId.integer(0), m_byId.text(1), m_byId.text(2), m_byId.text(3),
                       m_byId.text(4),    m_byId.text(5), m_byId.text(6), m_byId.text(7),
                       QString(),         false,          false,          m_byId.integer(8) != 0};
    m_byId.reset();
    return found;
}

// The district's file is the current word on a guardian the coordinator has not edited: its names,
// e-mail and language replace ours, and a number it gives that we do not have becomes the home phone.
RosterGuardianWriter::Stored RosterGuardianWriter::takenFrom(const Stored& s, const RosterGuardian& g)
{
    Stored next = s;
    if (!g.firstName.isEmpty() || !g.lastName.isEmpty()) {
        next.firstName = g.firstName;
        next.lastName = g.lastName;
    }
    const QString digits = phoneDigits(g.phone);
    if (!digits.isEmpty() && digits != phoneDigits(s.phoneHome) && digits != phoneDigits(s.phoneMobile) &&
        digits != phoneDigits(s.phoneWork))
        next.phoneHome =
            g.phone; // the roster's number is the district's current one; others entered here stay
    if (!g.email.isEmpty())
        next.email = g.email;
    if (!g.preferredLanguage.isEmpty())
        next.language = g.preferredLanguage;
    return next;
}

// A guardian the coordinator edited keeps her corrections (a family's language, a new phone): the
// district's file, often weeks behind, only fills what is still empty.
RosterGuardianWriter::Stored RosterGuardianWriter::filledIn(const Stored& s, const RosterGuardian& g)
{
    Stored next = s;
    if (s.firstName.isEmpty() && s.lastName.isEmpty()) {
        next.firstName = g.firstName;
        next.lastName = g.lastName;
    }
    if (s.phoneHome.isEmpty() && s.phoneMobile.isEmpty() && s.phoneWork.isEmpty())
        next.phoneHome = g.phone;
    if (s.email.isEmpty())
        next.email = g.email;
    if (s.language.isEmpty())
        next.language = g.preferredLanguage;
    return next;
}

bool RosterGuardianWriter::update(Stored& s, const RosterGuardian& g)
{
    const Stored next = s.editedHere ? filledIn(s, g) : takenFrom(s, g);
    if (next.firstName == s.firstName && next.lastName == s.lastName && next.phoneHome == s.phoneHome &&
        next.email == s.email && next.language == s.language)
        return false;
    m_update.bindAll(next.firstName, next.lastName, next.phoneHome, next.email, next.language, s.id);
    m_update.run();
    s = next;
    if (m_familiesLoaded) {
        if (const QString key = familyKey(s.firstName, s.lastName, s.phoneHome); !key.isEmpty())
            m_families.insert(key, s.id);
    }
    return true;
}

// Time-ordered ids (UUID version 7, RFC 9562): random version-4 ids scatter a large import's inserts
// over the whole sourced_id index (a 100,000-student district file took a third longer).
QString RosterGuardianWriter::nextSourcedId()
{
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    m_idSequence = now == m_idMillisecond ? (m_idSequence + 1) & 0xFFF : 0;
    m_idMillisecond = now;
    QByteArray bytes(16, '\0');
    for (int i = 0; i < 6; ++i)
        bytes[i] = static_cast<char>((now >> (40 - 8 * i)) & 0xFF);
    bytes[6] = static_cast<char>(0x70 | (m_idSequence >> 8));
    bytes[7] = static_cast<char>(m_idSequence & 0xFF);
    const quint64 random = QRandomGenerator::global()->generate64();
    for (int i = 8; i < 16; ++i)
        bytes[i] = static_cast<char>((random >> (8 * (15 - i))) & 0xFF);
    bytes[8] = static_cast<char>(0x80 | (bytes[8] & 0x3F));
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

std::int64_t RosterGuardianWriter::insert(const RosterGuardian& g, const QString& language)
{
    m_insert.bindAll(nextSourcedId(), g.firstName, g.lastName, g.phone, g.email, language);
    m_insert.run();
    const std::int64_t id = m_db.lastInsertId();
    if (m_familiesLoaded) {
        if (const QString key = familyKey(g.firstName, g.lastName, g.phone); !key.isEmpty())
            m_families.insert(key, id);
    }
    return id;
}

RosterGuardianWriter::Counts RosterGuardianWriter::write(std::int64_t studentId, bool newStudent,
                                                         const QString& homeLanguage,
                                                         const std::vector<RosterGuardian>& guardians)
{
    Counts counts;
    if (guardians.empty())
        return counts;
    std::vector<Stored> stored = newStudent ? std::vector<Stored>() : linkedTo(studentId);
    bool hasPrimary = !stored.empty() && stored.front().primary;
    for (std::size_t i = 0; i < guardians.size(); ++i) {
        const RosterGuardian& g = guardians[i];
        std::optional<Stored> current;
        if (const Stored* mine = match(stored, g))
            current = *mine;
        else
            current = sibling(g);
        if (current) {
            bool changed = update(*current, g);
            if (current->linked && !g.relationship.isEmpty() && g.relationship != current->relationship) {
                m_relink.bindAll(g.relationship, studentId, current->id);
                m_relink.run();
                current->relationship = g.relationship;
                changed = true;
            }
            if (changed)
                ++counts.updated;
        } else {
            QString language = g.preferredLanguage;
            if (language.isEmpty())
                language = homeLanguage.isEmpty() ? QStringLiteral("en") : homeLanguage;
            current = Stored{insert(g, language),
                             g.firstName,
                             g.lastName,
                             QString(),
                             g.phone,
                             QString(),
                             g.email,
                             language,
                             QString(),
                             false,
                             false};
            ++counts.added;
        }
        if (!current->linked) {
            current->relationship = g.relationship.isEmpty() ? QStringLiteral("guardian") : g.relationship;
            current->primary = i == 0 && !hasPrimary;
            current->linked = true;
            m_link.bindAll(studentId, current->id, current->relationship, current->primary);
            m_link.run();
            hasPrimary = hasPrimary || current->primary;
        }
        // Later guardians of this student are matched against this one as it now is.
        const auto same =
            std::find_if(stored.begin(), stored.end(), [&](const Stored& s) { return s.id == current->id; });
        if (same == stored.end())
            stored.push_back(*current);
        else
            *same = *current;
    }
    return counts;
}

} // namespace tutordesk
