// SPDX-License-Identifier: MIT
#include "queryplan.h"

#include "text/charmaps.h"
#include "text/fillers.h"
#include "text/synonyms.h"
#include "text/tokenizer.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <QSet>

#include <array>
#include <memory>

namespace qingnang {

namespace {

// Very common words of Chinese questions: they say little about what is asked.
// Terms inside them count for little in the ranking; they are fillers too
// (below), so they never make a hit on their own.
const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        const char *list[] = {
            "的",     "了",     "吗",     "呢",   "吧",   "啊",     "呀",     "哦",       "嗯",
            "么",     "是",     "在",     "和",   "与",   "及",     "或",     "有",       "没有",
            "没",     "也",     "都",     "就",   "还",   "又",     "很",     "太",       "更",
            "最",     "我",     "你",     "他",   "她",   "它",     "我们",   "你们",     "他们",
            "自己",   "这",     "那",     "这个", "那个", "这些",   "那些",   "这样",     "那样",
            "怎么",   "怎么办", "怎么样", "怎样", "如何", "什么",   "为什么", "为何",     "哪些",
            "哪个",   "哪里",   "多少",   "几",   "能",   "能不能", "可以",   "可不可以", "会",
            "会不会", "要",     "需要",   "应该", "该",   "请问",   "请",     "问",       "医生",
            "大夫",   "您好",   "你好",   "谢谢", "一下", "一些",   "一点",   "有点",     "有些",
            "比较",   "非常",   "特别",   "好",   "问题", "情况",   "一般",   "现在",     "最近",
            "时候",   "已经",   "一直",   "经常", "总是", "还是",   "是不是", "对",       "给",
            "被",     "把",     "让",     "从",   "到",   "为",     "因为",   "所以",     "如果",
            "但是",   "而且",   "然后",   "得",   "地",   "着",     "过",     "等",       "一个",
            "个",     "吃",     "用",     "做",   "能否", "是否",
        };
        QSet<QString> result;
        for (const char *word : list) {
            result.insert(QString::fromUtf8(word));
        }
        return result;
    }();
    return words;
}

// ICU's dictionary-based word breaks for Chinese; one iterator per thread.
QList<int> wordBoundaries(const QString &han)
{
    thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> created(
            icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
        return U_SUCCESS(status) ? std::move(created) : nullptr;
    }();
    QList<int> boundaries;
    if (!iterator) {
        for (int i = 0; i <= han.size(); ++i) {
            boundaries.append(i); // no ICU: every character a word
        }
        return boundaries;
    }
    const icu::UnicodeString text(reinterpret_cast<const UChar *>(han.utf16()),
                                  int32_t(han.size()));
    iterator->setText(text);
    for (int32_t at = iterator->first(); at != icu::BreakIterator::DONE; at = iterator->next()) {
        boundaries.append(int(at));
    }
    return boundaries;
}

struct Run
{
    bool han = false;
    QList<char32_t> chars;
};

QString fromUcs4(const QList<char32_t> &chars, qsizetype from, qsizetype count)
{
    return QString::fromUcs4(chars.constData() + from, count);
}

// Splits letters into pinyin syllables, longest first, with backtracking.
bool splitSyllables(const QByteArray &letters, int from, QList<QByteArray> *out)
{
    if (from == letters.size()) {
        return true;
    }
    for (int length = qMin(6, int(letters.size()) - from); length >= 1; --length) {
        const QByteArray candidate = letters.mid(from, length);
        if (charmaps::isPinyinSyllable(candidate)) {
            out->append(candidate);
            if (splitSyllables(letters, from + length, out)) {
                return true;
            }
            out->removeLast();
        }
    }
    return false;
}

void addTerm(QList<QueryTerm> &terms, const QueryTerm &added)
{
    for (QueryTerm &term : terms) {
        if (term.text == added.text) {
            if (added.variant == 0 && (term.variant != 0 || added.weight > term.weight)) {
                term = added; // the word as typed wins over a synonym's spelling
            }
            return;
        }
    }
    terms.append(added);
}

QList<char32_t> toChars(const QString &text)
{
    QList<char32_t> chars;
    for (const uint cp : text.toUcs4()) {
        chars.append(char32_t(cp));
    }
    return chars;
}

// The index tokens of a run of Han characters: its bigrams, or the character alone.
QStringList hanTokens(const QString &word)
{
    const QList<char32_t> chars = toChars(word);
    if (chars.size() == 1) {
        return {word};
    }
    QStringList tokens;
    for (qsizetype i = 0; i + 1 < chars.size(); ++i) {
        tokens.append(fromUcs4(chars, i, 2));
    }
    return tokens;
}

} // namespace

