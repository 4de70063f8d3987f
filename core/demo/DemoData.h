#pragma once

#include <QString>

#include <array>
#include <utility>
#include <vector>

namespace tutordesk::demo {

enum Flag { Hispanic, AmericanIndian, Asian, Black, PacificIslander, White, FlagCount };

// One of the school's communities as resources/demo/communities.json describes it.
struct Community {
    QString key;
    double share = 0.0;      // percent of students
    double staffShare = 0.0; // percent of tutors and staff
    std::vector<QString> languages;
    std::vector<double> languageWeights;
    double englishHome = 0.0;   // share of English-only homes
    double elAtEntry = 0.0;     // of the others: share who start school as English learners
    double reclassify = 1.0;    // how fast they are reclassified, 1 = district typical
    double disadvantaged = 0.8; // socio-economically disadvantaged share
    std::array<double, FlagCount> flags{};
    double motherKeepsName = 0.0;
    double compoundSurname = 0.0;
    std::vector<QString> girls, boys, women, men, surnames;
    std::vector<std::pair<QString, QString>> nicknames; // first name -> preferred name
    double englishPreferred = 0.0;
    std::vector<QString> englishGirls, englishBoys;

    QString nicknameFor(const QString& first) const;
};

// A target skill: a standard code and the skill in plain words.
struct Skill {
    int subject = 0; // 0 reading, 1 math
    int grade = 0;   // 0 = kindergarten
    QString code;
    QString description;
};

// The demo's data files, compiled in as Qt resources under :/demo/.
struct DemoData {
    std::vector<Community> communities;
    std::vector<Skill> skills;

    // Throws DemoFailure when a file is missing or malformed (a build problem, not a user's).
    static DemoData load();
};

// "Ivanov/Ivanova" holds both forms of a gendered surname; other surnames have one.
QString surnameForm(const QString& entry, bool female);

} // namespace tutordesk::demo
