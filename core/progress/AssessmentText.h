#pragma once

#include <QString>
#include <QStringList>

namespace tutordesk {

// Assessment words in the user's language: kinds and test windows as the screens show them.
class AssessmentText final {
public:
    // "Skill probe", "Benchmark", "Tutor observation", "Confidence".
    static QString kind(const QString& kind);
    // "Pre", "Progress", "Post", "Beginning of year", …; the stored code when unknown.
    static QString window(const QString& window);
    // The stored codes of a probe's windows (pre, progress, post) and a benchmark's (BOY, MOY, EOY).
    static const QStringList& probeWindows();
    static const QStringList& benchmarkWindows();
};

} // namespace tutordesk
