package org.banyan.simulator.customer;

import java.util.ArrayList;
import java.util.List;

/** The cities the simulated bank serves, by commercial tier. */
public final class Cities {

    private static final Object[][] TABLE = {
            // name, province, tier, region code of a central district, district, weight
            {"Beijing", "Beijing", 1, "110105", "Chaoyang District", 5.0},
            {"Shanghai", "Shanghai", 1, "310115", "Pudong New Area", 5.5},
            {"Guangzhou", "Guangdong", 1, "440106", "Tianhe District", 4.0},
            {"Shenzhen", "Guangdong", 1, "440304", "Futian District", 4.0},
            {"Chengdu", "Sichuan", 2, "510107", "Wuhou District", 2.6},
            {"Chongqing", "Chongqing", 2, "500112", "Yubei District", 2.6},
            {"Hangzhou", "Zhejiang", 2, "330106", "Xihu District", 2.3},
            {"Wuhan", "Hubei", 2, "420106", "Wuchang District", 2.2},
            {"Xi'an", "Shaanxi", 2, "610113", "Yanta District", 2.0},
            {"Suzhou", "Jiangsu", 2, "320508", "Gusu District", 2.0},
            {"Zhengzhou", "Henan", 2, "410105", "Jinshui District", 2.0},
            {"Nanjing", "Jiangsu", 2, "320106", "Gulou District", 1.9},
            {"Tianjin", "Tianjin", 2, "120104", "Nankai District", 2.0},
            {"Changsha", "Hunan", 2, "430104", "Yuelu District", 1.8},
            {"Dongguan", "Guangdong", 2, "441900", "Dongguan", 1.7},
            {"Ningbo", "Zhejiang", 2, "330212", "Yinzhou District", 1.5},
            {"Foshan", "Guangdong", 2, "440605", "Nanhai District", 1.6},
            {"Hefei", "Anhui", 2, "340104", "Shushan District", 1.6},
            {"Qingdao", "Shandong", 2, "370202", "Shinan District", 1.6},
            {"Kunming", "Yunnan", 3, "530102", "Wuhua District", 1.1},
            {"Shenyang", "Liaoning", 3, "210102", "Heping District", 1.2},
            {"Jinan", "Shandong", 3, "370102", "Lixia District", 1.1},
            {"Wuxi", "Jiangsu", 3, "320213", "Liangxi District", 1.0},
            {"Xiamen", "Fujian", 3, "350203", "Siming District", 0.9},
            {"Fuzhou", "Fujian", 3, "350102", "Gulou District", 1.0},
            {"Wenzhou", "Zhejiang", 3, "330302", "Lucheng District", 1.0},
            {"Dalian", "Liaoning", 3, "210202", "Zhongshan District", 1.0},
            {"Harbin", "Heilongjiang", 3, "230103", "Nangang District", 1.1},
            {"Changchun", "Jilin", 3, "220104", "Chaoyang District", 1.0},
            {"Nanning", "Guangxi", 3, "450103", "Qingxiu District", 1.0},
            {"Shijiazhuang", "Hebei", 3, "130102", "Chang'an District", 1.0},
            {"Guiyang", "Guizhou", 3, "520102", "Nanming District", 0.9},
            {"Nanchang", "Jiangxi", 3, "360102", "Donghu District", 0.9},
            {"Taiyuan", "Shanxi", 3, "140105", "Xiaodian District", 0.9},
            {"Changzhou", "Jiangsu", 3, "320402", "Tianning District", 0.8},
            {"Quanzhou", "Fujian", 3, "350502", "Licheng District", 0.8},
            {"Lanzhou", "Gansu", 3, "620102", "Chengguan District", 0.7},
            {"Haikou", "Hainan", 3, "460108", "Meilan District", 0.5},
            {"Urumqi", "Xinjiang", 3, "650102", "Tianshan District", 0.6},
            {"Hohhot", "Inner Mongolia", 3, "150102", "Xincheng District", 0.5},
            {"Yangzhou", "Jiangsu", 4, "321002", "Guangling District", 0.9},
            {"Xuzhou", "Jiangsu", 4, "320303", "Yunlong District", 1.1},
            {"Luoyang", "Henan", 4, "410303", "Xigong District", 1.0},
            {"Zhuhai", "Guangdong", 4, "440402", "Xiangzhou District", 0.8},
            {"Yantai", "Shandong", 4, "370602", "Zhifu District", 1.0},
            {"Weifang", "Shandong", 4, "370705", "Kuiwen District", 1.0},
            {"Baotou", "Inner Mongolia", 4, "150203", "Kundulun District", 0.7},
            {"Yinchuan", "Ningxia", 4, "640104", "Xingqing District", 0.6},
            {"Xining", "Qinghai", 4, "630103", "Chengzhong District", 0.5},
            {"Liuzhou", "Guangxi", 4, "450202", "Chengzhong District", 0.7},
            {"Wuhu", "Anhui", 4, "340202", "Jinghu District", 0.7},
            {"Ganzhou", "Jiangxi", 4, "360702", "Zhanggong District", 0.9},
            {"Shantou", "Guangdong", 4, "440507", "Longhu District", 0.9},
            {"Zhanjiang", "Guangdong", 4, "440802", "Chikan District", 0.8},
            {"Mianyang", "Sichuan", 4, "510703", "Fucheng District", 0.8},
            {"Yichang", "Hubei", 4, "420502", "Xiling District", 0.7},
            {"Xiangyang", "Hubei", 4, "420602", "Xiangcheng District", 0.7},
            {"Lhasa", "Tibet", 4, "540102", "Chengguan District", 0.2},
            {"Kaifeng", "Henan", 5, "410202", "Longting District", 0.9},
            {"Tianshui", "Gansu", 5, "620502", "Qinzhou District", 0.7},
            {"Zunyi", "Guizhou", 5, "520302", "Honghuagang District", 0.9},
            {"Qujing", "Yunnan", 5, "530302", "Qilin District", 0.8},
            {"Hengyang", "Hunan", 5, "430405", "Zhuhui District", 0.8},
            {"Suihua", "Heilongjiang", 5, "231202", "Beilin District", 0.6},
            {"Nanchong", "Sichuan", 5, "511302", "Shunqing District", 0.8},
            {"Shaoyang", "Hunan", 5, "430502", "Shuangqing District", 0.8},
            {"Zhoukou", "Henan", 5, "411602", "Chuanhui District", 0.9},
            {"Zhangjiakou", "Hebei", 5, "130702", "Qiaodong District", 0.6},
            {"Jiamusi", "Heilongjiang", 5, "230803", "Xiangyang District", 0.5},
            {"Anshun", "Guizhou", 5, "520402", "Xixiu District", 0.5},
            {"Fuyang", "Anhui", 5, "341202", "Yingzhou District", 0.9},
            {"Shangqiu", "Henan", 5, "411402", "Liangyuan District", 0.8},
            {"Dingxi", "Gansu", 5, "621102", "Anding District", 0.4},
            {"Baoji", "Shaanxi", 5, "610302", "Weibin District", 0.6},
    };

    private static final List<City> ALL = build();

    private Cities() {
    }

    public static List<City> all() {
        return ALL;
    }

    public static City get(int ordinal) {
        return ALL.get(ordinal);
    }

    public static int size() {
        return ALL.size();
    }

    private static List<City> build() {
        List<City> cities = new ArrayList<>();
        for (Object[] row : TABLE) {
            cities.add(new City(cities.size(), (String) row[0], (String) row[1], (Integer) row[2], (String) row[3],
                    (String) row[4], (Double) row[5]));
        }
        return List.copyOf(cities);
    }
}