QString ftsQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QueryPlan QueryPlan::build(const QString &query)
{
    QueryPlan plan;
    // Fold the query as the index folds text, and cut it into runs.
    QList<Run> runs;
    std::array<char32_t, 18> folded{};
    int read = 0;
    for (const char32_t cp : query.toUcs4()) {
        if (++read > maxQueryLength) {
            break;
        }
        const int count = charmaps::fold(cp, folded.data());
        for (int k = 0; k < count; ++k) {
            const char32_t c = folded[size_t(k)];
            const charmaps::CharClass cls = charmaps::classify(c);
            plan.folded += QString::fromUcs4(&c, 1);
            if (cls == charmaps::CharClass::Separator) {
                if (!runs.isEmpty() && !runs.last().chars.isEmpty()) {
                    runs.append(Run{});
                }
                continue;
            }
            const bool han = cls == charmaps::CharClass::Han;
            if (runs.isEmpty() || (!runs.last().chars.isEmpty() && runs.last().han != han)) {
                runs.append(Run{han, {}});
            }
            runs.last().han = han;
            runs.last().chars.append(c);
            plan.compact += QString::fromUcs4(&c, 1);
        }
    }
    plan.folded = plan.folded.simplified();

    const QSet<QString> &stops = stopWords();
    int nextGroup = 0;
    // What a bigram is worth when it spans two words, or lies in a very common
    // word, and what a one-character word of its own is worth (docs/search.md).
    constexpr double crossWeight = 0.4;
    constexpr double stopWeight = 0.15;
    constexpr double singleWeight = 0.5;
    for (const Run &run : runs) {
        if (run.chars.isEmpty()) {
            continue;
        }
        const QString text = fromUcs4(run.chars, 0, run.chars.size());
        if (!run.han) {
            plan.words.append(text);
            const bool digits = text.front().isDigit();
            addTerm(plan.terms, {text.left(Tokenizer::maxTokenBytes - 4), digits ? 0.6 : 1.0, false,
                                 nextGroup++, 0});
            continue;
        }
        if (run.chars.size() == 1) {
            plan.words.append(text);
            const int group = nextGroup++;
            const bool filler = stops.contains(text) || fillers::isFiller(text);
            addTerm(plan.terms, {text, 1.0, stops.contains(text), group, 0, filler});
            int variant = 0;
            for (const QString &synonym : synonymsOf(text)) {
                for (const QString &token : hanTokens(synonym)) {
                    addTerm(plan.terms, {token, 1.0, false, group, variant + 1, filler});
                }
                ++variant;
            }
            continue;
        }
        // Word breaks (ICU's dictionary) decide what each bigram is worth: one
        // inside a word carries the word; one across words is mostly noise.
        // Two neighbouring words that together have synonyms (肚子+疼) count as one.
        const QList<int> breaks = wordBoundaries(text);
        QList<QPair<int, int>> words; // [start, end) in characters
        for (qsizetype w = 0; w + 1 < breaks.size(); ++w) {
            words.append({breaks[w], breaks[w + 1]});
        }
        for (qsizetype w = 0; w + 1 < words.size(); ++w) {
            const QString joined = text.mid(words[w].first, words[w + 1].second - words[w].first);
            if (!synonymsOf(joined).isEmpty()) {
                words[w].second = words[w + 1].second;
                words.removeAt(w + 1);
            }
        }
        // Fillers (text/fillers.h) as whole words, or as phrases whatever the
        // word breaks (是什么原因 is 是/什么/原因 to ICU): their terms keep their
        // weight in the ranking but never make a hit on their own.
        const QList<bool> covered = fillers::coveredByFillers(text);
        QList<int> wordOf(text.size(), -1);
        QList<int> groupOf(words.size(), 0);
        QList<bool> stopAt(text.size(), false);
        QList<bool> fillerAt(text.size(), false);
        QList<bool> fillerWord(words.size(), false);
        for (qsizetype w = 0; w < words.size(); ++w) {
            const QString word = text.mid(words[w].first, words[w].second - words[w].first);
            plan.words.append(word);
            groupOf[w] = nextGroup++;
            bool allCovered = true;
            for (int i = words[w].first; i < words[w].second && i < text.size(); ++i) {
                allCovered = allCovered && covered.at(i);
            }
            fillerWord[w] = allCovered || stops.contains(word) || fillers::isFiller(word);
            for (int i = words[w].first; i < words[w].second && i < text.size(); ++i) {
                wordOf[i] = int(w);
                stopAt[i] = stops.contains(word);
                fillerAt[i] = fillerWord[w] || covered.at(i);
            }
            if (word.size() == 1 && !stops.contains(word)) {
                addTerm(plan.terms, {word, singleWeight, false, groupOf[w], 0,
                                     fillerWord[w]}); // 痛, 牙: a word of its own
            }
        }
        for (qsizetype i = 0; i + 1 < run.chars.size(); ++i) {
            const bool stop = stopAt[i] || stopAt[i + 1];
            const bool inWord = wordOf[i] == wordOf[i + 1];
            // A bigram across a word and a filler (些症 of 有哪些症状) says nothing of
            // the subject, however rare it is: it weighs as a common word does.
            const bool fillerEdge = !inWord && (fillerAt[i] || fillerAt[i + 1]);
            const double weight = stop || fillerEdge ? stopWeight : (inWord ? 1.0 : crossWeight);
            addTerm(plan.terms,
                    {fromUcs4(run.chars, i, 2), weight, stop,
                     inWord ? groupOf[wordOf[i]] : nextGroup++, 0, fillerAt[i] || fillerAt[i + 1]});
        }
        // Synonyms of each word, as further variants of the word's group.
        for (qsizetype w = 0; w < words.size(); ++w) {
            const QString word = text.mid(words[w].first, words[w].second - words[w].first);
            if (stops.contains(word)) {
                continue;
            }
            int variant = 0;
            for (const QString &synonym : synonymsOf(word)) {
                ++variant;
                for (const QString &token : hanTokens(synonym)) {
                    addTerm(plan.terms, {token, 1.0, false, groupOf[w], variant, fillerWord[w]});
                }
            }
        }
    }
    if (plan.terms.size() > maxTerms) {
        std::stable_sort(
            plan.terms.begin(), plan.terms.end(),
            [](const QueryTerm &a, const QueryTerm &b) { return a.weight > b.weight; });
        plan.terms.resize(maxTerms);
    }

    // An all-letters query may be pinyin: 面肌痉挛 as mianjijingluan, mian ji, mjjl.
    // Its runs are read folded, so that full-width and capital letters count too,
    // and any separator (space, mian'ji) parts syllables.
    QStringList chunks;
    qsizetype letterCount = 0;
    bool letters = true;
    for (const Run &run : runs) {
        if (run.chars.isEmpty()) {
            continue;
        }
        const QString chunk = fromUcs4(run.chars, 0, run.chars.size());
        for (const QChar c : chunk) {
            letters = letters && c >= QLatin1Char('a') && c <= QLatin1Char('z');
        }
        chunks.append(chunk);
        letterCount += chunk.size();
    }
    if (letters && !chunks.isEmpty() && letterCount <= 60) {
        QList<QByteArray> syllables;
        bool whole = true;
        for (const QString &chunk : std::as_const(chunks)) {
            whole = whole && splitSyllables(chunk.toLatin1(), 0, &syllables);
        }
        if (whole && !syllables.isEmpty()) {
            for (const QByteArray &syllable : syllables) {
                plan.pinyinSyllables.append(QString::fromLatin1(syllable));
            }
        }
        const QString initials = chunks.join(QString());
        if (initials.size() >= 2 && initials.size() <= 12) {
            plan.pinyinInitials = initials;
        }
    }
    return plan;
}

