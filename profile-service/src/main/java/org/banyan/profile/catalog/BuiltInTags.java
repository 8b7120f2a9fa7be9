package org.banyan.profile.catalog;

import org.banyan.common.event.payload.TransactionPosted;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.banyan.profile.catalog.Computation.EVENT;
import static org.banyan.profile.catalog.Computation.EXPRESSION;
import static org.banyan.profile.catalog.Computation.EXTERNAL;
import static org.banyan.profile.catalog.Computation.WINDOW;
import static org.banyan.profile.catalog.Dimension.BASIC;
import static org.banyan.profile.catalog.Dimension.BEHAVIOUR;
import static org.banyan.profile.catalog.Dimension.RISK;
import static org.banyan.profile.catalog.Dimension.VALUE;
import static org.banyan.profile.catalog.ValueType.BOOLEAN;
import static org.banyan.profile.catalog.ValueType.CATEGORY;
import static org.banyan.profile.catalog.ValueType.DATE;
import static org.banyan.profile.catalog.ValueType.NUMBER;

/**
 * The tags the service ships with. Definitions are written here once; the tagging feature computes
 * each of them (a test keeps the two in step) and {@code docs/tags.md} is generated from this list.
 * Windows end on the as-of business date and include it: "30d" is that day and the 29 before.
 */
public final class BuiltInTags {

    public static final List<Integer> SPEND_WINDOWS = List.of(30, 90, 365);
    public static final String MONEY = "CNY";
    public static final String COUNT = "count";
    public static final String RATIO = "ratio";
    public static final String DAYS = "days";
    public static final String MONTHS = "months";

    private final List<TagDefinition> tags = new ArrayList<>();

    private BuiltInTags() {
    }

    public static List<TagDefinition> definitions() {
        BuiltInTags b = new BuiltInTags();
        b.basic();
        b.spendByCategory();
        b.spendHabits();
        b.digital();
        b.value();
        b.credit();
        b.riskFlags();
        Set<String> codes = new LinkedHashSet<>();
        b.tags.forEach(t -> {
            if (!codes.add(t.code())) {
                throw new IllegalStateException("Duplicate built-in tag " + t.code());
            }
        });
        return List.copyOf(b.tags);
    }

