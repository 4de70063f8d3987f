#include "progress/ProbeSkills.h"

#include "store/Store.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QLocale>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::ProbeSkills)
};

void write(Database& db, const ProbeSkill& skill)
{
    const QString subject = skill.subject.isEmpty() ? QStringLiteral("other") : skill.subject;
    db.run(
        "INSERT INTO probe_skills (skill, subject, title, max_score, mastery_percent) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (skill) DO UPDATE SET subject = excluded.subject, title = excluded.title,"
        " max_score = excluded.max_score, mastery_percent = excluded.mastery_percent,"
        " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
        skill.skill.trimmed(), subject, skill.title, skill.maxScore, skill.masteryPercent);
}

} // namespace

std::vector<ProbeSkill> ProbeSkills::list(Store& store)
{
    Statement st = store.db().prepare(
        "WITH used AS ("
        "  SELECT trim(skill_code) AS skill, subject, skill_description AS title, 1 AS grp, 0 AS res"
        "  FROM tutoring_groups WHERE trim(skill_code) <> ''"
        "  UNION ALL SELECT skill, subject, '', 0, 1 FROM assessments WHERE kind = 'probe' AND skill <> ''"
        "  UNION ALL SELECT skill, subject, title, 0, 0 FROM probe_skills)"
        " SELECT u.skill, coalesce(k.subject, max(u.subject)),"
        "  coalesce(nullif(k.title, ''), max(u.title), ''), k.max_score, coalesce(k.mastery_percent, 80),"
        "  sum(u.grp), sum(u.res)"
        " FROM used u LEFT JOIN probe_skills k ON k.skill = u.skill"
        " GROUP BY u.skill ORDER BY u.skill");
    std::vector<ProbeSkill> skills;
    while (st.step())
        skills.push_back({st.text(0), st.text(1), st.text(2), st.optionalReal(3), st.real(4),
                          static_cast<int>(st.integer(5)), static_cast<int>(st.integer(6))});
    return skills;
}

std::optional<QString> ProbeSkills::validate(const ProbeSkill& skill)
{
    const QLocale locale;
    if (skill.skill.trimmed().isEmpty())
        return Tr::tr("A probe needs a skill code, e.g. 3.OA.7.");
    if (!(skill.masteryPercent >= 1 && skill.masteryPercent <= 100))
        return Tr::tr("The mastery threshold of %1 is %2 %; it must be between 1 and 100 %.")
            .arg(skill.skill, locale.toString(skill.masteryPercent, 'g', 4));
    if (skill.maxScore && !(*skill.maxScore > 0))
        return Tr::tr("The maximum score of %1 is %2; it must be more than 0 (or left empty).")
            .arg(skill.skill, locale.toString(*skill.maxScore, 'g', 6));
    return std::nullopt;
}

Result<void> ProbeSkills::save(Store& store, const ProbeSkill& skill)
{
    return saveAll(store, {skill});
}

Result<void> ProbeSkills::saveAll(Store& store, const std::vector<ProbeSkill>& skills)
{
    for (const ProbeSkill& skill : skills) {
        if (auto problem = validate(skill))
            return Error{*problem};
    }
    try {
        Transaction tx(store.db());
        for (const ProbeSkill& skill : skills)
            write(store.db(), skill);
        tx.commit();
        return {};
    } catch (const StoreError& e) {
        return Error{
            Tr::tr("The probe settings could not be saved in %1: %2").arg(store.path(), e.message())};
    }
}

} // namespace tutordesk
