/* extract/lang_zh.c - Chinese, simplified and traditional. */
#include <stddef.h>
#include "lang.h"

static const struct numeral NUMERALS[] = {
	{"〇", N_DIGIT, 0, 0}, {"零", N_DIGIT, 0, 0},
	{"一", N_DIGIT, 1, 0}, {"二", N_DIGIT, 2, 0}, {"两", N_DIGIT, 2, 0},
	{"兩", N_DIGIT, 2, 0}, {"三", N_DIGIT, 3, 0}, {"四", N_DIGIT, 4, 0},
	{"五", N_DIGIT, 5, 0}, {"六", N_DIGIT, 6, 0}, {"七", N_DIGIT, 7, 0},
	{"八", N_DIGIT, 8, 0}, {"九", N_DIGIT, 9, 0},
	{"十", N_PLACE, 10, 0}, {"百", N_PLACE, 100, 0}, {"千", N_PLACE, 1000, 0},
	{"万", N_BIG, 1e4, 0}, {"萬", N_BIG, 1e4, 0},
	{"亿", N_BIG, 1e8, 0}, {"億", N_BIG, 1e8, 0},
	{"万亿", N_BIG, 1e12, 0}, {"萬億", N_BIG, 1e12, 0}, {"兆", N_BIG, 1e12, 0},
	{"数", N_SEVERAL, 0, 0}, {"數", N_SEVERAL, 0, 0}, {"几", N_SEVERAL, 0, 0},
	{"幾", N_SEVERAL, 0, 0}, {"半", N_WORD, 0.5, 0},
	{"点", N_POINT, 0, 0}, {"點", N_POINT, 0, 0},
	{NULL, N_DIGIT, 0, 0}
};

static const struct unit UNITS[] = {
	{"%", "percent", K_PERCENT, 1}, {"％", "percent", K_PERCENT, 1},
	{"成", "percent", K_PERCENT, 10},
	{"‰", "percent", K_PERCENT, 0.1}, {"‱", "percent", K_PERCENT, 0.01},
	{"个百分点", "point", K_PERCENT, 1}, {"個百分點", "point", K_PERCENT, 1},
	{"个基点", "point", K_PERCENT, 0.01}, {"個基點", "point", K_PERCENT, 0.01}, {"基点", "point", K_PERCENT, 0.01}, {"基點", "point", K_PERCENT, 0.01},	/* basis points */
	{"百分点", "point", K_PERCENT, 1}, {"百分點", "point", K_PERCENT, 1},
	{"人公里", "pkm", K_MEASURE, 1}, {"吨公里", "tkm", K_MEASURE, 1}, {"噸公里", "tkm", K_MEASURE, 1},	/* passenger- and tonne-kilometres */
	{"美元", "USD", K_MONEY, 1}, {"美金", "USD", K_MONEY, 1}, {"令吉", "MYR", K_MONEY, 1}, {"林吉特", "MYR", K_MONEY, 1},
	{"人民币", "CNY", K_MONEY, 1}, {"人民幣", "CNY", K_MONEY, 1},
	{"元人民币", "CNY", K_MONEY, 1}, {"元", "CNY", K_MONEY, 1},
	{"块钱", "CNY", K_MONEY, 1}, {"塊錢", "CNY", K_MONEY, 1}, {"分钱", "CNY", K_MONEY, 0.01}, {"分錢", "CNY", K_MONEY, 0.01}, {"角钱", "CNY", K_MONEY, 0.1}, {"角錢", "CNY", K_MONEY, 0.1},	/* 块 alone counts: 银幕6412块 */ {"欧元", "EUR", K_MONEY, 1},
	{"歐元", "EUR", K_MONEY, 1}, {"日元", "JPY", K_MONEY, 1},
	{"日圆", "JPY", K_MONEY, 1}, {"英镑", "GBP", K_MONEY, 1},
	{"英鎊", "GBP", K_MONEY, 1}, {"卢比", "INR", K_MONEY, 1},
	{"盧比", "INR", K_MONEY, 1}, {"韩元", "KRW", K_MONEY, 1},
	{"港元", "HKD", K_MONEY, 1}, {"港币", "HKD", K_MONEY, 1}, {"港幣", "HKD", K_MONEY, 1},
	{"澳元", "AUD", K_MONEY, 1}, {"加元", "CAD", K_MONEY, 1}, {"新台币", "TWD", K_MONEY, 1},
	{"新台幣", "TWD", K_MONEY, 1}, {"新加坡元", "SGD", K_MONEY, 1}, {"新西兰元", "NZD", K_MONEY, 1},
	{"瑞士法郎", "CHF", K_MONEY, 1}, {"卢布", "RUB", K_MONEY, 1}, {"盧布", "RUB", K_MONEY, 1},
	{"泰铢", "THB", K_MONEY, 1}, {"雷亚尔", "BRL", K_MONEY, 1}, {"瑞典克朗", "SEK", K_MONEY, 1},
	{"挪威克朗", "NOK", K_MONEY, 1}, {"丹麦克朗", "DKK", K_MONEY, 1}, {"比索", "MXN", K_MONEY, 1},
	{"美分", "USD", K_MONEY, 0.01}, {"便士", "GBP", K_MONEY, 0.01}, {"兰特", "ZAR", K_MONEY, 1},
	{"蘭特", "ZAR", K_MONEY, 1},
	{"人", "person", K_COUNT, 1}, {"名", "person", K_COUNT, 1}, {"口人", "person", K_COUNT, 1}, {"口之家", "person", K_COUNT, 1},	/* 三口人, 三口之家: people of a household */
	{"位", "person", K_COUNT, 1}, {"个人", "person", K_COUNT, 1},
	{"家", "company", K_COUNT, 1}, {"家公司", "company", K_COUNT, 1},
	{"处", "item", K_COUNT, 1}, {"處", "item", K_COUNT, 1}, {"只", "item", K_COUNT, 1}, {"隻", "item", K_COUNT, 1},
	{"个", "item", K_COUNT, 1}, {"個", "item", K_COUNT, 1},
	{"箱", "item", K_COUNT, 1}, {"本", "item", K_COUNT, 1}, {"册", "item", K_COUNT, 1}, {"冊", "item", K_COUNT, 1}, {"组", "item", K_COUNT, 1},
	{"株", "item", K_COUNT, 1}, {"棵", "item", K_COUNT, 1},	/* trees, plants */
	{"組", "item", K_COUNT, 1}, {"场", "item", K_COUNT, 1}, {"場", "item", K_COUNT, 1}, {"列次", "trip", K_COUNT, 1}, {"列", "item", K_COUNT, 1}, {"部", "item", K_COUNT, 1}, {"部门", "item", K_COUNT, 1}, {"部門", "item", K_COUNT, 1}, {"部委", "item", K_COUNT, 1},
	{"杯", "item", K_COUNT, 1},	/* 约470杯 (not 间: 10000与20000间 is between) */
	{"罐", "item", K_COUNT, 1}, {"盒", "item", K_COUNT, 1}, {"盏", "item", K_COUNT, 1}, {"盞", "item", K_COUNT, 1}, {"碗", "item", K_COUNT, 1},
	{"瓶", "item", K_COUNT, 1}, {"袋", "item", K_COUNT, 1},
	{"件", "item", K_COUNT, 1}, {"款", "item", K_COUNT, 1},
	{"台套", "item", K_COUNT, 1}, {"台", "item", K_COUNT, 1}, {"项", "item", K_COUNT, 1},
	{"节编组", "item", K_COUNT, 1}, {"節編組", "item", K_COUNT, 1}, {"节车厢", "item", K_COUNT, 1}, {"節車廂", "item", K_COUNT, 1},	/* 6节编组: cars (节 alone: knots, a quarter) */
	{"次", "occurrence", K_COUNT, 1}, {"人次", "trip", K_COUNT, 1}, {"乘次", "trip", K_COUNT, 1},	/* 412.6万乘次: rides */
	{"条", "item", K_COUNT, 1}, {"條", "item", K_COUNT, 1}, {"架次", "flight", K_COUNT, 1}, {"艘次", "trip", K_COUNT, 1}, {"辆次", "trip", K_COUNT, 1}, {"輛次", "trip", K_COUNT, 1},
	{"车次", "trip", K_COUNT, 1}, {"車次", "trip", K_COUNT, 1},	/* 3000车次: runs of vehicles */
	{"标准箱", "TEU", K_COUNT, 1},
	{"套", "item", K_COUNT, 1}, {"票", "vote", K_COUNT, 1}, {"席", "seat", K_COUNT, 1}, {"所", "item", K_COUNT, 1}, {"座", "item", K_COUNT, 1},
	{"栋", "item", K_COUNT, 1}, {"棟", "item", K_COUNT, 1}, {"层", "item", K_COUNT, 1}, {"層", "item", K_COUNT, 1}, {"片", "item", K_COUNT, 1}, {"例", "case", K_COUNT, 1}, {"批", "item", K_COUNT, 1}, {"轮", "item", K_COUNT, 1}, {"輪", "item", K_COUNT, 1},
	{"篇", "item", K_COUNT, 1}, {"枚", "item", K_COUNT, 1}, {"颗", "item", K_COUNT, 1}, {"根", "item", K_COUNT, 1},
	{"艘", "item", K_COUNT, 1}, {"支", "item", K_COUNT, 1}, {"份", "item", K_COUNT, 1},
	{"顶", "item", K_COUNT, 1}, {"张", "item", K_COUNT, 1}, {"块", "item", K_COUNT, 1}, {"塊", "item", K_COUNT, 1},
	{"双", "item", K_COUNT, 1}, {"雙", "item", K_COUNT, 1}, {"把", "item", K_COUNT, 1},	/* pairs; knives, chairs */
	{"班", "item", K_COUNT, 1}, {"班次", "trip", K_COUNT, 1}, {"餐", "item", K_COUNT, 1}, {"群", "item", K_COUNT, 1}, {"群众", "person", K_COUNT, 1}, {"群眾", "person", K_COUNT, 1}, {"串", "item", K_COUNT, 1},	/* 每天4班 (runs), 50群 (colonies) */ {"张床", "item", K_COUNT, 1},
	{"户", "household", K_COUNT, 1}, {"辆", "item", K_COUNT, 1}, {"架", "item", K_COUNT, 1},
	{"户籍人口", "person", K_COUNT, 1}, {"戶籍人口", "person", K_COUNT, 1},	/* 2.7万户籍人口: registered residents, no households */
	{"单", "item", K_COUNT, 1}, {"單", "item", K_COUNT, 1},	/* 约12万单: orders */
	{"尾", "item", K_COUNT, 1}, {"头", "item", K_COUNT, 1}, {"頭", "item", K_COUNT, 1},
	{"种", "item", K_COUNT, 1}, {"種", "item", K_COUNT, 1}, {"起", "case", K_COUNT, 1},
	{"趟", "trip", K_COUNT, 1},
	{"千瓦时", "kWh", K_MEASURE, 1}, {"千瓦時", "kWh", K_MEASURE, 1}, {"度电", "kWh", K_MEASURE, 1},
	{"千瓦", "kW", K_MEASURE, 1}, {"兆瓦", "MW", K_MEASURE, 1}, {"吉瓦", "GW", K_MEASURE, 1}, {"瓦", "W", K_MEASURE, 1},
	{"百帕", "hPa", K_MEASURE, 1}, {"hPa", "hPa", K_MEASURE, 1}, {"千帕", "kPa", K_MEASURE, 1},	/* 970百帕: air pressure */
	{"ppm", "ppm", K_MEASURE, 1}, {"ppb", "ppb", K_MEASURE, 1},	/* 420ppm: a concentration */
	{"吉瓦时", "GWh", K_MEASURE, 1}, {"吉瓦時", "GWh", K_MEASURE, 1}, {"兆瓦时", "MWh", K_MEASURE, 1}, {"兆瓦時", "MWh", K_MEASURE, 1},
	{"千克", "kg", K_MEASURE, 1}, {"公斤", "kg", K_MEASURE, 1},
	{"磅", "lb", K_MEASURE, 1},	/* a weight (the money is 英镑) */
	{"对", "item", K_COUNT, 1}, {"對", "item", K_COUNT, 1},	/* 12对师徒: pairs */
	{"总吨", "GT", K_MEASURE, 1}, {"吨", "t", K_MEASURE, 1}, {"盎司", "ounce", K_MEASURE, 1}, {"噸", "t", K_MEASURE, 1}, {"亩", "mu", K_MEASURE, 1},
	{"公顷", "ha", K_MEASURE, 1}, {"平方公里", "km2", K_MEASURE, 1},
	{"平方千米", "km2", K_MEASURE, 1}, {"立方米", "m3", K_MEASURE, 1},
	{"克", "g", K_MEASURE, 1}, {"公克", "g", K_MEASURE, 1}, {"毫克", "mg", K_MEASURE, 1}, {"微克", "ug", K_MEASURE, 1},
	{"斤", "jin", K_MEASURE, 1}, {"公升", "L", K_MEASURE, 1}, {"毫升", "mL", K_MEASURE, 1}, {"千升", "kL", K_MEASURE, 1},
	{"桶", "barrel", K_MEASURE, 1}, {"kg", "kg", K_MEASURE, 1},
	{"千伏安", "kVA", K_MEASURE, 1}, {"千伏", "kV", K_MEASURE, 1},	/* 220千伏: 千 of the unit, no thousand */
	{"TWh", "TWh", K_MEASURE, 1}, {"GWh", "GWh", K_MEASURE, 1}, {"MWh", "MWh", K_MEASURE, 1}, {"kWh", "kWh", K_MEASURE, 1},
	{"GW", "GW", K_MEASURE, 1}, {"MW", "MW", K_MEASURE, 1}, {"kW", "kW", K_MEASURE, 1},	/* 339.3GWh: the Latin symbols */
	{"℃", "degC", K_TEMPERATURE, 1}, {"°C", "degC", K_TEMPERATURE, 1},
	{"摄氏度", "degC", K_TEMPERATURE, 1}, {"攝氏度", "degC", K_TEMPERATURE, 1},
	{"海里", "nmi", K_DISTANCE, 1}, {"浬", "nmi", K_DISTANCE, 1}, {"英里", "mile", K_DISTANCE, 1}, {"英尺", "ft", K_DISTANCE, 1}, {"英寸", "in", K_DISTANCE, 1}, {"平方米", "m2", K_MEASURE, 1}, {"平方公尺", "m2", K_MEASURE, 1}, {"公尺", "m", K_DISTANCE, 1}, {"毫米", "mm", K_DISTANCE, 1},
	{"厘米", "cm", K_DISTANCE, 1}, {"公里", "km", K_DISTANCE, 1},
	{"千米", "km", K_DISTANCE, 1}, {"米", "m", K_DISTANCE, 1},
	{"km", "km", K_DISTANCE, 1}, {"cm", "cm", K_DISTANCE, 1}, {"mm", "mm", K_DISTANCE, 1},
	{"纳米", "nm", K_DISTANCE, 1}, {"納米", "nm", K_DISTANCE, 1}, {"奈米", "nm", K_DISTANCE, 1}, {"nm", "nm", K_DISTANCE, 1},
	{"年", "year", K_DURATION, 1}, {"年间", "year", K_DURATION, 1},
	{"个月", "month", K_DURATION, 1}, {"個月", "month", K_DURATION, 1},
	{"个季度", "quarter", K_DURATION, 1}, {"個季度", "quarter", K_DURATION, 1}, {"季度", "quarter", K_DURATION, 1},	/* 每季度1次 */
	{"月", "month", K_DURATION, 1},
	{"个季度", "quarter", K_DURATION, 1},
	{"周", "week", K_DURATION, 1}, {"週", "week", K_DURATION, 1},
	{"星期", "week", K_DURATION, 1}, {"个星期", "week", K_DURATION, 1},
	{"个工作日", "day", K_DURATION, 1}, {"个交易日", "day", K_DURATION, 1},
	{"工作日", "day", K_DURATION, 1}, {"交易日", "day", K_DURATION, 1},
	{"天", "day", K_DURATION, 1}, {"日间", "day", K_DURATION, 1}, {"日", "day", K_DURATION, 1},
	{"个自然日", "day", K_DURATION, 1}, {"自然日", "day", K_DURATION, 1},
	{"小时", "hour", K_DURATION, 1}, {"小時", "hour", K_DURATION, 1},
	{"个小时", "hour", K_DURATION, 1}, {"分钟", "minute", K_DURATION, 1},
	{"個小時", "hour", K_DURATION, 1}, {"分鐘", "minute", K_DURATION, 1}, {"秒鐘", "second", K_DURATION, 1},
	{"個星期", "week", K_DURATION, 1}, {"個工作日", "day", K_DURATION, 1}, {"個交易日", "day", K_DURATION, 1},
	{"秒钟", "second", K_DURATION, 1}, {"秒", "second", K_DURATION, 1},
	{"岁", "year", K_AGE, 1}, {"歲", "year", K_AGE, 1}, {"周岁", "year", K_AGE, 1},
	{"倍", "times", K_RATIO, 1},
	{NULL, NULL, K_NUMBER, 0}
};

static const struct unit PERCENT = {"%", "percent", K_PERCENT, 1};
static const struct unit PERMILLE = {"‰", "percent", K_PERCENT, 0.1};	/* 千分之五 = 0.5% */
static const struct unit PER_MYRIAD = {"‱", "percent", K_PERCENT, 0.01};	/* 万分之三 = 0.03% */
static const struct unit OCCURRENCE = {"次", "occurrence", K_COUNT, 1};
static const struct unit RACE_MINUTES = {"", "minute", K_DURATION, 1};	/* 2:02.31 */
static const struct unit KMH = {"公里", "km/h", K_MEASURE, 1};
static const struct unit POINTS = {"分", "point", K_COUNT, 1};	/* a game's or a test's */
static const struct unit STREAK = {"连胜", "item", K_COUNT, 1};	/* 8连胜: wins (or losses) in a row */
static const struct unit YUAN = {"块钱", "CNY", K_MONEY, 1};
static const struct unit LEVEL = {"级", "level", K_MEASURE, 1};
static const struct unit CELSIUS = {"度", "degC", K_TEMPERATURE, 1};
static const struct unit ANGLE = {"度", "deg", K_MEASURE, 1};	/* 坡度30度 */
static const struct unit DISCOUNT = {"折", "percent", K_PERCENT, 10};	/* 八折: 80% of the price */
static const struct unit DISCOUNT2 = {"折", "percent", K_PERCENT, 1};	/* 八五折: 85% */

/* 每斤, a verb of up to four characters and a qualifier: the lead of a 每
 * rate whose figure the main rule reads otherwise */
