// SPDX-License-Identifier: MIT
#include "synonyms.h"

#include <QHash>

namespace qingnang {

namespace {

// Each line: words that stand for one another in questions about health.
// Simplified, as queries are folded before they are looked up.
const char *const groups[] = {
    "疼 痛",
    "疼痛 痛",
    "头疼 头痛",
    "胃疼 胃痛",
    "牙疼 牙痛",
    "肚子疼 肚子痛 腹痛",
    "肚子 腹部",
    "拉肚子 腹泻 拉稀",
    "发烧 发热",
    "宝宝 小孩 孩子 婴儿 幼儿 儿童 小儿",
    "怀孕 孕妇 孕期 妊娠",
    "月经 例假 大姨妈",
    "男人 男性 男士",
    "女人 女性 女士",
    "老人 老年人",
    "妈妈 母亲",
    "爸爸 父亲",
    "喂奶 哺乳 母乳",
    "怎么回事 什么原因 为什么",
    "怎么治 怎么治疗 如何治疗 治疗方法",
    "能吃 可以吃",
    "嗓子 咽喉 喉咙",
    "牙齿 牙",
    "眼睛 眼",
    "便秘 大便干",
    "失眠 睡不着",
    "脱发 掉头发",
    "痘痘 粉刺 痤疮 青春痘",
    "血压高 高血压",
    "血糖高 高血糖",
    "恶心 想吐 反胃",
    "拉血 便血",
    "尿频 小便多",
    "感冒 伤风",
    "中风 脑卒中",
    "心梗 心肌梗死",
    "乙肝 乙型肝炎",
    "甲亢 甲状腺功能亢进",
    "面瘫 面神经炎 面神经麻痹",
    "羊角风 羊癫疯 癫痫",
    "近视眼 近视",
    "咳 咳嗽",
    "吃药 服药",
    "打针 注射",
};

const QHash<QString, QStringList> &table()
{
    static const QHash<QString, QStringList> result = [] {
        QHash<QString, QStringList> map;
        for (const char *line : groups) {
            const QStringList words =
                QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (const QString &word : words) {
                for (const QString &other : words) {
                    if (other != word && !map[word].contains(other)) {
                        map[word].append(other);
                    }
                }
            }
        }
        return map;
    }();
    return result;
}

} // namespace

QStringList synonymsOf(const QString &word)
{
    return table().value(word);
}

} // namespace qingnang