    private void basic() {
        add("age", "Age", "年龄", BASIC, NUMBER, EXPRESSION, "years", "Whole years from birth_date to the as-of date");
        cat("age_band", "Age band", "年龄段", BASIC, EXPRESSION, "age banded", "UNDER_18", "18_24", "25_34", "35_44",
                "45_54", "55_64", "65_PLUS");
        cat("generation", "Generation", "世代", BASIC, EXPRESSION, "Birth year: ≥1997 GEN_Z, 1981–1996 MILLENNIAL, "
                + "1965–1980 GEN_X, earlier BOOMER", "GEN_Z", "MILLENNIAL", "GEN_X", "BOOMER");
        cat("gender", "Gender", "性别", BASIC, EVENT, "From bank.customers.v1", "FEMALE", "MALE", "OTHER");
        tags.add(def("birth_date", "Date of birth", "出生日期", BASIC, DATE, EVENT, null,
                "From bank.customers.v1; personal data, masked to the year unless unmasked by an ADMIN", List.of(), true));
        add("birth_month", "Birth month", "出生月份", BASIC, NUMBER, EXPRESSION, null, "Month (1–12) of birth_date");
        add("birthday_within_30d", "Birthday within 30 days", "30天内生日", BASIC, BOOLEAN, EXPRESSION, null,
                "Next birthday falls within 30 days after the as-of date (inclusive)");
        add("city", "City", "城市", BASIC, CATEGORY, EVENT, null, "City of residence, from bank.customers.v1");
        add("city_tier", "City tier", "城市等级", BASIC, NUMBER, EVENT, null, "1 (largest) to 5, from bank.customers.v1");
        add("tier1_city", "Lives in a tier-1 city", "一线城市居民", BASIC, BOOLEAN, EXPRESSION, null, "city_tier = 1");
        add("occupation", "Occupation", "职业", BASIC, CATEGORY, EVENT, null, "From bank.customers.v1");
        add("is_student", "Student", "学生", BASIC, BOOLEAN, EXPRESSION, null, "occupation is STUDENT");
        add("is_retired", "Retired", "退休", BASIC, BOOLEAN, EXPRESSION, null, "occupation is RETIRED");
        add("education", "Education", "学历", BASIC, CATEGORY, EVENT, null, "Highest education, from bank.customers.v1");
        add("higher_education", "Higher education", "高等学历", BASIC, BOOLEAN, EXPRESSION, null,
                "education is BACHELOR, MASTER, DOCTORATE or PHD");
        cat("marital_status", "Marital status", "婚姻状况", BASIC, EVENT, "From bank.customers.v1", "SINGLE", "MARRIED",
                "DIVORCED", "WIDOWED");
        add("is_married", "Married", "已婚", BASIC, BOOLEAN, EXPRESSION, null, "marital_status = MARRIED");
        add("income_monthly", "Declared monthly income", "月收入(申报)", BASIC, NUMBER, EVENT, MONEY,
                "From bank.customers.v1");
        add("income_annual_est", "Estimated annual income", "年收入估算", BASIC, NUMBER, EXPRESSION, MONEY,
                "12 × the larger of declared monthly income and salary_monthly_avg_90d");
        cat("income_band", "Income band", "收入段", BASIC, EXPRESSION, "income_monthly: <5,000 LOW, <15,000 MEDIUM, "
                + "<40,000 HIGH, else VERY_HIGH", "LOW", "MEDIUM", "HIGH", "VERY_HIGH");
        add("kyc_level", "KYC level", "实名认证等级", BASIC, NUMBER, EVENT, null, "1–3, from bank.customers.v1");
        add("kyc_full", "Fully verified (KYC 3)", "完全实名认证", BASIC, BOOLEAN, EXPRESSION, null, "kyc_level = 3");
        cat("risk_tolerance", "Investment risk tolerance", "风险承受能力", BASIC, EVENT,
                "Suitability assessment R1 (conservative) to R5 (aggressive), from bank.customers.v1; no value when "
                        + "not assessed", "R1", "R2", "R3", "R4", "R5");
        add("join_date", "Customer since", "开户日期", BASIC, DATE, EVENT, null, "From bank.customers.v1");
        add("tenure_months", "Tenure", "客户年限(月)", BASIC, NUMBER, EXPRESSION, MONTHS,
                "Whole months from join_date to the as-of date");
        cat("tenure_band", "Tenure band", "客龄段", BASIC, EXPRESSION, "tenure_months banded", "UNDER_1Y", "1_3Y",
                "3_5Y", "5_10Y", "10Y_PLUS");
        add("is_new_customer", "New customer", "新客户", BASIC, BOOLEAN, EXPRESSION, null,
                "Joined within the 90 days up to the as-of date");
        cat("life_stage", "Life stage", "人生阶段", BASIC, EXPRESSION, "STUDENT if a student; RETIRED if retired or "
                        + "65+; PRE_RETIREMENT 55–64; otherwise by age and marital status: under 35 YOUNG_SINGLE or "
                        + "YOUNG_FAMILY, 35–54 ESTABLISHED_SINGLE or ESTABLISHED_FAMILY",
                "STUDENT", "YOUNG_SINGLE", "YOUNG_FAMILY", "ESTABLISHED_SINGLE", "ESTABLISHED_FAMILY",
                "PRE_RETIREMENT", "RETIRED");
        add("near_retirement", "Near retirement", "临近退休", BASIC, BOOLEAN, EXPRESSION, null,
                "Aged 55–62 and not retired");
        add("consent_marketing_email", "Consents to e-mail marketing", "同意邮件营销", BASIC, BOOLEAN, EVENT, null,
                "Latest of bank.customers.v1 and the consent API");
        add("consent_marketing_sms", "Consents to SMS marketing", "同意短信营销", BASIC, BOOLEAN, EVENT, null,
                "Latest of bank.customers.v1 and the consent API");
        add("consent_marketing_push", "Consents to push marketing", "同意推送营销", BASIC, BOOLEAN, EVENT, null,
                "Latest of bank.customers.v1 and the consent API");
        add("consent_data_sharing", "Consents to data sharing", "同意数据共享", BASIC, BOOLEAN, EVENT, null,
                "Latest of bank.customers.v1 and the consent API");
        add("marketing_contactable", "Reachable for marketing", "可营销触达", BASIC, BOOLEAN, EXPRESSION, null,
                "At least one marketing consent and not do_not_contact");
        cat("preferred_language", "Preferred language", "偏好语言", BASIC, EXTERNAL, "Set through the API", "ZH", "EN");
        add("do_not_contact", "Do not contact", "勿扰", BASIC, BOOLEAN, EXTERNAL, null,
                "Set through the API (complaint, request, regulator)");
        cat("service_segment", "Service segment", "服务客群", BASIC, EXTERNAL,
                "Assigned by a relationship manager through the API", "MASS", "AFFLUENT", "PRIVATE");
        add("relationship_manager", "Relationship manager", "客户经理", BASIC, CATEGORY, EXTERNAL, null,
                "Staff id of the assigned relationship manager, set through the API");
    }

    private void spendByCategory() {
        for (SpendCategory c : SpendCategory.values()) {
            for (int w : SPEND_WINDOWS) {
                add("spend_" + c.key() + "_amount_" + w + "d", c.nameEn() + " spend, " + w + " days",
                        c.nameZh() + "消费金额(" + w + "天)", BEHAVIOUR, NUMBER, WINDOW, MONEY,
                        "Sum of spend (debit card purchases and bill payments) at MCC " + c.mccRanges()
                                + " over " + w + " days");
                add("spend_" + c.key() + "_count_" + w + "d", c.nameEn() + " purchases, " + w + " days",
                        c.nameZh() + "消费笔数(" + w + "天)", BEHAVIOUR, NUMBER, WINDOW, COUNT,
                        "Number of such transactions over " + w + " days");
                add("spend_" + c.key() + "_share_" + w + "d", c.nameEn() + " share of spend, " + w + " days",
                        c.nameZh() + "消费占比(" + w + "天)", BEHAVIOUR, NUMBER, WINDOW, RATIO,
                        "Its amount over total spend in the window (0–1); no value without spend");
            }
        }
    }

