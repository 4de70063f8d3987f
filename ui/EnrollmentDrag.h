#pragma once

#include <QMimeData>
#include <QString>

#include <optional>

namespace tutordesk {

// What a student dragged on the Placement page carries: their enrollment and where it came from
// (a group's seat or the waitlist), so that a drop asks core for the right move.
struct EnrollmentDrag {
    QString enrollmentId;
    bool fromWaitlist = false;

    static constexpr char mimeType[] = "application/x-tutordesk-enrollment";

    QMimeData* toMimeData() const
    {
        auto* data = new QMimeData; // handed to QDrag, which owns it
        const QString text =
            (fromWaitlist ? QStringLiteral("waitlist:") : QStringLiteral("seat:")) + enrollmentId;
        data->setData(QLatin1String(mimeType), text.toUtf8());
        return data;
    }

    static std::optional<EnrollmentDrag> fromMimeData(const QMimeData* data)
    {
        if (!data || !data->hasFormat(QLatin1String(mimeType)))
            return std::nullopt;
        const QString text = QString::fromUtf8(data->data(QLatin1String(mimeType)));
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        if (colon <= 0 || colon + 1 >= text.size())
            return std::nullopt;
        return EnrollmentDrag{text.mid(colon + 1), text.left(colon) == QLatin1String("waitlist")};
    }
};

} // namespace tutordesk