#define EVERY_LEAD "(?:(?<pre>{PRE})\\h*)?每\\h*(?<du>{DUR}|{PER})(?:(?!每)[\\x{4E00}-\\x{9FFF}]){0,4}?(?:(?<pre2>{PRE})\\h*)?"

/* What an amount is per: 每股0.5元, 每桶80美元 */
static const struct unit MINUTE = {"分", "minute", K_DURATION, 1};
static const struct unit TIMES = {"倍", "times", K_RATIO, 1};
static const struct unit YEARS_AGO = {"", "year", K_DURATION, 1};	/* 1900年前 */
static const struct unit GROSS_TONS = {"", "GT", K_MEASURE, 1};	/* 总吨位约10万吨 (no text: the 吨 of
									 * another figure stays t) */
static const struct unit PER_THINGS[] = {
	{"股", "share", K_COUNT, 1}, {"桶", "barrel", K_COUNT, 1},
	{"时薪", "hour", K_DURATION, 1}, {"時薪", "hour", K_DURATION, 1}, {"日薪", "day", K_DURATION, 1},	/* wages by the hour, by the day */
	{"吨", "t", K_COUNT, 1}, {"盎司", "ounce", K_COUNT, 1}, {"斤", "jin", K_COUNT, 1},
	{"公斤", "kg", K_COUNT, 1}, {"千克", "kg", K_COUNT, 1}, {"克", "g", K_COUNT, 1},
	{"平方米", "m2", K_COUNT, 1}, {"平方公里", "km2", K_COUNT, 1}, {"平方千米", "km2", K_COUNT, 1},
	{"公顷", "ha", K_COUNT, 1}, {"公頃", "ha", K_COUNT, 1}, {"千瓦时", "kWh", K_COUNT, 1}, {"千瓦時", "kWh", K_COUNT, 1}, {"度", "kWh", K_COUNT, 1},
	{"千瓦", "kW", K_COUNT, 1}, {"兆瓦", "MW", K_COUNT, 1}, {"瓦时", "Wh", K_COUNT, 1}, {"瓦時", "Wh", K_COUNT, 1}, {"瓦", "W", K_COUNT, 1},	/* 每千瓦补贴300元 (not per thousand) */
	{"升", "L", K_COUNT, 1}, {"公升", "L", K_COUNT, 1}, {"立方米", "m3", K_COUNT, 1},
	{"户", "household", K_COUNT, 1}, {"戶", "household", K_COUNT, 1},
	{"亩", "mu", K_COUNT, 1}, {"畝", "mu", K_COUNT, 1}, {"袋", "bag", K_COUNT, 1},
	{"磅", "lb", K_COUNT, 1}, {"次", "occurrence", K_COUNT, 1}, {"趟", "trip", K_COUNT, 1},
	{"个", "item", K_COUNT, 1}, {"個", "item", K_COUNT, 1},
	/* 每箱46美元, 每瓶约30元: counters of things */
	{"箱", "item", K_COUNT, 1}, {"瓶", "item", K_COUNT, 1}, {"件", "item", K_COUNT, 1},
	{"节", "item", K_COUNT, 1}, {"節", "item", K_COUNT, 1},	/* 每节重约400吨: a section, a carriage */
	{"台", "item", K_COUNT, 1}, {"辆", "item", K_COUNT, 1}, {"輛", "item", K_COUNT, 1},
	{"张", "item", K_COUNT, 1}, {"張", "item", K_COUNT, 1}, {"套", "item", K_COUNT, 1},
	{"支", "item", K_COUNT, 1}, {"盒", "item", K_COUNT, 1}, {"包", "item", K_COUNT, 1},
	{"罐", "item", K_COUNT, 1}, {"双", "item", K_COUNT, 1}, {"雙", "item", K_COUNT, 1},
	{"份", "item", K_COUNT, 1}, {"间", "item", K_COUNT, 1}, {"間", "item", K_COUNT, 1},
	{"只", "item", K_COUNT, 1}, {"隻", "item", K_COUNT, 1}, {"头", "item", K_COUNT, 1}, {"尾", "item", K_COUNT, 1},	/* 每尾鱼重约0.4公斤 */
	{"頭", "item", K_COUNT, 1}, {"峰", "item", K_COUNT, 1}, {"本", "item", K_COUNT, 1},
	{"枚", "item", K_COUNT, 1}, {"根", "item", K_COUNT, 1}, {"条", "item", K_COUNT, 1}, {"條", "item", K_COUNT, 1},
	{"处", "item", K_COUNT, 1}, {"處", "item", K_COUNT, 1}, {"座", "item", K_COUNT, 1}, {"棵", "item", K_COUNT, 1},
	{"株", "item", K_COUNT, 1}, {"盏", "item", K_COUNT, 1}, {"盞", "item", K_COUNT, 1}, {"片", "item", K_COUNT, 1}, {"碗", "item", K_COUNT, 1},
	{"栋", "item", K_COUNT, 1}, {"棟", "item", K_COUNT, 1}, {"家", "item", K_COUNT, 1}, {"所", "item", K_COUNT, 1},
	{"单", "item", K_COUNT, 1}, {"單", "item", K_COUNT, 1}, {"笔", "item", K_COUNT, 1}, {"筆", "item", K_COUNT, 1},	/* 每单12元 */
	{"餐", "item", K_COUNT, 1}, {"顿", "item", K_COUNT, 1}, {"頓", "item", K_COUNT, 1},	/* 每餐3元至5元 */
	{"块", "item", K_COUNT, 1}, {"塊", "item", K_COUNT, 1},	/* 每块约10元: per piece (3块钱 is money) */
	{"部", "item", K_COUNT, 1},	/* 每部电梯造价: per lift */
	{"串", "item", K_COUNT, 1},	/* 每串售价4元 */
	{"列", "item", K_COUNT, 1}, {"艘", "item", K_COUNT, 1}, {"架", "item", K_COUNT, 1},	/* 每列车最多可载客约1860人 */
	{"人次", "trip", K_COUNT, 1},	/* 每人次约5.1元: per passenger trip */
	{"车次", "trip", K_COUNT, 1}, {"車次", "trip", K_COUNT, 1}, {"辆次", "trip", K_COUNT, 1}, {"輛次", "trip", K_COUNT, 1},
	{"架次", "flight", K_COUNT, 1}, {"艘次", "trip", K_COUNT, 1},	/* 每车次15元: per vehicle trip, per flight */
	{"名", "person", K_COUNT, 1}, {"位", "person", K_COUNT, 1},	/* 每名学生补贴500元 */
	{"晚", "night", K_COUNT, 1}, {"夜", "night", K_COUNT, 1},	/* 每晚500元 */
	{"学期", "semester", K_COUNT, 1}, {"學期", "semester", K_COUNT, 1}, {"季", "season", K_COUNT, 1},
	{"场", "item", K_COUNT, 1}, {"場", "item", K_COUNT, 1},	/* 每场限流200人: per session */
	{"米", "m", K_COUNT, 1},	/* 每米造价约1200元 */
	{"公里", "km", K_COUNT, 1}, {"车公里", "km", K_COUNT, 1}, {"車公里", "km", K_COUNT, 1}, {"千米", "km", K_COUNT, 1},
	{NULL, NULL, K_NUMBER, 0}
};

/* 上千人, 票房过亿: only before a bare place word (上一年 is the year before) */
static const struct qualifier PLACE_PREFIXES[] = {
	{"上", Q_GE, B_FROM}, {"过", Q_GT, B_FROM}, {"過", Q_GT, B_FROM},
	{NULL, Q_EQ, B_ROUND}
};

static const struct qualifier PREFIXES[] = {
	{"约", Q_APPROX, B_ABOUT}, {"約", Q_APPROX, B_ABOUT}, {"约合", Q_APPROX, B_ABOUT}, {"約合", Q_APPROX, B_ABOUT},
	{"折合约", Q_APPROX, B_ABOUT}, {"折合約", Q_APPROX, B_ABOUT}, {"约有", Q_APPROX, B_ABOUT},
	{"约占", Q_APPROX, B_ABOUT}, {"约为", Q_APPROX, B_ABOUT},
	{"約佔", Q_APPROX, B_ABOUT}, {"約占", Q_APPROX, B_ABOUT}, {"约佔", Q_APPROX, B_ABOUT},	/* traditional 佔 */
	{"大约占", Q_APPROX, B_ABOUT}, {"大約佔", Q_APPROX, B_ABOUT},
	{"大约有", Q_APPROX, B_ABOUT},
	{"大约", Q_APPROX, B_ABOUT}, {"大約", Q_APPROX, B_ABOUT},
	{"大概", Q_APPROX, B_ABOUT}, {"差不多", Q_APPROX, B_ABOUT},
	{"几乎", Q_NEARLY, B_BELOW_STEP}, {"幾乎", Q_NEARLY, B_BELOW_STEP},
	{"近", Q_NEARLY, B_BELOW_STEP}, {"将近", Q_NEARLY, B_BELOW_STEP},
	{"將近", Q_NEARLY, B_BELOW_STEP}, {"接近", Q_NEARLY, B_BELOW_STEP},
	{"突破了", Q_GT, B_FROM}, {"突破", Q_GT, B_FROM}, {"破", Q_GT, B_FROM}, {"冲破", Q_GT, B_FROM}, {"衝破", Q_GT, B_FROM}, {"超过", Q_GT, B_FROM}, {"超過", Q_GT, B_FROM}, {"逾", Q_GT, B_FROM},
	{"多于", Q_GT, B_FROM}, {"高于", Q_GT, B_FROM}, {"超", Q_GT, B_FROM},
	{"至少", Q_GE, B_FROM}, {"最少", Q_GE, B_FROM}, {"最低", Q_GE, B_FROM},
	{"不到", Q_LT, B_UPTO}, {"跌破", Q_LT, B_UPTO}, {"不满", Q_LT, B_UPTO}, {"不滿", Q_LT, B_UPTO}, {"未满", Q_LT, B_UPTO}, {"未滿", Q_LT, B_UPTO},
	{"不到其", Q_LT, B_UPTO}, {"不足其", Q_LT, B_UPTO}, {"超过其", Q_GT, B_FROM}, {"超過其", Q_GT, B_FROM},	/* 不到其七分之一: of it */
	{"不会超过", Q_LE, B_UPTO}, {"不會超過", Q_LE, B_UPTO}, {"不会高于", Q_LE, B_UPTO}, {"不会低于", Q_GE, B_FROM},	/* will not exceed */
	{"不得超过", Q_LE, B_UPTO}, {"不宜超过", Q_LE, B_UPTO}, {"不宜超過", Q_LE, B_UPTO}, {"不能超过", Q_LE, B_UPTO}, {"不可超过", Q_LE, B_UPTO},
	{"不应超过", Q_LE, B_UPTO}, {"不得超過", Q_LE, B_UPTO}, {"不得低于", Q_GE, B_FROM},
	{"不得高于", Q_LE, B_UPTO}, {"不得高於", Q_LE, B_UPTO}, {"不能高于", Q_LE, B_UPTO}, {"不应高于", Q_LE, B_UPTO},
	{"不宜高于", Q_LE, B_UPTO}, {"不可高于", Q_LE, B_UPTO}, {"不得多于", Q_LE, B_UPTO}, {"不能多于", Q_LE, B_UPTO},
	{"不能低于", Q_GE, B_FROM}, {"不得少于", Q_GE, B_FROM}, {"不足", Q_LT, B_UPTO}, {"低于", Q_LT, B_UPTO},
	{"不应低于", Q_GE, B_FROM}, {"不宜低于", Q_GE, B_FROM}, {"不应少于", Q_GE, B_FROM}, {"不能少于", Q_GE, B_FROM},
	{"不可低于", Q_GE, B_FROM}, {"不应低於", Q_GE, B_FROM}, {"不得低於", Q_GE, B_FROM},
	{"少于", Q_LT, B_UPTO}, {"低於", Q_LT, B_UPTO},
	{"不少于", Q_GE, B_FROM}, {"不少於", Q_GE, B_FROM}, {"不低于", Q_GE, B_FROM},
	{"不低於", Q_GE, B_FROM}, {"不小于", Q_GE, B_FROM},
	{"不超过", Q_LE, B_UPTO}, {"不超過", Q_LE, B_UPTO}, {"不高于", Q_LE, B_UPTO},
	{"不高於", Q_LE, B_UPTO}, {"不多于", Q_LE, B_UPTO}, {"不大于", Q_LE, B_UPTO},
	{"最长", Q_LE, B_UPTO}, {"最長", Q_LE, B_UPTO}, {"最短", Q_GE, B_FROM},
	{"最多", Q_LE, B_UPTO}, {"至多", Q_LE, B_UPTO}, {"最大", Q_LE, B_UPTO}, {"多达", Q_LE, B_UPTO}, {"最高", Q_LE, B_UPTO}, {"封顶", Q_LE, B_UPTO}, {"封頂", Q_LE, B_UPTO}, {"最长", Q_LE, B_UPTO}, {"最長", Q_LE, B_UPTO},	/* 最长约12公里 */
	{"多達", Q_LE, B_UPTO}, {"上限", Q_LE, B_UPTO}, {"下限", Q_GE, B_FROM},	/* 补贴上限为3万元 */
	{"高达", Q_EQ, B_ROUND}, {"高達", Q_EQ, B_ROUND},	/* "as high as" stresses a figure it states: no bound */
	{NULL, Q_EQ, B_ROUND}
};

static const struct qualifier SUFFIXES[] = {
	{"以上", Q_GE, B_FROM}, {"以下", Q_LE, B_UPTO}, {"以内", Q_LE, B_UPTO},
	{"及以上", Q_GE, B_FROM}, {"及以下", Q_LE, B_UPTO}, {"或以上", Q_GE, B_FROM}, {"或以下", Q_LE, B_UPTO},
	{"以內", Q_LE, B_UPTO}, {"内", Q_LE, B_UPTO}, {"內", Q_LE, B_UPTO}, {"之内", Q_LE, B_UPTO}, {"之內", Q_LE, B_UPTO},
	{"多", Q_GT, B_ABOVE_STEP}, {"余", Q_GT, B_ABOVE_STEP},
	{"餘", Q_GT, B_ABOVE_STEP}, {"强", Q_GT, B_ABOVE_STEP}, {"出头", Q_GT, B_ABOVE_STEP}, {"出頭", Q_GT, B_ABOVE_STEP},
	{"弱", Q_NEARLY, B_BELOW_STEP},
	{"左右", Q_APPROX, B_ABOUT}, {"上下", Q_APPROX, B_ABOUT}, {"上方", Q_GT, B_FROM},
	{"前后", Q_APPROX, B_ABOUT},
	/* 近五年来, 近10年来: the past five years, not nearly five */
	{"来", Q_EQ, B_ROUND}, {"來", Q_EQ, B_ROUND},
	{NULL, Q_EQ, B_ROUND}
};

static const struct period_word PERIODS[] = {
	{"上月", 0, 0, 0, 0, 1, -1}, {"上个月", 0, 0, 0, 0, 1, -1}, {"上個月", 0, 0, 0, 0, 1, -1},
	{"本月", 0, 0, 0, 0, 1, 0}, {"下月", 0, 0, 0, 0, 1, 1}, {"下个月", 0, 0, 0, 0, 1, 1},
	{"上季度", 0, 0, 0, 0, 2, -1}, {"本季度", 0, 0, 0, 0, 2, 0}, {"下季度", 0, 0, 0, 0, 2, 1},
	{"上一季度", 0, 0, 0, 0, 2, -1}, {"下一季度", 0, 0, 0, 0, 2, 1},
	{"下個月", 0, 0, 0, 0, 1, 1},
	{"今年", 0, 0, 0, 0, 0, 0}, {"去年", -1, 0, 0, 0, 0, 0}, {"前年", -2, 0, 0, 0, 0, 0}, {"明年", 1, 0, 0, 0, 0, 0},
	{"上年同期", -1, 0, 0, 0, 0, 0}, {"去年同期", -1, 0, 0, 0, 0, 0}, {"上年", -1, 0, 0, 0, 0, 0},
	{"上半年", 0, 0, 1, 6, 0, 0}, {"下半年", 0, 0, 7, 12, 0, 0}, {"去年上半年", -1, 0, 1, 6, 0, 0},
	{"Q1", 0, 0, 1, 3, 0, 0}, {"Q2", 0, 0, 4, 6, 0, 0}, {"Q3", 0, 0, 7, 9, 0, 0}, {"Q4", 0, 0, 10, 12, 0, 0},
	{"去年下半年", -1, 0, 7, 12, 0, 0}, {"去年前三季度", -1, 0, 1, 9, 0, 0},
	{"去年一季度", -1, 0, 1, 3, 0, 0}, {"去年第一季度", -1, 0, 1, 3, 0, 0}, {"去年二季度", -1, 0, 4, 6, 0, 0},
	{"去年第二季度", -1, 0, 4, 6, 0, 0}, {"去年三季度", -1, 0, 7, 9, 0, 0}, {"去年第三季度", -1, 0, 7, 9, 0, 0},
	{"去年四季度", -1, 0, 10, 12, 0, 0}, {"去年第四季度", -1, 0, 10, 12, 0, 0}, {"前三季度", 0, 0, 1, 9, 0, 0}, {"前两季度", 0, 0, 1, 6, 0, 0},
	{"第一季度", 0, 0, 1, 3, 0, 0}, {"一季度", 0, 0, 1, 3, 0, 0}, {"第二季度", 0, 0, 4, 6, 0, 0},
	{"二季度", 0, 0, 4, 6, 0, 0}, {"第三季度", 0, 0, 7, 9, 0, 0}, {"三季度", 0, 0, 7, 9, 0, 0},
	{"第四季度", 0, 0, 10, 12, 0, 0}, {"四季度", 0, 0, 10, 12, 0, 0},
	{"前3季度", 0, 0, 1, 9, 0, 0}, {"前2季度", 0, 0, 1, 6, 0, 0}, {"去年前3季度", -1, 0, 1, 9, 0, 0},	/* in figures */
	{"第1季度", 0, 0, 1, 3, 0, 0}, {"第2季度", 0, 0, 4, 6, 0, 0}, {"第3季度", 0, 0, 7, 9, 0, 0}, {"第4季度", 0, 0, 10, 12, 0, 0},
	{"1季度", 0, 0, 1, 3, 0, 0}, {"2季度", 0, 0, 4, 6, 0, 0}, {"3季度", 0, 0, 7, 9, 0, 0}, {"4季度", 0, 0, 10, 12, 0, 0},	/* 3季度: the third, as 三季度 */
	{"今年底", 0, 0, 12, 12, 0, 0}, {"今年年底", 0, 0, 12, 12, 0, 0}, {"今年末", 0, 0, 12, 12, 0, 0},
	{"去年底", -1, 0, 12, 12, 0, 0}, {"去年年底", -1, 0, 12, 12, 0, 0}, {"去年末", -1, 0, 12, 12, 0, 0},
	{"明年底", 1, 0, 12, 12, 0, 0}, {"明年年底", 1, 0, 12, 12, 0, 0}, {"明年末", 1, 0, 12, 12, 0, 0},
	{"明年上半年", 1, 0, 1, 6, 0, 0}, {"明年下半年", 1, 0, 7, 12, 0, 0},
	{"年底", 0, 0, 12, 12, 0, 0}, {"年末", 0, 0, 12, 12, 0, 0},
	{"目前", 0, 1, 0, 0, 0, 0}, {"现在", 0, 1, 0, 0, 0, 0}, {"現在", 0, 1, 0, 0, 0, 0}, {"当前", 0, 1, 0, 0, 0, 0},
	{NULL, 0, 0, 0, 0, 0, 0}
};

