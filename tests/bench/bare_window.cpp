// The floor for the start-up benchmark: a bare QApplication + QMainWindow, shown, then gone.
// With --text its central widget is one line of text: what the first text of any window costs
// (fontconfig's configuration, Qt's font database, a font loaded and shaped).
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>
#include <cstring>

int main(int argc, char *argv[])
{
    const bool text = argc > 1 && std::strcmp(argv[1], "--text") == 0;
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 800);
    if (text)
        window.setCentralWidget(new QLabel(QStringLiteral("Edge routines and AppCodes, seen and compared")));
    window.show();
    QTimer::singleShot(0, &app, [] { // as cloudcodes does under CLOUDCODES_EXIT_WHEN_SHOWN
        std::fputs("shown\n", stdout);
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    return app.exec();
}
