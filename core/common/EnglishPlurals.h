#pragma once

#include <QTranslator>

namespace tutordesk {

// English plural forms for tr("%n student(s)", nullptr, n) while TutorDesk ships no English
// translation file: turns "(s)" into "s" or nothing by n. Languages with their own .qm files
// carry their own plural forms; this only speaks for source strings nobody translated.
class EnglishPlurals final : public QTranslator {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnglishPlurals)

public:
    explicit EnglishPlurals(QObject* parent = nullptr);
    ~EnglishPlurals() override;

    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override;
};

} // namespace tutordesk