    private void spendHabits() {
        for (int w : SPEND_WINDOWS) {
            add("spend_total_amount_" + w + "d", "Total spend, " + w + " days", "消费总额(" + w + "天)", BEHAVIOUR,
                    NUMBER, WINDOW, MONEY, "Sum of spend over " + w + " days");
            add("spend_total_count_" + w + "d", "Purchases, " + w + " days", "消费笔数(" + w + "天)", BEHAVIOUR,
                    NUMBER, WINDOW, COUNT, "Number of spend transactions over " + w + " days");
            add("spend_avg_ticket_" + w + "d", "Average ticket, " + w + " days", "笔均消费(" + w + "天)", BEHAVIOUR,
                    NUMBER, WINDOW, MONEY, "Total spend over purchases; no value without spend");
            tags.add(def("top_category_" + w + "d", "Top spend category, " + w + " days", "首要消费品类(" + w + "天)",
                    BEHAVIOUR, CATEGORY, WINDOW, null, "Category with the largest amount (ties: catalog order)",
                    categoryNames(), false));
        }
        add("spend_max_ticket_90d", "Largest purchase, 90 days", "最大单笔消费(90天)", BEHAVIOUR, NUMBER, WINDOW, MONEY,
                "Largest single spend transaction over 90 days");
        add("distinct_categories_90d", "Categories shopped, 90 days", "消费品类数(90天)", BEHAVIOUR, NUMBER, WINDOW,
                COUNT, "Number of spend categories with spend over 90 days");
        for (TransactionPosted.Channel ch : TransactionPosted.Channel.values()) {
            String key = ch.name().toLowerCase(Locale.ROOT);
            add("txn_count_" + key + "_90d", "Transactions via " + key.replace('_', ' ') + ", 90 days",
                    channelZh(ch) + "交易笔数(90天)", BEHAVIOUR, NUMBER, WINDOW, COUNT,
                    "Transactions of any kind through channel " + ch + " over 90 days");
        }
        tags.add(def("preferred_channel_90d", "Preferred transaction channel", "偏好交易渠道", BEHAVIOUR, CATEGORY,
                WINDOW, null, "Channel with most transactions over 90 days (ties: listed order)",
                java.util.Arrays.stream(TransactionPosted.Channel.values()).map(Enum::name).toList(), false));
        add("online_spend_share_90d", "Online share of spend", "线上消费占比", BEHAVIOUR, NUMBER, WINDOW, RATIO,
                "Spend through ECOMMERCE, MOBILE or WEB over total spend, 90 days");
        add("card_present_share_90d", "Card-present share of spend", "刷卡消费占比", BEHAVIOUR, NUMBER, WINDOW, RATIO,
                "Spend through POS over total spend, 90 days");
        add("weekend_spend_share_90d", "Weekend share of spend", "周末消费占比", BEHAVIOUR, NUMBER, WINDOW, RATIO,
                "Spend on Saturdays and Sundays over total spend, 90 days");
        add("night_txn_share_90d", "Night-time share of transactions", "夜间交易占比", BEHAVIOUR, NUMBER, WINDOW, RATIO,
                "Transactions between 22:00 and 05:59 (business time zone) over all, 90 days");
        for (String[] slot : TIME_SLOTS) {
            add("txn_count_" + slot[0] + "_90d", "Transactions in the " + slot[0] + ", 90 days",
                    slot[1] + "交易笔数(90天)", BEHAVIOUR, NUMBER, WINDOW, COUNT,
                    "Transactions between " + slot[2] + " (business time zone) over 90 days");
        }
        cat("preferred_time_of_day_90d", "Preferred time of day", "偏好交易时段", BEHAVIOUR, WINDOW,
                "Time slot with most transactions over 90 days", "MORNING", "AFTERNOON", "EVENING", "NIGHT");
        add("active_days_30d", "Active days, 30 days", "活跃天数(30天)", BEHAVIOUR, NUMBER, WINDOW, DAYS,
                "Days with at least one transaction over 30 days");
        add("active_days_90d", "Active days, 90 days", "活跃天数(90天)", BEHAVIOUR, NUMBER, WINDOW, DAYS,
                "Days with at least one transaction over 90 days");
        add("last_txn_date", "Last transaction", "最近交易日期", BEHAVIOUR, DATE, EVENT, null,
                "Business date of the latest transaction");
        add("days_since_last_txn", "Days since last transaction", "距最近交易天数", BEHAVIOUR, NUMBER, EXPRESSION, DAYS,
                "As-of date minus last_txn_date");
        cat("txn_frequency_band", "Transaction frequency", "交易频度", BEHAVIOUR, WINDOW, "active_days_30d: ≥20 DAILY, "
                + "≥4 WEEKLY, ≥1 MONTHLY, else DORMANT", "DAILY", "WEEKLY", "MONTHLY", "DORMANT");
        add("abroad_txn_count_90d", "Transactions abroad, 90 days", "境外交易笔数(90天)", BEHAVIOUR, NUMBER, WINDOW, COUNT,
                "Transactions with a country other than CN over 90 days");
        add("abroad_spend_amount_90d", "Spend abroad, 90 days", "境外消费金额(90天)", BEHAVIOUR, NUMBER, WINDOW, MONEY,
                "Spend with a country other than CN over 90 days");
        add("abroad_countries_90d", "Countries visited, 90 days", "境外国家数(90天)", BEHAVIOUR, NUMBER, WINDOW, COUNT,
                "Distinct countries other than CN over 90 days");
        add("travel_enthusiast", "Travel enthusiast", "旅行爱好者", BEHAVIOUR, BOOLEAN, EXPRESSION, null,
                "spend_travel_share_365d ≥ 0.15 or abroad_countries_90d ≥ 2");
        add("cash_withdrawal_amount_30d", "Cash withdrawn, 30 days", "取现金额(30天)", BEHAVIOUR, NUMBER, WINDOW, MONEY,
                "CASH_WITHDRAWAL transactions over 30 days");
        add("cash_withdrawal_amount_90d", "Cash withdrawn, 90 days", "取现金额(90天)", BEHAVIOUR, NUMBER, WINDOW, MONEY,
                "CASH_WITHDRAWAL transactions over 90 days");
        add("cash_withdrawal_count_90d", "Cash withdrawals, 90 days", "取现笔数(90天)", BEHAVIOUR, NUMBER, WINDOW, COUNT,
                "CASH_WITHDRAWAL transactions over 90 days");
        add("bill_payment_amount_90d", "Bills paid, 90 days", "缴费金额(90天)", BEHAVIOUR, NUMBER, WINDOW, MONEY,
                "BILL_PAYMENT transactions over 90 days");
        add("bill_payment_count_90d", "Bill payments, 90 days", "缴费笔数(90天)", BEHAVIOUR, NUMBER, WINDOW, COUNT,
                "BILL_PAYMENT transactions over 90 days");
        add("transfer_out_amount_90d", "Transfers out, 90 days", "转出金额(90天)", BEHAVIOUR, NUMBER, WINDOW, MONEY,
                "TRANSFER_OUT transactions over 90 days");
        add("transfer_out_count_90d", "Transfers out count, 90 days", "转出笔数(90天)", BEHAVIOUR, NUMBER, WINDOW, COUNT,
                "TRANSFER_OUT transactions over 90 days");
    }

