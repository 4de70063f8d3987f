#include "letters/LetterRender.h"

#include <QPagedPaintDevice>
#include <QTextDocument>

namespace tutordesk {

std::unique_ptr<QTextDocument> LetterRender::document(const MergedLetter&)
{
    return std::make_unique<QTextDocument>();
}
int LetterRender::paint(QPagedPaintDevice&, const std::vector<MergedLetter>&)
{
    return 0;
}
Result<int> LetterRender::writePdf(const QString&, const std::vector<MergedLetter>&, Paper)
{
    return Error{QStringLiteral("not implemented yet")};
}
void LetterRender::setUp(QPagedPaintDevice&, Paper) {}
QString LetterRender::paperCode(Paper paper)
{
    return paper == Paper::A4 ? QStringLiteral("a4") : QStringLiteral("letter");
}

} // namespace tutordesk
