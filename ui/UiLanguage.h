#pragma once

#include "LanguageCatalog.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class QTranslator;

namespace tutordesk {

// The language of the window, chosen by the coordinator (View ▸ Language) and kept in the user's
// settings: "" follows the system, "en" is English, else a code of the LanguageCatalog. Applying one
// installs TutorDesk's and Qt's translations (so the file and print dialogs follow), makes its
// locale the default for dates and numbers, and sets the layout right to left for Farsi and Arabic.
class UiLanguage final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UiLanguage)

public:
    explicit UiLanguage(QObject* parent = nullptr);
    ~UiLanguage() override;

    struct Choice {
        QString title; // in the language itself, so that anyone can find their own
        QString choice;
    };
    // What a language menu offers: the computer's setting, English, then every offered language.
    static std::vector<Choice> choices();

    static QString savedChoice();
    static void saveChoice(const QString& choice);

    // Installs what `choice` resolves to; returns the language code in use ("" for English).
    QString apply(const QString& choice);
    QString current() const { return m_current; }
    const LanguageCatalog& catalog() const { return m_catalog; }

private:
    void removeTranslators();

    LanguageCatalog m_catalog;
    QString m_current;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace tutordesk