    private void digital() {
        for (int w : List.of(7, 30, 90)) {
            add("app_logins_" + w + "d", "App logins, " + w + " days", "App登录次数(" + w + "天)", BEHAVIOUR, NUMBER,
                    WINDOW, COUNT, "login events over " + w + " days");
        }
        add("app_events_30d", "App interactions, 30 days", "App交互次数(30天)", BEHAVIOUR, NUMBER, WINDOW, COUNT,
                "All app events over 30 days");
        add("app_page_views_30d", "App page views, 30 days", "App页面浏览(30天)", BEHAVIOUR, NUMBER, WINDOW, COUNT,
                "page_view events over 30 days");
        add("app_product_views_30d", "Product views, 30 days", "产品浏览次数(30天)", BEHAVIOUR, NUMBER, WINDOW, COUNT,
                "product_view events over 30 days");
        add("app_product_views_90d", "Product views, 90 days", "产品浏览次数(90天)", BEHAVIOUR, NUMBER, WINDOW, COUNT,
                "product_view events over 90 days");
        add("app_apply_starts_30d", "Applications started in app, 30 days", "App申请发起(30天)", BEHAVIOUR, NUMBER,
                WINDOW, COUNT, "apply_start events over 30 days");
        add("app_apply_starts_90d", "Applications started in app, 90 days", "App申请发起(90天)", BEHAVIOUR, NUMBER,
                WINDOW, COUNT, "apply_start events over 90 days");
        add("app_active_days_30d", "App active days, 30 days", "App活跃天数(30天)", BEHAVIOUR, NUMBER, WINDOW, DAYS,
                "Days with any app event over 30 days");
        add("last_login_date", "Last app login", "最近登录日期", BEHAVIOUR, DATE, EVENT, null,
                "Business date of the latest login event");
        add("days_since_last_login", "Days since last login", "距最近登录天数", BEHAVIOUR, NUMBER, EXPRESSION, DAYS,
                "As-of date minus last_login_date");
        cat("preferred_app_channel_90d", "Preferred digital channel", "偏好数字渠道", BEHAVIOUR, WINDOW,
                "MOBILE or WEB, whichever had more app events over 90 days (ties: MOBILE)", "MOBILE", "WEB");
        add("digital_active_30d", "Digitally active", "数字渠道活跃", BEHAVIOUR, BOOLEAN, WINDOW, null,
                "At least one login over 30 days");
        add("app_dormant", "Dormant app user", "App沉睡用户", BEHAVIOUR, BOOLEAN, EXPRESSION, null,
                "Has logged in before, but not over the last 90 days");
        add("last_viewed_product", "Last product viewed", "最近浏览产品", BEHAVIOUR, CATEGORY, EVENT, null,
                "productId of the latest product_view event");
        add("most_viewed_product_90d", "Most viewed product, 90 days", "最常浏览产品(90天)", BEHAVIOUR, CATEGORY, WINDOW,
                null, "productId with most product_view events over 90 days (ties: smallest id)");
        add("distinct_devices_90d", "Devices used, 90 days", "使用设备数(90天)", BEHAVIOUR, NUMBER, WINDOW, COUNT,
                "Distinct deviceId of app events over 90 days");
        add("apply_intent_30d", "Application intent", "申请意向", BEHAVIOUR, BOOLEAN, WINDOW, null,
                "At least one apply_start event over 30 days");
    }