/* words before a name and an age in brackets (局长李明（48）); not 居民 or
 * 市民, which start places (居民小区, 市民中心) */
static const char *const NAME_TITLES[] = {
	"局长", "局長", "市长", "市長", "县长", "縣長", "镇长", "鎮長", "乡长", "鄉長", "院长", "院長", "校长", "校長",
	"所长", "所長", "站长", "站長", "科长", "科長", "处长", "處長", "部长", "部長", "队长", "隊長", "组长", "組長", "馆长", "館長", "行长", "行長",
	"会长", "會長", "园长", "園長", "船长", "船長", "主席", "总监", "總監", "专家", "專家", "社长", "社長", "书记", "書記", "主任", "经理", "經理",
	"厂长", "廠長", "村长", "村長", "负责人", "負責人", "董事长", "董事長", "总经理", "總經理",
	"大户", "大戶", "养殖户", "養殖戶", "种植户", "種植戶", "果农", "果農", "茶农", "茶農", "菜农", "菜農",
	"店主", "摊主", "攤主", "老板", "老闆", "师傅", "師傅", "教授", "医生", "醫生", "老师", "老師", "村民",
	"秘书长", "秘書長", "理事长", "理事長", "总裁", "總裁", "研究员", "研究員", "工程师", "工程師", "教练", "教練",
	"主管", "主编", "主編", "院士", "司长", "司長", "厅长", "廳長", "署长", "署長",
	"村医", "村醫", "护士", "護士", "司机", "司機", "快递员", "快遞員", "骑手", "騎手", "律师", "律師", "记者", "記者",
	"渔民", "漁民", "牧民", "志愿者", "志願者",
	"外援", "主帅", "主帥", "门将", "門將", "前锋", "前鋒", "后卫", "後衛", "中锋", "中鋒", "中卫", "中衛",	/* of a team */
	"选手", "選手", "车手", "車手", "棋手", "老将", "老將", "小将", "小將",
	"主攻手", "副攻手", "二传", "二傳", "自由人", "冠军", "冠軍", "亚军", "亞軍", "季军", "季軍",	/* 主攻手李盈莹（25）, 冠军李娜（31） */
	"学生", "學生", "市民", "居民", "游客", "遊客", "农民", "農民", "工人", "员工", "員工",
	"员", "員",	/* 讲解员李娜（31）: a noun of a person in 员 */
	NULL
};

static const struct fraction_word FRACTIONS[] = {
	{"一半", 0.5, "fraction"}, {"半价", 0.5, "fraction"}, {"半價", 0.5, "fraction"}, {"半数", 0.5, "fraction"}, {"半數", 0.5, "fraction"},
	{"翻番", 2, "times"}, {"翻一番", 2, "times"}, {"减半", 0.5, "fraction"},
	{"翻了一番", 2, "times"}, {"翻两番", 4, "times"}, {"翻了两番", 4, "times"}, {"翻倍", 2, "times"},
	{"翻了一倍", 2, "times"}, {"翻一倍", 2, "times"},
	{"減半", 0.5, "fraction"},
	{NULL, 0, NULL}
};

static const char *const VERB_PREFIXES[] = {"约占", "約佔", "約占", "约佔", "大约占", "大約佔", NULL};
/* 减少139万人至14.08亿人, 从100万增至200万: a change, not a range (but 增长5%至10%
 * is a range of growth) */
static const char *const LEVEL_TO[] = {"至", "到", "到了", "至如今的", "至目前的", "至现在的", "到如今的", "到目前的",
				       /* 由每立方米2.61元调整为2.84元: a verb of change and 为 */
				       "调整为", "調整為", "调为", "調為", "降为", "降為", "提高为", "提高為", "上调为", "上調為",
				       "下调为", "下調為", "增加为", "增加為", "减少为", "減少為", "变为", "變為", "改为", "改為", NULL};	/* 由71%提高至96.5% */
static const char *const CHANGE_FROM[] = {
	"从", "從", "由", "减少", "減少", "增加", "增长", "增長", "下降", "上升", "提高", "降低", "下滑",
	"上涨", "上漲", "下跌", "回落", "回升", "减少了", "增加了", "增长了", "下降了", "上升了", NULL
};
/* light verbs between a prefix and its number: 约需15天, 最多可获得2万元 */
static const char *const PREFIX_VERBS[] = {
	"需", "需要", "要", "达", "达到", "達", "達到", "有", "为", "為", "是", "可", "可达", "可達",
	"可达到", "可以", "能", "将", "將", "将达", "將達", "会", "會", "占", "佔", "获得", "獲得", "预约", "預約", "可预约", "可預約",
	"可获得", "可獲得", "可获", "可獲", "补贴", "補貼", "奖励", "獎勵", "调至", "調至", "提高至", "提高到", "增加至", "增加到", "上调至", "上調至",
	"提升至", "提升到",	/* 最高提高至120万元 */
	"提前",	/* 至少提前45分钟 */
	"只需", "仅需", "僅需", "只要",	/* 最低只需1500元左右 */
	"还需", "還需", "还需要", "還需要", "还要", "還要", "仍需", "仍需要",	/* 至少还需要10年 */
	"约", "約", "大约", "大約",	/* 最高约12公里: a bound, then about */
	 "可处", "可處", "限额为", "限額為",
	/* verbs of doing so much: 每年至少补充约2800吨, 最多可生产2万枚 */
	"补充", "補充", "更换", "更換", "生产", "生產", "可生产", "可生產", "捡", "撿", "收集", "回收", "处理", "處理",
	"可处理", "可處理", "接待", "可接待", "招募", "招聘", "种植", "種植", "提供", "可提供", "容纳", "容納", "可容纳", "可容納",
	"装载", "裝載", "可装载", "可裝載", "运送", "運送", "储存", "儲存",	/* 最多可装载7000辆 */
	"罚款", "罰款", "贷", "貸", "可贷", "可貸", "领取", "領取", "申领", "申領", "申请", "申請", "可申请", "可申請", "享受", "报销", "報銷", "赔付", "賠付",
	/* verbs of change: 约上涨0.4元, 最多增加3万人 */
	"上涨", "上漲", "下降", "增加", "增长", "增長", "减少", "減少", "提高", "降低", "下跌", "回落",
	"削减", "削減", "减排", "減排", NULL	/* 最多可削减300万千瓦 */
};
static const char *const ARTICLES[] = {
	"一款", "一项", "一名", "一位", "一家", "一个", "一次", "一轮", "一輪", "一场", "一条", "一套", "一所", "一座", "一班", "一群", "一块",
	"一批", "一篇", "一件", "一台", "一辆", "一架", "一份", "一张", "一支", "一艘", "一头", "一只",
	"一颗", "一块", "一间", "一栋", "一种", "一趟", "一本", "一处", "一處", "一隻", "一组", "一組", "一盒",
	"一箱", "一瓶", "一罐", "一包", "一袋", "一双", "一雙", "一对", "一對", "一把", "一根", "一片", "一杯", "一碗", "一枚",
	"一棵", "一株", "一单", "一單", "一串", "一列", "一户", "一戶", "一层", "一層", "一盏", "一盞",
	"一個", "一項", "一場", "一條", "一張", "一顆", "一間", "一棟", "一種", "一輛", "一頭", "一組", "一雙", "一對",	/* traditional */
	"一个人", "一個人",	/* 一个人做饭: alone, "a person" (一人 stays one) */
	NULL
};
static const char *const BASE_BEFORE[] = {"较", "較", "比", "相较", "相較", "相比", NULL};
static const char *const BASE_LEVELS[] = {
	"高点", "高點", "低点", "低點", "最高点", "最高點", "最低点", "最低點", "峰值", "高位", "低位",
	"水平", "均价", "均價", "最高值", "最低值", "纪录", "紀錄", "记录", "記錄", NULL
};	/* 较2024年的高点16.9元 */
static const char *const BASE_LEAD[] = {"约为", "約為", "为", "為", "约占", "相当于", "相當於", "仅为", "僅為", "只有", "恢复到", "恢復到", "恢复至", "恢復至", "回升至", "回升到", NULL};
static const char *const BASE_AFTER[] = {"相比", "同期相比", "相较", "相較", NULL};
static const char *const SUBJECT_BASES[] = {"较", "較", "相较", "相較", "相比", NULL};	/* 较年初下跌约35元 */
static const char *const RECENT_PREFIXES[] = {"近", "最近", NULL};	/* 近5年，… */
static const char *const RECENT_BEFORE[] = {"为", "為", "是", "创", "創", "较", "較", NULL};	/* 为近十年最低, 创近5年新高, 较近10年平均值 */
static const char *const BASE_OPEN[] = {"与", "與", "和", "同", "跟", NULL};	/* 与2023年初的高点4.32元相比 */
static const char *const BASE_CLOSE[] = {"相比", "相较", "相較", "持平", NULL};	/* 与去年基本持平 */
static const char *const QUOTE_MARKS[] = {"“", "”", "《", "》", NULL};
static const char *const HALVES[] = {"半", NULL};
static const char *const SPANS[] = {"未来", "今后", "過去", "过去", "此后", NULL};
/* words that end in 约 (about) or 破 (past) but are none: 合约15日 is the contract on the 15th */
static const char *const PREFIX_WORDS[] = {
	"最近", "附近", "合约", "签约", "預約", "预约", "节约", "條約", "条约", "公约", "违约", "履约", "缔约", "契约",
	"邀约", "制约", "特约", "相约", "简约", "合約", "簽約", "簽约", "節約", "違約", "履約", "締約", "契約",
	"邀約", "製約", "特約", "相約", "公約",
	"打破", "击破", "擊破", "攻破", "识破", "識破", "看破", "爆破", "点破", "點破",	/* 打破3项纪录: broke records */
	NULL
};
static const char *const TIME_SUFFIXES[] = {"来", "來", NULL};	/* 100多人来到: a verb */

static const char *const NOT_CLAIMS[] = {
	"一成不变", "一成不變",
	"这一成", "這一成", "那一成", "该一成", "該一成", "此一成",	/* 这一成绩, 这一成就: this, no tenth */
	"热的一年", "熱的一年", "冷的一年", "暖的一年", "好的一年", "差的一年", "难忘的一年", "難忘的一年", "不平凡的一年",
	"丰收的一年", "豐收的一年", "新的一年", "忙碌的一天", "新的一天",	/* 最热的一年, 忙碌的一天: 一 an article, no span (but 过去的一年) */
	"周一成", "週一成", "星期一成", "礼拜一成", "禮拜一成", "统一成", "統一成", "唯一成", "单一成", "單一成",
	"万一成", "萬一成", "同一成", "划一成", "劃一成", "专一成", "專一成",	/* 周一成交额, 统一成立: 一 of a word */
	"两位数", "兩位數", "一次性", "第一时间", "第一時間", "第二天",
	"三级医院", "三級醫院", "二级医院", "二級醫院", "一级医院", "一級醫院", "三甲医院", "三甲醫院", "二甲医院", "二甲醫院",	/* a grade of hospital */
	"一场强", "一場強", "一轮强", "一輪強", "一次强", "一次強", "一股强", "一股強", "一波强", "一波強",	/* 一场强冰雹: a strong one, no bound */
	"半年报", "半年報", "半年度",	/* a half-year report, 半年度净利润: the half of a fiscal year, no span */
	"一种多年生", "一種多年生", "一种多用途", "一種多用途", "一种多功能", "一種多功能",	/* a kind of perennial: no "more than one" */
	"一度达到", "一度達到", "一度超过", "一度超過", "一度跌破", "一度突破", "一度升至", "一度降至",	/* 一度: at one point */
	"一度降", "一度升", "一度跌", "一度涨", "一度漲", "一度达", "一度達", "一度下跌", "一度下降", "一度上涨", "一度上漲", "一度上升",
	"一度飙", "一度飆", "一度攀", "一度回落", "一度逼近", "一度高达", "一度高達", "一度低至", "一度冲", "一度衝",	/* 一度降到零下2℃ */
	"一期", "二期", "三期", "四期", "五期",	/* phases: 一期工程, 超过一期和二期的总和, 第一期 */
	"沪深300", "滬深300", "上证50", "上證50", "上证180", "中证500", "中證500", "中证1000", "中證1000", "深证100",
	"科创50", "科創50", "创业板50", "北证50", "标普500", "標普500",	/* stock indexes */
	"“985”", "“211”", "985高校", "211高校", "985工程", "211工程",	/* university programmes */
	"前一交易日", "上一交易日", "前一个交易日", "上一个交易日",	/* the previous trading day */
	"前一日",	/* the day before (not 前一天: 提前一天, a day early) */
	"二套房", "二套住房", "二套利率", "二套房贷", "二套房貸",	/* a second home: a kind of loan */
	"每百元", "每千元", "每万元", "每萬元",	/* 每百元营业收入中的成本: the base of a per-unit figure */
	"第三方", "第一产业", "第二产业", "第三产业", "第一產業", "第二產業", "第三產業",
	"一家三口", "五年规划", "五年規劃", "五年计划", "五年計劃", "一票通", "一票制", "一票否决", "一票否決", "一些", "一起", "一直", "一定", "一样", "一般", "三周年", "最后一公里", "最後一公里", "唯一", "铁人三项", "鐵人三項", "一年级", "二年级", "三年级", "四年级",
	"单一", "單一", "五年级", "六年级", "上半年", "下半年", "半年前", "半个月前", "半個月前", "一个月前", "一個月前", "一周前", "一週前", "半导体", "半島", "半岛", "半成品", "前三季度", "前两季度", "第一季度",
	"一季度", "第二季度", "二季度", "第三季度", "三季度", "第四季度", "四季度", "前3季度", "前2季度",
	"第1季度", "第2季度", "第3季度", "第4季度", "1季度", "2季度", "3季度", "4季度", "双11",
	"上半场", "下半场", "上半場", "下半場", "半场", "半場", "上半时", "下半时", "上半時", "下半時",	/* a game's halves */
	"3分球", "三分球", "2分球", "两分球", "兩分球",	/* a basket's kind: a three-pointer */
	"双十一", "双十二",
	"零件", "零部件", "零组件", "零售", "零食", "零钱", "零錢", "零星", "零散", "零工", "零碎",	/* 零 of a word: parts, retail */
	"三五成群", "三三两两", "三三兩兩", "七上八下", "乱七八糟", "亂七八糟", "五花八门", "五花八門", "四面八方", "七嘴八舌",
	"三番五次", "九牛一毛", "十之八九", "一五一十", "千方百计", "千方百計", "一年一度",	/* idioms */
	"一票难求", "一票難求", "一票否决", "一票否決", "一房难求", "一房難求", "一位难求", "一位難求",	/* sold out; a veto */
	NULL
};
static const char *const PM[] = {"下午", "晚上", "晚间", "晚間", "晚", NULL};
static const char *const AM[] = {"上午", "早上", "凌晨", "清晨", "早晨", "早", NULL};
static const char *const RANGE_JOINERS[] = {"~", "〜", "～", "–", "—", "至", "到", "-", NULL};
static const char *const RANGE_OPEN[] = {NULL};
static const char *const RANGE_CLOSE[] = {NULL};
static const char *const ALTERNATIVES[] = {"或", "或者", NULL};
static const char *const SINCE[] = {"以来", "以來", "起", NULL};
static const char *const RECORD_AFTER[] = {"最高", "最低", "最多", "最少", "最大", "最小", "最强", "最強", "最弱", "最长", "最長", "最短",
					     "最热", "最熱", "最冷", "最快", "最慢", "首次", "新高", "新低", NULL};
/* 2015年刚起步时: to start out, no "since" */
static const char *const SINCE_NOT[] = {"起步", "起来", "起來", "起点", "起點", "起源", "起飞", "起飛", "起诉", "起訴", "起草",
					 "起初", "起码", "起碼", "起伏", "起床", "起见", "起見", NULL};
static const char *const SUBJECT_MARKERS[] = {"占", "佔", "为", "為", "达", "達", "是", NULL};
static const char *const SUBJECT_JOINERS[] = {"的", NULL};
static const char *const SUBJECT_HEADS[] = {
	"年薪", "月薪", "薪资", "薪資", "工资", "工資", "收入", "估值", "市值", "人口", "比例",
	"占比", "股价", "股價", "价格", "價格", "成本", "利润", "利潤", "营收", "營收", "收益",
	"销量", "銷量", "销售额", "规模", "規模", "数量", "數量", "人数", "人數", "增速",
	"总值", "总额", "总量", "余额", "产量", "营业收入", "净利润", "总收入", "增加值",
	"增长率", "通胀率", "通脹率", "失业率", "失業率", "利率", "准确率", "离职率", NULL
};
static const char *const STOPWORDS[] = {
	"较上月", "较上年", "比上月", "比上年", "较去年", "比去年", "环比增长", "环比下降", "較上月", "較上年", "較去年", "環比增長", "環比下降",
	"同比增长", "同比下降", "同比", "环比", "增长", "下降", "增加", "减少", "上涨", "下跌", "同比增長", "環比", "增長", "減少", "上漲",
	"达到", "其中", "共", "约", "了", "也", "就", "还", "已", "至", "到", "达", "实现",
	"需要", "完成", "录得", "共计", "为", "為", "是", "比", "约有", "约占", "約佔", "約占", "分别", "分別",
	"将", "將", "和", "与", "與", "及", "共有", "拥有", "擁有",
	"日均", "人均", "月人均", "年人均", "户均", "戶均", "年均", "月均", "场均", "場均",	/* 日均171.2万人次: the rate's word, no subject */
	NULL
};
static const char *const LIST_JOINERS[] = {"和", "与", "與", "、", "及", NULL};
static const char *const SUBJECT_CARRIERS[] = {"至", "，至", "到", "达", NULL};
static const char *const SENTENCE_ENDS[] = {"。", "！", "？", "!", "?", NULL};
static const char *const CLAUSE_BREAKS[] = {
	"，", "、", "。", ",", "“", "”", "「", "」", "（", "）", "(", ")", "：", ":",
	"；", ";", "！", "？", "!", "?", "\"", NULL
};

