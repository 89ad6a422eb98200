// Keeps the window's layout between runs, as KeePassXC's DatabaseWidgetStateSync does: geometry,
// docks, every named splitter and the columns of every named list, restored when asked and saved
// when the window closes. The one object in ui/ that remembers anything; it keeps it in the
// session's state (app/session/SessionState.h), never in QSettings of its own.
#pragma once

#include <QObject>

class QMainWindow;
class SessionState;

class WindowStateSync : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowStateSync)

public:
    WindowStateSync(QMainWindow &window, SessionState &state);

    void restore();
    void save();

private:
    QMainWindow &m_window;
    SessionState &m_state;
};