    private void value() {
        add("salary_detected", "Salary paid in", "代发工资客户", VALUE, BOOLEAN, WINDOW, null,
                "At least one SALARY credit over 90 days");
        add("salary_last_amount", "Last salary", "最近工资金额", VALUE, NUMBER, EVENT, MONEY, "Latest SALARY credit");
        add("salary_last_date", "Last salary date", "最近发薪日期", VALUE, DATE, EVENT, null, "Date of the latest SALARY credit");
        add("days_since_last_salary", "Days since last salary", "距最近发薪天数", VALUE, NUMBER, EXPRESSION, DAYS,
                "As-of date minus salary_last_date");
        add("salary_monthly_avg_90d", "Average monthly salary, 90 days", "月均工资(90天)", VALUE, NUMBER, WINDOW, MONEY,
                "SALARY credits over 90 days divided by 3");
        add("salary_count_90d", "Salary payments, 90 days", "发薪次数(90天)", VALUE, NUMBER, WINDOW, COUNT,
                "SALARY credits over 90 days");
        add("salary_trend_90d", "Salary trend", "工资趋势", VALUE, NUMBER, WINDOW, RATIO,
                "Salary of the last 30 days over the monthly average of the 60 days before, minus 1; "
                        + "no value without salary in those 60 days");
        for (int w : SPEND_WINDOWS) {
            add("inflow_total_" + w + "d", "Money in, " + w + " days", "资金流入(" + w + "天)", VALUE, NUMBER, WINDOW,
                    MONEY, "All CREDIT transactions over " + w + " days");
            add("outflow_total_" + w + "d", "Money out, " + w + " days", "资金流出(" + w + "天)", VALUE, NUMBER, WINDOW,
                    MONEY, "All DEBIT transactions over " + w + " days");
            add("net_flow_" + w + "d", "Net cash flow, " + w + " days", "净现金流(" + w + "天)", VALUE, NUMBER, WINDOW,
                    MONEY, "inflow minus outflow over " + w + " days");
        }
        add("savings_rate_90d", "Savings rate, 90 days", "储蓄率(90天)", VALUE, NUMBER, WINDOW, RATIO,
                "net_flow_90d over inflow_total_90d; no value without inflow");
        cat("cash_flow_trend_90d", "Cash-flow trend", "现金流趋势", VALUE, WINDOW, "Net flow of the last 30 days against "
                        + "the monthly average of the 60 days before: > +10% of monthly inflow GROWING, < −10% DECLINING, "
                        + "else STABLE", "GROWING", "STABLE", "DECLINING");
        add("balance_latest", "Balance", "账户余额", VALUE, NUMBER, EVENT, MONEY,
                "Sum over accounts of the balance after each account's latest transaction");
        add("balance_avg_30d", "Average balance, 30 days", "日均余额(30天)", VALUE, NUMBER, WINDOW, MONEY,
                "Mean end-of-day balance over the days of the window since the first known balance");
        add("balance_avg_90d", "Average balance, 90 days", "日均余额(90天)", VALUE, NUMBER, WINDOW, MONEY,
                "Mean end-of-day balance over the days of the window since the first known balance");
        add("balance_min_30d", "Lowest balance, 30 days", "最低余额(30天)", VALUE, NUMBER, WINDOW, MONEY,
                "Lowest end-of-day balance over 30 days");
        add("balance_max_90d", "Highest balance, 90 days", "最高余额(90天)", VALUE, NUMBER, WINDOW, MONEY,
                "Highest end-of-day balance over 90 days");
        add("balance_trend_30d", "Balance trend, 30 days", "余额趋势(30天)", VALUE, NUMBER, WINDOW, RATIO,
                "End-of-day balance on the as-of date over that of 30 days before, minus 1; no value when that was ≤ 0");
        cat("balance_band", "Balance band", "余额段", VALUE, EXPRESSION, "balance_latest banded", "UNDER_10K", "10K_50K",
                "50K_200K", "200K_1M", "1M_PLUS");
        add("interest_received_365d", "Interest received, 365 days", "利息收入(365天)", VALUE, NUMBER, WINDOW, MONEY,
                "INTEREST credits over 365 days");
        add("fees_paid_90d", "Fees paid, 90 days", "手续费支出(90天)", VALUE, NUMBER, WINDOW, MONEY,
                "FEE debits over 90 days");
        for (String[] product : LOAN_PRODUCTS) {
            add("holds_" + product[0], "Holds " + product[1], "持有" + product[2], VALUE, BOOLEAN, EVENT, null,
                    "An open " + product[3] + " (disbursed, not closed or charged off)");
        }
        add("active_loans_count", "Open loans", "在贷笔数", VALUE, NUMBER, EVENT, COUNT,
                "Loans and credit lines disbursed and not closed or charged off");
        add("products_held_count", "Products held", "持有产品数", VALUE, NUMBER, EXPRESSION, COUNT,
                "1 for an account with transactions, plus one per open loan product type");
        add("loan_outstanding_total", "Outstanding debt", "贷款余额", VALUE, NUMBER, EVENT, MONEY,
                "Sum of outstanding over open loans");
        add("mortgage_outstanding", "Mortgage outstanding", "房贷余额", VALUE, NUMBER, EVENT, MONEY,
                "Outstanding over open mortgages");
        add("card_outstanding", "Credit card outstanding", "信用卡欠款", VALUE, NUMBER, EVENT, MONEY,
                "Outstanding over open credit cards");
        add("total_disbursed_365d", "Credit disbursed, 365 days", "放款金额(365天)", VALUE, NUMBER, WINDOW, MONEY,
                "DISBURSED loan amounts over 365 days");
        add("first_loan_date", "First loan", "首次贷款日期", VALUE, DATE, EVENT, null, "Date of the earliest disbursement");
        add("lending_tenure_months", "Lending tenure", "借贷关系月数", VALUE, NUMBER, EXPRESSION, MONTHS,
                "Whole months from first_loan_date to the as-of date");
        add("rfm_recency_days", "RFM recency", "RFM最近消费间隔", VALUE, NUMBER, EXPRESSION, DAYS,
                "Days since the latest spend transaction");
        add("rfm_frequency_90d", "RFM frequency", "RFM消费频次", VALUE, NUMBER, WINDOW, COUNT,
                "spend_total_count_90d");
        add("rfm_monetary_90d", "RFM monetary", "RFM消费金额", VALUE, NUMBER, WINDOW, MONEY, "spend_total_amount_90d");
        add("rfm_r_score", "RFM recency score", "RFM-R评分", VALUE, NUMBER, EXPRESSION, null,
                "1–5 by fixed thresholds on recency: ≤7 5, ≤30 4, ≤60 3, ≤90 2, else 1");
        add("rfm_f_score", "RFM frequency score", "RFM-F评分", VALUE, NUMBER, EXPRESSION, null,
                "1–5 by fixed thresholds on frequency: ≥60 5, ≥30 4, ≥12 3, ≥3 2, else 1");
        add("rfm_m_score", "RFM monetary score", "RFM-M评分", VALUE, NUMBER, EXPRESSION, null,
                "1–5 by fixed thresholds on monetary: ≥30,000 5, ≥10,000 4, ≥3,000 3, ≥500 2, else 1");
        cat("rfm_segment", "RFM segment", "RFM客群", VALUE, EXPRESSION, "From the three scores: CHAMPION (R≥4, F≥4, "
                        + "M≥4), LOYAL (F≥4), NEW (R≥4, F≤2, tenure < 6 months), POTENTIAL (R≥4), AT_RISK (R=2–3, F≥3), "
                        + "HIBERNATING (R=2–3), LOST (R=1)", "CHAMPION", "LOYAL", "NEW", "POTENTIAL", "AT_RISK",
                "HIBERNATING", "LOST");
        add("estimated_clv", "Estimated lifetime value", "客户终身价值估算", VALUE, NUMBER, EXPRESSION, MONEY,
                "Yearly margin (1% of 365-day spend + 2% of 90-day average balance + 3% of outstanding debt) × "
                        + "expected remaining years (75 − age, 5 to 40)");
        cat("clv_band", "Lifetime value band", "终身价值段", VALUE, EXPRESSION, "estimated_clv: ≥100,000 TOP, ≥20,000 "
                + "HIGH, ≥5,000 MEDIUM, else LOW", "TOP", "HIGH", "MEDIUM", "LOW");
        cat("value_tier", "Value tier", "价值等级", VALUE, EXPRESSION, "balance_avg_90d ≥ 1,000,000 or estimated_clv ≥ "
                        + "200,000 PLATINUM; ≥ 200,000 / 50,000 GOLD; ≥ 50,000 / 10,000 SILVER; else BRONZE",
                "PLATINUM", "GOLD", "SILVER", "BRONZE");
        cat("wealth_potential", "Wealth potential", "财富潜力", VALUE, EXPRESSION, "Points for income band HIGH/VERY_HIGH, "
                + "higher education, tier-1 city, age 25–45, positive savings rate: ≥4 HIGH, ≥2 MEDIUM, else LOW",
                "HIGH", "MEDIUM", "LOW");
        add("cross_sell_ready", "Ready for cross-sell", "交叉销售就绪", VALUE, BOOLEAN, EXPRESSION, null,
                "products_held_count ≤ 2, value tier SILVER or better, digitally active and reachable for marketing");
        add("card_upgrade_candidate", "Card upgrade candidate", "信用卡升级候选", VALUE, BOOLEAN, EXPRESSION, null,
                "Holds a credit card, card_utilisation < 0.3 and spend_total_amount_90d ≥ 15,000");
        add("mortgage_prospect", "Mortgage prospect", "房贷潜客", VALUE, BOOLEAN, EXPRESSION, null,
                "Aged 25–45, married, no mortgage, income band HIGH or VERY_HIGH");
    }

