#include "app/versions/OpenCodeVersion.h"

OpenCodeVersion::OpenCodeVersion(CodeVersionRepository &repository, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(PauseMs);
    connect(&m_pause, &QTimer::timeout, this, [this] { open(m_waiting); });
}

bool OpenCodeVersion::isShowing(const VersionRef &ref) const
{
    return m_state == State::Ready && m_shown && m_current.sameVersionAs(ref);
}

void OpenCodeVersion::open(const VersionRef &ref)
{
    m_pause.stop();
    if (!ref.isValid())
        return;
    const bool same = m_current.sameVersionAs(ref) && m_current.client == ref.client;
    if (same && (m_state == State::Ready || (m_state == State::Loading && m_request.isRunning())))
        return;
    start(ref);
}

void OpenCodeVersion::openAfterPause(const VersionRef &ref)
{
    if (!ref.isValid())
        return;
    if (m_current.sameVersionAs(ref) && m_current.client == ref.client
        && (m_state == State::Ready || (m_state == State::Loading && m_request.isRunning()))) {
        m_pause.stop(); // back on what is open: nothing to wait for
        return;
    }
    if (m_state == State::Loading)
        m_request.kill(); // what the cursor left is not wanted any more
    m_waiting = ref;
    m_pause.start();
}

void OpenCodeVersion::retry()
{
    if (m_current.isValid())
        start(m_current);
}

void OpenCodeVersion::clear()
{
    m_pause.stop();
    m_request.kill();
    m_current = {};
    m_waiting = {};
    m_shown.reset();
    m_error = {};
    m_state = State::Idle;
    emit cleared();
}

void OpenCodeVersion::start(const VersionRef &ref)
{
    m_current = ref;
    m_error = {};
    m_state = State::Loading;
    emit loading(ref);
    // Assigning drops the previous request: its download is aborted.
    m_request = m_repository.open(ref).then(this, [this, ref](const ApiResult<OpenedCodeVersion> &r) {
        if (!r.ok()) {
            m_error = r.error();
            m_state = State::Failed;
            emit failed(ref, m_error);
            return;
        }
        m_shown = r.value();
        m_state = State::Ready;
        emit versionOpened(r.value());
    });
}
