#include "AppController.h"
#include "BundledFonts.h"
#include "GuiOptions.h"
#include "common/AppIdentity.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    tutordesk::setApplicationIdentity();
    tutordesk::addBundledFonts();
    const tutordesk::GuiOptions options = tutordesk::GuiOptions::parse(QApplication::arguments());
    tutordesk::AppController controller;
    return controller.exec(options);
}