    private void credit() {
        add("loan_max_dpd_current", "Days past due now", "当前最大逾期天数", RISK, NUMBER, EVENT, DAYS,
                "Largest daysPastDue over open loans, from their latest events");
        add("loan_max_dpd_90d", "Worst days past due, 90 days", "最大逾期天数(90天)", RISK, NUMBER, WINDOW, DAYS,
                "Largest daysPastDue reported over 90 days");
        add("loan_max_dpd_365d", "Worst days past due, 365 days", "最大逾期天数(365天)", RISK, NUMBER, WINDOW, DAYS,
                "Largest daysPastDue reported over 365 days");
        cat("dpd_bucket", "Delinquency bucket", "逾期阶段", RISK, EXPRESSION, "loan_max_dpd_current: 0 CURRENT, 1–30 "
                + "DPD_1_30, 31–60 DPD_31_60, 61–90 DPD_61_90, more DPD_90_PLUS; no value without loans",
                "CURRENT", "DPD_1_30", "DPD_31_60", "DPD_61_90", "DPD_90_PLUS");
        add("missed_payments_90d", "Missed payments, 90 days", "逾期次数(90天)", RISK, NUMBER, WINDOW, COUNT,
                "PAYMENT_MISSED loan events over 90 days");
        add("missed_payments_365d", "Missed payments, 365 days", "逾期次数(365天)", RISK, NUMBER, WINDOW, COUNT,
                "PAYMENT_MISSED loan events over 365 days");
        add("repayments_received_90d", "Repayments made, 90 days", "还款次数(90天)", RISK, NUMBER, WINDOW, COUNT,
                "REPAYMENT_RECEIVED loan events over 90 days");
        add("on_time_repayment_ratio_365d", "On-time repayment ratio", "按时还款率", RISK, NUMBER, WINDOW, RATIO,
                "Repayments received over repayments received plus missed, 365 days; no value without either");
        add("charged_off_ever", "Ever charged off", "曾核销", RISK, BOOLEAN, EVENT, null, "Any CHARGED_OFF loan event");
        add("loans_closed_365d", "Loans closed, 365 days", "结清笔数(365天)", RISK, NUMBER, WINDOW, COUNT,
                "CLOSED loan events over 365 days");
        add("card_utilisation", "Credit card utilisation", "信用卡额度使用率", RISK, NUMBER, EVENT, RATIO,
                "Card outstanding over the amounts disbursed on open cards (their limits)");
        add("debt_to_income", "Debt to income", "负债收入比", RISK, NUMBER, EXPRESSION, RATIO,
                "loan_outstanding_total over income_annual_est; no value without income");
        cat("debt_burden_band", "Debt burden", "负债水平", RISK, EXPRESSION, "debt_to_income: <0.5 LOW, <2 MODERATE, "
                + "<4 HIGH, else SEVERE", "LOW", "MODERATE", "HIGH", "SEVERE");
        add("credit_applications_30d", "Credit applications, 30 days", "信贷申请次数(30天)", RISK, NUMBER, WINDOW, COUNT,
                "Credit decisions made over 30 days");
        add("credit_applications_90d", "Credit applications, 90 days", "信贷申请次数(90天)", RISK, NUMBER, WINDOW, COUNT,
                "Credit decisions made over 90 days");
        add("credit_approvals_365d", "Approvals, 365 days", "获批次数(365天)", RISK, NUMBER, WINDOW, COUNT,
                "APPROVE decisions over 365 days");
        add("credit_declines_90d", "Declines, 90 days", "拒绝次数(90天)", RISK, NUMBER, WINDOW, COUNT,
                "DECLINE decisions over 90 days");
        add("credit_refers_90d", "Referrals to review, 90 days", "转人工次数(90天)", RISK, NUMBER, WINDOW, COUNT,
                "REFER decisions over 90 days");
        cat("last_credit_decision", "Last credit decision", "最近信贷决策", RISK, EVENT, "Latest credit.decisions.v1",
                "APPROVE", "DECLINE", "REFER");
        add("last_credit_decision_date", "Last credit decision date", "最近决策日期", RISK, DATE, EVENT, null,
                "Date of the latest decision");
        add("last_credit_grade", "Last credit grade", "最近信用等级", RISK, CATEGORY, EVENT, null,
                "Grade of the latest decision");
        add("last_credit_score", "Last credit score", "最近信用评分", RISK, NUMBER, EVENT, null,
                "Score of the latest decision");
        add("last_credit_pd", "Last probability of default", "最近违约概率", RISK, NUMBER, EVENT, RATIO,
                "PD of the latest decision");
        add("application_burst_flag", "Many recent applications", "多头申请", RISK, BOOLEAN, WINDOW, null,
                "Three or more credit applications over 30 days");
    }

