// Runs a CloudEmulator in a thread of its own, so the app's demo mode (and tests that drive a
// UI) keep the emulator's work off the thread they watch.
#pragma once

#include "emulator/CloudEmulator.h"

#include <QMutex>
#include <QThread>
#include <QWaitCondition>

class EmulatorThread : public QThread
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmulatorThread)

public:
    explicit EmulatorThread(QObject *parent = nullptr);
    ~EmulatorThread() override;

    // Starts the thread and waits until the emulator listens. Returns the port, 0 on failure.
    quint16 startAndListen(quint16 port = 0);
    // The emulator, for its thread-safe hooks (faults, counters). Null before startAndListen().
    CloudEmulator *emulator() const { return m_emulator; }
    QString baseUrl() const;

protected:
    void run() override;

private:
    CloudEmulator *m_emulator = nullptr;
    quint16 m_requestedPort = 0;
    quint16 m_port = 0;
    QMutex m_startMutex;
    QWaitCondition m_started;
    bool m_ready = false;
};
