// Runs a CloudEmulator in a thread of its own, so the app's demo mode (and tests that drive a
// UI) keep the emulator's work off the thread they watch.
#pragma once

#include "app/emulator/CloudEmulator.h"

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

    // Starts the thread and waits until it listens on 127.0.0.1. Returns the port, 0 on failure.
    // The emulator and its demo data are made after that, on the thread: whoever started it goes
    // on meanwhile (the app shows its window), and connections wait in the backlog until it is.
    quint16 startAndListen(quint16 port = 0);
    // The emulator, for its thread-safe hooks (faults, counters), once made (this waits for it).
    // Null before startAndListen() and when it could not listen.
    CloudEmulator *emulator() const;
    QString baseUrl() const;

protected:
    void run() override;

private:
    CloudEmulator *m_emulator = nullptr;
    quint16 m_requestedPort = 0;
    quint16 m_port = 0;
    mutable QMutex m_startMutex;
    mutable QWaitCondition m_started;
    bool m_ready = false; // listening, or failed to
    bool m_made = false;  // m_emulator is set
};