static const char *const FUTURE_WORDS[] = {"将于", "将在", "将", "预计", "计划", "拟", "有望", "即将", "届时", "定于",
					   "將於", "將在", "將", "預計", "計劃", "擬", "即將", "屆時", "力争", "力爭", "争取", "爭取", "确保", "確保",
					   "截止时间", "截止時間", "截止日期", "期限为", "期限為", NULL};	/* a deadline */
static const char *const FUTURE_BEFORE[] = {"将于", "將於", "拟于", "擬於", "预计", "预计于", "預計", "預計於", "计划于", "計劃於",
					    "有望于", "有望於", "力争", "力爭", "争取", "爭取", "力争于", "力爭於", "争取于", "爭取於", NULL};	/* not 定于: 原定于 was planned */
/* Two next numerals before a counter of the rates, no multiplier:
 * 两三次, 七八个小时, 两三元 (a range); the words before one may be a
 * rate's noun and verb (每周来游两三次) */
#define PAIR_COUNTERS "(?![十百千万萬亿億])[\\x{4E00}-\\x{9FFF}]"	/* a counter, no multiplier */
#define NEXT_PAIR "(?:一二|二三|两三|兩三|三四|三五|四五|五六|六七|七八|八九)\\h*" PAIR_COUNTERS
/* one numeral before one, 二 to 九 (一 and 十 start words: 一度, 十分):
 * 每天往返两趟 */
#define ONE_NUMERAL "(?:[二两兩三四五六七八九][个個]?" PAIR_COUNTERS "|一[个個][多余餘半](?:小[时時]|月))"	/* 一个多小时: one and more */
/* and a vague number before one: 十几个小时, 几十次 */
#define NEXT_VAGUE "(?:十几|十幾|几十|幾十|几百|幾百|数十|數十|数百|數百)\\h*" PAIR_COUNTERS

static const char *const HABITUAL[] = {"每年", "每逢", NULL};
static const char *const YEAR_FRAMES[] = {"，", NULL};	/* 2012年，3月份销量: that March */
static const char *const DATELINES[] = {"电 ", "电　", "电（", "电(", "電 ", "電　", "電（", "電(", NULL};
static const char *const MINUS_WORDS[] = {"零下", "负", "負", NULL};

/* Words that end in 前 (before) but begin no "top N": 目前500公里, 年前一斤 */
#define NOT_TOP "目|之|以|此|提|年|日|当|當|眼|空|事|先|面|门|門|跟|生|战|戰|午|婚|会|會|节|節|赛|賽|睡|饭|飯|课|課|考|产|產|天|周|週|向|往|超|靠|从|從|最|月"

static const char *const YEAR_OF[] = {"的", NULL};	/* 今年的第4四半期 */
static const char *const LAST_CENTURY[] = {"上世纪", "上世紀", "上个世纪", "上個世紀", "20世纪", "20世紀", "２０世纪",
					   "二十世纪", "二十世紀", NULL};
static const char *const THIS_CENTURY[] = {"本世纪", "本世紀", "21世纪", "21世紀", "２１世纪", "二十一世纪", "二十一世紀", NULL};
static const struct era ERAS[] = {{"民國", 1912}, {"民国", 1912}, {NULL, 0}};	/* 民國113年: 2024 */
static const char *const OR_MARKS[] = {"、", NULL};	/* 2、3日, 5、6个人 */
/* 第三十条, 第27届, 第二批: an article, a session, a batch (no rank, no row) */
#define ORDINAL_NAMES "条|條|款|章|节|節|届|屆|批|周|週|粮站|水厂|中学|小学|医院|卫生间|衛生間|停车场|停車場|食堂|人民医院|幼儿园|幼兒園" \
	"|[\\x{4E00}-\\x{9FFF}]{1,4}(?:馆|館|厂|廠|楼|樓|站|小学|中学|学校|學校|医院|醫院|幼儿园|幼兒園)" \
	"|次[^，。,]{0,10}?(?:普查|调查|調查|会议|會議|大会|大會)"	/* 第七次全国人口普查, 第二十次全国代表大会: a name */	/* 第一游泳馆, 第二污水处理厂, 第二实验小学, 第一职业技术学校 */

/* words of a game won, lost or drawn after its score (以3:1战胜) */
#define WIN_WORDS "(?:战胜|戰勝|获胜|獲勝|击败|擊敗|取胜|取勝|力克|胜出|勝出|告负|告負|落败|落敗|负于|負於|憾负|憾負|惜败|惜敗|的比分|战平|戰平|逆转|逆轉)"

