#include "common/TextFold.h"

namespace tutordesk {

QString foldForSearch(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
            category == QChar::Mark_Enclosing)
            continue;
        folded.append(c);
    }
    // Letters with no decomposition that readers still treat as plain ones.
    folded.replace(QChar(0x0111), QLatin1Char('d')).replace(QChar(0x0110), QLatin1Char('d')); // đ Đ
    folded.replace(QChar(0x00F8), QLatin1Char('o')).replace(QChar(0x00D8), QLatin1Char('o')); // ø Ø
    folded.replace(QChar(0x0142), QLatin1Char('l')).replace(QChar(0x0141), QLatin1Char('l')); // ł Ł
    // Recompose what the marks left behind (Hangul syllables were split into jamo above).
    return folded.normalized(QString::NormalizationForm_C).toCaseFolded().simplified();
}

} // namespace tutordesk
