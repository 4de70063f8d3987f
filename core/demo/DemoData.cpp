#include "demo/DemoData.h"

#include "demo/DemoModel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tutordesk::demo {

namespace {

QJsonObject readObject(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw DemoFailure(QStringLiteral("the demo data file %1 is missing from this build").arg(path));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        throw DemoFailure(QStringLiteral("the demo data file %1 cannot be read: %2 at offset %3")
                              .arg(path, error.errorString())
                              .arg(error.offset));
    return doc.object();
}

std::vector<QString> strings(const QJsonValue& value)
{
    std::vector<QString> out;
    const QJsonArray array = value.toArray();
    out.reserve(static_cast<std::size_t>(array.size()));
    for (const QJsonValue& item : array)
        out.push_back(item.toString());
    return out;
}

Community readCommunity(const QJsonObject& o)
{
    Community c;
    c.key = o.value(QLatin1String("key")).toString();
    c.share = o.value(QLatin1String("share")).toDouble();
    c.staffShare = o.value(QLatin1String("staffShare")).toDouble();
    for (const QJsonValue& pair : o.value(QLatin1String("languages")).toArray()) {
        c.languages.push_back(pair.toArray().at(0).toString());
        c.languageWeights.push_back(pair.toArray().at(1).toDouble());
    }
    c.englishHome = o.value(QLatin1String("englishHome")).toDouble();
    c.elAtEntry = o.value(QLatin1String("elAtEntry")).toDouble();
    c.reclassify = o.value(QLatin1String("reclassify")).toDouble(1.0);
    c.disadvantaged = o.value(QLatin1String("disadvantaged")).toDouble(0.8);
    static const std::array<const char*, FlagCount> flagNames = {
        "hispanic_latino", "race_american_indian",  "race_asian",
        "race_black",      "race_pacific_islander", "race_white"};
    const QJsonObject flags = o.value(QLatin1String("flags")).toObject();
    for (int f = 0; f < FlagCount; ++f)
        c.flags[static_cast<std::size_t>(f)] =
            flags.value(QLatin1String(flagNames[static_cast<std::size_t>(f)])).toDouble();
    c.motherKeepsName = o.value(QLatin1String("motherKeepsName")).toDouble();
    c.compoundSurname = o.value(QLatin1String("compoundSurname")).toDouble();
    c.girls = strings(o.value(QLatin1String("girls")));
    c.boys = strings(o.value(QLatin1String("boys")));
    c.women = strings(o.value(QLatin1String("women")));
    c.men = strings(o.value(QLatin1String("men")));
    c.surnames = strings(o.value(QLatin1String("surnames")));
    // QJsonObject iterates its keys in sorted order, which keeps this list the same everywhere.
    const QJsonObject nicknames = o.value(QLatin1String("nicknames")).toObject();
    for (auto it = nicknames.begin(); it != nicknames.end(); ++it)
        c.nicknames.emplace_back(it.key(), it.value().toString());
    c.englishPreferred = o.value(QLatin1String("englishPreferred")).toDouble();
    c.englishGirls = strings(o.value(QLatin1String("englishGirls")));
    c.englishBoys = strings(o.value(QLatin1String("englishBoys")));
    if (c.key.isEmpty() || c.languages.empty() || c.girls.empty() || c.boys.empty() || c.women.empty() ||
        c.men.empty() || c.surnames.empty())
        throw DemoFailure(QStringLiteral("the demo community \"%1\" lacks names or languages").arg(c.key));
    return c;
}

} // namespace

QString Community::nicknameFor(const QString& first) const
{
    for (const auto& [name, nickname] : nicknames) {
        if (name == first)
            return nickname;
    }
    return {};
}

DemoData DemoData::load()
{
    DemoData data;
    const QJsonObject communities = readObject(QStringLiteral(":/demo/communities.json"));
    for (const QJsonValue& value : communities.value(QLatin1String("communities")).toArray())
        data.communities.push_back(readCommunity(value.toObject()));
    const QJsonObject skills = readObject(QStringLiteral(":/demo/skills.json"));
    for (const QJsonValue& value : skills.value(QLatin1String("skills")).toArray()) {
        const QJsonObject o = value.toObject();
        Skill skill;
        skill.subject = o.value(QLatin1String("subject")).toString() == QLatin1String("math") ? 1 : 0;
        skill.grade = o.value(QLatin1String("grade")).toInt();
        skill.code = o.value(QLatin1String("code")).toString();
        skill.description = o.value(QLatin1String("description")).toString();
        data.skills.push_back(skill);
    }
    if (data.communities.empty() || data.skills.empty())
        throw DemoFailure(QStringLiteral("the demo data files are empty"));
    return data;
}

QString surnameForm(const QString& entry, bool female)
{
    const qsizetype slash = entry.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return entry;
    return female ? entry.mid(slash + 1) : entry.left(slash);
}

} // namespace tutordesk::demo