static const struct rule RULES[] = {
	{"date-rel-month", R_DATE, "(?<rmon>本月|上月|下月|上个月|上個月|下个月|下個月)\\h*(?<d>{DIGITS2})\\h*[日号號]", NULL, (const char *const[]){"月", NULL}},	/* 本月26日 */
	{"date-ago", R_DATE, "(?:(?<pre>{PRE})\\h*)?(?<ago>{NUM})\\h*年前(?![半期倒])", NULL, (const char *const[]){"年前", NULL}},	/* 5年前: five years ago */
	{"ago-span", R_QUANTITY,	/* 约1900年前: a span where date-ago reads no date (past 200
				 * years, in scan.c; 2030年前 with no qualifier stays the year) */
	 "(?:(?<pre>{PRE})\\h*)?(?<num>{NUM})\\h*(?<mid>多|余|餘)?年前(?![半期倒后後])", &YEARS_AGO, (const char *const[]){"年前", NULL}},
	{"date-later", R_DATE, "(?<![0-9０-９一二三四五六七八九十][、,，~〜～－-])(?<![\\x{4E00}-\\x{9FFF}])(?:(?<pre>{PRE})\\h*)?(?<later>{NUM})\\h*年[后後](?=\\h*(?:には|に|の|は|、|，))", NULL, (const char *const[]){"年后", "年後", NULL}},	/* 3年後には: three years on (but 完成の3年後, 入社3年後: after another time) */
	{"date-iso", R_DATE,
	 "(?<![0-9])(?<y>[0-9]{4})(?<s>[-/])(?<m>[0-9]{1,2})\\k<s>(?<d>[0-9]{1,2})(?![0-9])", NULL, (const char *const[]){"-", "/", NULL}},
	{"date-ymd", R_DATE,
	 "(?<y>{DIGITS4}|{ERA})\\h*年\\h*(?<m>{DIGITS2})\\h*月(?|\\h*(?<d>{DIGITS2})\\h*(?:[~〜～－—至到]\\h*(?<ed>{DIGITS2})\\h*)?[日号]|\\h*(?<d>{DIGITS2})(?=、\\h*{DIGITS2}\\h*[日号]))?"
	 "(?:(?<=月)(?:上旬|中旬|下旬|初(?!步)|底|末))?(?:\\h*(?<post>{POST}))?", NULL, (const char *const[]){"年", NULL}},	/* 2025年10月底: the part of the month in the text */
	{"date-rel", R_DATE,
	 "(?<rel>{REL})\\h*(?<m>{DIGITS2})\\h*月(?:\\h*(?<d>{DIGITS2})\\h*[日号])?(?:(?<=月)(?:上旬|中旬|下旬|初(?!步)|底|末))?(?:\\h*(?<post>前后|前後|左右))?", NULL,
	 (const char *const[]){"月", NULL}},	/* 明年6月前后, 今年10月底 */
	{"date-month-range", R_DATE,	/* 1—9月, 2025年1—9月, 1至10月 */
	 "(?:(?<y>{DIGITS4}|{ERA})\\h*年\\h*|(?<rel>{REL})\\h*)?(?<m>{DIGITS2})\\h*(?:[~〜～－—–-]|至|到)\\h*(?<em>{DIGITS2})\\h*月", NULL,
	 (const char *const[]){"月", NULL}},
	{"score-colon", R_SCORE,	/* 以3:1战胜, 3∶1获胜, 比分为2:0, 比分分别为25:21、23:25: a game's scores
					 * (师生比为15:1 is a ratio); before time-colon: 比分为23:25 is no time
					 * (but 以 alone says no score: 可以9:30至17:00入园, 以19:30开球) */
	 "(?<![0-9０-９.．:：∶])(?|(?<=比分为|比分為|比分是|比分|比分分别为|比分分別為|比分依次为|比分依次為|扳成|扳为|扳為|追成|改写为|改寫為)\\h*(?<a>{DIGITS2})\\h*[:：∶]\\h*(?<b>{DIGITS2})"
	 "(?:\\h*(?:[、，,和及与與])\\h*{DIGITS2}\\h*[:：∶]\\h*{DIGITS2})*"
	 "|(?<a>{DIGITS2})\\h*[:：∶]\\h*(?<b>{DIGITS2})(?=\\h*" WIN_WORDS ")"
	 /* 以21:17、19:21、21:15战胜: a list of a game's scores before a word of winning */
	 "|(?<=以)\\h*(?<a>{DIGITS2})\\h*[:：∶]\\h*(?<b>{DIGITS2})(?:\\h*[、，,和及与與]\\h*{DIGITS2}\\h*[:：∶]\\h*{DIGITS2})+(?=\\h*" WIN_WORDS "))"
	 "(?<game>)(?![0-9０-９.．%％:：∶])", NULL, (const char *const[]){":", "：", "∶", NULL}},
	{"ratio-one-to", R_FRACTION,	/* 师生比约为1:14.2, 配比达到1:3: one to so many, its inverse (no race time) */
	 "比(?:例)?\\h*(?:为|為|是|达到|達到|达|達)?\\h*\\K(?:(?<pre>{PRE})\\h*)?(?<num>[1１])\\h*[比:：∶]\\h*(?<den>[0-9０-９]{1,4}(?:[.．][0-9０-９]{1,3})?)(?![0-9０-９.．:：∶])",
	 NULL, (const char *const[]){"比", NULL}},
	{"race-clock", R_QUANTITY,	/* 2:02.31: minutes, seconds and their hundredths, a race's time */
	 "(?:(?<pre>{PRE})\\h*)?(?<![0-9０-９:：.．,，])(?<num>[0-9０-９]{1,2})[:：](?<sec>[0-5０-５][0-9０-９])[.．](?<sub>[0-9０-９]{1,2})(?![0-9０-９])"
	 "(?:\\h*(?<post>{POST}))?", &RACE_MINUTES, (const char *const[]){":", "：", NULL}},
	{"time-colon", R_TIME, "(?<![0-9:])(?<h>{DIGITS2}):(?<min>[0-5][0-9])(?::[0-5][0-9])?(?![0-9:])", NULL,
	 (const char *const[]){":", NULL}},
	/* 1月17至18日: a range of days; 1月17、18日: a list, the first here */
	{"date-md", R_DATE, "(?<m>{DIGITS2})\\h*月份?(?|\\h*(?<d>{DIGITS2})\\h*(?:[~〜～－—至到]\\h*(?<ed>{DIGITS2})\\h*)?[日号]|\\h*(?<d>{DIGITS2})(?=、\\h*{DIGITS2}\\h*[日号]))?(?:\\h*(?<![日号])(?:上旬|中旬|下旬|初(?!步)|底|末))?(?:\\h*(?<post>前后|前後|左右))?", NULL, (const char *const[]){"月", NULL}},	/* 7月上旬: the part of the month in the text; 3月中旬左右: about */
	{"date-month-kanji", R_DATE,	/* 金秋十月, 今年十月: a month named in numerals (十个月, 两月, 数月 are spans) */
	 "(?<![0-9０-９〇零一二两兩三四五六七八九十百千万萬个個第每])(?<m>十[一二]|[一二三四五六七八九十])\\h*月(?:份)?"
	 "(?:(?<d>[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])\\h*[日号]|(?:上旬|中旬|下旬|初(?!步)|底|末))?"	/* 十月一日, 十月底 */
	 "(?![0-9０-９〇零一二三四五六七八九十日号]|[内內间間])",
	 NULL, (const char *const[]){"月", NULL}},
	/* 15日发布, 于9号: the 15th, the 9th; but 猎鹰9号, 2号工位 are names */
	{"date-d", R_DATE, "(?|(?<d>{DIGITS2})\\h*日(?:(?<post>前后|前後|左右))?|(?:(?<![\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}])"
	 "|(?<=于|於|在|至|到|从|從|止|前|后|後|月|起|自|即|是|天|今|明|昨))(?<d>{DIGITS2})\\h*号(?!\\h*(?:工位|火箭|卫星|衛星|飞船|飛船|机组|機組|跑道|航站楼|航站樓|站台|泊位|展厅|展廳|窗口|门|門)))(?!间|間|元|票|游|遊|通票|券|内|內|拘留|行政拘留)",
	 NULL, (const char *const[]){"日", "号", NULL}},
	{"kuai-duo", R_QUANTITY,	/* 1块多钱: a little over 1 yuan */
	 "(?:(?<pre>{PRE})\\h*)?(?<num>{NUM})\\h*[块塊]\\h*(?<mid>多|余|餘)\\h*[钱錢]", &YUAN,
	 (const char *const[]){"钱", "錢", NULL}},
	{"speed", R_QUANTITY,	/* 时速350公里: a speed, 时速 in its text (its unit; but not
				 * in 时速达到350公里) */
	 "(?:[时時]速\\h*(?:达到|達到|达|達|为|為|是|可达|可達)\\h*\\K|[时時]速\\h*)(?:(?<pre>{PRE})\\h*)?(?<num>{NUM})\\h*(?:公里|千米|km)(?:\\h*(?<post>{POST}))?", &KMH,
	 (const char *const[]){"时速", "時速", NULL}},
	{"points", R_QUANTITY,	/* 拿下25分, 积76分, 考试得了95分, 考了685分, 落后11分, 最低分为628分: points scored after a verb of
				 * scoring (not 5分钟, 三分之一, 3分球, 5分钱) */
	 "(?<=得分达到|得分達到|得分为|得分為|得分达|得分達|拿下了|砍下了|贡献了|貢獻了|得到了|得分|得了|得到|拿下|砍下|贡献|貢獻|攻下|轰下|轟下|独得|獨得|斩获|斬獲|狂砍|豪取|全场|全場|积|積|得"
	 "|落后|落後|领先|領先|净胜|淨勝|最低分为|最低分為|最高分为|最高分為|总分为|總分為|平均分为|平均分為|分数线为|分數線為"	/* 落后11分, 最低分为628分 */
	 "|满分为|滿分為|满分是|滿分是|满分|滿分|考了|考出了|考出|考取了|考取|考到了|考到|考得|积分为|積分為|积分达|積分達|积分|積分"
	 "|满意度为|滿意度為|满意度达|滿意度達|评分为|評分為|录取线为|錄取線為|录取线|錄取線|控制线为|控制線為|控制线|控制線|总分在|總分在)"	/* 满意度为96.3分, 录取线为642分, 控制线为463分: a score */	/* 满分为780分, 考了685分: of an exam */
	 "(?:(?<pre>{PRE})\\h*)?(?<num>{NUM})\\h*分(?![钟鐘之球熟钱錢秒半0-9０-９])(?:\\h*(?<post>{POST}))?", &POINTS,
	 (const char *const[]){"分", NULL}},
	{"streak", R_QUANTITY,	/* 取得8连胜, 遭遇三连败: wins or losses in a row, a count (a rule of its own: the
				 * rate rules hold every unit of the table and are at PCRE2's size limit) */
	 "(?:(?<pre>{PRE})\\h*)?(?<num>{NUM})\\h*(?:连胜|連勝|连败|連敗)(?:\\h*(?<post>{POST}))?", &STREAK,
	 (const char *const[]){"连胜", "連勝", "连败", "連敗", NULL}},
	{"points-takers", R_QUANTITY,	/* 600分以上考生, 650分以上的考生: the score of those who sat an exam */
	 "(?:(?<pre>{PRE})\\h*)?(?<num>[0-9０-９]{2,3})\\h*分(?:\\h*(?<post>{POST}))?(?=\\h*的?\\h*(?:考生|学生|學生))", &POINTS,
	 (const char *const[]){"考生", "学生", "學生", NULL}},
	{"points-behind", R_QUANTITY,	/* 落后榜首3分, 领先第二名5分: a lead over a team named between */
	 "(?:落后|落後|领先|領先)[\\x{4E00}-\\x{9FFF}]{1,4}?\\K(?:(?<pre>{PRE})\\h*)?(?<num>[0-9０-９]{1,3})\\h*分(?![钟鐘之球熟钱錢秒半0-9０-９])(?:\\h*(?<post>{POST}))?", &POINTS,
	 (const char *const[]){"落后", "落後", "领先", "領先", NULL}},
	{"points-of", R_QUANTITY,	/* 拿下全队最高的24分: a verb of scoring, words and 的 before the points */
	 "(?:拿下|砍下|贡献|貢獻|得到|独得|獨得|攻下|斩获|斬獲|狂砍|豪取)[\\x{4E00}-\\x{9FFF}]{1,6}?的\\h*\\K"
	 "(?:(?<pre>{PRE})\\h*)?(?<num>[0-9０-９]{1,3}(?:[.．][0-9０-９])?)\\h*分(?![钟鐘之球熟钱錢秒半0-9０-９])(?:\\h*(?<post>{POST}))?", &POINTS,
	 (const char *const[]){"分", NULL}},	/* (digits only: 贡献了自己的一分力量, 得到了队友的十分信任 are no points) */
	{"gross-tons", R_QUANTITY,	/* 总吨位约10万吨, 总吨位为5万吨: a ship's gross tonnage */
	 "(?:总吨位|總噸位)\\h*(?:为|為|是|达|達|约为|約為|超过|超過)?\\h*\\K(?:(?<pre>{PRE})\\h*)?(?<num>{NUM})\\h*(?:吨|噸)(?:\\h*(?<post>{POST}))?", &GROSS_TONS,
	 (const char *const[]){"总吨位", "總噸位", NULL}},
	{"grade-level", R_NAME,	/* 国家二级标准, 三级医院, 一级响应: a grade's name, no figure */
	 "(?<![0-9０-９零一二三四五六七八九十百千万萬第])[一二三四五六七八九]级(?=[\\x{4E00}-\\x{9FFF}])", NULL,
	 (const char *const[]){"级", NULL}},
	{"per-100km", R_NAME,	/* 百公里油耗, 百公里加速: the base of a car's figure, no distance */
	 "(?<![0-9０-９零一二三四五六七八九十])百公里(?=(?:综合|綜合|平均)?(?:油耗|耗油|电耗|電耗|耗电|耗電|能耗|加速))", NULL,
	 (const char *const[]){"百公里", NULL}},
	{"secondary", R_NAME,	/* 二次消费, 二次包装, 二次创业: secondary, a word of its noun (两次 counts) */
	 "(?<![0-9０-９第零一二三四五六七八九十百千])二次(?=[\\x{4E00}-\\x{9FFF}])(?![了的数數以])", NULL,
	 (const char *const[]){"二次", NULL}},
	{"plan", R_NAME,	/* 第十四个五年规划: a plan's name */
	 "第\\h*{NUM}\\h*[个個]\\h*五年(?:规划|規劃|计划|計劃)", NULL, (const char *const[]){"五年", NULL}},
	{"top-list", R_NAME,	/* 世界500强, 16强, 百强县: a list of the best, no figure (but 三成强 is more than 30%%) */
	 "(?<![0-9０-９.．])(?:[0-9０-９]{1,4}|[十百千])\\h*强(?!度|化|劲|势|调|制)", NULL, (const char *const[]){"强", NULL}},
	{"coupon-spend", R_QUANTITY,	/* 满300减50: spend 300 yuan, 50 off (no 元 written) */
	 "(?<=满|滿)(?<num>[0-9０-９]{1,6})(?=\\h*[减減]\\h*[0-9０-９])", &YUAN, (const char *const[]){"满", "滿", NULL}},
	{"coupon-off", R_QUANTITY,
	 "[满滿][0-9０-９]{1,6}\\h*[减減]\\h*\\K(?<num>[0-9０-９]{1,6})(?![0-9０-９.．%％元])", &YUAN, (const char *const[]){"减", "減", NULL}},
	{"stock-code", R_NAME,	/* 某某股份（600808）, （股票代码：300750）: a listed company's code, no figure */
	 "(?<=[（(])\\h*(?:(?:股票代码|股票代碼|证券代码|證券代碼)\\h*[:：]\\h*)?[0-9]{6}(?=\\h*[）)])", NULL, (const char *const[]){"（", "(", NULL}},
	{"final-round", R_NAME,	/* 四分之一决赛, 1/8决赛: a round of a tournament, no fraction */
	 "(?:(?:[四八]|十六|三十二)\\h*分之\\h*一|(?<![0-9])1\\h*/\\h*(?:[48]|16|32)(?![0-9]))(?=\\h*(?:决赛|決賽))", NULL,
	 (const char *const[]){"决赛", "決賽", NULL}},
	{"model-year", R_NAME,	/* 2021款车型: a model year, no count */
	 "(?<![0-9０-９])(?:19|20)[0-9]{2}\\h*款(?=\\h*(?:车型|車型|车|車|轿车|轎車|汽车|汽車|新车|新車|机型|機型|手机|手機|电动车|電動車|[A-Z]))", NULL, (const char *const[]){"款", NULL}},	/* (共有2000款新品: a count) */
	{"grade", R_NAME,	/* 1等米, 1等賞, 3等奖: a grade or class, no figure (3等分: thirds) */
	 "(?<![0-9０-９.．])(?<![0-9０-９][、，,])[0-9０-９]{1,2}\\h*等(?!分|份|親|身)", NULL, (const char *const[]){"等", NULL}},	/* (1、2、3等: etc.) */
	{"grade-level", R_NAME,	/* 2级能效, 一级响应, 三级预警: a grade of efficiency, response or warning, no figure */
	 "(?<![0-9０-９.．])[0-9０-９一二三四五]\\h*[级級](?=\\h*(?:能效|能耗|水效|响应|響應|应急响应|應急響應|预警|預警|资质|資質))",
	 NULL, (const char *const[]){"级", "級", NULL}},
	{"model-type", R_NAME,	/* 阿丽亚娜6型, 2型糖尿病: a type's number */
	 "(?<![0-9])(?:{DIGITS}\\h*型|[（(]\\h*{DIGITS}\\h*[）)]\\h*型)(?!号|號)", NULL, (const char *const[]){"型", NULL}},	/* 大（2）型水库 */
	{"anniversary", R_NAME,	/* 五周年, 10周年: an anniversary, no duration */
	 "{NUM}\\h*周年", NULL, (const char *const[]){"周年", NULL}},
	{"model-hao", R_NAME,	/* 猎鹰9号, 长征5号, 2号工位: a name's number */
	 "(?:(?<=[\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}])(?<!于|於|在|至|到|从|從|止|前|后|後|月|起|自|即|日|是|天|今|明|昨)"
	 "|(?=[0-9]+\\h*号\\h*(?:工位|火箭|卫星|衛星|飞船|飛船|机组|機組|泊位|码头|碼頭)))(?<![0-9]){DIGITS}\\h*号"
	 "(?:\\h*(?:工位|火箭|卫星|衛星|飞船|飛船|机组|機組|泊位|码头|碼頭))?", NULL,	/* (the noun too: longer than a date's 3号) */
	 (const char *const[]){"号", NULL}},
	{"date-rel-since", R_DATE,	/* 今年以来, 去年起: a row of its own, as 2025年以来 has */
	 "(?<rel>今年|去年|明年|前年)(?=\\h*(?:(?:春季|夏季|秋季|冬季|春天|夏天|秋天|冬天|第?[一二三四]季度|上半年|下半年)\\h*)?(?:以来|以來|起)"
	 "|(?![是为為])(?:(?![的之])[\\x{4E00}-\\x{9FFF}]){1,10}(?:以来|以來))", NULL, (const char *const[]){"以来", "以來", "起", NULL}},	/* 今年春季以来; 今年入汛以来, 今年春茶开采以来: a clause of up to 10 (not 的; not 去年是…以来最热: the year itself) */
	{"date-cohort", R_DATE,	/* 2025届毕业生: the class of a year; 2025赛季: a season of one year */
	 "(?<![0-9０-９/／—–-])(?<y>(?:19|20)[0-9]{2})\\h*(?:届|屆|赛季|賽季)", NULL,
	 (const char *const[]){"届", "屆", "赛季", "賽季", NULL}},
	{"date-decade", R_DATE,	/* 2020年代; 90年代, 上世纪90年代: of two digits, the century said or guessed */
	 "(?:(?:上个?世纪|上個?世紀|本世[纪紀]|二十一?世[纪紀]|2[01]世[纪紀]|２[０１]世[纪紀])\\h*)?(?<y>{DIGITS4}|(?<![0-9０-９.．])[0-9０-９]0|(?<![〇零一二三四五六七八九十百千])[二三四五六七八九]十)\\h*(?<decade>年代)",
	 NULL, (const char *const[]){"年代", NULL}},
	{"century", R_NAME, "(?<![0-9０-９.．])[0-9０-９]{1,2}\\h*世[纪紀]", NULL,	/* 21世紀枠, 21世纪以来: an era, no figure */
	 (const char *const[]){"世纪", "世紀", NULL}},
	{"date-fy", R_DATE, "(?<y>{DIGITS4}|{ERA})\\h*(?<fy>年度|财年|財年)", NULL, (const char *const[]){"年度", "财年", "財年", NULL}},
	{"date-season", R_DATE,	/* 2025/26产季, 2024—2025榨季, 2024—2025学年: a season or school year of two years */
	 "(?<![0-9])(?<y>{DIGITS4})\\h*(?:[/／—–-]|至|到)\\h*(?:20)?(?<ey>[0-9]{2})(?![0-9])(?=\\h*年?(?:产季|產季|榨季|赛季|賽季|雪季|冰雪季|季|年度|财年|財年|学年|學年|调水年度|調水年度|供暖季|采暖季))",
	 NULL, (const char *const[]){"季", "年度", "财年", "財年", "学年", "學年", NULL}},	/* 2023至2024调水年度 */
	{"date-y-kanji", R_DATE, "(?<y>[〇零一二三四五六七八九]{4})\\h*年(?!間|间|代|度)", NULL,
	 (const char *const[]){"年", NULL}},
	{"date-y-end", R_DATE, "(?<y>{DIGITS4}|{ERA})\\h*年\\h*(?<yend>末|底)", NULL, (const char *const[]){"年", NULL}},
	{"date-y", R_DATE, "(?<y>{DIGITS4}|{ERA})\\h*年(?!代|度)(?:\\h*(?<post>{POST}))?", NULL, (const char *const[]){"年", NULL}},
	{"time", R_TIME,
	 "(?:(?<pre>{PRE})\\h*)?(?:(?<ampm>{AMPM})\\h*)?(?<h>{DIGITS2})\\h*[点點时時]"
	 "(?:\\h*(?<min>{DIGITS2})\\h*分|(?<half>半)(?![小个個天年月]))?(?:\\h*(?<post>前后|前後|左右))?", NULL, (const char *const[]){"点", "點", "时", "時", NULL}},
	{"rate-fx", R_RATE,	/* 1ドル＝145円: an exchange rate */
	 "(?:(?<pre2>{PRE})\\h*(?=[1１一]\\h*[^0-9０-９]))?"	/* 约为1美元兑7.12元: the qualifier of the rate */
	 "(?<dn>{NUM})\\h*(?<du>{UNIT})\\h*(?:[=＝]|兑换?)\\h*(?:(?<pre>{PRE})\\h*)?(?<n>{NUM})\\h*(?<u>{UNIT})"
	 "(?:\\h*(?<post>{POST}))?", NULL, (const char *const[]){"=", "＝", "兑", NULL}},
	{"rate", R_RATE,
	 "(?:(?<pre>{PRE})\\h*)?(?:每|每隔)\\h*(?<dn>{NUM}|[万萬千](?=(?:常住)?人|户|戶|名))?\\h*(?:常住(?=人))?(?<du>{DUR}|{PER}|人|[个個](?!人|月|小时|小時|星期|季度|工作日)(?={HAN}))(?:(?<=人)口)?"
	 "(?!(?<=升)[值高级級温溫幅]|(?<=处|處)[理置]|(?<=家)[庭长長]|(?<=名)[义義])\\h*"	/* 每个展位: per item; 每升值1%: a rise, no litre; 每处理1吨: a verb */
	 "(?:" BRACKETED "\\h*)?"	/* 每箱（约3公斤）售价约120元: the bracket says what the thing holds */
	 "(?!(?<=年)\\h*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\\h*(?:(?:至|到|-|－|—|～|~)\\h*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\\h*)?月)"	/* 每年3月, 每年3至5月: every March, a date */
	 "(?:平均|均)?\\h*"	/* 每户平均3.8万元 */
	 "(?:(?:[额額]外)?[能可]?(?:省下|[节節][省约約]|花[费費]|支出|收入|赚|賺|挣|掙|花|发放|發放|补贴|補貼|[领領]取|收[费費]|收取|[上下][调調]|[赔賠]付|[缴繳][纳納]|支付)了?\\h*"	/* 每月能省下1000多元, 每月额外发放500元 */
	 /* a noun, then the qualifier or a verb of being: 每平方米造价约为4.7万元, 每人补贴标准在200元至500元之间,
	  * 每斤售价可达80元, 每吨重型废钢的收购价在 (not over another 每, nor a change's 由 or 从) */
	 "|(?:(?![每由从從]){HAN}){0,10}?(?={PRE})"
	 /* 每位竞买人须缴纳保证金5万元, 每学期缴纳乘车费300元, 每亩补贴苗木费300元: a noun, a verb of paying, its noun (up to eight characters) */
	 "|(?:(?![每由从從]){HAN}){0,4}?(?:[须須需要应應可]|需要)?(?:[缴繳交][纳納]?|支付|[领領]取|[获獲]得|补贴|補貼|[发發]放|安排|投入|[拥擁]有|[拨撥]付|收取)"
	 "(?:(?![每由从從]){HAN}){0,8}?(?=(?:{PRE})?\\h*[0-9０-９])(?![0-9０-９.]+\\h*[岁歲])"	/* 每年安排茶产业发展资金3000万元, 每亩可获得耕地地力保护补贴约110元 */
	 /* 每公里运价由2元上调至2.5元: a noun, then the start of a change */
	 "|(?:(?![每由从從]){HAN}){0,6}?(?:由|从|從)(?:(?:[过過]去|原[来來]|[此以]前|(?:[去上前]年|上一年|[0-9０-９]{4}年)(?:同期|[初底末])?|平[时時日常]|往常)的)?(?=\\h*(?:约|約|大约|大約)?\\h*[0-9０-９])(?!\\h*[0-9０-９]+\\h*(?:年|月|日|号|號|时|時|点|點))"	/* and 每吨从500元 (每年从3月: dates), 由过去的110株 */
	 /* 每斤蔬菜1.2元: a short noun, then digits (not a year, not an age) */
	 "|(?:(?![每由从從]){HAN}){1,4}?(?:[就都也]?(?:要|须|須|需|必须|必須))?(?:(?<=要|需)花)?(?=[0-9０-９]|" NEXT_PAIR "|" NEXT_VAGUE "|" ONE_NUMERAL ")(?<!提前|提早)(?![0-9０-９]{4}\\h*年|[0-9０-９.]+\\h*[岁歲])"	/* 每周来游两三次 (每年都要提前3个月: so long ahead, no rate) */
	 /* 每天对重点水库巡查3次, 每月到果园指导2次: a preposition, its noun and a verb, then occasions */
	 "|[对對到在给給为為向](?:(?![每由从從]){HAN}){2,10}?(?=[0-9０-９]+\\h*次(?!数|數))"
	 /* 每100平方米建筑面积须配建1.5个车位: a noun, 须 and a verb */
	 "|(?:(?![每由从從]){HAN}){1,6}?[须須需应應]{HAN}{1,3}?(?=[0-9０-９])(?![0-9０-９]{4}\\h*年|[0-9０-９.]+\\h*[岁歲])"
	 /* 每亩保额提高到1000元: a noun and a change to a level; 每件派送成本下降0.3元: by so much */
	 "|(?:(?![每由从從]){HAN}){1,6}?(?:提高|[上下][调調升涨漲跌降]|降低|增加|[减減]少|[调調]整|[降增涨漲])(?:[到至为為]|了?(?![0-9.]+[%％]))\\h*(?=[0-9０-９])"
	 /* 每辆新购纯电动出租车给予2万元补贴: a noun and a verb of granting */
	 "|(?:(?![每由从從]){HAN}){1,10}?(?:[给給]予|补贴|補貼|补助|補助|奖励|獎勵|发放|發放)\\h*(?=[0-9０-９])"
	 /* 每天可采收棉花300至400亩: 可, a verb and its noun */
	 "|[能可](?:(?![每由从從]){HAN}){2,8}?(?=[0-9０-９])(?![0-9０-９]{4}\\h*年|[0-9０-９.]+\\h*[岁歲个個])"	/* (每年可带动周边3个县: a count of places) */
	 "|(?:(?![每由从從]){HAN}){1,10}?(?:在|为|為|是|可[达達]|有|[达達]到?)\\h*(?![0-9０-９.]+\\h*[岁歲])"	/* 每天进出的货车有300多辆次, 每千常住人口床位数达到7.2张 (每千人口拥有3岁以下: an age) */
	 /* 每件售价从49元到199元不等: a range of the rate */
	 "|(?:(?![每由从從]){HAN}){0,6}?(?:从|從)(?=\\h*[0-9０-９][^，。]{0,12}?(?:到|至)[^，。]{0,12}?不等)\\h*"
	 /* 每天接待游客近5万人次, 每天计划开行旅客列车1.4万列: a verb of serving or making and what it takes */
	 "|(?:平均)?(?:[计計][划劃]|[预預][计計])?(?:[能可要需]|需要|可以)?(?:向外|[对對]外)?(?:接待|接[诊診]|[运運]送|[发發][送放生]|[处處]理|生[产產]|[销銷]售|售出|[卖賣]出|新增|完成|吸引"
	 "|提供|供[应應]|加工|孵化|屠宰|培育|出口|[进進]口|[产產]|[开開]行|派送|配送|投[递遞]|[揽攬]收"
	 "|省|[节節]省|[节節]约|少|多|[减減]少|增加|降低|提高)"	/* 每月少了20多元, 每年省水费200元, 每年可节省物流成本300万元 */
	 "{HAN}{0,10}?\\h*)?"
	 "(?:(?<pre2>{PRE})\\h*(?:人民[币幣])?\\h*(?:(?:(?!{PRE}){HAN}){1,3}?(?=[0-9０-９])|[对對到在给給为為向]{HAN}{2,10}?(?=[0-9０-９]+\\h*次(?!数|數)))?)?"	/* 每月至少走访2次, 每月至少到果园指导2次: a verb after the qualifier */
	 "(?![一二两兩三四五六七八][二三四五六七八九][十百千万萬亿億]|一次性)(?<![〇零一二两兩三四五六七八九十百千万萬]|提前|提早)"
	 "(?|(?=" NEXT_PAIR ")(?<n>一|二|两|兩|三|四|五|六|七|八)(?<b>[二三四五六七八九])"	/* 每周来游两三次: a pair of next numerals, a range */
	 "|(?<n>{NUM})(?:\\h*[至到～~－]\\h*(?<b>{NUM}))?)(?:[个個](?=\\h*[多余餘]\\h*(?:小[时時]|月)))?(?:\\h*(?<mid>[多余餘]))?(?:(?<=[多余餘])(?<big>万亿|萬億|[万萬亿億]))?\\h*(?<u>{UNIT})(?:\\h*(?<post>{POST}))?", NULL,	/* (七八千元, 多收四五十斤: a pair with a multiplier, no rate; 一次性: once, no figure); 每年节省成本200多万元; 每天直播6至8小时 */
	 (const char *const[]){"每", NULL}},	/* 每户最高4万元, 每吨105美元上下, 每公斤60多元, 每公斤…约合人民币320元 */
	{"rate-every-most", R_RATE,	/* 每天最多采摘鲜叶30公斤: the qualifier before the verb; 每座配备保洁员2至3名: a verb of equipping */
	 "(?:(?<pre>{PRE})\\h*)?每\\h*(?<du>{DUR}|{PER}|[个個](?=[\\x{4E00}-\\x{9FFF}]))\\h*(?|(?<pre2>{PRE})\\h*[可能]?(?:采摘|採摘|采收|採收|收获|收穫|生产|生產|加工|接待|卖出|賣出|售出|销售|銷售|处理|處理|运送|運送|完成|捕捞|捕撈|收购|收購|领取|領取|上门|上門|走访|走訪|巡查|巡逻|巡邏|检查|檢查|开展|開展|举办|舉辦)(?:(?!每)[\\x{4E00}-\\x{9FFF}]){0,4}?"
	 /* 每座车站至少配备2部, 每个充电站平均配备4至6个: a noun, a bound or 平均 between */
	 "|(?:(?!每|{PRE})[\\x{4E00}-\\x{9FFF}]){0,4}?(?:(?<pre2>{PRE})\\h*)?(?:平均\\h*)?(?:配备|配備|配置|配有|设有|設有|设置|設置|安排)(?:(?!每)[\\x{4E00}-\\x{9FFF}]){0,6}?)"
	 "(?![0-9０-９]{4}\\h*年|[0-9０-９.]+\\h*[岁歲])(?<n>{NUM})(?:\\h*(?:至|到|～|~|－)\\h*(?<b>{NUM}))?\\h*(?<u>{UNIT})(?:\\h*(?<post>{POST}))?", NULL,
	 (const char *const[]){"每", NULL}},
	{"rate-wage", R_RATE,	/* 时薪25元, 日薪为300元: a wage by the hour or the day */
	 "(?<du>时薪|時薪|日薪)(?:为|為|是|达|達|仅|僅)?\\h*(?:(?<pre2>{PRE})\\h*)?(?<n>{NUM})\\h*(?<u>{UNIT})(?:\\h*(?<post>{POST}))?", NULL,
	 (const char *const[]){"时薪", "時薪", "日薪", NULL}},
	{"rate-have-coded", R_RATE,	/* 每万人拥有5G基站34.3个: a noun that starts with a code */
	 "每\\h*(?<dn>{NUM}|[万萬千])?\\h*(?<du>人|户|戶)口?\\h*(?:拥有|擁有)[0-9]?[A-Za-z]{1,3}(?:(?!每)[\\x{4E00}-\\x{9FFF}]){1,8}?"
	 "(?:(?<pre2>{PRE})\\h*)?(?<n>{NUM})\\h*(?<u>{UNIT})(?:\\h*(?<post>{POST}))?", NULL, (const char *const[]){"拥有", "擁有", NULL}},
	{"rate-two-bases", R_RATE,	/* 每人每月23元, 每年每亩补贴200元, 每名学生每年2000元, 每人每月发放见习补贴2000元: the first of two bases */
	 "(?:(?<pre>{PRE})\\h*)?每\\h*(?<du>{DUR}|{PER}|人)(?:(?<=[名位])[\\x{4E00}-\\x{9FFF}]{1,3}?)?\\h*每\\h*(?:{DUR}|{PER}|人)(?:(?!每)[\\x{4E00}-\\x{9FFF}]){0,8}?(?:(?<pre2>{PRE})\\h*)?"
	 "(?![0-9０-９]{4}\\h*年)(?<n>{NUM})(?:\\h*(?:至|到|～|~|－)\\h*(?<b>{NUM}))?\\h*(?<u>{UNIT})(?:\\h*(?<post>{POST}))?", NULL,
	 (const char *const[]){"每", NULL}},
	{"rate-kuai-duo", R_RATE,	/* 每斤才卖6块多钱: a little over 6 yuan a jin (块 alone counts things) */
	 EVERY_LEAD
	 "(?<n>{NUM})\\h*[块塊]\\h*(?<mid>多|余|餘)\\h*[钱錢]", &YUAN, (const char *const[]){"钱", "錢", NULL}},
	{"rate-half", R_RATE,	/* 每天工作16个半小时: a half after 个, before the unit */
	 EVERY_LEAD
	 "(?<n>{NUM})\\h*[个個](?<half>半)\\h*(?<u>小时|小時|月)(?:\\h*(?<post>{POST}))?", NULL, (const char *const[]){"个半", "個半", NULL}},
	{"rate-every-once", R_RATE,	/* 数据每10分钟上传一次, 每5分钟更新一次: once in so long (一次 no article here) */
	 "(?:每隔|每)\\h*(?<dn>{NUM})?\\h*(?<du>{DUR})\\h*(?:(?<pre>{PRE})\\h*)?(?:[\\x{4E00}-\\x{9FFF}](?<![每一次])){0,6}?(?<n>一|1|１)\\h*(?<u>次|回)(?!性)", NULL,
	 (const char *const[]){"每", NULL}},
	{"rate-one", R_RATE,	/* 一天最多捡2万枚, 一年收入3万元, 一天工作12小时: so much in one span, a verb between */
	 "(?|(?:(?:最多|最高|最少|最低|最忙|最长|最長)(?=一))?(?<![0-9０-９〇零一二两兩三四五六七八九十百千万萬第每了])(?<dn>一)\\h*(?!年期)(?<du>天|年|个月|個月|周|週|小时|小時|晚|(?:斤|公斤|千克)(?=\\h*(?:只能|能|可|可以|才|只|仅|僅|就|也)?\\h*(?:卖|賣|售)))"	/* 一晚卖出过1200单 */
	 "|(?<dn>(*FAIL))?(?<![月日号號])[单單](?<du>日|月))(?![后後前内內来來间間多半])"	/* 单日最高接待观众1.8万人次, 单月最高突破100万箱: in a single day or month (一年后: after a year; 12月单月完成: that month's) */
	 "\\h*(?:下来|下來)?\\h*(?:(?:(?!{PRE})[\\x{4E00}-\\x{9FFF}]){1,4}?(?=要|需|能|可|超过|超過|突破|不到|不足|多达|多達|不超|上限|达到|達到|达|達|最高|最多))?"	/* 一年下来路费要多花2000多元, 一天门诊量超过4000人次: a noun before the modal or bound */
	 "\\h*(?:平均|就|能|可|只要|只需|仅需|僅需|要|需|可以|只能|才|只|仅|僅|也)?\\h*(?:(?<pre>{PRE})\\h*)?(?:能|可|可以|只能)?\\h*"	/* 一天最多能采, 一个月只要交, 一斤才卖 */
	 "(?:(?<=最高|最多)[\\x{4E00}-\\x{9FFF}]{1,3}?(?=达到|達到|达|達))?"	/* 单日最高客流达到72.3万人次: a noun between */
	 "(?:多|少)?(?:收入|省下|省|节省|節省|节约|節約|"	/* 一年下来能省近4000元, 一年下来能多挣3万元 */
	 "赚|賺|挣|掙|花|花费|花費|交|缴|繳|缴纳|繳納|支付|生产|生產|加工|卖出|賣出|售出|销售|銷售|接待|处理|處理|工作|运送|運送|捡|撿|收集|消耗|用|耗|产|產|卖|賣|跑|送|派送|配送|完成"
	 "|成交|开行|開行|发送|發送|(?:采|採|摘|捕|捡拾|撿拾)(?:[\\x{4E00}-\\x{9FFF}]{1,2}?)?"	/* 一天能采鲜叶30斤: a verb of picking and its noun */
	 "|(?<=超过|超過|最多|最高|多达|多達|不到|不足|至少|最少|突破|上限为|上限為|上限是)"	/* 一天超过20万人次, 一天不到5次, 单日游客上限为6万人次: a bound, no verb */
	 "|达到|達到|达|達)"	/* 单日客流达到1132万人次: reached in a day */
	 "(?:(?<=省|节约|節約|节省|節省|省下|产|產|卖出|賣出|销售|銷售|售出|开行|開行|接待|发送|發送)(?:(?!{PRE})[\\x{4E00}-\\x{9FFF}]){1,4}?(?=\\h*(?:{PRE}\\h*)?[0-9０-９]))?"	/* 一年可节约电费约860万元, 一年能产绒600克: the noun saved or made */
	 "(?:了|过|過)?\\h*"	/* 一天最多卖出过800单 */
	 "(?:(?<pre2>{PRE})\\h*)?(?!(?:一二|二三|两三|兩三|三四|四五|五六|六七|七八|八九)[十百千万萬亿億])(?<n>{NUM})(?:\\h*(?:至|到|～|~|－)\\h*(?<b>{NUM}))?(?:[个個](?=\\h*(?:多|余|餘)\\h*(?:小时|小時|月)))?(?:\\h*(?<mid>多|余|餘))?(?:(?<=多|余|餘)(?<big>万亿|萬億|万|萬|亿|億))?\\h*(?<u>{UNIT})(?:\\h*(?<post>{POST}))?", NULL,
	 (const char *const[]){"一天", "一年", "一个月", "一個月", "一周", "一週", "一小时", "一小時", "一晚", "一斤", "一公斤", "一千克", "单日", "單日", "单月", "單月", NULL}},
	{"rate-avg", R_RATE,	/* 户均3.8万元, 场均观众约2.7万人, 人均可支配收入4万元, 亩均收入超千元, 年产30万吨, 日产5000吨 */
	 "(?|(?<du>人|户|戶|亩|畝|(?<![市现現机機广廣会會农農商剧劇考立登在到全当當该該两兩各主客操战戰])[场場])均|(?<![今去明当當全半近往本上下每该該同次0-9０-９])(?<!(?<!目)前)(?<du>年|月|日)均"	/* 日均客流量达5000人次 (目前日均: now, 前日 the day before) */
	 "|(?<![今去明前当當全半近往0-9０-９])(?<du>年|日)(?:产|產|产量|產量|销量|銷量|处理|處理|加工|[\\x{4E00}-\\x{9FFF}]{2}(?=能力))(?:能力)?"	/* 日收奶能力 */
	 "|(?<![今去明后後当當全半近往本上下每该該同次节節假作生首周週平终終念放末整昨老少青中成童壮壯晚幼历歷逐多长長常连連新峰易业業期单單0-9０-９])(?<!(?<!目)前)(?<du>年|日)接待"	/* 年接待游客800万人次 (not 春节假日接待, 周日接待, 上年接待, 首日接待) */
	 "|(?<![今去明前当當全半近往上下本每该該同次个個首单單0-9０-９一二三四五六七八九十])(?<du>月)(?:产能|產能|产量|產量|销量|銷量)"	/* 设计月产能3万片 (not 上月产量, 3月产量) */
	 "|(?<![今去明后後当當全半近往本上下每该該同次节節假作生首周週平终終念放末整昨老少青中成童壮壯晚幼历歷逐多长長常连連新峰易业業期0-9０-９])(?<![0-9０-９]日单|[0-9０-９]日單|[0-9０-９]号单|[0-9０-９]號單)(?<!(?<!目)前)(?<du>年|日)(?!间|間)[\\x{4E00}-\\x{9FFF}]{2,3}?量"	/* 日交易量, 年吞吐量 (not 节日客流量, 全年交易量, 高峰日业务量, 交易日成交量, 10月1日单日客运量: that day's) */
	 "|(?<du>亩|畝)(?:产|產)(?:量)?)"	/* 年加工能力达10万吨, 亩产约1500斤 */
	 /* the text is the figure: the words between are its subject */
	 "(?:(?:(?!以上的|以下的|左右的)[\\x{4E00}-\\x{9FFF}A-Za-z]){0,10}?(?:为|為|达|達|在)?)?\\h*"	/* (年产量万吨以上的不足20家: a count) */
	 "(?:(?:从|從|由)\\h*(?:[0-9０-９]{4}\\h*年(?:底|末)?\\h*的\\h*)?)?"	/* 从2020年的6.8万元 */
	 "\\K(?:(?<pre2>{PRE})\\h*)?(?<n>{NUM})(?:\\h*(?:至|到|～|~|－)\\h*(?<b>{NUM}))?"	/* 日均客流5万至6万人次 */
	 /* 人均收入五年翻一番: a span of years or months is when, no amount per person */
	 "(?:\\h*(?<mid>多|余|餘))?(?:\\h*(?<big>万亿|萬億|万|萬|亿|億))?\\h*(?!倍|%|％|成|年|个月|個月)(?<u>{UNIT})(?:\\h*(?<post>{POST}))?", NULL,	/* 500多万亩 */
	 (const char *const[]){"均", "产", "產", "量", "处理", "處理", "加工", "接待", "能力", NULL}},
	{"rate-avg-pct", R_RATE,	/* 年均增长约7%: a percentage a year */
	 "(?|(?<![今去明前当當全半近往本上下每该該同次0-9０-９])(?<du>年)均(?:增长|增長|增速|增幅|上涨|上漲|涨幅|漲幅|下降|降幅|复合增长率|複合增長率|增收|减少|減少|增加|提高)"
	 "(?:率)?(?:(?:保持|维持|維持|稳定|穩定|控制|预计|預計|有望)(?:在)?|为|為|达到|達到|达|達|在|了)?\\h*\\K(?:(?<pre2>{PRE})\\h*)?(?<n>{NUM})\\h*(?<u>%|％)(?:\\h*(?<post>{POST}))?"	/* 年均增长保持在10%左右 */
	 /* 保持年均10%以上的增长: the growth after the percentage */
	 "|(?<![今去明前当當全半近往本上下每该該同次0-9０-９])(?<du>年)均\\h*\\K(?:(?<pre2>{PRE})\\h*)?(?<n>{NUM})\\h*(?<u>%|％)(?:\\h*(?<post>{POST}))?"
	 "(?=\\h*(?:的|左右的)?\\h*(?:增长|增長|增速|增幅|涨幅|漲幅|降幅|下降|复合增长|複合增長)))", NULL,
	 (const char *const[]){"年均", NULL}},
	{"aircraft", R_NAME,	/* 波音777, 空客A320, 国产C919: a model of aircraft, no figure */
	 "(?:波音|空客|空中客车|空中客車|国产|國產)\\h*[A-Z]?[0-9]{3,4}(?:[-－][0-9]{1,4}[A-Z]*)?(?![0-9])", NULL,
	 (const char *const[]){"波音", "空客", "空中客", "国产", "國產", NULL}},
	{"coordinate", R_NAME,	/* 北纬23.35度: a place, no figure */
	 "(?:北纬|南纬|东经|西经|北緯|南緯|東經|西經)\\h*{NUM}\\h*度(?:\\h*{NUM}\\h*分)?", NULL,
	 (const char *const[]){"纬", "经", "緯", "經", NULL}},
	{"rate-slash", R_RATE,	/* 25元/公斤, 3000元/月, 0.7元/瓦 (瓦 no base after 每: 每千瓦) */
	 "(?:(?<pre>{PRE})\\h*)?(?<n>{NUM})\\h*(?<u>{UNIT})\\h*[/／]\\h*(?<du>{PER}|{DUR}|人|瓦)(?:\\h*(?<post>{POST}))?",
	 NULL, (const char *const[]){"/", "／", NULL}},
	{"rate-per", R_RATE,	/* 每股亏损0.35元, 每股收益为1.2元 */
	 "每\\h*(?<dn>{NUM})?\\h*(?<du>{PER})(?!(?<=升)[值高级級温溫幅])\\h*(?:收益|盈利|利润|亏损|净资产|派息|分红|派发现金红利|现金红利|股息|价格|售价|均价|成本)?"
	 /* 每月能省下1000多元: a verb of spending or saving between */
	 "\\h*(?:[能可]?(?:省下|节省|節省|节约|節約|花费|花費|支出|收入|赚|賺|挣|掙|花)了?)?"
	 "\\h*(?:仅为|僅為|只有|仅|僅|只|为|為|是)?\\h*(?:(?<pre2>{PRE})\\h*)?(?<n>{NUM})"
	 "(?:\\h*(?<mid>多|余|餘))?(?:\\h*(?:至|到|~|～)\\h*(?<b>{NUM}))?\\h*(?<u>{UNIT})(?:\\h*(?<post>{POST}))?", NULL,
	 (const char *const[]){"每", NULL}},	/* 每盎司1至2美分: a range of a rate */
	{"percent-of", R_QUANTITY,
	 "(?:(?<pre>{PRE})\\h*)?百分之(?<num>{NUM})(?:\\h*(?<post>{POST}))?", &PERCENT, (const char *const[]){"百分之", NULL}},
	{"share-of", R_QUANTITY,	/* 约占汽车出口总量的三成, 约为去年同期的2.1倍: the qualifier before 占 */
	 "(?|(?<pre>约|約|大约|大約|近|超过|超過|不到)(?:占|佔|为|為|是)[^，。；,;\\n]{1,24}?"
	 "|(?<pre>不宜超过|不得超过|不能超过|不应超过|不应低于|不得低于|不能低于|不宜低于|不超过|不超過|不低于|不低於|不高于|不高於|不足|不到|不及|超过|超過|相当于|相當於)(?:[0-9０-９]{4}\\h*年[^，。；,;\\n0-9０-９一二两兩三四五六七八九十百千万萬亿億半]{0,12}?|(?:[^，。；,;\\n0-9０-９一二两兩三四五六七八九十百千万萬亿億半]|[一二三四五]级){1,12}?))的\\K(?<num>{NUM})(?:\\h*(?<unit>{UNIT}))?"
	 "(?:\\h*(?<post>{POST}))?", NULL, (const char *const[]){"占", "佔", "为", "為", "是", "不足", "不到", "不及", "超过", "超過", "相当于", "相當於", "不低于",
			       "不低於", "低于", "低於", "不高于", "不高於", NULL}},
	{"share-of-fraction", R_FRACTION,	/* 约占全国的四分之一, 不到全国的三分之一, 约为公路的八分之一 */
	 "(?|(?<pre>约|約|大约|大約|近|超过|超過|不到)[占佔][^，。；,;\\n]{1,24}?的?"
	 "|(?<pre>约|約|大约|大約|近|超过|超過|不到)(?:为|為|是)[^，。；,;\\n]{1,24}?的"
	 "|(?<pre>不宜超过|不得超过|不能超过|不应超过|不应低于|不得低于|不能低于|不宜低于|不超过|不超過|不低于|不低於|不高于|不高於|不足|不到|不及|超过|超過|相当于|相當於)(?:[0-9０-９]{4}\\h*年[^，。；,;\\n0-9０-９一二两兩三四五六七八九十百千万萬亿億半]{0,12}?|[^，。；,;\\n0-9０-９一二两兩三四五六七八九十百千万萬亿億半]{1,12}?)的)"
	 "\\K(?<den>{NUM})\\h*分之\\h*(?<num>{NUM})", NULL,
	 (const char *const[]){"占", "佔", "为", "為", "是", "不足", "不到", "不及", "超过", "超過", "相当于", "相當於", "不低于", "不低於", "低于", "低於",
			       "不高于", "不高於", NULL}},
	{"share-of-word", R_FRACTION_WORD,	/* 约占一半, 约为去年的一半 */
	 "(?|(?<pre>约|約|大约|大約|近|超过|超過|不到)[占佔][^，。；,;\\n]{0,24}?的?"
	 "|(?<pre>约|約|大约|大約|近|超过|超過|不到)(?:为|為|是)[^，。；,;\\n]{1,24}?的"
	 "|(?<pre>不宜超过|不得超过|不能超过|不应超过|不应低于|不得低于|不能低于|不宜低于|不超过|不超過|不低于|不低於|不高于|不高於|不足|不到|不及|超过|超過|相当于|相當於)(?:[0-9０-９]{4}\\h*年[^，。；,;\\n0-9０-９一二两兩三四五六七八九十百千万萬亿億半]{0,12}?|[^，。；,;\\n0-9０-９一二两兩三四五六七八九十百千万萬亿億半]{1,12}?)的)\\K(?<word>{FRAC})", NULL,
	 (const char *const[]){"占", "佔", "为", "為", "是", "不足", "不到", "不及", "超过", "超過", "相当于", "相當於", "不低于", "不低於", "低于", "低於",
			       "不高于", "不高於", NULL}},
	{"permille-of", R_QUANTITY,
	 "(?:(?<pre>{PRE})\\h*)?千分之(?<num>{NUM})(?:\\h*(?<post>{POST}))?", &PERMILLE, (const char *const[]){"千分之", NULL}},
	{"per-myriad-of", R_QUANTITY,
	 "(?:(?<pre>{PRE})\\h*)?(?:万|萬)分之(?<num>{NUM})(?:\\h*(?<post>{POST}))?", &PER_MYRIAD,
	 (const char *const[]){"万分之", "萬分之", NULL}},
	{"fraction", R_FRACTION,
	 "(?:(?<pre>{PRE})\\h*)?(?<den>{NUM})\\h*分之\\h*(?<num>{NUM})(?:\\h*(?<post>{POST}))?", NULL, (const char *const[]){"分之", NULL}},
	{"fraction-word", R_FRACTION_WORD,
	 "(?:(?<pre>{PRE})\\h*)?(?<word>{FRAC})(?:\\h*(?<post>{POST}))?", NULL,
	 (const char *const[]){"半", "翻", NULL}},	/* what the fraction words of the table hold */
	{"pair", R_PAIR,	/* 两三年, 三四十万元; 三五天: three to five days */
	 "(?|(?<a>一)(?<b>二)|(?<a>[二两兩])(?<b>三)|(?<a>三)(?<b>[四五])|(?<a>四)(?<b>五)|(?<a>五)(?<b>六)|(?<a>六)(?<b>七)"
	 "|(?<a>七)(?<b>八)|(?<a>八)(?<b>九))(?!成群)(?<big>[十百千]?(?:万亿|萬億|万|萬|亿|億)?)(?<unit>{UNIT})"
	 "(?:以内|以內|之内|之內|内|內)?", NULL, NULL},	/* 两三年内: within either, as 2至3年内 */
	{"rank-list", R_RANK, "(?<=第[一二三四五六七八九十0-9０-９][、，])(?<n>[一二三四五六七八九十0-9０-９])\\h*(?:[名位])", NULL,	/* 分列第二、三位: both ranks */
	 (const char *const[]){"位", "名", NULL}},
	{"rank", R_RANK, "第\\h*(?<n>{NUM})(?:\\h*[名位])?(?!\\h*(?:号|" ORDINAL_NAMES "|生产|生產|工厂|工廠|基地|车间|車間|期工程|次.{0,10}?(?:规划|規劃|计划|計劃|普查|会议|會議|大会|大會)|[个個]五年))", NULL, (const char *const[]){"第", NULL}},
	{"ordinal-name", R_NAME, "第\\h*{NUM}\\h*(?=" ORDINAL_NAMES ")", NULL, (const char *const[]){"第", NULL}},	/* 第三十条: an article; 第27届: a session; 第二批: a batch */
	{"date-first-months", R_DATE,	/* 前10个月, 前两个月: January to October, to February */
	 "(?:(?<y>{DIGITS4})\\h*年\\h*)?(?<![提此之目以事日])前\\h*(?<em>{DIGITS2}|[一二两兩三四五六七八九十]{1,2})\\h*[个個]?月", NULL,
	 (const char *const[]){"前", NULL}},	/* 提前3个月 is in advance */
	{"rank-top", R_RANK, "(?<!" NOT_TOP ")前\\h*(?<n>{DIGITS})(?:\\h*[名位强強])?(?!\\h*(?:{DUR}|[岁歲]|[至到~〜～-]\\h*[0-9０-９]))", NULL,
	 (const char *const[]){"前", NULL}},	/* but 降雨前2至3毫米 is a range, 改造前60岁以上 an age */
	{"age", R_AGE, "(?<=[(（])\\h*(?<n>{DIGITS3})\\h*[岁歲](?=\\h*[)）])", NULL, (const char *const[]){"岁", "歲", NULL}},
	{"age-honor", R_AGE, "(?|(?=[(（])(?<={HONOR})[(（]\\h*(?<n>{DIGITS3})\\h*[)）]"	/* 刘女士（35） */
	 /* 局长李明（48）: a title, then the name (not 居民小区（8）, 市民中心（3）: places) */
	 "|(?:{TITLE})[\\x{4E00}-\\x{9FFF}]{2,3}(?<![心区區寓舍场場楼樓馆館院园園站路街村镇鎮厅廳室所处處部会會队隊组組班点點号號栋棟层層])"	/* (学生公寓, 市民中心: places) */
	 "\\K[(（]\\h*(?<n>[1-9][0-9])\\h*[)）])", NULL,	/* (two digits: 村民小组（3） is a group) */ (const char *const[]){"(", "（", NULL}},
	{"rate-once", R_RATE,	/* 百年一遇, 50年一遇: once in so long */
	 "(?<dn>{NUM})\\h*(?<du>年)\\h*(?<n>一)遇", &OCCURRENCE, (const char *const[]){"一遇", NULL}},
	{"peak-one", R_NAME,	/* 最高一天超过5万人次, 最多一晚: the busiest day, not "at most one day" */
	 "(?:最多|最高|最少|最低|最忙|最长|最長)一\\h*(?:天|日|晚|夜)", NULL, (const char *const[]){"最", NULL}},
	{"last-one", R_NAME,	/* 上一年度, 下一年, 比前一年, 较前一周: the last, the next, no duration (前一年免费: the first) */
	 "(?:[上下]|(?<=[比较較与與和同节節])前)一\\h*(?:年度|年|个月|個月|季度|轮|輪|届|屆|阶段|階段|周|週|星期)", NULL, (const char *const[]){"一", NULL}},	/* 春节前一周: the week before the festival */
	/* 3次; but 上一次, 这一次 (last, this time) are no count */
	{"once", R_QUANTITY, "(?:(?<pre>{PRE})\\h*)?(?<![上下这這那每同另])(?<num>{NUM})\\h*次(?![数數])", &OCCURRENCE,
	 (const char *const[]){"次", NULL}},
	{"phone", R_NAME,	/* 010-12345678, 400-810-8888: a telephone number */
	 "(?<![0-9０-９-])(?:0[0-9]{2,3}-[0-9]{5,8}|(?:0[0-9]{1,4}|400[0-9]?|800[0-9]?)-[0-9]{2,4}-[0-9]{3,4}"
	 "|(?<=拨打|撥打|拨通|致电|致電|电话|電話)[：:]?\\h*(?:0[0-9]{2,3}-)?[0-9]{3,8}(?:-[0-9]{3,4}){0,2}"
	 "(?:\\h*(?:或|、|和|及|/|／)\\h*(?:0[0-9]{2,3}-)?[0-9]{3,8}(?:-[0-9]{3,4}){0,2})*)(?![0-9])", NULL,	/* 电话：0754-8812-3456, 拨打119或110 */
	 (const char *const[]){"-", "拨打", "撥打", "拨通", "致电", "致電", "电话", "電話", NULL}},
	{"contract", R_NAME,	/* 玉米2601合约: a futures contract's code */
	 "(?<![0-9])[0-9]{4}(?=\\h*(?:合约|合約))", NULL, (const char *const[]){"合约", "合約", NULL}},
	{"cheng-tenth", R_QUANTITY,	/* 八成五 = 85%: a tenth of 成 after it */
	 "(?:(?<pre>{PRE})\\h*)?(?<num>[一二两兩三四五六七八九])\\h*(?<unit>成)(?<sub>[一二三四五六七八九])(?![十百千万萬亿億成倍年月日天个個人])"
	 "(?:\\h*(?<post>{POST}))?", NULL, (const char *const[]){"成", NULL}},
	{"standard", R_NAME,	/* GB 17761-2024, GB/T 19001-2016, ISO 9001:2015: a standard's code and year */
	 "(?-i:(?<![A-Za-z])(?:GB|JT|HJ|YY|QB|DB|ISO|IEC)(?:/[TZ])?)\\h*[0-9]{2,6}(?:\\.[0-9]{1,3})*(?:[-:：](?:19|20)[0-9]{2})?(?![0-9])", NULL,
	 (const char *const[]){"GB", "JT", "HJ", "YY", "QB", "DB", "ISO", "IEC", NULL}},
	{"issue-number", R_NAME, "第\\h*[0-9０-９]{1,6}\\h*期", NULL, (const char *const[]){"期", NULL}},	/* 第26028期, 第2期工程: an issue, a phase, no figure */
	{"fuel-grade", R_NAME,	/* 0号柴油, 92号汽油: a grade, no figure */
	 "(?<![0-9])[0-9]{1,3}\\h*号(?=\\h*(?:柴油|汽油|车用柴油|車用柴油|燃料油))", NULL, (const char *const[]){"号", NULL}},
	{"per-base", R_NAME,	/* 每生产1吨碳酸锂: the base of a per-unit figure, no figure */
	 "(?=\\h*[1１一0-9０-９])(?<=每生产|每生產|每消耗|每使用|每销售|每銷售|每出口|每进口|每進口|每卖|每賣|每卖出|每賣出|每售出|每处理|每處理|每回收"
	 "|每投放|每运输|每運輸|每种植|每種植|每收购|每收購|每购买|每購買|每投入|每减少|每減少|每排放|每节约|每節約"
	 "|每服务|每服務|每工作|每行驶|每行駛|每增加|每提高|每补种|每補種|每栽种|每栽種|每栽植|每造林|每新增|每新建"
	 "|每建设|每建設|每修建|每治理|每修复|每修復|每完成|每培训|每培訓|每招聘|每吸纳|每吸納|每带动|每帶動"
	 "|每超时|每超時|每超出|每延时|每延時|每逾期|每调高|每調高|每调低|每調低|每升高|每降低|每上调|每上調|每下调|每下調"
	 "|每采集|每採集|每献血|每獻血|每捐献|每捐獻|每消费|每消費|每接待|每接诊|每接診|每培养|每培養|每救助"
	 "|每加工|每出售|每饲养|每飼養|每养殖|每養殖|每运送|每運送|每发电|每發電|每用电|每用電|每用水"
	 "|每招用|每雇用|每聘用|每录用|每錄用|每安置|每出栏|每出欄|每屠宰|每下降|每上升|每上涨|每上漲|每下跌"
	 "|每改造|每改建|每建成|每修缮|每修繕|每引进|每引進|每签约|每簽約|每满|每滿|每工作满|每工作滿|每缴费|每繳費|每缴满|每繳滿|每淘汰|每报废|每報廢|每置换|每置換)"	/* 每改造1个小区; 每满1年增加50元 */	/* 每献血200毫升记为1公里, 每接待1名游客 */	/* 每服务1小时可获得补贴20元, 每补种一亩林地, 每超时1小时加收5元, 每调高1℃ */
	 "\\h*(?:[1１一]|[0-9０-９]{1,4}(?![0-9０-９.．]))\\h*(?:(?:万|萬|千|百|兆)\\h*)?(?:吨|噸|公斤|千克|件|台|辆|輛|个|個|度|瓦|(?:万|萬|亿|億)?(?:元|美元|欧元|歐元)|小时|小時|天|公里|人|名|位|次|户|戶|亩|畝|头|頭|只|套|座|家|所|项|項|%|％|℃|°C|摄氏度|攝氏度|毫升|升|年|个月|個月|周岁|週歲)", NULL,
	 (const char *const[]){"每", NULL}},
	{"minutes-after-hours", R_QUANTITY,	/* 4小时18分: 分 after hours is minutes (18分 alone may be points) */
	 "(?<=小时|小時|钟头|鐘頭)\\h*(?<num>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\\h*分(?!钟|鐘|之)",
	 &MINUTE, (const char *const[]){"分", NULL}},
	{"minutes-before-seconds", R_QUANTITY,	/* 2分30秒: 分 before seconds is minutes too */
	 "(?:(?<pre>{PRE})\\h*)?(?<![0-9０-９.])(?<num>[0-9０-９]{1,3})\\h*分(?=\\h*[0-9０-９]{1,2}\\h*秒)",
	 &MINUTE, (const char *const[]){"秒", NULL}},
	{"event-year", R_NAME,	/* 2026杭州马拉松, 2025无锡马拉松, 2025北京车展: a year in an event's name */
	 "(?<![0-9０-９])(?:19|20)[0-9]{2}(?=[\\x{4E00}-\\x{9FFF}]{0,6}?(?:马拉松|馬拉松|博览会|博覽會|运动会|運動會|艺术节|藝術節|文化节|文化節|音乐节|音樂節|世博会|亚运会|亞運會|冬奥会|冬奧會|奥运会|奧運會|世界杯|峰会|峰會|论坛|論壇|年会|年會|展览会|展覽會|展会|展會|车展|車展|交易会|交易會|锦标赛|錦標賽|电影节|電影節|铁人三项|鐵人三項|自行车赛|自行車賽|环湖赛|環湖賽|龙舟赛|龍舟賽))(?![0-9０-９年])", NULL,
	 (const char *const[]){"马拉松", "馬拉松", "博览会", "博覽會", "运动会", "運動會", "艺术节", "藝術節", "文化节", "文化節", "音乐节", "音樂節", "世博会", "亚运会", "亞運會", "冬奥会", "冬奧會", "奥运会", "奧運會", "世界杯", "峰会", "峰會", "论坛", "論壇", "年会", "年會", "展览会", "展覽會", "展会", "展會", "车展", "車展", "交易会", "交易會", "锦标赛", "錦標賽", "电影节", "電影節", "铁人三项", "鐵人三項", "自行车赛", "自行車賽", "环湖赛", "環湖賽", "龙舟赛", "龍舟賽", NULL}},
	{"bus-route", R_NAME,	/* 126路公交车, 1路、2路, 夜1路, 快3路: a bus route's number */
	 "(?<![0-9０-９.])(?:(?<=乘坐|搭乘|坐|乘)\\h*(?:夜|快|专|專|旅游|旅遊|支)?[0-9０-９]{1,4}\\h*路|(?<=夜|快)(?<!连夜|連夜|深夜|昨夜|今夜|半夜|午夜|很快|较快|較快|更快|最快|加快|尽快|儘快)[0-9０-９]{1,3}\\h*路|[0-9０-９]{1,4}\\h*路(?=\\h*(?:公交|公共汽车|公共汽車|车|車|、|和|及|与|與|，|。)))", NULL,	/* 乘坐126路上班 */
	 (const char *const[]){"路", NULL}},
	{"hotline", R_NAME,	/* 12315热线, 12306网站, 12306客服电话: a service number */
	 "(?<![0-9０-９])(?:[0-9]{3,6}(?=\\h*[\\x{4E00}-\\x{9FFF}]{0,8}?(?:热线|熱線|专线|專線))|1[0-9]{4}(?![0-9])(?=\\h*[\\x{4E00}-\\x{9FFF}]{0,16}?(?:热线|熱線))|[0-9]{4,6}(?=网站|網站|客服|App|APP|app)|(?<=热线|熱線|专线|專線|电话|電話)(?:[”」』\"](?=[0-9]{3,8}(?![0-9.]|\\h*[年月日次件个個万萬余餘多人元])))?(?:[：:]|为|為|是)?\\h*[0-9]{3,8}(?:-[0-9]{3,4}){0,2})", NULL,
	 (const char *const[]){"热线", "熱線", "专线", "專線", "电话", "電話", "网站", "網站", "客服", "App", "APP", "app", NULL}},
	{"index-base", R_NAME,	/* （2020年=100）: the base of an index, no period */
	 "[（(]\\h*{DIGITS4}\\h*年?\\h*[=＝]\\h*100\\h*[）)]", NULL, (const char *const[]){"=", "＝", NULL}},
	{"discount", R_QUANTITY,	/* 打八折, 全场5折起: a share of the price in tenths */
	 "(?:(?<pre>{PRE})\\h*)?(?<![0-9０-９.．])(?<num>[1-9１-９](?:[.．][0-9０-９])?|[一二三四五六七八九])\\h*折"
	 "(?![扣旧舊合算腾騰射叠疊线線返价價])(?:\\h*(?<post>{POST}))?", &DISCOUNT, (const char *const[]){"折", NULL}},
	{"discount-2", R_QUANTITY,	/* 八五折: two digits, a percentage of the price */
	 "(?:(?<pre>{PRE})\\h*)?(?<![一二三四五六七八九十百千万])(?<num>[一二三四五六七八九][一二三四五六七八九])\\h*折"
	 "(?![扣旧舊合算腾騰射叠疊线線返价價])(?:\\h*(?<post>{POST}))?", &DISCOUNT2, (const char *const[]){"折", NULL}},
	{"angle-du", R_QUANTITY,	/* 坡度超过30度: 度 after a word of an angle is degrees of arc */
	 "(?:坡度|角度|倾角|傾角|倾斜度|傾斜度|斜度|夹角|夾角|仰角|俯角)\\h*(?:为|為|是|达|達|达到|達到)?\\h*\\K(?:(?<pre>{PRE})\\h*)?(?<num>{NUM})\\h*度"
	 "(?!电|電)(?:\\h*(?<post>{POST}))?", &ANGLE, (const char *const[]){"度", NULL}},
	{"temp-du", R_QUANTITY,	/* 气温35度, 温度在28度至35度之间: 度 after a temperature word is degrees */
	 "(?:气温|氣溫|最高气温|最低气温|体温|體溫|水温|温度|溫度)\\h*(?:多次|一度|再次|曾)?\\h*(?:(?:保持|控制|设定|設定|设置|設置|调|調)?在|为|為|是|降至|降到|跌至|升至|達|达|达到|達到|超过|超過)?\\h*(?:零下\\h*)?\\K(?:(?<pre>{PRE})\\h*)?(?<num>{NUM})\\h*度"
	 "(?!电|電)(?:\\h*(?<post>{POST}))?", &CELSIUS, (const char *const[]){"度", NULL}},
	{"level", R_QUANTITY,	/* 6.8级地震, 6级以上地震, 8级大风, 4至5级偏北风, 阵风8级 (not 二级市场) */
	 "(?|(?:(?<pre>{PRE})\\h*)?(?<![0-9０-９.．])(?<num>[0-9０-９]{1,2}(?:[.．][0-9０-９])?)\\h*[级級](?:\\h*(?<post>{POST}))?"
	 "(?=\\h*(?:的)?(?:地震|余震|餘震|强震|強震|大风|大風|阵风|陣風|台风|颱風|飓风|[东南西北東偏]{1,3}[风風]))"
	 /* 风力12级, 阵风可达10级以上: after a word of wind, and its verb */
	 "|(?:风力|風力|阵风|陣風)\\h*(?:可|将|將|最大|最高)?\\h*(?:达到|達到|达|達|为|為|在|有)?\\h*(?:[0-9０-９]{1,2}\\h*(?:至|到|～|~|－)\\h*)?\\K"
	 "(?:(?<pre>{PRE})\\h*)?(?<![0-9０-９.．])(?<num>[0-9０-９]{1,2})\\h*[级級](?:\\h*(?<post>{POST}))?)",
	 &LEVEL, (const char *const[]){"级", "級", NULL}},
	/* 10年期国债, 1年期LPR, 三个月期铜: the term of a security, no duration */
	{"maturity", R_NAME, "(?<![0-9０-９])(?:[0-9０-９]{1,2}|[一二三五七八十]{1,3})\\h*(?:年|个月|個月)期(?![间間内內限满滿货貨末中初])", NULL,
	 (const char *const[]){"期", NULL}},
	{"road", R_NAME, "(?:国道|省道|县道)\\h*{DIGITS}\\h*(?:号线?|线)", NULL,
	 (const char *const[]){"道", NULL}},
	{"id-number", R_NAME,	/* No. 4417, 编号4417: an identifier */
	 "(?:(?<=No\\.|No\\.\\h|no\\.\\h|NO\\.)|(?<=编号|編號)(?:为|為|是)?\\h*)[0-9]{2,}(?![0-9]|[.,][0-9])", NULL,
	 (const char *const[]){"No.", "no.", "NO.", "编号", "編號", NULL}},
	{"per", R_NAME,	/* 每千名新生儿, 每10万人: a base, no count */
	 "每\\h*(?:[0-9０-９]+|[一十百千万]+)\\h*(?:名|人|个|户|例|辆)", NULL, (const char *const[]){"每", NULL}},
	{"typhoon", R_NAME, "(?:台风\\h*{DIGITS}\\h*号|第\\h*{DIGITS}\\h*号台风)", NULL, (const char *const[]){"台风", NULL}},
	{"title", R_NAME,	/* 《星河守望者3》, 《…三年行动方案》 (but a year written in it is a date, 《2025届…》 too) */
	 "《(?:(?![0-9０-９]{4}\\h*(?:年|届|屆))[^《》\\n]){1,40}》", NULL, (const char *const[]){"《", NULL}},
	{"rank-top-kanji", R_RANK, "(?<!" NOT_TOP ")前\\h*(?<n>[一二三四五六七八九十]{1,3})"
	 "(?:\\h*[名位强強]|(?!\\h*(?:{DUR}|[个個季年月天周日次批项項轮輪届屆排]|{NUMCHARS})))", NULL,
	 (const char *const[]){"前", NULL}},	/* 前五名, 跻身前十 */
	{"line", R_NAME,	/* 地铁3号线, 3号楼: numbers of lines and buildings */
	 "{DIGITS}\\h*号(?:线|線|楼|樓|院|馆|館|门|門|口|地块|站台|机|機|仓|倉|厅|廳)", NULL,
	 (const char *const[]){"号", NULL}},
	{"generation", R_NAME, "(?<![0-9])(?:[5-9][05]|0[05]|10)后", NULL, (const char *const[]){"后", NULL}},
	{"race-time", R_QUANTITY,	/* 9秒83, 1分44秒05: a time to the hundredth, the digits after 秒 */
	 "(?:(?<pre>{PRE})\\h*)?(?<![0-9０-９.．])(?<num>[0-9０-９]{1,3})\\h*(?<unit>秒)(?<sub>[0-9０-９]{1,2})(?![0-9０-９.．])"
	 "(?:\\h*(?<post>{POST}))?", NULL, (const char *const[]){"秒", NULL}},
	{"ratio-to-one", R_QUANTITY,	/* 车桩比约为2.6比1, 师生比为15:1: a ratio, so many to one */
	 /* 比2024年底的2.6比1: after 的, one with decimals (no score has them) */
	 /* 已跌破6:1: a bound right before a ratio to one; 6∶1 with the ratio sign */
	 "(?:比(?:例|价|價)?\\h*(?:仅|僅|只)?(?:为|為|是|达到|達到|达|達|(?:缩小|縮小|扩大|擴大|降|升|下降|上升)(?:至|到))?\\h*\\K|(?<=的)(?=[0-9０-９]{1,4}[.．][0-9０-９]{1,3}\\h*[比:：∶]\\h*[1１])"
	 "|(?=(?:{PRE})\\h*[0-9０-９]{1,4}(?:[.．][0-9０-９]{1,3})?\\h*[:：∶]\\h*[1１](?![0-9０-９.．:：∶])))"
	 "(?:(?<pre>{PRE})\\h*)?(?<num>[0-9０-９]{1,4}(?:[.．][0-9０-９]{1,3})?)\\h*[比:：∶]\\h*[1１](?![0-9０-９.．:：∶])",
	 &TIMES, (const char *const[]){"比", NULL}},
	{"shots", R_SCORE,	/* 12投6中: six of twelve shots, a record of shooting (no row) */
	 "(?<![0-9０-９.．])(?<a>{DIGITS3})\\h*投\\h*(?<b>{DIGITS3})\\h*中(?<game>)(?![0-9０-９])", NULL, (const char *const[]){"投", NULL}},
	{"record", R_SCORE,	/* 4胜2负, 12胜3负1平, 20胜4平6负, 3胜1平: a record of games, a score (no row) */
	 "(?<![0-9０-９.．])(?|(?<a>{DIGITS3})\\h*[胜勝]\\h*(?:[0-9０-９]{1,3}\\h*平\\h*)?(?<b>{DIGITS3})\\h*[负負](?:\\h*[0-9０-９]{1,3}\\h*平)?"
	 "|(?<a>{DIGITS3})\\h*[胜勝]\\h*(?<b>{DIGITS3})\\h*平)(?<game>)(?![0-9０-９])", NULL,
	 (const char *const[]){"负", "負", "平", NULL}},
	{"score", R_SCORE,	/* 3比2: a score or a vote */
	 "(?<![0-9０-９.．])(?<!比例为|比例為|比例是|比为|比為|比是|比例)(?<a>{DIGITS3})\\h*[比对對]\\h*(?<b>{DIGITS3})(?<game>)(?![0-9０-９.．%％])", NULL,	/* 108比96: a basketball score */
	 (const char *const[]){"比", "对", "對", NULL}},
	/* 5周　多地: 多 begins a word; 比前几年多了三成: 多了 before a figure is a verb (3年多了 stays over three) */
	{"quantity", R_QUANTITY,	/* 约合人民币8600万元: the currency's name between */
	 "(?:(?<pre>{PRE})\\h*(?:为|為|是)?\\h*(?:人民币|人民幣)?\\h*(?:{SPAN}\\h*(?=[0-9０-９一二两三四五六七八九十几]+\\h*(?:个|個)?(?:{DUR})))?)?(?<num>{NUM})(?!\\h*月\\h*[0-9０-９]{1,2}\\h*[日号])"	/* (最高为7月19日: a date) */
	 "(?:\\h*[个個](?=\\h*(?:多|余|餘|{HALF})\\h*(?:小时|小時|月|星期|季度|工作日|交易日)))?"	/* 1个多小时, 一个半月 */
	 "(?:\\h*(?<mid>多|余|餘|(?<=[个個]){HALF}))?(?:(?<=多|余|餘)(?<big>万亿|萬億|万|萬|亿|億))?"	/* 5900多万吨 */
	 "(?:\\h*(?<unit>{UNIT})"
	 "(?:(?<half>{HALF})(?![导導数數岛島价價年月径徑场場程成]))?)?"
	 "(?:(?!\\h+(?:多|余|餘)|\\h*多(?:了(?=\\h*(?:{PRE}\\h*)?[0-9０-９一二两兩三四五六七八九十几半])|出))\\h*(?<post>{POST}))?", NULL, NULL},
	{NULL, R_QUANTITY, NULL, NULL, NULL}
};

