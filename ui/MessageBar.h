#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace tutordesk {

// A quiet line at the top of a page for what just happened ("Moved Ana to Reading 3–5 T2-02") or
// what core refused and why ("Reading K–1 T2-01 is full"), without a modal box in the way. It
// stays until closed or replaced, and screen readers hear it as an alert.
class MessageBar final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    enum class Kind { Info, Problem };

    explicit MessageBar(QWidget* parent = nullptr);
    ~MessageBar() override;

    void showMessage(const QString& text, Kind kind);
    void showInfo(const QString& text) { showMessage(text, Kind::Info); }
    void showProblem(const QString& text) { showMessage(text, Kind::Problem); }

    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel* m_text = nullptr;
    QToolButton* m_close = nullptr;
    Kind m_kind = Kind::Info;
};

} // namespace tutordesk
