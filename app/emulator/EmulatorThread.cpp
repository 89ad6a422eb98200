#include "app/emulator/EmulatorThread.h"

#include "app/emulator/server/NoDelayTcpServer.h"
#include "app/net/OpenSslThreadState.h"

#include <QMutexLocker>

#include <memory>

EmulatorThread::EmulatorThread(QObject *parent)
    : QThread(parent)
{
    setObjectName(QStringLiteral("cloudcodes-emulator"));
    OpenSslThreadState::releaseWhenFinished(this);
}

EmulatorThread::~EmulatorThread()
{
    quit();
    wait();
}

quint16 EmulatorThread::startAndListen(quint16 port)
{
    m_requestedPort = port;
    start();
    QMutexLocker lock(&m_startMutex);
    while (!m_ready)
        m_started.wait(&m_startMutex);
    return m_port;
}

QString EmulatorThread::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

CloudEmulator *EmulatorThread::emulator() const
{
    QMutexLocker lock(&m_startMutex);
    while (m_ready && m_port != 0 && !m_made)
        m_started.wait(&m_startMutex);
    return m_emulator;
}

void EmulatorThread::run()
{
    // The port first: the caller needs nothing else to go on.
    auto listener = std::make_unique<NoDelayTcpServer>();
    const bool listening = listener->listen(QHostAddress::LocalHost, m_requestedPort);
    {
        QMutexLocker lock(&m_startMutex);
        m_port = listening ? listener->serverPort() : 0;
        m_ready = true;
        m_started.wakeAll();
    }
    if (!listening)
        return;
    // No event loop runs before serve(): nothing is accepted until the emulator is there.
    CloudEmulator emulator;
    emulator.serve(listener.release());
    {
        QMutexLocker lock(&m_startMutex);
        m_emulator = &emulator;
        m_made = true;
        m_started.wakeAll();
    }
    exec();
    QMutexLocker lock(&m_startMutex);
    m_emulator = nullptr;
}
