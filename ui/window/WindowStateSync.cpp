#include "ui/window/WindowStateSync.h"

#include "app/session/SessionState.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QSplitter>
#include <QTreeView>

namespace {
// What is kept of a widget is found by its object name: one without a name is not remembered.
template <typename W>
QList<W *> named(QMainWindow &window)
{
    QList<W *> out;
    for (W *w : window.findChildren<W *>()) {
        if (!w->objectName().isEmpty())
            out << w;
    }
    return out;
}
} // namespace

WindowStateSync::WindowStateSync(QMainWindow &window, SessionState &state)
    : QObject(&window)
    , m_window(window)
    , m_state(state)
{
}

void WindowStateSync::restore()
{
    m_window.restoreGeometry(m_state.viewState(QStringLiteral("geometry")));
    m_window.restoreState(m_state.viewState(QStringLiteral("state")));
    for (QSplitter *splitter : named<QSplitter>(m_window))
        splitter->restoreState(m_state.viewState(QStringLiteral("splitter/") + splitter->objectName()));
    // Column widths and order as the user left them.
    for (QTreeView *list : named<QTreeView>(m_window)) {
        const QByteArray columns = m_state.viewState(QStringLiteral("columns/") + list->objectName());
        if (!columns.isEmpty())
            list->header()->restoreState(columns);
    }
}

void WindowStateSync::save()
{
    m_state.setViewState(QStringLiteral("geometry"), m_window.saveGeometry());
    m_state.setViewState(QStringLiteral("state"), m_window.saveState());
    for (QSplitter *splitter : named<QSplitter>(m_window))
        m_state.setViewState(QStringLiteral("splitter/") + splitter->objectName(), splitter->saveState());
    for (QTreeView *list : named<QTreeView>(m_window))
        m_state.setViewState(QStringLiteral("columns/") + list->objectName(), list->header()->saveState());
}
