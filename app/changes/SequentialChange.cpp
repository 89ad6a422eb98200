#include "app/changes/SequentialChange.h"

#include <QPointer>

SequentialChange::SequentialChange(QObject *parent)
    : QObject(parent)
{
}

void SequentialChange::start(std::vector<Step> steps)
{
    kill();
    m_steps = std::move(steps);
    m_total = int(m_steps.size());
    m_next = 0;
    m_stopRequested = false;
    m_running = true;
    QMetaObject::invokeMethod(this, [this, run = m_run] {
        if (run == m_run)
            sendNext();
    }, Qt::QueuedConnection);
}

void SequentialChange::stop()
{
    m_stopRequested = true;
}

void SequentialChange::kill()
{
    ++m_run;
    m_running = false;
    m_current.kill(); // aborts the step on its way
    m_steps.clear();
}

void SequentialChange::sendNext()
{
    if (!m_running)
        return;
    if (m_next >= m_total) {
        m_running = false;
        m_steps.clear();
        emit finished();
        return;
    }
    if (m_stopRequested) {
        m_running = false;
        m_steps.clear();
        emit stopped(m_next);
        return;
    }
    const int index = m_next;
    const quint64 run = m_run;
    emit stepStarted(index, m_total);
    if (run != m_run)
        return; // killed or started again by a receiver of stepStarted
    const Step step = std::move(m_steps[std::size_t(index)]);
    // The answer may come after a receiver of ours deleted us: it finds the pointer null.
    m_current = step.m_send(this, [self = QPointer<SequentialChange>(this), run, index](const ApiError *failure) {
        if (self && self->m_run == run)
            self->settle(index, failure);
    });
}

void SequentialChange::settle(int index, const ApiError *failure)
{
    if (failure) {
        m_running = false;
        m_steps.clear();
        emit failed(index, *failure);
        return;
    }
    m_next = index + 1;
    sendNext();
}
