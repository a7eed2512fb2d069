// SPDX-License-Identifier: MIT
#pragma once

// A small pack written once per fuzzing run, for the targets that need a real
// pack to read (the search, the page renderer): a department, two topics with
// aliases, a relation, an article with sections and a question with answers,
// in Chinese and Latin text, some of it long enough to be stored compressed.

#include "pack/packschema.h"
#include "pack/packwriter.h"

#include <QString>

namespace qingnang::fuzz {

inline bool writeSmallPack(const QString &path)
{
    PackWriter writer(path);
    if (!writer.open()) {
        return false;
    }
    writer.setMeta(QLatin1String(schema::meta::packId), QStringLiteral("fuzz"));
    writer.setMeta(QLatin1String(schema::meta::title), QStringLiteral("模糊测试内容包"));
    writer.setMeta(QLatin1String(schema::meta::contentDate), QStringLiteral("2026-01-01"));
    writer.setMeta(QLatin1String(schema::meta::disclaimer), QStringLiteral("仅供参考。"));
    const qint64 department = writer.addTopic({0,
                                               QStringLiteral("shenjing"),
                                               QStringLiteral("神经内科"),
                                               QStringLiteral("科室。"),
                                               1,
                                               {}});
    const qint64 spasm = writer.addTopic({department,
                                          QStringLiteral("mianji"),
                                          QStringLiteral("面肌痉挛"),
                                          QStringLiteral("面肌痉挛是**常见**病。"),
                                          1,
                                          {}});
    const qint64 palsy = writer.addTopic({department,
                                          QStringLiteral("mianshenjing"),
                                          QStringLiteral("面神经炎"),
                                          QStringLiteral("又称面瘫。"),
                                          2,
                                          {}});
    writer.addAlias(spasm, QStringLiteral("面肌抽搐"));
    writer.addAlias(palsy, QStringLiteral("面瘫"));
    writer.addRelated(spasm, palsy, 1);
    QString longText;
    for (int i = 0; i < 40; ++i) {
        longText += QStringLiteral("维生素B12与HFS的关系，第%1段。\n\n- 一项\n- 两项\n\n").arg(i);
    }
    writer.addArticle({spasm,
                       QStringLiteral("causes"),
                       QStringLiteral("产生面肌痉挛的主要原因是什么"),
                       1,
                       QStringLiteral("2026-01-01"),
                       QStringLiteral("青囊"),
                       {},
                       {},
                       {},
                       {{1, QString(), QStringLiteral("面肌痉挛的原因有多种。")},
                        {2, QStringLiteral("血管压迫因素"), longText},
                        {3, QStringLiteral("其他因素"), QStringLiteral("手术后遗症。")}}});
    writer.addQuestion({spasm,
                        QStringLiteral("面肌痉挛治疗方法"),
                        QStringLiteral("左眼下方跳了半年，怎么办？"),
                        1,
                        QStringLiteral("q1"),
                        {QStringLiteral("建议到神经内科就诊。"), longText}});
    writer.addQuestion({palsy, QStringLiteral("10个月宝宝没长牙怎么办"), {}, 1, {}, {}});
    return writer.commit();
}

} // namespace qingnang::fuzz
