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
    DiffInput input{QStringLiteral("%1 @ %2 — %3").arg(v.routine, v.codeVersion, v.description),
                    QStringLiteral("%1/%2").arg(v.routine, v.codeVersion), v.code.bytes, QString::fromLatin1(v.code.sha256),
                    v.createTime, DecodedCode::lexerName(v.code.kind)};
    // A zip that is no readable bundle stays bytes: a binary diff still says whether they differ.
    if (v.isBundle() && v.bundleError.isEmpty()) {
        input.isBundle = true;
        input.bundle = v.bundle;
    }
    return input;
}

ApiResult<DiffInput> Comparison::readFolder(const QString &folder)
{
    const CodeBundle::Read read = CodeBundle::fromFolder(folder);
    if (!read.ok())
        return ApiError(ApiError::Service::Unknown, ApiError::Kind::LocalFile, tr("Cannot read the folder %1: %2").arg(folder, read.error));
    DiffInput input{folder, QFileInfo(folder).fileName(), {}, {}, {}, {}};
    input.isBundle = true;
    input.bundle = read.bundle;
    return input;
}

ApiResult<DiffInput> Comparison::entryOf(const DiffInput &bundle)
{
    const QString entry = bundle.bundle.entryPath();
    const CodeBundle::File *file = entry.isEmpty() ? nullptr : bundle.bundle.file(entry);
    if (!file)
        return ApiError(ApiError::Service::Unknown, ApiError::Kind::LocalFile,
                        tr("%1 is a bundle without an entry (no routine/index.js): there is nothing to compare a single file with.").arg(bundle.title));
    const DecodedCode code = RoutineCodeDecoder::fromBytes(file->bytes);
    return DiffInput{tr("%1 · %2 (the entry)").arg(bundle.title, entry), QStringLiteral("%1/%2").arg(bundle.path, entry), file->bytes,
                     QString::fromLatin1(code.sha256), bundle.created, DecodedCode::lexerName(code.kind)};
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
    DiffInput input{path, QFileInfo(path).fileName(), bytes, QString::fromLatin1(code.sha256), {}, DecodedCode::lexerName(code.kind)};
    // A zip of a bundle (what esa-cli commits) is compared as its files.
    if (CodeBundle::looksLikeZip(bytes)) {
        const CodeBundle::Read read = CodeBundle::fromZip(bytes);
        if (!read.ok())
            return failure(read.error);
        input.isBundle = true;
        input.bundle = read.bundle;
    }
    return input;
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

void Comparison::compareWithFolder(const VersionRef &version, const QString &folder)
{
    m_computing.kill();
    m_error = {};
    setState(State::Loading);
    m_file.clear();
    m_asGiven = true; // the version left, the folder right: a folder has no date
    load(m_a, version);
    loadFolder(m_b, folder);
}

void Comparison::loadFolder(Side &side, const QString &folder)
{
    side.ref.reset();
    side.input.reset();
    side.loading = Request<DiffInput>::onPool([folder] { return readFolder(folder); }).then(this, [this, s = &side](const ApiResult<DiffInput> &r) {
        s->input = r;
        sideLoaded();
    });
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
            fail(s->input->error());
            return;
        }
    }
    DiffInput a = m_a.input->value();
    DiffInput b = m_b.input->value();
    m_note.clear();
    if (a.isBundle != b.isBundle && !compareEntry(a, b))
        return;
    const bool swap = !m_asGiven && a.created.isValid() && b.created.isValid() && a.created > b.created;
    m_left = swap ? b : a;
    m_right = swap ? a : b;
    m_leftRef = swap ? m_b.ref : m_a.ref;
    m_rightRef = swap ? m_a.ref : m_b.ref;
    m_lexer = a.lexer; // the (first) version's kind decides the highlighting of both sides
    emit inputsChanged();
    if (a.isBundle && b.isBundle) {
        setState(State::Folders);
        emit foldersReady();
        return;
    }
    recompute();
}

void Comparison::fail(const ApiError &error)
{
    m_error = error;
    m_left = DiffInput{tr("(could not be loaded)"), {}, {}, {}, {}, {}};
    m_right = DiffInput{m_error.details(), {}, {}, {}, {}, {}};
    setState(State::Failed);
    emit inputsChanged();
    emit failed(m_error);
}

// A bundle against a single file: the bundle's entry is what runs, so it is what the file is compared with.
bool Comparison::compareEntry(DiffInput &a, DiffInput &b)
{
    DiffInput &bundle = a.isBundle ? a : b;
    const ApiResult<DiffInput> entry = entryOf(bundle);
    if (!entry.ok()) {
        fail(entry.error());
        return false;
    }
    m_note = tr("%1 is a bundle: its entry %2 is compared.").arg(bundle.title, bundle.bundle.entryPath());
    bundle = entry.value();
    return true;
}

void Comparison::setInputs(const DiffInput &a, const DiffInput &b, const QString &lexerName)
{
    m_a = {};
    m_b = {};
    m_error = {};
    m_note.clear();
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
