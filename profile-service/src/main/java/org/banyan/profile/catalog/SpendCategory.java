package org.banyan.profile.catalog;

import java.util.Arrays;
import java.util.Optional;

/**
 * Merchant-category groups of card and account spending, by ISO 18245 merchant category code (MCC).
 * Gambling is not a spending preference here: it is a risk feature with tags of its own.
 */
public enum SpendCategory {
    GROCERY("Groceries", "商超百货", "5300-5300,5310-5311,5331-5331,5399-5399,5411-5411,5422-5422,5441-5441,5451-5451,5462-5462,5499-5499"),
    DINING("Dining", "餐饮", "5811-5814"),
    TRAVEL("Travel", "旅行", "3000-3999,4411-4411,4511-4511,4722-4722,7011-7012,7512-7512"),
    FUEL("Fuel", "加油", "5172-5172,5541-5542,5983-5983"),
    TRANSPORT("Transport", "交通出行", "4011-4011,4111-4112,4121-4121,4131-4131,4784-4784,4789-4789,7523-7523"),
    ONLINE_RETAIL("Online retail", "网络购物", "5262-5262,5964-5969"),
    APPAREL("Apparel", "服饰", "5611-5699,5137-5139"),
    ELECTRONICS("Electronics", "数码电器", "5045-5045,5722-5722,5732-5735"),
    HEALTH("Health", "医疗健康", "5122-5122,5912-5912,5975-5976,8011-8099"),
    EDUCATION("Education", "教育", "8211-8299,5942-5943"),
    ENTERTAINMENT("Entertainment", "休闲娱乐", "7832-7841,7911-7994,7996-7999"),
    HOME("Home and furnishing", "家居", "5200-5200,5211-5211,5231-5231,5251-5251,5712-5719"),
    UTILITIES("Utilities", "水电燃气", "4900-4900"),
    TELECOM("Telecom", "通讯", "4812-4816,4899-4899"),
    INSURANCE("Insurance", "保险", "5960-5960,6300-6399"),
    LUXURY("Luxury", "奢侈品", "5094-5094,5944-5944,5681-5681,5971-5971"),
    BEAUTY("Beauty and personal care", "美容个护", "5977-5977,7230-7230,7297-7298"),
    AUTO("Automotive", "汽车", "5511-5521,5531-5533,7531-7549");

    /** Card-present and online gambling, betting, lotteries. */
    public static final String GAMBLING_MCCS = "7800-7802,7995-7995,9406-9406";
    /** Cash at ATMs and counters. */
    public static final String CASH_MCCS = "6010-6011";

    private final String nameEn;
    private final String nameZh;
    private final int[][] ranges;

    SpendCategory(String nameEn, String nameZh, String mccRanges) {
        this.nameEn = nameEn;
        this.nameZh = nameZh;
        this.ranges = parse(mccRanges);
    }

    public String nameEn() {
        return nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    /** Lower-case form used in tag codes, e.g. {@code online_retail}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String mccRanges() {
        return format(ranges);
    }

    /** The group of a merchant category code; the first listed wins where ranges overlap. */
    public static Optional<SpendCategory> of(String mcc) {
        if (mcc == null || mcc.length() != 4) {
            return Optional.empty();
        }
        int code = Integer.parseInt(mcc);
        return Arrays.stream(values()).filter(c -> in(c.ranges, code)).findFirst();
    }

    public static boolean isGambling(String mcc) {
        return mcc != null && mcc.length() == 4 && in(parse(GAMBLING_MCCS), Integer.parseInt(mcc));
    }

    static boolean in(int[][] ranges, int code) {
        for (int[] range : ranges) {
            if (code >= range[0] && code <= range[1]) {
                return true;
            }
        }
        return false;
    }

    static int[][] parse(String text) {
        return Arrays.stream(text.split(",")).map(r -> r.split("-"))
                .map(p -> new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1])}).toArray(int[][]::new);
    }

    private static String format(int[][] ranges) {
        return String.join(", ", Arrays.stream(ranges)
                .map(r -> r[0] == r[1] ? String.valueOf(r[0]) : r[0] + "–" + r[1]).toList());
    }
}
