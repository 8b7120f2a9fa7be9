package org.banyan.profile.catalog;

/** The four views of a customer the catalog is organised by. */
public enum Dimension {
    BASIC("Basic attributes", "基础属性"),
    BEHAVIOUR("Behaviour preferences", "行为偏好"),
    RISK("Risk features", "风险特征"),
    VALUE("Value potential", "价值潜力");

    private final String nameEn;
    private final String nameZh;

    Dimension(String nameEn, String nameZh) {
        this.nameEn = nameEn;
        this.nameZh = nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public String nameZh() {
        return nameZh;
    }
}