    private void riskFlags() {
        add("gambling_spend_amount_30d", "Gambling spend, 30 days", "博彩消费金额(30天)", RISK, NUMBER, WINDOW, MONEY,
                "Spend at MCC " + SpendCategory.GAMBLING_MCCS + " over 30 days");
        add("gambling_spend_amount_90d", "Gambling spend, 90 days", "博彩消费金额(90天)", RISK, NUMBER, WINDOW, MONEY,
                "Spend at MCC " + SpendCategory.GAMBLING_MCCS + " over 90 days");
        add("gambling_txn_count_90d", "Gambling transactions, 90 days", "博彩交易笔数(90天)", RISK, NUMBER, WINDOW, COUNT,
                "Such transactions over 90 days");
        add("gambling_share_90d", "Gambling share of spend", "博彩消费占比", RISK, NUMBER, WINDOW, RATIO,
                "Gambling spend over total spend (gambling included), 90 days");
        add("gambling_flag", "Gambling", "涉赌", RISK, BOOLEAN, WINDOW, null, "Any gambling transaction over 90 days");
        add("abroad_txn_count_7d", "Transactions abroad, 7 days", "境外交易笔数(7天)", RISK, NUMBER, WINDOW, COUNT,
                "Transactions with a country other than CN over 7 days");
        add("abroad_burst_flag", "Burst of transactions abroad", "境外交易突增", RISK, BOOLEAN, WINDOW, null,
                "Three or more transactions abroad on one day, or two or more foreign countries, within 7 days");
        add("salary_stop_flag", "Salary stopped", "工资断发", RISK, BOOLEAN, WINDOW, null,
                "Salary credited 46–120 days ago but none over the last 45 days");
        add("cash_advance_count_90d", "Cash advances, 90 days", "信用卡取现笔数(90天)", RISK, NUMBER, WINDOW, COUNT,
                "CASH_ADVANCE transactions over 90 days");
        add("cash_advance_amount_90d", "Cash advanced, 90 days", "信用卡取现金额(90天)", RISK, NUMBER, WINDOW, MONEY,
                "CASH_ADVANCE transactions over 90 days");
        add("high_cash_usage_flag", "Heavy cash use", "高频取现", RISK, BOOLEAN, WINDOW, null,
                "Cash withdrawals and advances over half of the money out over 90 days");
        add("balance_drop_flag", "Balance collapse", "余额骤降", RISK, BOOLEAN, EXPRESSION, null,
                "balance_trend_30d below −0.5");
        add("low_balance_days_30d", "Low-balance days, 30 days", "低余额天数(30天)", RISK, NUMBER, WINDOW, DAYS,
                "Days ending with a known balance below 100 over 30 days");
        add("risk_signals_30d", "Risk signals, 30 days", "风险信号数(30天)", RISK, NUMBER, WINDOW, COUNT,
                "credit.risk-signals.v1 events over 30 days");
        add("risk_signals_90d", "Risk signals, 90 days", "风险信号数(90天)", RISK, NUMBER, WINDOW, COUNT,
                "credit.risk-signals.v1 events over 90 days");
        add("high_severity_signals_90d", "Severe risk signals, 90 days", "高危信号数(90天)", RISK, NUMBER, WINDOW, COUNT,
                "Signals of severity HIGH or CRITICAL over 90 days");
        cat("max_signal_severity_90d", "Worst signal severity, 90 days", "最高信号等级(90天)", RISK, WINDOW,
                "Highest severity of signals over 90 days", "INFO", "LOW", "MEDIUM", "HIGH", "CRITICAL");
        add("last_risk_signal_type", "Last risk signal", "最近风险信号", RISK, CATEGORY, EVENT, null,
                "signalType of the latest signal");
        add("last_risk_signal_date", "Last risk signal date", "最近风险信号日期", RISK, DATE, EVENT, null,
                "Date of the latest signal");
        add("early_delinquency_signal_90d", "Early-delinquency warning", "早期逾期预警", RISK, BOOLEAN, WINDOW, null,
                "An EARLY_DELINQUENCY_RISK signal over 90 days");
        add("limit_freeze_active", "Credit limit frozen", "额度冻结", RISK, BOOLEAN, WINDOW, null,
                "A LIMIT_FREEZE signal over 90 days");
        add("collections_entered_365d", "In collections", "进入催收", RISK, BOOLEAN, WINDOW, null,
                "A COLLECTIONS_ENTERED signal over 365 days");
        add("fraud_suspect_flag", "Fraud suspected", "疑似欺诈", RISK, BOOLEAN, WINDOW, null,
                "A signal whose type contains FRAUD over 90 days");
        cat("risk_level", "Overall risk level", "综合风险等级", RISK, EXPRESSION, "CRITICAL: charged off, DPD 90+, fraud "
                        + "or collections; HIGH: DPD 31+, gambling share ≥ 0.2, salary stopped, or a severe signal; "
                        + "MEDIUM: any DPD, gambling, application burst, abroad burst or heavy cash use; else LOW",
                "LOW", "MEDIUM", "HIGH", "CRITICAL");
    }

