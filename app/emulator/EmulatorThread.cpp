#include "EmulatorThread.h"

#include <QMutexLocker>

EmulatorThread::EmulatorThread(QObject *parent)
    : QThread(parent)
{
    setObjectName(QStringLiteral("cloudcodes-emulator"));
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

void EmulatorThread::run()
{
    CloudEmulator emulator;
    const quint16 port = emulator.listenOnLoopback(m_requestedPort);
    {
        QMutexLocker lock(&m_startMutex);
        m_emulator = port ? &emulator : nullptr;
        m_port = port;
        m_ready = true;
        m_started.wakeAll();
    }
    if (port)
        exec();
    QMutexLocker lock(&m_startMutex);
    m_emulator = nullptr;
}
