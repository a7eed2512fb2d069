// SPDX-License-Identifier: MIT
#include "testsupport.h"

#include "pack/contentsource.h"
#include "pack/packschema.h"
#include "pack/packwriter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace qingnang::test {

QString contentDir()
{
    return QStringLiteral(QINGNANG_CONTENT_DIR);
}

QString fixturesDir()
{
    return QStringLiteral(QINGNANG_FIXTURES_DIR);
}

QString bundledPack()
{
    return QStringLiteral(QINGNANG_BUNDLED_PACK);
}

QString packTool()
{
    return QStringLiteral(QINGNANG_PACK_TOOL);
}

QString appExecutable()
{
    return QStringLiteral(QINGNANG_APP);
}

QString sharedDir()
{
    const QString dir = QDir::cleanPath(QStringLiteral(QINGNANG_SHARED_DIR));
    return QFileInfo(dir + QStringLiteral("/corpora")).isDir() ? dir : QString();
}

bool copyTree(const QString &from, const QString &to)
{
    const QDir source(from);
    if (!source.exists() || !QDir().mkpath(to)) {
        return false;
    }
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = QDir(to).filePath(source.relativeFilePath(file));
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(file, target)) {
            return false;
        }
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

QStringList filesIn(const QString &directory)
{
    return QDir(directory).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int contentQuestionCount(const QString &slug)
{
    const QJsonObject topic =
        QJsonDocument::fromJson(
            readFile(contentDir() + QStringLiteral("/topics/%1.json").arg(slug)))
            .object();
    return int(topic.value(QStringLiteral("questions")).toArray().size());
}

bool buildPack(const QString &content, const QString &output)
{
    QString error;
    if (!buildPackFromContent(content, output, &error)) {
        qWarning().noquote() << "building" << content << "failed:" << error;
        return false;
    }
    return true;
}

QString fixturePack(const QString &name)
{
    static QTemporaryDir built;
    const QString output = built.filePath(name + QStringLiteral(".qnpack"));
    if (!QFile::exists(output) && !buildPack(QDir(fixturesDir()).filePath(name), output)) {
        return {};
    }
    return output;
}

bool writeGeneratedPack(const QString &output, const QString &packId, int topics, int questions,
                        const QString &title)
{
    PackWriter writer(output);
    if (!writer.open()) {
        return false;
    }
    writer.setMeta(QLatin1String(schema::meta::packId), packId);
    writer.setMeta(QLatin1String(schema::meta::title),
                   title.isEmpty() ? QStringLiteral("生成的内容包 ") + packId : title);
    writer.setMeta(QLatin1String(schema::meta::contentDate), QStringLiteral("2026-01-01"));
    const qint64 department =
        writer.addTopic({0, packId + QStringLiteral("-dept"), QStringLiteral("生成科"), {}, 1, {}});
    qint64 firstTopic = 0;
    for (int i = 0; i < topics; ++i) {
        // Positions repeat every 7 topics, so ordering must fall back to ids.
        const qint64 id = writer.addTopic({department,
                                           QStringLiteral("%1-t%2").arg(packId).arg(i),
                                           QStringLiteral("专题%1").arg(i, 5, 10, QLatin1Char('0')),
                                           {},
                                           i % 7,
                                           {}});
        if (i == 0) {
            firstTopic = id;
        }
    }
    for (int i = 0; i < questions; ++i) {
        writer.addQuestion({firstTopic,
                            QStringLiteral("问题%1").arg(i, 5, 10, QLatin1Char('0')),
                            {},
                            i / 3,
                            QStringLiteral("q%1").arg(i),
                            {QStringLiteral("回答%1").arg(i)}});
    }
    return writer.commit();
}

int runProgram(const QString &program, const QStringList &arguments, QByteArray *out,
               QByteArray *err, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted() || !process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (out) {
        *out = process.readAllStandardOutput();
    }
    if (err) {
        *err = process.readAllStandardError();
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace qingnang::test
