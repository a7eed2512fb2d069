// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace qingnang::test {

// Paths given by the build (tests/CMakeLists.txt).
QString contentDir();    // resources/content: the bundled pack's sources
QString fixturesDir();   // tests/fixtures
QString bundledPack();   // the bundled pack as built in the build tree
QString packTool();      // the qingnang-pack executable
QString appExecutable(); // the qingnang executable
// ../shared beside the repository (real corpora, eval sets); empty when absent,
// as in a user's clone: tests that need it skip with a message saying so.
QString sharedDir();

// Copies a directory tree; returns false on any failure.
bool copyTree(const QString &from, const QString &to);
// Writes text (UTF-8) to a file, making its directory.
bool writeFile(const QString &path, const QByteArray &bytes);
// A file's bytes (empty if it cannot be read).
QByteArray readFile(const QString &path);
// How many questions a topic has in resources/content (0 if it has no file).
int contentQuestionCount(const QString &slug);
// Every file name directly in a directory (hidden ones too).
QStringList filesIn(const QString &directory);

// Builds the content directory into a pack at output, failing the test on error.
bool buildPack(const QString &content, const QString &output);

// The content directory tests/fixtures/<name> built into a pack, once per
// process (in a temporary directory); empty if the build failed.
QString fixturePack(const QString &name);

// Writes a pack of generated content through PackWriter: one department with
// `topics` topics, the first of which has `questions` questions, each with one answer.
// The pack's title is 生成的内容包 and the id unless a title is given.
bool writeGeneratedPack(const QString &output, const QString &packId, int topics, int questions,
                        const QString &title = {});

// Runs a program; returns its exit code (-1 if it crashed or did not finish).
int runProgram(const QString &program, const QStringList &arguments, QByteArray *out,
               QByteArray *err, int timeoutMs = 60000);

} // namespace qingnang::test
