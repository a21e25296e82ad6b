package dev.concord.check.rules;

import dev.concord.align.BlockPair;
import dev.concord.align.Row;
import dev.concord.check.numbers.NumberComparison;
import dev.concord.check.Finding;
import dev.concord.check.PostContext;
import dev.concord.check.Rule;
import dev.concord.catalogue.RuleInfo;
import dev.concord.catalogue.Severity;
import dev.concord.glossary.TermMatch;
import dev.concord.markdown.Block;
import dev.concord.model.Lang;
import dev.concord.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * When hant and hans are script conversions of each other (detected: at least half of the aligned
 * prose, counted in characters, is identical once hant is converted to hans; see below), a block that differs beyond the
 * glossary is reported on hans: one of the two was edited without the other. Independently
 * translated posts (the common case in the wild: ~11 % identical lines) are left alone. The share
 * is weighed by length: two independent translations agree on their short blocks (headings,
 * names, list items of links) and on little else, so counting blocks would call them conversions;
 * and a post that is mostly a list of names would be called one by its characters too. So a post
 * is a conversion when half of its sentence-length blocks are identical, or half of all its prose
 * is and no sentence differs throughout (another translation) rather than by a word or a number
 * (an edit). Each region's own word for a thing (連結 / 链接, OpenCC's Taiwan phrase tables, and 透過 /
 * 通过, 文字 / 文本 that OpenCC listed until 1.1.6) is the same wording.
 * Glossary terms are compared by identity, not by spelling, and quotation marks by position, so
 * 晶片/芯片 or 「」/“” never count as divergence. Nor does punctuation, or the same few characters
 * in another order (不久前 / 前不久, 互相 / 相互): see {@link #reordered}.
 */
@RuleInfo(id = "variant-divergence", severity = Severity.WARNING,
        summary = "hant and hans are conversions of each other, but a block differs beyond the glossary.",
        details = "hant and hans are conversions of each other (half of their sentence-length blocks, in characters, are identical after converting hant to hans; or half of all their prose, with the differing sentences only edited), but a block differs beyond the glossary and each region's vocabulary. Punctuation, and the same few characters in another order (不久前 / 前不久, 互相 / 相互), are not a divergence. The finding covers the edited words (from the first to the last character that differs). Independently translated posts are never flagged.",
        examples = {"hans 三个模型 where hant converted to hans gives 两个模型"})
public final class VariantDivergenceRule implements Rule {
    /** Share of identical aligned blocks from which hant and hans count as conversions of each other. */
    static final double CONVERTED_SHARE = 0.5;
    /** Han characters from which a block is a sentence that two independent translators would rarely write alike. */
    static final int SENTENCE = 20;
    /** Bigram similarity from which a differing sentence is an edit of the conversion, not another translation. */
    static final double NEARLY_SAME = 0.8;

    @Override
    public void check(PostContext post, List<Finding> out) {
        if (post.variant(Lang.HANT) == null || post.variant(Lang.HANS) == null) return;
        List<Block[]> differing = new ArrayList<>();
        List<Normalised[]> texts = new ArrayList<>();
        int compared = 0, identical = 0;
        // The share is measured on sentence-length blocks when the post has any: two independent
        // translations agree on their short blocks (a list of 100 names and links) and on little else.
        long[] sentence = new long[2], any = new long[2]; // {compared chars, identical chars}
        boolean retranslated = false;
        for (BlockPair p : post.alignment(Lang.HANT, Lang.HANS)) {
            if (!p.matched() || p.left().prose().isEmpty()) continue;
            Normalised hantText = normalised(post, Lang.HANT, p.left(), true), hansText = normalised(post, Lang.HANS, p.right(), true);
            String a = post.toHans(hantText.text());
            // hans goes through t2s too: traditional characters left in it are script-mixed's finding, not this one's.
            String b = post.toHans(hansText.text());
            boolean same = a.equals(b) || sameWording(post, p.left(), p.right()) || reordered(a, b);
            compared++;
            int length = Math.max(a.length(), b.length());
            boolean isSentence = Math.max(hanCount(a), hanCount(b)) >= SENTENCE;
            for (long[] share : isSentence ? new long[][] {sentence, any} : new long[][] {any}) {
                share[0] += length;
                if (same) share[1] += length;
            }
            // A sentence that differs by a word or a number is an edit of a conversion; one that
            // differs throughout is another translation of the source.
            if (isSentence && !same && similarity(a, b) < NEARLY_SAME) retranslated = true;
            if (same) {
                identical++;
            } else {
                differing.add(new Block[] {p.left(), p.right()});
                texts.add(new Normalised[] {hantText.withText(a), hansText.withText(b)});
            }
        }
        // Converted: most sentences identical; or most of the prose identical and the sentences that
        // differ only edited (a short post whose edits are its long blocks).
        boolean converted = sentence[1] >= sentence[0] * CONVERTED_SHARE && sentence[0] > 0
                || any[1] >= any[0] * CONVERTED_SHARE && !retranslated;
        if (compared == 0 || !converted) return;
        for (int i = 0; i < differing.size(); i++) {
            Block hant = differing.get(i)[0], hans = differing.get(i)[1];
            String ta = texts.get(i)[0].text(), tb = texts.get(i)[1].text();
            int d = 0;
            while (d < ta.length() && d < tb.length() && alike(ta.charAt(d), tb.charAt(d))) d++;
            // Quoted from the text as written (hant's terms converted like the rest of it), never from the
            // normalised form: its term placeholders and neutral quotation marks are internal.
            String a = texts.get(i)[0].excerpt(d, post::toHans), b = texts.get(i)[1].excerpt(d, s -> s);
            if (hantWasEdited(post, hant, hans)) {
                Span where = divergence(post, Lang.HANT, hant, ta, tb);
                out.add(post.at(this, Lang.HANT, where.start(), where.end())
                        .message("hant is not the conversion of hans here (" + identical + " of " + compared
                                + " blocks are), and en sides with hans: converted hant '" + a + "' vs hans '" + b + "'")
                        .related(post.location(Lang.HANS, hans.span().start())).build());
                continue;
            }
            Span where = divergence(post, Lang.HANS, hans, tb, ta);
            out.add(post.at(this, Lang.HANS, where.start(), where.end())
                    .message("hans is not the conversion of hant here (" + identical + " of " + compared
                            + " blocks are): '" + b + "' vs converted hant '" + a + "'")
                    .related(post.location(Lang.HANT, hant.span().start())).build());
        }
    }

    /**
     * Which side changed: by default hans (the usual flow converts hant to hans), but when the
     * aligned en block agrees with hans and not with hant on the checkable content (glossary terms,
     * numbers, inline code), hant is the one that was edited alone; reporting hans there would put
     * the finding on the file that is right.
     */
    private static boolean hantWasEdited(PostContext post, Block hant, Block hans) {
        if (post.variant(Lang.EN) == null) return false;
        Block en = null;
        for (Row row : post.rows()) {
            if (row.blocks().get(Lang.HANS) == hans && row.blocks().get(Lang.HANT) == hant) en = row.blocks().get(Lang.EN);
        }
        if (en == null) return false;
        String hantSig = signature(post, Lang.HANT, hant), hansSig = signature(post, Lang.HANS, hans), enSig = signature(post, Lang.EN, en);
        boolean numbersHant = NumberComparison.compare(post.quantities(Lang.HANT, hant),
                post.quantities(Lang.EN, en)).strong().agree();
        boolean numbersHans = NumberComparison.compare(post.quantities(Lang.HANS, hans),
                post.quantities(Lang.EN, en)).strong().agree();
        boolean hantAgrees = hantSig.equals(enSig) && numbersHant;
        boolean hansAgrees = hansSig.equals(enSig) && numbersHans;
        return hansAgrees && !hantAgrees;
    }

    /** Sorted ids of the glossary terms a block renders acceptably (keep terms in any form), and its inline code. */
    private static String signature(PostContext post, Lang lang, Block b) {
        java.util.TreeSet<String> ids = new java.util.TreeSet<>();
        for (TermMatch m : post.terms().in(lang, post.variant(lang).doc().text(), b)) {
            if (m.kind() == TermMatch.Kind.ACCEPTED || m.term().isKeep()) ids.add(m.term().id());
        }
        List<String> codes = new ArrayList<>();
        for (var c : b.codes()) codes.add(c.text().strip());
        java.util.Collections.sort(codes);
        return ids + " " + codes;
    }

    /** Longest run of characters whose reordering is read as the same words (不久前 / 前不久: 3). */
    static final int REORDERED_SPAN = 4;

    /**
     * The two texts differ only in punctuation and in the order of the same characters within short
     * spans. Chinese has many reversible compounds with one meaning (不久前 / 前不久, 互相 / 相互,
     * 代替 / 替代, 积累 / 累积, 整齐 / 齐整), and a translator's hand-edit of a conversion often moves a
     * comma with them; a list of such words would never be complete, while "the same characters,
     * a few places apart" is the class. Outside punctuation the texts must have the same length and
     * be equal but for windows of at most {@link #REORDERED_SPAN} Han characters that hold the same
     * characters in another order (a glossary term's placeholder is never part of a window). The
     * price: a reordering that changes the meaning (三天前 "three days ago" / 前三天 "the first three
     * days") is not reported.
     */
    static boolean reordered(String a, String b) {
        String x = withoutPunctuation(a), y = withoutPunctuation(b);
        if (x.length() != y.length()) return false;
        int i = 0;
        while (i < x.length()) {
            if (x.charAt(i) == y.charAt(i)) {
                i++;
                continue;
            }
            int w = 2;
            while (w <= REORDERED_SPAN && i + w <= x.length() && !sameCharacters(x, y, i, i + w)) w++;
            if (w > REORDERED_SPAN || i + w > x.length()) return false;
            i += w;
        }
        return true;
    }

    /**
     * x[from, to) and y[from, to) hold the same Han characters (as multisets). Only Han: digits in
     * another order are another number (472 / 427), letters another word.
     */
    private static boolean sameCharacters(String x, String y, int from, int to) {
        char[] p = x.substring(from, to).toCharArray(), q = y.substring(from, to).toCharArray();
        for (char c : p) if (!dev.concord.script.ScriptChars.isHan(c)) return false;
        java.util.Arrays.sort(p);
        java.util.Arrays.sort(q);
        return java.util.Arrays.equals(p, q);
    }

    /**
     * The text without punctuation, white space and the neutral quotation marks. A mark between two
     * Latin letters or digits stays: it is part of a number or a name (1.5, 1,000, Node.js), and
     * 1.5 against 15 is a change.
     */
    static String withoutPunctuation(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean mark = Character.isWhitespace(c) || c >= OPEN_DOUBLE && c <= CLOSE_SINGLE || isPunctuation(c);
            if (mark && isPunctuation(c) && i > 0 && i + 1 < s.length() && isLatinWord(s.charAt(i - 1)) && isLatinWord(s.charAt(i + 1))) mark = false;
            if (!mark) out.append(c);
        }
        return out.toString();
    }

    /**
     * Two characters in the same place that do not make a divergence: the same, or two punctuation
     * marks (，for 。 is not an edit of the words), so the finding covers the edited words only.
     */
    private static boolean alike(char a, char b) {
        return a == b || isPunctuation(a) && isPunctuation(b);
    }

    private static boolean isPunctuation(char c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static boolean isLatinWord(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    /** Share of character bigrams two texts have in common (Dice's coefficient over bigram multisets). */
    static double similarity(String a, String b) {
        if (a.length() < 2 || b.length() < 2) return a.equals(b) ? 1 : 0;
        java.util.Map<String, Integer> bigrams = new java.util.HashMap<>();
        for (int i = 0; i + 1 < a.length(); i++) bigrams.merge(a.substring(i, i + 2), 1, Integer::sum);
        int common = 0;
        for (int i = 0; i + 1 < b.length(); i++) {
            String k = b.substring(i, i + 2);
            Integer n = bigrams.get(k);
            if (n != null && n > 0) {
                common++;
                bigrams.put(k, n - 1);
            }
        }
        return 2.0 * common / (a.length() - 1 + b.length() - 1);
    }

    private static int hanCount(String s) {
        return dev.concord.script.ScriptChars.hanCount(s);
    }

    /**
     * The two blocks say the same in the same words, read without the glossary (a glossary word
     * one variant's rendering matches and the other's does not: hans 扩展 is a rendering of a term,
     * hant 擴展 is not, yet 擴展 converts to 扩展) or with each region's vocabulary read as one
     * (hant 連結 for hans 链接 is Taiwan's word, not an edit).
     */
    private static boolean sameWording(PostContext post, Block hant, Block hans) {
        String a = normalised(post, Lang.HANT, hant, false).text(), b = normalised(post, Lang.HANS, hans, false).text();
        if (post.toHans(a).equals(post.toHans(b))) return true;
        if (post.toHansRegional(a, Lang.HANT).equals(post.toHansRegional(b, Lang.HANS))) return true;
        String ta = normalised(post, Lang.HANT, hant, true).text(), tb = normalised(post, Lang.HANS, hans, true).text();
        String ra = post.toHansRegional(ta, Lang.HANT), rb = post.toHansRegional(tb, Lang.HANS);
        return ra.equals(rb) || oneRegionalWord(ra).equals(oneRegionalWord(rb));
    }

    /**
     * Taiwan words that OpenCC's phrase table listed until release 1.1.6 (TWPhrases.txt of OpenCC
     * 1.1.6, Apache-2.0, https://github.com/BYVoid/OpenCC) and dropped after, as Taiwan writes the
     * mainland word too in some senses (通過考試): wrong as a conversion, right as an equivalence.
     * In hans script, Taiwan's word first: 透過 ("through, via") for 通过, 文字 for 文本, 藍芽 for 蓝牙,
     * 行動數據 for 移动数据.
     */
    private static final String[][] REGIONAL_WORDS_BEFORE_1_1_7 = {
            {"透过", "通过"}, {"文字", "文本"}, {"蓝芽", "蓝牙"}, {"行动数据", "移动数据"},
    };

    /**
     * Words Taiwan and the mainland write differently that no OpenCC table converts (its tables
     * convert characters and a few hundred phrases): a hant made from hans by conversion, with
     * Taiwan's words put in by hand, has these where hans has the mainland's. Written for this
     * project from common usage, in hans script, each row one word and what the other region
     * writes for it. Read as equivalences on both sides, never as conversions.
     */
    private static final java.util.regex.Pattern DIGIT_GROUPING = java.util.regex.Pattern.compile("(?<=\\d),(?=\\d{3})");
    private static final java.util.regex.Pattern SPACE_BY_LATIN = java.util.regex.Pattern.compile("(?<=[A-Za-z0-9]) (?=\\p{IsHan})|(?<=\\p{IsHan}) (?=[A-Za-z0-9])");

    private static final String[][] TAIWAN_WORDS = longestFirst(new String[][] {
            {"新创公司", "创业公司"}, {"初创公司", "创业公司"}, {"首席执行官", "CEO"}, {"执行长", "CEO"},
            {"授权条款", "许可证"}, {"程式码", "代码"}, {"储存库", "仓库"}, {"保存库", "仓库"}, {"笔记本电脑", "笔电"},
            {"基础建设", "基础设施"}, {"萤幕录影", "录屏"}, {"空白键", "空格键"}, {"映像档", "镜像"},
            {"预设", "默认"}, {"印出", "打印"}, {"标签页", "分页"}, {"工具列", "工具栏"}, {"帐号", "账号"},
            {"追踪", "跟踪"}, {"报导", "报道"}, {"捷运", "地铁"}, {"检视", "查看"}, {"撰写", "编写"},
            {"例项", "实例"}, {"频宽", "带宽"}, {"推论", "推理"}, {"套餐", "方案"}, {"跳脱", "转义"},
            {"卷动", "滚动"}, {"传送", "发送"}, {"连线", "连接"}, {"单一", "单个"}, {"智能体", "代理"},
            {"笔电", "笔记本"}, {"测试案例", "测试用例"}, {"直播串流", "直播流"}, {"批次", "批处理"}, {"区域网路", "局域网"},
            {"区域网络", "局域网"}, {"逾时", "超时"}, {"辅助使用", "辅助功能"}, {"回馈", "反馈"}, {"群众外包", "众包"},
            {"异质", "异构"}, {"示范", "演示"}, {"品质", "质量"}, {"推测解码", "投机解码"}, {"范本", "模板"},
            {"终端机", "终端"}, {"本机", "本地"}, {"授权", "协议"}, {"最佳", "最优"}, {"研究所程度", "研究生水平"},
            {"水准", "水平"}, {"成长", "增长"}, {"产生", "生成"}, {"应用程式", "应用"}, {"仲介", "中介"}, {"社区", "小区"},
            {"国历", "公历"}, {"班导", "班主任"}, {"健检", "体检"}, {"服务生", "服务员"}, {"客运", "大巴"}, {"走道", "过道"},
            {"讯息", "消息"}, {"杂货店", "小卖部"}, {"周休二日", "双休"}, {"午餐", "午饭"}, {"羽绒外套", "羽绒服"},
            {"抵达", "到达"}, {"电动机车", "电动车"}, {"兆", "万亿"}, {"应用程序", "应用"}, {"饭店", "酒店"},
            {"比对", "匹配"}, {"存取", "访问"}, {"逻辑斯回归", "逻辑回归"}, {"信赖区间", "置信区间"}, {"批次大小", "批大小"},
            {"排程", "调度"}, {"统合分析", "元分析"}, {"依序", "依次"}, {"程式设计师", "程序员"}, {"呼叫器", "寻呼机"},
            {"桌机", "台式机"}, {"影展", "电影节"}, {"驱动程式", "驱动"}, {"过世", "去世"}, {"分割视窗", "分屏"},
            {"选取", "选中"}, {"叫出", "呼出"}, {"条目", "词条"}, {"电烙铁", "烙铁"}, {"报酬率", "收益率"}, {"签约金", "签字费"},
            {"头期款", "首付"}, {"殖利率", "股息率"}, {"德州", "得州"}, {"年终奖金", "年终奖"}, {"所得税", "个税"}, {"帐", "账"},
            {"更新率", "刷新率"}, {"转乘", "换乘"},
            {"变异数", "方差"}, {"平均值", "均值"}, {"正规化", "归一化"}, {"遮罩", "掩码"}, {"贪婪", "贪心"},
            {"函式库", "库"}, {"套件", "包"}, {"闸控", "门控"}, {"常态", "正态"}, {"建构", "构造"}, {"教学", "教程"},
            {"设置", "配置"}, {"设定", "配置"}, {"组态", "配置"}, {"移动平均", "滑动平均"}, {"共用", "共享"}, {"避险基金", "对冲基金"},
            {"年增", "同比增长"}, {"营收", "收入"}, {"标头", "头"}, {"颗", "块"}, {"闸道", "网关"}, {"指令", "命令"},
            {"背景", "后台"}, {"重复使用", "复用"}, {"封锁", "屏蔽"}, {"闲置", "空闲"}, {"涵盖", "覆盖"},
            {"竞争条件", "竞态"}, {"双堆叠", "双栈"}, {"踩雷", "踩坑"}, {"史丹佛", "斯坦福"}, {"美隆", "梅隆"},
            {"学程", "项目"}, {"归零", "置零"}, {"当作", "作为"}, {"测验", "测试"}, {"回应", "响应"},
            {"重新开机", "重启"}, {"纪录", "记录"}, {"连接端口", "端口"}, {"负载平衡", "负载均衡"}, {"呼叫", "调用"},
            {"内建", "自带"}, {"协定", "协议"}, {"当机", "崩溃"}, {"中国大陆", "国内"}, {"辉达", "英伟达"},
            {"季度", "季"}, {"载入", "加载"}, {"直立式", "立式"}, {"踩地雷", "扫雷"},
            {"著作权", "版权"}, {"身分", "身份"}, {"合约", "合同"}, {"拘束力", "约束力"}, {"声请", "申请"}, {"宣告", "宣布"},
            {"有效期", "效期"}, {"规费", "费用"}, {"薪资", "工资"}, {"整体", "总体"}, {"标示", "标识"}, {"使用者", "用户"},
            {"创办人", "创始人"}, {"目前", "当前"}, {"移民署", "移民局"}, {"科系", "专业"}, {"做什么", "干什么"},
            {"许可证", "协议"}, {"按一下", "点击"}, {"重新启动", "重启"}, {"比较", "对比"}, {"行事历", "日历"}, {"全域", "全局"},
            {"相簿", "相册"}, {"位元", "位"}, {"通路", "渠道"}, {"海外", "境外"}, {"笔", "条"}, {"张", "块"},
            {"二分搜寻", "二分"}, {"二分查找", "二分"}, {"薪水", "工资"}, {"月活跃", "月活"}, {"发表", "发布"}, {"中国", "国内"},
            // a table's yes and no, drawn or written: ✓ = 是, ✗ = 否
            {"是", "✓"}, {"✔", "✓"}, {"否", "✗"}, {"✘", "✗"},
            {"吋", "英寸"},
            // kitchens, fitness and health
            {"大匙", "汤匙"}, {"小匙", "茶匙"}, {"板豆腐", "老豆腐"}, {"棒式", "平板支撑"}, {"伏地挺身", "俯卧撑"}, {"鲑鱼", "三文鱼"},
            {"优格", "酸奶"}, {"起司", "奶酪"}, {"大卡", "千卡"}, {"电子锅", "电饭煲"}, {"褪黑激素", "褪黑素"}, {"青花菜", "西兰花"},
            {"早餐", "早饭"},
            // markets and companies
            {"本益比", "市盈率"}, {"道琼斯", "道琼"}, {"净利润", "净利"}, {"营业利益", "营业利润"}, {"那斯达克", "纳斯达克"}, {"影音", "视频"},
            {"电信业者", "运营商"}, {"行销", "营销"}, {"促销", "大促"}, {"资料中心", "机房"}, {"到职", "入职"}, {"员工餐厅", "食堂"},
            {"履历", "简历"}, {"社会新鲜人", "应届生"}, {"职位", "岗位"}, {"出勤", "考勤"}, {"主管", "经理"}, {"产业", "行业"},
            // hardware and buying guides
            {"核心", "核"}, {"效能", "性能"}, {"公厘", "毫米"}, {"保固", "保修"}, {"预载", "预装"}, {"显示卡", "显卡"}, {"数据机", "光猫"},
            {"宽频", "宽带"}, {"离峰", "错峰"}, {"生态系", "生态"}, {"小萤幕", "小屏"}, {"萤幕", "屏幕"}, {"厘清", "理清"},
            {"笔记型电脑", "笔记本电脑"}, {"膝上型电脑", "笔记本电脑"}, {"智慧型手机", "智能手机"}, {"云端", "云"}, {"镜头", "摄像头"},
            {"行动数据", "移动数据"}, {"外送", "外卖"}, {"杂凑", "哈希"}, {"分割区", "分区"}, {"储存", "存储"},
            // software, operations and the command line
            {"专案", "项目"}, {"快取", "缓存"}, {"原始码", "源码"}, {"建置", "构建"}, {"正式环境", "生产环境"}, {"预备环境", "预发环境"},
            {"自架", "自托管"}, {"执行器", "运行器"}, {"映像", "镜像"}, {"镜像站", "镜像"}, {"执行绪", "线程"}, {"堆叠", "栈"},
            {"区段错误", "段错误"}, {"工作阶段", "会话"}, {"网路磁碟", "网络磁盘"}, {"钥匙圈", "钥匙串"}, {"工作流程", "工作流"},
            {"修补程式", "补丁"}, {"储存贮体", "存储桶"}, {"权杖", "令牌"}, {"执行个体", "实例"}, {"记录档", "日志文件"},
            {"复原", "撤销"}, {"撤销", "吊销"}, {"遗失", "丢掉"}, {"关键字", "关键词"}, {"区块", "块"}, {"范例", "示例"},
            {"批次处理", "批处理"}, {"脑力激荡", "头脑风暴"}, {"互连", "互联"}, {"技术堆叠", "技术栈"}, {"跳出", "弹出"},
            {"群组", "群"}, {"轻松存取", "轻松使用"}, {"命令选择区", "命令面板"}, {"除错", "调试"}, {"汇入", "导入"},
            {"造访", "访问"}, {"资料", "数据"}, {"写程式", "写代码"}, {"电脑", "计算机"}, {"部落格", "博客"}, {"骇客", "黑客"},
            {"通道", "信道"},
            // language, study and science
            {"念作", "读作"}, {"惯用语", "习语"}, {"邮递区号", "邮编"}, {"印尼", "印度尼西亚"}, {"单字", "单词"}, {"片语", "短语"},
            {"披头四", "披头士"}, {"例如", "比如"}, {"差别", "区别"}, {"贝氏", "贝叶斯"}, {"共变异数", "协方差"}, {"信赖水准", "置信水平"},
            {"检定", "检验"}, {"样本平均数", "样本均值"}, {"薛丁格", "薛定谔"}, {"费波那契", "斐波那契"}, {"波兹曼", "玻尔兹曼"},
            {"卜瓦松", "泊松"}, {"马可夫", "马尔可夫"}, {"大数法则", "大数定律"}, {"奈米", "纳米"}, {"公斤", "千克"}, {"公里", "千米"},
            {"取样", "采样"}, {"机率", "概率"},
    });

    /** The rows with the longest word first, so that 批次大小 is read before 批次. */
    private static String[][] longestFirst(String[][] rows) {
        String[][] sorted = rows.clone();
        java.util.Arrays.sort(sorted, (a, b) -> Integer.compare(b[0].length(), a[0].length()));
        return sorted;
    }

    /**
     * The text with each of {@link #REGIONAL_WORDS_BEFORE_1_1_7} written the mainland's way, and
     * each of {@link #TAIWAN_WORDS} one way, on either side.
     */
    private static String oneRegionalWord(String s) {
        for (String[] w : REGIONAL_WORDS_BEFORE_1_1_7) if (s.contains(w[0])) s = s.replace(w[0], w[1]);
        // a row is tried only where its first character is in the text (the table has 320 rows)
        java.util.BitSet present = new java.util.BitSet(0x10000);
        for (int k = 0; k < s.length(); k++) present.set(s.charAt(k));
        for (String[] w : TAIWAN_WORDS) {
            if (!present.get(w[0].charAt(0)) || !s.contains(w[0])) continue;
            s = s.replace(w[0], w[1]);
            for (int k = 0; k < w[1].length(); k++) present.set(w[1].charAt(k));
        }
        // 1,000億 for 1000亿: grouping is no edit
        if (s.indexOf(',') >= 0) s = DIGIT_GROUPING.matcher(s).replaceAll("");
        // CEO 說 for 執行長說: a Latin word takes a space where a Han one does not
        return s.indexOf(' ') < 0 ? s : SPACE_BY_LATIN.matcher(s).replaceAll("");
    }

    /**
     * Where the flagged block differs: from the first to the last character that the comparison
     * found different (the common beginning and end of the two compared texts left out), as
     * source offsets, so that a report marks the edited words rather than the block's first
     * character. {@code flagged} and {@code other} are the compared (normalised, converted) texts;
     * when conversion changed the flagged text's length, its characters no longer map back one to
     * one, and the span is the block's whole prose.
     */
    private static Span divergence(PostContext post, Lang lang, Block b, String flagged, String other) {
        int[] from = new int[flagged.length() + 1], to = new int[flagged.length() + 1];
        String plain = normalised(post, lang, b, true, from, to).text();
        if (plain.length() != flagged.length() || flagged.isEmpty()) {
            if (b.prose().isEmpty()) return b.span();
            return new Span(b.prose().get(0).start(), b.prose().get(b.prose().size() - 1).end());
        }
        int d = 0;
        while (d < flagged.length() && d < other.length() && alike(flagged.charAt(d), other.charAt(d))) d++;
        int e = 0;
        while (e < flagged.length() - d && e < other.length() - d
                && alike(flagged.charAt(flagged.length() - 1 - e), other.charAt(other.length() - 1 - e))) e++;
        int first = Math.min(d, flagged.length() - 1), last = Math.max(first, flagged.length() - 1 - e);
        return new Span(from[first], Math.max(from[first] + 1, to[last]));
    }

    /**
     * A block's prose with each glossary term replaced by a placeholder holding its id and each
     * quotation mark by a neutral one, so that 晶片/芯片 or 「」/“” compare equal; {@code terms} and
     * {@code quotes} keep what was written there, in order, to quote the text back.
     */
    record Normalised(String text, List<String> terms, List<Character> quotes) {
        /** The same placeholders in another text (the conversion of this one). */
        Normalised withText(String converted) {
            return new Normalised(converted, terms, quotes);
        }

        /** Around normalised position {@code at}: the text with placeholders put back ({@code term} renders a term's original text). */
        String excerpt(int at, java.util.function.UnaryOperator<String> term) {
            StringBuilder shown = new StringBuilder();
            int shownAt = -1, t = 0, q = 0;
            for (int i = 0; i < text.length(); i++) {
                if (i == at) shownAt = shown.length();
                char c = text.charAt(i);
                if (c == TERM) {
                    int close = text.indexOf(TERM, i + 1);
                    if (close < 0) close = text.length() - 1;
                    if (at > i && at <= close) shownAt = shown.length();
                    shown.append(t < terms.size() ? term.apply(terms.get(t)) : "");
                    t++;
                    i = close;
                } else if (c >= OPEN_DOUBLE && c <= CLOSE_SINGLE) {
                    shown.append(q < quotes.size() ? quotes.get(q) : c);
                    q++;
                } else {
                    shown.append(c == '\n' ? ' ' : c);
                }
            }
            if (shownAt < 0) shownAt = shown.length();
            int from = Math.max(0, shownAt - 6), to = Math.min(shown.length(), shownAt + 10);
            return (from > 0 ? "…" : "") + shown.substring(from, to) + (to < shown.length() ? "…" : "");
        }
    }

    private static final char TERM = '\u0001', OPEN_DOUBLE = '\u0002', CLOSE_DOUBLE = '\u0003',
            OPEN_SINGLE = '\u0004', CLOSE_SINGLE = '\u0005';

    /** The block's prose with terms replaced by placeholders (when {@code withTerms}) and quotation marks by neutral ones. */
    private static Normalised normalised(PostContext post, Lang lang, Block b, boolean withTerms) {
        return normalised(post, lang, b, withTerms, null, null);
    }

    /**
     * As above; when {@code from} and {@code to} are given, they receive for each character of the
     * result the source offsets it stands for (a term's placeholder: the term; the line break
     * between two prose spans: the start of the next one).
     */
    private static Normalised normalised(PostContext post, Lang lang, Block b, boolean withTerms, int[] from, int[] to) {
        String text = post.variant(lang).doc().text();
        List<TermMatch> terms = withTerms ? post.terms().in(lang, text, b) : List.of();
        StringBuilder sb = new StringBuilder();
        List<String> written = new ArrayList<>();
        List<Character> quotes = new ArrayList<>();
        int t = 0;
        for (Span s : b.prose()) {
            if (sb.length() > 0) {
                place(from, to, sb.length(), sb.length() + 1, s.start(), s.start());
                sb.append('\n');
            }
            int i = s.start();
            while (i < s.end()) {
                while (t < terms.size() && terms.get(t).end() <= i) t++;
                if (t < terms.size() && terms.get(t).start() == i) {
                    int at = sb.length();
                    sb.append(TERM).append(terms.get(t).term().id()).append(TERM);
                    place(from, to, at, sb.length(), i, terms.get(t).end());
                    int end = Math.max(i + 1, terms.get(t).end());
                    written.add(text.substring(i, Math.min(end, text.length())));
                    i = end;
                    continue;
                }
                place(from, to, sb.length(), sb.length() + 1, i, i + 1);
                char c = text.charAt(i++);
                char neutral = switch (c) {
                    case '「', '“' -> OPEN_DOUBLE;
                    case '」', '”' -> CLOSE_DOUBLE;
                    case '『', '‘' -> OPEN_SINGLE;
                    case '』', '’' -> CLOSE_SINGLE;
                    default -> c;
                };
                if (neutral != c) quotes.add(c);
                sb.append(neutral);
            }
        }
        return new Normalised(sb.toString(), written, quotes);
    }

    /** Characters [k, l) of a normalised text stand for source offsets [start, end). */
    private static void place(int[] from, int[] to, int k, int l, int start, int end) {
        if (from == null) return;
        for (int j = k; j < l && j < from.length; j++) {
            from[j] = start;
            to[j] = end;
        }
    }
}
