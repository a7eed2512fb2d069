// SPDX-License-Identifier: MIT
// The baseline of scripts/bench_zim.py: reads every HTML entry of a ZIM file
// with libzim alone, in cluster order (as `qingnang-pack import zim` reads
// them), touching each byte, all but the main page, and prints "ENTRIES SECONDS". Built by the
// script:
//   g++ -O2 -std=c++17 zimread.cpp $(pkg-config --cflags --libs libzim)
#include <zim/archive.h>
#include <zim/entry.h>
#include <zim/item.h>

#include <chrono>
#include <cstdio>
#include <exception>

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: zimread FILE.zim\n");
        return 2;
    }
    try {
        const auto start = std::chrono::steady_clock::now();
        zim::Archive archive(argv[1]);
        // The main page is no article (qingnang-pack leaves it out too).
        const zim::entry_index_type mainPage = archive.hasMainEntry()
                                                   ? archive.getMainEntry().getItem(true).getIndex()
                                                   : archive.getAllEntryCount();
        long entries = 0;
        unsigned long checksum = 0;
        for (const zim::Entry &entry : archive.iterEfficient()) {
            if (entry.isRedirect()) {
                continue;
            }
            const zim::Item item = entry.getItem();
            if (item.getMimetype().rfind("text/html", 0) != 0 || item.getIndex() == mainPage) {
                continue;
            }
            const zim::Blob blob = item.getData();
            for (zim::size_type i = 0; i < blob.size(); ++i) {
                checksum += static_cast<unsigned char>(blob.data()[i]);
            }
            ++entries;
        }
        const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
        std::printf("%ld %.6f %lu\n", entries, seconds.count(), checksum);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "zimread: %s: %s\n", argv[1], e.what());
        return 2;
    }
    return 0;
}
