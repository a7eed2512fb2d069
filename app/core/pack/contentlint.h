// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace qingnang {

// One place where a pack's content breaks a rule of the content handbook
// (docs/content-rules.md): in a content directory a file and line, in a built
// pack the topic's slug.
struct LintFinding
{
    QString file; // a content directory's file, or empty for a pack
    int line = 0; // 1-based; 0 when the whole file (or topic) is meant
    QString slug; // the topic concerned, where there is one
    QString rule; // a short name: "dose", "promise", "hospital-section" ...
    QString message;

    // "file:line: message", "file: message" or "slug: message".
    QString location() const;
    QString toString() const { return location() + QStringLiteral(": ") + message; }
};

struct LintReport
{
    QList<LintFinding> findings;
    QString error; // set when the input could not be read at all (nothing was checked)
};

// The rules a program can check, over every topic, article, question and
// answer: doses and frequencies, brand-like names, promises, invented
// evidence and hotlines, the shape of a topic (summary, questions, the
// 「什么时候要去医院」 section, danger signs first on symptom and first-aid
// pages, the order of sections), aliases, related topics and links, empty
// departments, duplicated questions and answers that repeat one another.
//
// A content directory (resources/content/) is read a file at a time, so that
// a file the build would refuse is one finding and the rest is still checked.
LintReport lintContentDirectory(const QString &directory);
// A built pack (.qnpack): the same rules over what it holds.
LintReport lintPack(const QString &path);

} // namespace qingnang