bool QueryPlan::hasContent() const
{
    if (!pinyinSyllables.isEmpty() || !pinyinInitials.isEmpty()) {
        return true;
    }
    return std::any_of(terms.cbegin(), terms.cend(),
                       [](const QueryTerm &term) { return !term.filler; });
}

QString QueryPlan::anyTermExpression(bool prefixSingleCharacters) const
{
    QStringList parts;
    for (const QueryTerm &term : terms) {
        const bool single =
            term.text.size() == 1 || (term.text.size() == 2 && term.text.at(0).isHighSurrogate());
        const bool han =
            charmaps::classify(term.text.toUcs4().value(0)) == charmaps::CharClass::Han;
        parts.append(ftsQuote(term.text) +
                     (prefixSingleCharacters && single && han ? QStringLiteral("*") : QString()));
    }
    return parts.join(QLatin1String(" OR "));
}

QString QueryPlan::phraseExpression() const
{
    return compact.isEmpty() ? QString() : ftsQuote(compact) + QLatin1Char('*');
}

QString QueryPlan::pinyinExpression() const
{
    QStringList alternatives;
    if (!pinyinSyllables.isEmpty()) {
        QStringList tokens;
        for (const QString &syllable : pinyinSyllables) {
            tokens.append(QChar(ushort(Tokenizer::pinyinSyllableMark)) + syllable);
        }
        alternatives.append(ftsQuote(tokens.join(QLatin1Char(' '))));
    }
    if (!pinyinInitials.isEmpty()) {
        QStringList tokens;
        for (const QChar letter : pinyinInitials) {
            tokens.append(QChar(ushort(Tokenizer::pinyinInitialMark)) + letter);
        }
        alternatives.append(ftsQuote(tokens.join(QLatin1Char(' '))));
    }
    return alternatives.join(QLatin1String(" OR "));
}

} // namespace qingnang
