// SPDX-License-Identifier: MIT
#include "readerstyle.h"

#include "util/logging.h"

#include <QFile>
#include <QPalette>

namespace qingnang {

namespace {

QString cssTemplate()
{
    static const QString css = [] {
        QFile file(QStringLiteral(":/qingnang/reader.css"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcUi) << "reader style sheet missing from the resources";
            return QString();
        }
        return QString::fromUtf8(file.readAll());
    }();
    return css;
}

QColor mix(const QColor &a, const QColor &b, qreal amount)
{
    return QColor::fromRgbF(a.redF() * (1 - amount) + b.redF() * amount,
                            a.greenF() * (1 - amount) + b.greenF() * amount,
                            a.blueF() * (1 - amount) + b.blueF() * amount);
}

} // namespace

ReaderColors ReaderColors::fromPalette(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    return {text,
            mix(text, base, 0.42),
            palette.color(QPalette::Link),
            mix(text, base, 0.85),
            mix(text, base, 0.95),
            mix(palette.color(QPalette::Highlight), base, 0.75)};
}

ReaderColors ReaderColors::forPrint()
{
    return {QColor(0, 0, 0),          QColor(0x55, 0x55, 0x55), QColor(0x1a, 0x3d, 0x8f),
            QColor(0xcc, 0xcc, 0xcc), QColor(0xf2, 0xf2, 0xf2), QColor(0xff, 0xe5, 0x8a)};
}

QString readerStyleSheet(const ReaderColors &colors, int fontPixelSize)
{
    QString css = cssTemplate();
    css.replace(QLatin1String("@text@"), colors.text.name());
    css.replace(QLatin1String("@muted@"), colors.muted.name());
    css.replace(QLatin1String("@link@"), colors.link.name());
    css.replace(QLatin1String("@rule@"), colors.rule.name());
    css.replace(QLatin1String("@tint@"), colors.tint.name());
    css.replace(QLatin1String("@hit@"), colors.hit.name());
    const auto px = [fontPixelSize](qreal factor) {
        return QString::number(qMax(1, qRound(fontPixelSize * factor)));
    };
    css.replace(QLatin1String("@small@"), px(0.875));
    css.replace(QLatin1String("@h1@"), px(1.6));
    css.replace(QLatin1String("@h2@"), px(1.25));
    css.replace(QLatin1String("@h3@"), px(1.06));
    css.replace(QLatin1String("@gap@"), px(0.9));
    css.replace(QLatin1String("@halfgap@"), px(0.4));
    css.replace(QLatin1String("@biggap@"), px(1.3));
    css.replace(QLatin1String("@pad@"), px(0.375));
    return css;
}

QFont readerFont(const QFont &base, int pixelSize)
{
    QFont font = base;
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                      QStringLiteral("WenQuanYi Micro Hei"), base.family()});
    font.setPixelSize(qMax(1, pixelSize));
    return font;
}

QFont printFont(const QFont &base, int pixelSize)
{
    QFont font = readerFont(base, pixelSize);
    font.setFamilies(QStringList{QStringLiteral("WenQuanYi Zen Hei")} + font.families());
    return font;
}

} // namespace qingnang
