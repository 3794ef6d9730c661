import Domain

/// Word lists for plausible Chinese names. Illustrative: place names are made from syllables of
/// southern-Xinjiang place names, people's names from common surnames and given names.
enum Names {
    static let placeSyllables = Array("温宿库车沙雅新和拜城乌什阿瓦提柯坪托克苏塔巴楚伽师莎泽普叶麦盖疏附英吉岳湖昭特尼勒霍察布精博乐轮台若羌且末焉耆硕田洛浦策于民丰墨玉皮山喀恰艾古依佳木乎孜").map(String.init)
    static let surnames = Array("李王张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤").map(String.init)
    static let givenNames = [
        "建国", "红", "敏", "静", "伟", "磊", "芳", "娜", "涛", "帆", "志强", "志刚", "丽", "军", "勇", "霞",
        "平", "刚", "杰", "鹏", "华", "明", "辉", "燕", "玲", "斌", "海燕", "晓东", "文博", "雪梅", "建华",
        "春生", "立新", "国庆", "永红", "振华", "亚楠", "思远", "嘉怡", "宇航", "红梅", "卫东", "新民", "爱军"
    ]
    static let uyghurNames = [
        "艾力", "买买提", "热合曼", "吐尔逊", "阿不都拉", "迪丽努尔", "古丽娜尔", "帕提古丽", "阿依古丽",
        "努尔艾力", "吾斯曼", "阿不都热依木", "买买提江", "吐尔逊江", "艾尔肯", "热依拉", "米日古丽", "阿迪力",
        "阿依努尔", "祖丽菲亚", "麦麦提", "艾合买提", "如克亚", "玉苏甫", "依明", "司马义", "艾海提",
        "热依木", "阿布来提", "努尔古丽", "哈斯木", "阿不来提"
    ]
    /// Crops and industries shown in field classrooms (田间课堂).
    static let crops = ["核桃", "红枣", "苹果", "大米", "棉花", "香梨", "葡萄", "小麦良种", "设施蔬菜", "林果", "枸杞", "甜瓜"]
    /// Projects shown in project classrooms (项目课堂).
    static let projects = ["高效节水灌溉", "高标准农田建设", "光伏发电", "农村人居环境整治", "防沙治沙", "乡村道路提升", "小型水库除险加固"]
    /// Industrial parks (园区企业).
    static let parks = ["工业园区", "纺织服装产业园", "农产品精深加工园", "现代物流园", "电子商务产业园"]
}

extension SeededRandom {
    /// A number in 0..<n from this generator's own arithmetic, so results never depend on the
    /// standard library's sampling algorithm.
    mutating func below(_ n: Int) -> Int {
        precondition(n > 0)
        return Int(next() % UInt64(n))
    }
    mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + below(range.count) }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    /// True with probability `percent` %.
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    /// `k` distinct items in their original order.
    mutating func choose<T>(_ k: Int, of items: [T]) -> [T] {
        var indices = Array(items.indices)
        var chosen: [Int] = []
        for _ in 0..<min(k, items.count) { chosen.append(indices.remove(at: below(indices.count))) }
        return chosen.sorted().map { items[$0] }
    }

    mutating func personName() -> String {
        if chance(45) {
            let given = pick(Names.uyghurNames)
            var father = pick(Names.uyghurNames)
            while father == given { father = pick(Names.uyghurNames) }
            return given + "·" + father
        }
        return pick(Names.surnames) + pick(Names.givenNames)
    }

    /// A two-syllable place name not in `used`.
    mutating func placeName(avoiding used: inout Set<String>) -> String {
        while true {
            let a = pick(Names.placeSyllables), b = pick(Names.placeSyllables)
            guard a != b else { continue }
            let name = a + b
            if used.insert(name).inserted { return name }
        }
    }
}
