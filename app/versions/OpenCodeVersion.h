// The code version open in a code view: which one, whether it is loading, shown or failed, and
// why. Opening another aborts the one still loading (its download ends on the wire); opening the
// one that is open or loading does nothing. A cursor moving through a list opens what it rests
// on after a short pause (openAfterPause), like a file manager's preview, and aborts at once
// what it left.
#pragma once

#include "app/versions/CodeVersionRepository.h"
#include "app/async/Request.h"

#include <QObject>
#include <QTimer>
#include <optional>

class OpenCodeVersion : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenCodeVersion)

public:
    enum class State { Idle, Loading, Ready, Failed };
    static constexpr int PauseMs = 250;

    explicit OpenCodeVersion(CodeVersionRepository &repository, QObject *parent = nullptr);

    void open(const VersionRef &ref);
    void openAfterPause(const VersionRef &ref);
    // The current version again, after a failure.
    void retry();
    void clear();

    VersionRef current() const { return m_current; }
    State state() const { return m_state; }
    ApiError error() const { return m_error; }
    // The version shown (the last that opened), if any.
    const std::optional<OpenedCodeVersion> &shown() const { return m_shown; }
    bool isShowing(const VersionRef &ref) const;
    // A version the cursor rests on will open when the pause is over.
    bool isWaiting() const { return m_pause.isActive(); }

signals:
    void loading(const VersionRef &ref);
    void versionOpened(const OpenedCodeVersion &version);
    void failed(const VersionRef &ref, const ApiError &error);
    void cleared();

private:
    void start(const VersionRef &ref);

    CodeVersionRepository &m_repository;
    VersionRef m_current;
    VersionRef m_waiting; // what the cursor rests on, until the pause is over
    State m_state = State::Idle;
    ApiError m_error;
    std::optional<OpenedCodeVersion> m_shown;
    Request<OpenedCodeVersion> m_request;
    QTimer m_pause;
};