    static final String[][] TIME_SLOTS = {
            {"morning", "上午", "06:00 and 11:59"},
            {"afternoon", "下午", "12:00 and 17:59"},
            {"evening", "晚间", "18:00 and 21:59"},
            {"night", "夜间", "22:00 and 05:59"}};

    static final String[][] LOAN_PRODUCTS = {
            {"personal_loan", "a personal loan", "个人贷款", "PERSONAL_LOAN"},
            {"mortgage", "a mortgage", "房贷", "MORTGAGE"},
            {"credit_card", "a credit card", "信用卡", "CREDIT_CARD"},
            {"auto_loan", "an auto loan", "车贷", "AUTO_LOAN"}};

    private static String channelZh(TransactionPosted.Channel channel) {
        return switch (channel) {
            case POS -> "POS刷卡";
            case ECOMMERCE -> "电商";
            case ATM -> "ATM";
            case MOBILE -> "手机银行";
            case WEB -> "网上银行";
            case BRANCH -> "柜面";
            case DIRECT_DEBIT -> "代扣";
        };
    }

    private static List<String> categoryNames() {
        return java.util.Arrays.stream(SpendCategory.values()).map(Enum::name).toList();
    }

    private void add(String code, String en, String zh, Dimension dimension, ValueType type, Computation computation,
            String unit, String rule) {
        tags.add(def(code, en, zh, dimension, type, computation, unit, rule, List.of(), false));
    }

    private void cat(String code, String en, String zh, Dimension dimension, Computation computation, String rule,
            String... categories) {
        tags.add(def(code, en, zh, dimension, CATEGORY, computation, null, rule, List.of(categories), false));
    }

    private static TagDefinition def(String code, String en, String zh, Dimension dimension, ValueType type,
            Computation computation, String unit, String rule, List<String> categories, boolean personal) {
        return new TagDefinition(code, en, zh, dimension, type, computation, 1, TagStatus.ACTIVE, owner(dimension),
                rule, rule, unit,
                categories, personal, true);
    }

    private static String owner(Dimension dimension) {
        return switch (dimension) {
            case BASIC -> "customer-data";
            case BEHAVIOUR, VALUE -> "marketing-analytics";
            case RISK -> "risk-analytics";
        };
    }
}
