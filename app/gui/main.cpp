#include "MainWindow.h"

#include "Environment.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("backoffice"));
    QApplication::setApplicationVersion(QStringLiteral(BACKOFFICE_VERSION));
    MainWindow window(Environments::resolveDataDir(QString()));
    window.show();
    return app.exec();
}
