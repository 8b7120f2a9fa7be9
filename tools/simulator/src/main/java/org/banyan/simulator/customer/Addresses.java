package org.banyan.simulator.customer;

import org.banyan.simulator.core.Rng;

/** Residential addresses in the English form Chinese banks print: room, building, number, road, district, city. */
public final class Addresses {

    private static final String[] ROADS = {
            "Renmin", "Jiefang", "Zhongshan", "Jianshe", "Heping", "Xinhua", "Chaoyang", "Shengli", "Wenhua",
            "Changjiang", "Huanghe", "Yingbin", "Jinqiao", "Binhe", "Xueyuan", "Dongfeng", "Hongqi", "Guangming",
            "Minzhu", "Fuxing", "Tiyu", "Qingnian", "Wuyi", "Gongye", "Xinhua East", "Century", "Huaihai",
            "Nanjing", "Beijing", "Yan'an"
    };

    private Addresses() {
    }

    public static String of(City city, Rng rng) {
        int floor = rng.between(1, 32);
        int unit = rng.between(1, 8);
        return "Room " + floor + (unit < 10 ? "0" : "") + unit
                + ", Building " + rng.between(1, 28)
                + ", " + rng.between(1, 999) + " " + rng.pick(ROADS) + " Road"
                + ", " + city.district() + ", " + city.name();
    }
}
