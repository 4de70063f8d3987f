#include "common/AppIdentity.h"

#include <QApplication>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    tutordesk::setApplicationIdentity();
    return 0;
}
