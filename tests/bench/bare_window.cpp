// The floor for the start-up benchmark: a bare QApplication + QMainWindow, shown, then gone.
#include <QApplication>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 800);
    window.show();
    QTimer::singleShot(0, &app, [] { // as cloudcodes does under CLOUDCODES_EXIT_WHEN_SHOWN
        std::fputs("shown\n", stdout);
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    return app.exec();
}
