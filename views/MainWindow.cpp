#include "MainWindow.h"

#include <QLabel>

MainWindow::MainWindow(const QString& dataDir, QWidget* parent)
    : QMainWindow(parent)
    , m_dataDir(dataDir)
{
    setWindowTitle(QStringLiteral("Backoffice"));
    setCentralWidget(new QLabel(dataDir, this));
}
