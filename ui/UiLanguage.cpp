#include "UiLanguage.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QSettings>
#include <QTranslator>

namespace tutordesk {

namespace {

constexpr QLatin1String choiceKey("ui/language");

} // namespace

UiLanguage::UiLanguage(QObject* parent)
    : QObject(parent)
    , m_catalog(LanguageCatalog::builtIn())
{}

UiLanguage::~UiLanguage()
{
    removeTranslators();
}

std::vector<UiLanguage::Choice> UiLanguage::choices()
{
    std::vector<Choice> result{{tr("As the Computer Is Set"), QString()},
                               {QStringLiteral("English"), QStringLiteral("en")}};
    for (const UiLanguageInfo& language : LanguageCatalog::builtIn().offered())
        result.push_back({LanguageCatalog::nativeName(language.code), language.code});
    return result;
}

QString UiLanguage::savedChoice()
{
    return QSettings().value(choiceKey).toString();
}

void UiLanguage::saveChoice(const QString& choice)
{
    QSettings().setValue(choiceKey, choice);
}

QString UiLanguage::apply(const QString& choice)
{
    removeTranslators();
    m_current = m_catalog.resolve(choice, QLocale::system().uiLanguages());
    if (!m_current.isEmpty()) {
        auto app = std::make_unique<QTranslator>();
        if (app->load(QStringLiteral(":/i18n/tutordesk_%1.qm").arg(m_current))) {
            QCoreApplication::installTranslator(app.get());
            m_app = std::move(app);
        }
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral(":/i18n/qtbase_%1.qm").arg(m_current))) {
            QCoreApplication::installTranslator(qt.get());
            m_qt = std::move(qt);
        }
    }
    // Following the system in English keeps the system's formats (an English window on a Spanish
    // computer still writes dates the Spanish way); any chosen language brings its own.
    const QLocale locale = m_current.isEmpty() && choice != QLatin1String("en")
                               ? QLocale::system()
                               : LanguageCatalog::localeOf(m_current);
    QLocale::setDefault(locale);
    QGuiApplication::setLayoutDirection(LanguageCatalog::localeOf(m_current).textDirection());
    return m_current;
}

void UiLanguage::removeTranslators()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();
}

} // namespace tutordesk
