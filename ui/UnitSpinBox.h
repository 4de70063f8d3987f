#pragma once

#include <QSpinBox>

#include <functional>
#include <optional>

namespace tutordesk {

// A spin box that shows its number with its unit in words ("2 absences", "within 5 school days", "the
// same day"), so that a setting reads as part of a sentence and plurals follow the language. Typing a
// bare number works too.
class UnitSpinBox final : public QSpinBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitSpinBox)

public:
    using Format = std::function<QString(int)>;
    UnitSpinBox(Format format, int minimum, int maximum, QWidget* parent = nullptr);
    ~UnitSpinBox() override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    QString textFromValue(int value) const override;
    int valueFromText(const QString& text) const override;
    QValidator::State validate(QString& text, int& pos) const override;

private:
    // The first number in `text`, in the UI's digits; none when it holds no digit.
    static std::optional<int> numberIn(const QString& text);

    Format m_format;
};

} // namespace tutordesk
