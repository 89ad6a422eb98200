#include "app/versions/Comparison.h"

#include "app/decode/RoutineCodeDecoder.h"
#include "app/diff/TextDiffer.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

Comparison::Comparison(CodeVersionRepository *repository, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
{
}

DiffInput Comparison::inputFrom(const OpenedCodeVersion &v)
{
    return DiffInput{QStringLiteral("%1 @ %2 — %3").arg(v.routine, v.codeVersion, v.description),
                     QStringLiteral("%1/%2").arg(v.routine, v.codeVersion), v.code.bytes, QString::fromLatin1(v.code.sha256),
                     v.createTime, DecodedCode::lexerName(v.code.kind)};
}

ApiResult<DiffInput> Comparison::readFile(const QString &path)
{
    QFile f(path);
    const auto failure = [&path](const QString &why) {
        return ApiError(ApiError::Service::Unknown, ApiError::Kind::LocalFile, tr("Cannot read %1: %2").arg(path, why));
    };
    if (!f.open(QIODevice::ReadOnly))
        return failure(f.errorString());
    if (f.size() > MaxFileBytes)
        return failure(tr("it is larger than %1.").arg(QLocale().formattedDataSize(MaxFileBytes)));
    const QByteArray bytes = f.read(MaxFileBytes + 1);
    if (f.error() != QFileDevice::NoError)
        return failure(f.errorString());
    if (bytes.size() > MaxFileBytes)
        return failure(tr("it is larger than %1.").arg(QLocale().formattedDataSize(MaxFileBytes)));
    const DecodedCode code = RoutineCodeDecoder::fromBytes(bytes);
    return DiffInput{path, QFileInfo(path).fileName(), bytes, QString::fromLatin1(code.sha256), {}, DecodedCode::lexerName(code.kind)};
}

void Comparison::setState(State state)
{
    m_state = state;
}

void Comparison::compareVersions(const VersionRef &a, const VersionRef &b, bool asGiven)
{
    m_computing.kill();
    m_error = {};
    m_file.clear();
    m_asGiven = asGiven;
    setState(State::Loading);
    load(m_a, a);
    load(m_b, b);
}

void Comparison::compareWithFile(const VersionRef &version, const QString &path)
{
    m_computing.kill();
    m_error = {};
    setState(State::Loading);
    m_file = path;
    m_asGiven = false;
    load(m_a, version);
    loadFile(m_b, path);
}

void Comparison::load(Side &side, const VersionRef &ref)
{
    side.ref = ref;
    side.input.reset();
    Q_ASSERT(m_repository);
    side.loading = m_repository->open(ref)
                           .map([](const ApiResult<OpenedCodeVersion> &r) -> ApiResult<DiffInput> {
                               if (!r.ok())
                                   return r.error();
                               return inputFrom(r.value());
                           })
                           .then(this, [this, s = &side](const ApiResult<DiffInput> &r) {
                               s->input = r;
                               sideLoaded();
                           });
}

void Comparison::loadFile(Side &side, const QString &path)
{
    side.ref.reset();
    side.input.reset();
    side.loading = Request<DiffInput>::onPool([path] { return readFile(path); }).then(this, [this, s = &side](const ApiResult<DiffInput> &r) {
        s->input = r;
        sideLoaded();
    });
}

void Comparison::sideLoaded()
{
    if (!m_a.input || !m_b.input)
        return;
    for (const Side *s : {&m_a, &m_b}) {
        if (!s->input->ok()) {
            m_error = s->input->error();
            m_left = DiffInput{tr("(could not be loaded)"), {}, {}, {}, {}, {}};
            m_right = DiffInput{m_error.details(), {}, {}, {}, {}, {}};
            setState(State::Failed);
            emit inputsChanged();
            emit failed(m_error);
            return;
        }
    }
    const DiffInput a = m_a.input->value();
    const DiffInput b = m_b.input->value();
    const bool swap = !m_asGiven && a.created.isValid() && b.created.isValid() && a.created > b.created;
    m_left = swap ? b : a;
    m_right = swap ? a : b;
    m_leftRef = swap ? m_b.ref : m_a.ref;
    m_rightRef = swap ? m_a.ref : m_b.ref;
    m_lexer = a.lexer; // the (first) version's kind decides the highlighting of both sides
    emit inputsChanged();
    recompute();
}

void Comparison::setInputs(const DiffInput &a, const DiffInput &b, const QString &lexerName)
{
    m_a = {};
    m_b = {};
    m_error = {};
    const bool swap = a.created.isValid() && b.created.isValid() && a.created > b.created;
    m_left = swap ? b : a;
    m_right = swap ? a : b;
    m_leftRef.reset();
    m_rightRef.reset();
    m_lexer = lexerName;
    emit inputsChanged();
    recompute();
}

void Comparison::setOptions(const DiffOptions &options)
{
    m_options = options;
    if (m_state == State::Computing || m_state == State::Ready)
        recompute();
}

void Comparison::swapSides()
{
    if (m_state != State::Computing && m_state != State::Ready)
        return;
    std::swap(m_left, m_right);
    std::swap(m_leftRef, m_rightRef);
    emit inputsChanged();
    recompute();
}

void Comparison::recompute()
{
    setState(State::Computing);
    // Large inputs take a while: never on the UI thread.
    m_computing = Request<TextDiff>::onPool([a = m_left.bytes, b = m_right.bytes, options = m_options] {
                      return ApiResult<TextDiff>(TextDiffer::diff(a, b, options));
                  }).then(this, [this](const ApiResult<TextDiff> &r) {
        m_diff = r.value();
        setState(State::Ready);
        emit diffReady();
    });
}
