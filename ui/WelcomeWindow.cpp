#include "WelcomeWindow.h"

#include "Icons.h"
#include "UiLanguage.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tutordesk {

WelcomeWindow::WelcomeWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
{
    setWindowTitle(tr("Welcome to TutorDesk"));
    setWindowIcon(Icons::application());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->setSpacing(10);

    auto* header = new QHBoxLayout;
    auto* logo = new QLabel(this);
    logo->setPixmap(Icons::application().pixmap(56, 56));
    logo->setAlignment(Qt::AlignTop);
    header->addWidget(logo);
    auto* intro = new QVBoxLayout;
    auto* title = new QLabel(tr("Welcome to TutorDesk"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    intro->addWidget(title);
    auto* purpose = new QLabel(tr("Run your school's tutoring program by need: who gets a seat, who tutors "
                                  "them and when, and whether it works."),
                               this);
    purpose->setWordWrap(true);
    intro->addWidget(purpose);
    header->addLayout(intro, 1);
    layout->addLayout(header);
    layout->addSpacing(12);

    auto* question = new QLabel(tr("How would you like to start?"), this);
    QFont questionFont = question->font();
    questionFont.setBold(true);
    question->setFont(questionFont);
    layout->addWidget(question);

    const auto addChoice = [this, layout](const QIcon& icon, const QString& text,
                                          const QString& description) {
        auto* button = new QCommandLinkButton(text, description, this);
        button->setIcon(icon);
        button->setIconSize(QSize(32, 32));
        button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
        button->setAccessibleDescription(description);
        layout->addWidget(button);
        return button;
    };
    m_setUp = addChoice(Icons::school(), tr("&Set up my school"),
                        tr("Enter your school's name, its code and the school-year dates. It takes a "
                           "minute."));
    m_open = addChoice(Icons::open(), tr("&Open an existing database…"),
                       tr("Open a TutorDesk file (.tutordesk), for example one copied from another "
                          "computer or a backup."));
    m_demo = addChoice(Icons::demo(), tr("&Explore a demo school"),
                       tr("Try TutorDesk on a made-up school of about 600 students. Your own school's "
                          "data is kept apart."));
    connect(m_setUp, &QAbstractButton::clicked, this, &WelcomeWindow::setUpRequested);
    connect(m_open, &QAbstractButton::clicked, this, &WelcomeWindow::openRequested);
    connect(m_demo, &QAbstractButton::clicked, this, &WelcomeWindow::demoRequested);

    layout->addStretch();
    auto* privacy = new QLabel(tr("TutorDesk keeps your school's data in one file on this computer and "
                                  "works without an internet connection."),
                               this);
    privacy->setWordWrap(true);
    layout->addWidget(privacy);

    // The first thing a coordinator may need: a window in her own language, before anything else.
    auto* bottom = new QHBoxLayout;
    m_language = new QComboBox(this);
    m_language->setAccessibleName(tr("Language"));
    const QString saved = UiLanguage::savedChoice();
    for (const UiLanguage::Choice& c : UiLanguage::choices()) {
        m_language->addItem(c.title, c.choice);
        if (c.choice == saved)
            m_language->setCurrentIndex(m_language->count() - 1);
    }
    auto* languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    bottom->addWidget(languageLabel);
    bottom->addWidget(m_language);
    bottom->addStretch();
    connect(m_language, &QComboBox::activated, this,
            [this] { Q_EMIT languageRequested(m_language->currentData().toString()); });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Quit"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QWidget::close);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    m_setUp->setDefault(true);
    m_setUp->setFocus();
    resize(580, sizeHint().height());
}

WelcomeWindow::~WelcomeWindow() = default;

} // namespace tutordesk
