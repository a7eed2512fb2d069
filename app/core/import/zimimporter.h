// SPDX-License-Identifier: MIT
#pragma once

#include "importrecord.h"

#include <QString>

#include <functional>

namespace qingnang {

class PackWriter;

// What a ZIM import found and did.
struct ZimImportStats
{
    qint64 entries = 0;  // entries of the file (content namespace)
    qint64 articles = 0; // HTML entries imported as articles
    qint64 aliases = 0;  // redirects kept as other names of their article
    qint64 links = 0;    // links between articles rewritten to pack addresses
    qint64 images = 0;   // images left out (<img> in the articles)
    qint64 otherEntries =
        0;             // entries that are not articles (styles, scripts, images, the main page)
    qint64 topics = 0; // topics of the A–Z tree
};

// Reads a ZIM file (Kiwix's format) with libzim and writes it into an open
// PackWriter (docs/pack-format.md, "ZIM files"): every HTML entry but the main
// page becomes an article, filed under the pack's title > the pinyin initial
// of its title (A–Z, # for the rest) > the pinyin syllable of its first
// character (or the character, if it has none); sections from its
// headings; links to other articles as [text](article:slug); redirects as the
// article's other names (a line 又名… at its start); the ZIM's metadata as the
// pack's. Reads the file twice, entry by entry (directory entries, then the
// articles in cluster order): memory grows with the number of entries, not
// with the size of the file.
//
// The file is checked first (its checksum, where it has one). On a problem —
// not a ZIM file, damaged, no articles, a redirect loop, an article whose
// HTML is broken — returns false with error->message one line naming the file
// (and the entry). progress is told the articles done and their total;
// cancelled is asked between articles (true stops the import, returning false
// with an empty message). Returns false with an empty message also when the
// writer failed (see PackWriter::errorString()).
bool importZim(const QString &zimPath, PackWriter *writer, const ProgressSink &progress,
               const std::function<bool()> &cancelled, ZimImportStats *stats, ImportError *error);

} // namespace qingnang