const struct lang lang_zh = {
	.word_suffixes = (const char *const[]){"强", "強", NULL},
	.next_day = (const char *const[]){"次日", "翌日", "第二天", NULL},
	.next_year = (const char *const[]){"次年", "翌年", "第二年", NULL},
	.base_lead = BASE_LEAD,
	.code = "zh",
	.script = SCRIPT_HAN,
	.tail_abbrev = 1,
	.bare_big = 1,
	/* 三点五, 零点九八: 点 before a digit is a decimal point (8点 is a time);
	 * 千 and 兆 that begin a unit (千瓦时, 千克, 千米, 兆瓦, 千伏), and 百 of 百帕, are no multipliers */
	/* 起数三年, 用户数3年: 数 before a digit ends a noun (but 数十, 数万 are several);
	 * and so after 人 户 次 件 台 辆: 人数年均增长 has no 数年 */
	/* 近万人, 超亿元, 万余名: 万 or 亿 alone after a qualifier or before 余 is one,
	 * before a unit or 余 (not 最近万科, 登上万里长城, 经过万达广场);
	 * a Chinese digit after an arabic one starts a word (3三分球) */
	.num_pattern = "(?<![0-9０-９])(?<![0-9０-９][.．,])"
		       /* (the 345 of １２，３４５, but after 热线12345，3名 a figure) */
		       "(?!(?<=[0-9０-９]，)(?<=(?<![0-9０-９.．])[0-9０-９]，|(?<![0-9０-９.．])[0-9０-９]{2}，|(?<![0-9０-９.．])[0-9０-９]{3}，)[0-9０-９]{3}(?![0-9０-９]))(?>(?:{ARABIC}|(?![数數][0-9０-９〇零一二两兩三四五六七八九]|[数數](?:只有|只剩|仅有|僅有)|(?<=[人户戶次件台辆輛])[数數]|零下|[千兆吉]瓦){NUMCHARS}"
		       "|(?:(?<=[超逾上过過破]|(?<![最附邻鄰临臨靠])近)|(?=[万萬亿億][余餘]))[万萬亿億](?=[万萬亿億]?\\h*(?:[余餘多]|{UNIT})))"
		       "(?:(?<![〇零一二两兩三四五六七八九]){ARABIC}|(?![千兆](?:[瓦克卡焦帕赫米伏]|升(?![至到幅高级級值温溫为為]))|百帕|百分(?:位|比|点|點)|(?<=[0-9０-９])[〇零一二两兩三四五六七八九])(?:{NUMCHARS}|\\h?{BIG})"
		       "|[点點](?=[〇零一二三四五六七八九]))*+|{ZERO})",
	.numerals = NUMERALS,
	.units = UNITS,
	.per_things = PER_THINGS,
	.prefixes = PREFIXES,
	.place_prefixes = PLACE_PREFIXES,
	.suffixes = SUFFIXES,
	.periods = PERIODS,
	.fractions = FRACTIONS,
	.pm_words = PM,
	.am_words = AM,
	.range_joiners = RANGE_JOINERS,
	.year_dashes = (const char *const[]){"-", "－", "—", "–", NULL},	/* 2020-21年 */
	.range_open = RANGE_OPEN,
	.range_close = RANGE_CLOSE,
	.alternatives = ALTERNATIVES,
	.or_marks = OR_MARKS,
	.same_period = (const char *const[]){"同期", "同月", NULL},
	.year_ends = (const char *const[]){"底", "末", NULL},
	.birth_tails = (const char *const[]){"出生", "生人", NULL},
	.number_joiners = (const char *const[]){"零", NULL},	/* 4年零3个月 */
	.ago_ends = (const char *const[]){"年前", NULL},
	.month_units = (const char *const[]){"月", NULL},
	.month_marks = (const char *const[]){"份", "历史", "歷史", "同期", "以来", "以來", "上旬", "中旬", "下旬", "底", "末",
					     "的", "水平", "低点", "低點", "高点", "高點", "峰值", "均值", "纪录", "紀錄", "数据", "數據", NULL},	/* 跌破3月低点 */
	.month_parts = (const struct month_part[]){{"上旬", 1}, {"初", 1}, {"中旬", 11}, {"下旬", 21}, {"底", 21},
						  {"末", 21}, {NULL, 0}},
	.date_tails = (const char *const[]){"底", "末", "上旬", "中旬", "下旬", "初", "夜间", "夜間", "白天", "上午", "下午",
					     "晚间", "晚間", "凌晨", "早晨", "中午", "傍晚", "夜里", "夜裡", NULL},	/* 9日夜间至10日: a part of the day too */
	.range_after = (const char *const[]){"不等", "之间", "之間", NULL},
	.same_year = (const char *const[]){"同年", "当年", "當年", NULL},
	.since_words = SINCE,
	.since_events = (const char *const[]){"危机", "危機", "地震", "疫情", "战争", "戰爭", "事件", "事故", "奥运会", "奧運會", "世博会", NULL},
	.record_after = RECORD_AFTER,
	.since_not = SINCE_NOT,
	.since_not_ending = (const char *const[]){"发起", "發起", "兴起", "興起", "崛起", "引起", "提起", "一起", "掀起", "唤起", "喚起",
						  "说起", "說起", "谈起", "談起", "升起", "挑起", "激起", "建起", "想起", "看起", "拿起", NULL},
	.subject_markers = SUBJECT_MARKERS,
	.subject_joiners = SUBJECT_JOINERS,
	.year_of = YEAR_OF,
	.last_century = LAST_CENTURY,
	.this_century = THIS_CENTURY,
	.list_joiners = LIST_JOINERS,
	/* 不到进口量的千分之一: a fraction of 百, 千, 万 is a percentage (as 百分之, 千分之, 万分之) */
	.fraction_units = (const struct unit[]){{"百", "percent", K_PERCENT, 1}, {"千", "percent", K_PERCENT, 0.1},
						{"万", "percent", K_PERCENT, 0.01}, {"萬", "percent", K_PERCENT, 0.01},
						{NULL, NULL, K_NUMBER, 0}},
	.subject_carriers = SUBJECT_CARRIERS,
	.subject_heads = SUBJECT_HEADS,
	.subject_max = 12,
	.subject_before = 4,
	.sentence_ends = SENTENCE_ENDS,
	.clause_breaks = CLAUSE_BREAKS,
	.honorifics = (const char *const[]){"女士", "先生", "老人", "师傅", "師傅", "大爷", "大爺", "大妈", "大媽", "阿姨", "同学", "同學",
					  "老师", "老師", "医生", "醫生", "教授", "总经理", "總經理", "董事长", "董事長", "村民", "市民", "居民",
					  "大姐", "大哥", "大叔", "大婶", "大嬸", "大娘", "老汉", "老漢", "奶奶", "爷爷", "爺爺", "小伙", "小夥",
					  "书记", "書記", "主任", "经理", "經理", "厂长", "廠長", "村长", "村長", "店主", "摊主", "攤主",
					  "农户", "農戶", "果农", "果農", "茶农", "茶農", "菜农", "菜農", "渔民", "漁民", "司机", "司機", "老板", "老闆",
					  "局长", "局長", "市长", "市長", "县长", "縣長", "镇长", "鎮長", "乡长", "鄉長", "院长", "院長", "校长", "校長",
					  "所长", "所長", "站长", "站長", "科长", "科長", "社长", "社長", "负责人", "負責人",
					  "大户", "大戶", "养殖户", "養殖戶", "种植户", "種植戶",
					  "小姐", "学生", "學生", "大学生", "大學生", "游客", "遊客", "员工", "員工", "工人", "农民", "農民",
					  "骑手", "騎手", "快递员", "快遞員", "外卖员", "外賣員", "患者", "家长", "家長", NULL},	/* before an age in ( ), or before a name and it */
	.name_titles = NAME_TITLES,
	.unit_after = (const char *const[]){"。", "左右", "上下", "以上", "以下", NULL},	/* 屋里只有12度。 */
	.statement_breaks = (const char *const[]){"；", ";", NULL},
	.halves = HALVES,
	.spans = SPANS,
	.prefix_words = PREFIX_WORDS,
	.time_suffixes = TIME_SUFFIXES,
	.not_claims = NOT_CLAIMS,
	.stopwords = STOPWORDS,
	.base_before = BASE_BEFORE,
	.base_levels = BASE_LEVELS,
	.articles = ARTICLES,
	.superlatives = (const char *const[]){"最大", "最小", NULL},
	.verb_prefixes = VERB_PREFIXES,
	.change_from = CHANGE_FROM,
	.level_to = LEVEL_TO,
	.context_years = (const char *const[]){"上年", "上年同期", NULL},	/* counted from the period before */
	.change_before = (const char *const[]){"提高", "提高了", "高了", "高出", "上涨", "上漲", "上涨了", "上漲了", "涨了", "漲了",
					       "增加", "增加了", "下降", "下降了", "降低", "降低了", "低了", "减少", "減少", "减少了",
					       "減少了", "下跌", "下跌了", "跌了", "回落", "回落了", "贵了", "貴了", "便宜了", "多了", "少了", "多出", "多出了",
					       "年多", "期多", "来多", "來多", "前多", "年少", "期少", "来少", "來少", "前少",
					       "年高", "期高", "前高", "年低", "期低", "前低", NULL},	/* 比去年多0.5元, 比上年高2.5元 (not 最多) */
	.base_open = BASE_OPEN,
	.recent_prefixes = RECENT_PREFIXES,
	.recent_before = RECENT_BEFORE,
	.window_nouns = (const char *const[]){"降雨量", "降水量", "雨量", "降雪量", "累计降雨量", "累计雨量", "雨强", "风速", "平均浓度", "平均濃度", "浓度", "濃度", NULL},
	.subject_bases = SUBJECT_BASES,
	.base_close = BASE_CLOSE,
	.quote_marks = QUOTE_MARKS,
	.prefix_verbs = PREFIX_VERBS,
	.base_after = BASE_AFTER,
	.minus_words = MINUS_WORDS,
	.future_before = FUTURE_BEFORE,
	.habitual = HABITUAL,
	.year_frames = YEAR_FRAMES,
	.datelines = DATELINES,
	/* 过去年均 (the past years' average: not 去年), 昆明年 (Kunming), 表明年 (shows); but
	 * 超过去年, 增至今年 */
	.period_masks = (const char *const[]){"过去年均", "過去年均", "至今年均", "迄今年均", "如今年均", "昆明年",
					      "说明年", "說明年", "表明年", "证明年", "證明年", "声明年", "聲明年",
					      "光明年", "文明年", "黎明年", "清明年",
					      "上年轻", "上年輕", "上年纪", "上年紀",	/* 镇上年轻人, 上了年纪 */
					      "出现在", "出現在", "体现在", "體現在", "表现在", "表現在", "呈现在", "呈現在", NULL},	/* 积水出现在3个路口: appears at, no now */
	.future_words = FUTURE_WORDS,
	.year_marked = 1,
	.space_breaks = 1,
	.eras = ERAS,
	.rules = RULES,
};
