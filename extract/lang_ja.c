/* extract/lang_ja.c - Japanese: numerals, units, qualifiers, rules. */
#include <stddef.h>
#include "lang.h"

static const struct numeral NUMERALS[] = {
	{"〇", N_DIGIT, 0, 0}, {"零", N_DIGIT, 0, 0},
	{"一", N_DIGIT, 1, 0}, {"二", N_DIGIT, 2, 0}, {"両", N_DIGIT, 2, 0},
	{"三", N_DIGIT, 3, 0}, {"四", N_DIGIT, 4, 0}, {"五", N_DIGIT, 5, 0},
	{"六", N_DIGIT, 6, 0}, {"七", N_DIGIT, 7, 0}, {"八", N_DIGIT, 8, 0},
	{"九", N_DIGIT, 9, 0},
	{"十", N_PLACE, 10, 0}, {"百", N_PLACE, 100, 0}, {"千", N_PLACE, 1000, 0},
	{"万", N_BIG, 1e4, 0}, {"億", N_BIG, 1e8, 0}, {"兆", N_BIG, 1e12, 0},
	{"数", N_SEVERAL, 0, 0},
	{"ゼロ", N_WORD, 0, 0},
	{NULL, N_DIGIT, 0, 0}
};

static const struct unit UNITS[] = {
	{"%", "percent", K_PERCENT, 1}, {"％", "percent", K_PERCENT, 1},
	{"パーセント", "percent", K_PERCENT, 1},
	{"割", "percent", K_PERCENT, 10},
	{"ポイント", "point", K_PERCENT, 1},
	{"米ドル", "USD", K_MONEY, 1}, {"ドル", "USD", K_MONEY, 1},
	{"円", "JPY", K_MONEY, 1},
	{"人民元", "CNY", K_MONEY, 1}, {"元", "CNY", K_MONEY, 1},
	{"ユーロ", "EUR", K_MONEY, 1}, {"ポンド", "GBP", K_MONEY, 1},
	{"ルピー", "INR", K_MONEY, 1}, {"ウォン", "KRW", K_MONEY, 1},
	{"豪ドル", "AUD", K_MONEY, 1}, {"カナダドル", "CAD", K_MONEY, 1}, {"香港ドル", "HKD", K_MONEY, 1},
	{"台湾ドル", "TWD", K_MONEY, 1}, {"シンガポールドル", "SGD", K_MONEY, 1},
	{"ニュージーランドドル", "NZD", K_MONEY, 1}, {"NZドル", "NZD", K_MONEY, 1},
	{"スイスフラン", "CHF", K_MONEY, 1}, {"ルーブル", "RUB", K_MONEY, 1}, {"バーツ", "THB", K_MONEY, 1},
	{"レアル", "BRL", K_MONEY, 1}, {"クローナ", "SEK", K_MONEY, 1}, {"ペソ", "MXN", K_MONEY, 1},
	{"人", "person", K_COUNT, 1}, {"名", "person", K_COUNT, 1},
	{"社", "company", K_COUNT, 1},
	{"個", "item", K_COUNT, 1}, {"件", "item", K_COUNT, 1},
	{"得点", "point", K_COUNT, 1}, {"勝", "item", K_COUNT, 1}, {"連勝", "item", K_COUNT, 1}, {"連敗", "item", K_COUNT, 1},	/* 26得点, 13勝, 5連勝: a game's points and wins */
	{"本", "item", K_COUNT, 1}, {"台", "item", K_COUNT, 1},
	{"つ", "item", K_COUNT, 1},
	{"回", "occurrence", K_COUNT, 1}, {"便", "flight", K_COUNT, 1}, {"枚", "item", K_COUNT, 1},
	{"車線", "lane", K_COUNT, 1}, {"学級", "class", K_COUNT, 1},
	{"世帯", "household", K_COUNT, 1}, {"戸", "household", K_COUNT, 1},
	{"議席", "seat", K_COUNT, 1}, {"席", "seat", K_COUNT, 1}, {"票", "vote", K_COUNT, 1},
	{"軒", "item", K_COUNT, 1}, {"棟", "item", K_COUNT, 1}, {"校", "item", K_COUNT, 1},
	{"店", "item", K_COUNT, 1}, {"店舗", "item", K_COUNT, 1}, {"施設", "item", K_COUNT, 1}, {"事業所", "item", K_COUNT, 1}, {"試合", "item", K_COUNT, 1}, {"発", "item", K_COUNT, 1},
	{"床", "item", K_COUNT, 1}, {"病院", "item", K_COUNT, 1}, {"空港", "item", K_COUNT, 1},	/* hospital beds, hospitals, airports */
	{"食", "item", K_COUNT, 1},	/* meals: 12万食 */
	{"例", "case", K_COUNT, 1},	/* 51例 (outbreaks, patients) */
	{"室", "item", K_COUNT, 1},	/* rooms: 約2800室 */
	{"株", "share", K_COUNT, 1}, {"道県", "item", K_COUNT, 1}, {"都道府県", "item", K_COUNT, 1},	/* 100株以上, 6道県 */
	{"都道県", "item", K_COUNT, 1}, {"都府県", "item", K_COUNT, 1},
	{"都県", "item", K_COUNT, 1}, {"道府県", "item", K_COUNT, 1}, {"府県", "item", K_COUNT, 1},	/* 3都県, 44道府県, 14都道県 */
	{"カ所", "item", K_COUNT, 1}, {"か所", "item", K_COUNT, 1}, {"箇所", "item", K_COUNT, 1},
	{"ヵ所", "item", K_COUNT, 1}, {"路線", "item", K_COUNT, 1}, {"市町村", "item", K_COUNT, 1},
	{"市町", "item", K_COUNT, 1}, {"膳", "item", K_COUNT, 1}, {"寺院", "item", K_COUNT, 1},	/* 12市町, 300膳 */
	{"自治体", "item", K_COUNT, 1}, {"駅", "item", K_COUNT, 1}, {"往復", "item", K_COUNT, 1}, {"地点", "item", K_COUNT, 1},
	{"基", "item", K_COUNT, 1}, {"工場", "item", K_COUNT, 1}, {"フロア", "item", K_COUNT, 1}, {"県", "item", K_COUNT, 1},
	{"レーン", "item", K_COUNT, 1}, {"団体", "item", K_COUNT, 1}, {"車種", "item", K_COUNT, 1},
	{"カ国", "item", K_COUNT, 1}, {"か国", "item", K_COUNT, 1}, {"ヵ国", "item", K_COUNT, 1},
	{"ケ国", "item", K_COUNT, 1}, {"ヶ国", "item", K_COUNT, 1},
	{"機", "item", K_COUNT, 1}, {"隻", "item", K_COUNT, 1}, {"頭", "item", K_COUNT, 1},
	{"品目", "item", K_COUNT, 1}, {"期", "term", K_COUNT, 1}, {"種類", "item", K_COUNT, 1}, {"編成", "item", K_COUNT, 1}, {"機種", "item", K_COUNT, 1}, {"車種", "item", K_COUNT, 1}, {"品種", "item", K_COUNT, 1}, {"匹", "item", K_COUNT, 1}, {"羽", "item", K_COUNT, 1}, {"尾", "item", K_COUNT, 1}, {"教科", "item", K_COUNT, 1}, {"科目", "item", K_COUNT, 1},
	{"組", "item", K_COUNT, 1}, {"組合", "item", K_COUNT, 1},	/* 771組合: unions */
	{"局", "item", K_COUNT, 1},	/* 1000局: offices, stations */
	{"隊", "item", K_COUNT, 1}, {"球", "item", K_COUNT, 1}, {"球団", "item", K_COUNT, 1}, {"球場", "item", K_COUNT, 1}, {"大学", "item", K_COUNT, 1}, {"学部", "item", K_COUNT, 1},	/* 500球: pitches */
	{"行", "item", K_COUNT, 1}, {"行政区", "item", K_COUNT, 1}, {"口", "item", K_COUNT, 1},	/* 大手3行: banks; 1口: shares of a fund */
	{"冊", "item", K_COUNT, 1}, {"袋", "item", K_COUNT, 1}, {"箱", "item", K_COUNT, 1}, {"足", "item", K_COUNT, 1},
	{"杯", "item", K_COUNT, 1}, {"皿", "item", K_COUNT, 1}, {"泊", "night", K_COUNT, 1},
	{"畳", "item", K_COUNT, 1}, {"束", "item", K_COUNT, 1}, {"鉢", "item", K_COUNT, 1},
	{"両", "item", K_COUNT, 1}, {"缶", "item", K_COUNT, 1}, {"瓶", "item", K_COUNT, 1}, {"セット", "item", K_COUNT, 1}, {"パック", "item", K_COUNT, 1}, {"区間", "item", K_COUNT, 1}, {"場所", "item", K_COUNT, 1}, {"クラス", "item", K_COUNT, 1}, {"チーム", "item", K_COUNT, 1}, {"グループ", "item", K_COUNT, 1}, {"班", "item", K_COUNT, 1}, {"俵", "item", K_COUNT, 1}, {"区画", "item", K_COUNT, 1},
	{"海里", "nmi", K_DISTANCE, 1}, {"マイル", "mile", K_DISTANCE, 1}, {"フィート", "ft", K_DISTANCE, 1}, {"インチ", "in", K_DISTANCE, 1},
	{"キロメートル", "km", K_DISTANCE, 1}, {"キロ", "km", K_DISTANCE, 1},
	{"km", "km", K_DISTANCE, 1}, {"メートル", "m", K_DISTANCE, 1},
	{"キロワット時", "kWh", K_MEASURE, 1}, {"キロワット", "kW", K_MEASURE, 1},
	{"メガワット", "MW", K_MEASURE, 1}, {"ギガワット", "GW", K_MEASURE, 1},
	{"TWh", "TWh", K_MEASURE, 1}, {"GWh", "GWh", K_MEASURE, 1}, {"MWh", "MWh", K_MEASURE, 1}, {"kWh", "kWh", K_MEASURE, 1},
	{"GW", "GW", K_MEASURE, 1}, {"MW", "MW", K_MEASURE, 1}, {"kW", "kW", K_MEASURE, 1},	/* 339.3GWh: the Latin symbols */
	{"CGT", "CGT", K_MEASURE, 1},	/* 約4600万CGT: ships' compensated gross tonnage */
	{"キログラム", "kg", K_MEASURE, 1}, {"キロカロリー", "kcal", K_MEASURE, 1},
	{"kg", "kg", K_MEASURE, 1}, {"グラム", "g", K_MEASURE, 1}, {"g", "g", K_MEASURE, 1},
	{"ミリグラム", "mg", K_MEASURE, 1}, {"mg", "mg", K_MEASURE, 1}, {"マイクログラム", "ug", K_MEASURE, 1},
	{"リットル", "L", K_MEASURE, 1}, {"ミリリットル", "mL", K_MEASURE, 1},
	{"キロリットル", "kL", K_MEASURE, 1}, {"バレル", "barrel", K_MEASURE, 1},
	{"ブッシェル", "bu", K_MEASURE, 1}, {"トロイオンス", "ounce", K_MEASURE, 1},
	{"平方キロメートル", "km2", K_MEASURE, 1}, {"平方キロ", "km2", K_MEASURE, 1},
	{"平方センチメートル", "cm2", K_MEASURE, 1}, {"平方センチ", "cm2", K_MEASURE, 1},
	{"立方メートル", "m3", K_MEASURE, 1},
	{"ヘクトパスカル", "hPa", K_MEASURE, 1}, {"hPa", "hPa", K_MEASURE, 1},	/* 中心気圧950ヘクトパスカル */
	{"ppm", "ppm", K_MEASURE, 1}, {"ｐｐｍ", "ppm", K_MEASURE, 1}, {"ppb", "ppb", K_MEASURE, 1}, {"ｐｐｂ", "ppb", K_MEASURE, 1},	/* 0.07ppm: a concentration */
	{"メガワット時", "MWh", K_MEASURE, 1}, {"ギガワット時", "GWh", K_MEASURE, 1},
	{"テラワット時", "TWh", K_MEASURE, 1},
	{"トン", "t", K_MEASURE, 1}, {"総トン", "GT", K_MEASURE, 1}, {"平方メートル", "m2", K_MEASURE, 1}, {"坪", "tsubo", K_MEASURE, 1}, {"ヘクタール", "ha", K_MEASURE, 1}, {"アール", "a", K_MEASURE, 1},
	{"℃", "degC", K_TEMPERATURE, 1}, {"°C", "degC", K_TEMPERATURE, 1}, {"度C", "degC", K_TEMPERATURE, 1},
	{"ミリ", "mm", K_DISTANCE, 1}, {"ミリメートル", "mm", K_DISTANCE, 1}, {"センチ", "cm", K_DISTANCE, 1},
	{"センチメートル", "cm", K_DISTANCE, 1}, {"cm", "cm", K_DISTANCE, 1}, {"mm", "mm", K_DISTANCE, 1},
	{"ナノメートル", "nm", K_DISTANCE, 1}, {"nm", "nm", K_DISTANCE, 1},	/* (ナノ alone: 5ナノ秒, 10ナノグラム) */
	{"年間", "year", K_DURATION, 1}, {"年", "year", K_DURATION, 1},
	{"か月間", "month", K_DURATION, 1}, {"か月", "month", K_DURATION, 1},
	{"ヶ月間", "month", K_DURATION, 1}, {"ヶ月", "month", K_DURATION, 1},
	{"カ月間", "month", K_DURATION, 1}, {"カ月", "month", K_DURATION, 1},
	{"ケ月", "month", K_DURATION, 1}, {"ヵ月", "month", K_DURATION, 1},
	{"四半期", "quarter", K_DURATION, 1},
	{"週間", "week", K_DURATION, 1},
	{"日間", "day", K_DURATION, 1}, {"日", "day", K_DURATION, 1},
	{"時間", "hour", K_DURATION, 1}, {"分間", "minute", K_DURATION, 1},
	{"秒", "second", K_DURATION, 1}, {"週", "week", K_DURATION, 1},
	{"歳", "year", K_AGE, 1}, {"才", "year", K_AGE, 1},
	{"倍", "times", K_RATIO, 1},
	{NULL, NULL, K_NUMBER, 0}
};

/* What an amount is per: 1株当たり50円 */
static const struct unit PER_THINGS[] = {
	{"株", "share", K_COUNT, 1}, {"バレル", "barrel", K_COUNT, 1}, {"世帯", "household", K_COUNT, 1},
	{"週", "week", K_DURATION, 1}, {"月", "month", K_DURATION, 1},
	{"時給", "hour", K_DURATION, 1}, {"日給", "day", K_DURATION, 1}, {"日当", "day", K_DURATION, 1},	/* wages by the hour, by the day */
	{"トン", "t", K_COUNT, 1}, {"オンス", "ounce", K_COUNT, 1}, {"トロイオンス", "ounce", K_COUNT, 1},
	{"ブッシェル", "bu", K_COUNT, 1},
	/* a price per キロ is per kilogram (5キロあたり4000円: rice), a distance
	 * in キロ is kilometres */
	{"リットル", "L", K_COUNT, 1}, {"キログラム", "kg", K_COUNT, 1}, {"kg", "kg", K_COUNT, 1},
	{"キロ", "kg", K_COUNT, 1}, {"アール", "a", K_COUNT, 1},
	{"グラム", "g", K_COUNT, 1}, {"平方メートル", "m2", K_COUNT, 1}, {"坪", "tsubo", K_COUNT, 1},
	{"平方センチメートル", "cm2", K_COUNT, 1}, {"平方センチ", "cm2", K_COUNT, 1},	/* 花粉は1平方センチあたり312個 */
	{"キロワット時", "kWh", K_COUNT, 1},
	{"着", "item", K_COUNT, 1}, {"点", "item", K_COUNT, 1},	/* 1着5000円: clothes, goods */
	{"分", "minute", K_DURATION, 1},	/* 30分に1本 (分 is no unit of the table) */
	{"時", "hour", K_DURATION, 1},	/* 毎時500トン */
	{NULL, NULL, K_NUMBER, 0}
};

static const struct unit MINUTE = {"分", "minute", K_DURATION, 1};
static const struct unit RACE_MINUTES = {"", "minute", K_DURATION, 1};	/* 2:02.31 */
static const struct unit WORKS = {"点", "item", K_COUNT, 1};	/* 約2万3000点: articles, works */
static const struct unit SCORE = {"点", "point", K_COUNT, 1};	/* 100点満点で51.6点: points of a score */
static const struct unit MAGNITUDE = {"", "magnitude", K_MEASURE, 1};
static const struct unit SHINDO = {"", "shindo", K_MEASURE, 1};
static const struct unit KILOGRAM = {"キロ", "kg", K_MEASURE, 1};
static const struct unit YEARS_AGO = {"", "year", K_DURATION, 1};	/* 1900年前 */
static const struct unit GROSS_TONS = {"", "GT", K_MEASURE, 1};	/* 総トン数約1900トン (no text: the トン of
										 * another figure stays t) */
static const struct unit CELSIUS = {"度", "degC", K_TEMPERATURE, 1};
static const struct unit ANGLE = {"度", "deg", K_MEASURE, 1};	/* 傾斜は30度 */
static const struct unit ONCE = {"度", "occurrence", K_COUNT, 1};
static const struct unit KMH = {"キロ", "km/h", K_MEASURE, 1};
static const struct unit MPS = {"メートル", "m/second", K_MEASURE, 1};	/* 風速40メートル: metres a second */
static const struct unit YEARS = {"年", "year", K_DURATION, 1};

static const struct qualifier PREFIXES[] = {
	{"約", Q_APPROX, B_ABOUT}, {"およそ", Q_APPROX, B_ABOUT},
	{"おおよそ", Q_APPROX, B_ABOUT}, {"ほぼ", Q_NEARLY, B_BELOW_STEP},
	{"ほとんど", Q_NEARLY, B_BELOW_STEP}, {"だいたい", Q_APPROX, B_ABOUT},
	{"少なくとも", Q_GE, B_FROM}, {"最低でも", Q_GE, B_FROM},
	{"最低", Q_GE, B_FROM},
	{"最大で", Q_LE, B_UPTO}, {"最大", Q_LE, B_UPTO}, {"上限", Q_LE, B_UPTO}, {"上限は", Q_LE, B_UPTO}, {"上限が", Q_LE, B_UPTO}, {"上限を", Q_LE, B_UPTO}, {"下限は", Q_GE, B_FROM}, {"下限を", Q_GE, B_FROM},	/* 上限は年960時間 */
	{"最長で", Q_LE, B_UPTO}, {"最長", Q_LE, B_UPTO}, {"最短でも", Q_GE, B_FROM}, {"最短で", Q_GE, B_FROM}, {"最短", Q_GE, B_FROM},
	{"最高で", Q_LE, B_UPTO}, {"最高", Q_LE, B_UPTO},
	{NULL, Q_EQ, B_ROUND}
};

static const struct qualifier SUFFIXES[] = {
	{"以上", Q_GE, B_FROM},
	{"を超える", Q_GT, B_FROM}, {"を超え", Q_GT, B_FROM},
	{"超える", Q_GT, B_FROM}, {"超え", Q_GT, B_FROM}, {"超", Q_GT, B_FROM},
	{"を上回って", Q_GT, B_FROM}, {"を突破", Q_GT, B_FROM},
	{"を上回る", Q_GT, B_FROM}, {"を上回り", Q_GT, B_FROM}, {"を上回った", Q_GT, B_FROM},
	/* 2100円を大きく上回った: an adverb of degree between */
	{"を大きく上回る", Q_GT, B_FROM}, {"を大きく上回り", Q_GT, B_FROM}, {"を大きく上回った", Q_GT, B_FROM},
	{"を大幅に上回る", Q_GT, B_FROM}, {"を大幅に上回り", Q_GT, B_FROM}, {"を大幅に上回った", Q_GT, B_FROM},
	{"を大きく上回って", Q_GT, B_FROM}, {"を大幅に上回って", Q_GT, B_FROM},	/* 4%を大きく上回っている */
	{"を大きく下回って", Q_LT, B_UPTO}, {"を大幅に下回って", Q_LT, B_UPTO},
	{"を大きく超える", Q_GT, B_FROM}, {"を大きく超え", Q_GT, B_FROM}, {"を大幅に超える", Q_GT, B_FROM}, {"を大幅に超え", Q_GT, B_FROM},
	{"を大きく下回る", Q_LT, B_UPTO}, {"を大きく下回り", Q_LT, B_UPTO}, {"を大きく下回った", Q_LT, B_UPTO},
	{"を大幅に下回る", Q_LT, B_UPTO}, {"を大幅に下回り", Q_LT, B_UPTO}, {"を大幅に下回った", Q_LT, B_UPTO},
	{"突破", Q_GT, B_FROM},	/* 初の10億円突破 */
	{"超す", Q_GT, B_FROM}, {"を超す", Q_GT, B_FROM}, {"を超した", Q_GT, B_FROM},	/* 1000局超す */
	{"に迫る", Q_NEARLY, B_BELOW_STEP}, {"に迫り", Q_NEARLY, B_BELOW_STEP}, {"に迫った", Q_NEARLY, B_BELOW_STEP},	/* 7割に迫る: approaching */
	{"に迫って", Q_NEARLY, B_BELOW_STEP}, {"に迫れば", Q_NEARLY, B_BELOW_STEP}, {"に迫っており", Q_NEARLY, B_BELOW_STEP}, {"に迫っている", Q_NEARLY, B_BELOW_STEP},
	{"台", Q_GE, B_ABOVE_STEP},	/* 146円台: [146, 147] */
	{"台前半", Q_GE, B_LOWER_HALF}, {"台後半", Q_GE, B_UPPER_HALF},	/* 150円台後半: [155, 160] */
	{"規模", Q_APPROX, B_ABOUT},
	{"余り", Q_GT, B_ABOVE_STEP}, {"あまり", Q_GT, B_ABOVE_STEP},
	{"余", Q_GT, B_ABOVE_STEP}, {"強", Q_GT, B_ABOVE_STEP},
	{"以下", Q_LE, B_UPTO}, {"以内", Q_LE, B_UPTO}, {"を上限とする", Q_LE, B_UPTO}, {"を上限に", Q_LE, B_UPTO}, {"を上限とし", Q_LE, B_UPTO}, {"を上限として", Q_LE, B_UPTO}, {"が上限", Q_LE, B_UPTO}, {"を上限", Q_LE, B_UPTO}, {"が下限", Q_GE, B_FROM}, {"を下限", Q_GE, B_FROM},	/* 年960時間が上限となった */
	{"未満", Q_LT, B_UPTO}, {"に届いていない", Q_LT, B_UPTO}, {"に達しない", Q_LT, B_UPTO},
	{"に達していない", Q_LT, B_UPTO}, {"を切る", Q_LT, B_UPTO}, {"を切った", Q_LT, B_UPTO}, {"を切り", Q_LT, B_UPTO}, {"を切れば", Q_LT, B_UPTO}, {"を切ると", Q_LT, B_UPTO}, {"に満たない", Q_LT, B_UPTO}, {"にも満たない", Q_LT, B_UPTO}, {"に満たず", Q_LT, B_UPTO}, {"にも満たず", Q_LT, B_UPTO},
	{"に届いていません", Q_LT, B_UPTO}, {"に届きません", Q_LT, B_UPTO}, {"に達していません", Q_LT, B_UPTO}, {"に達しません", Q_LT, B_UPTO},
	{"に満たなかった", Q_LT, B_UPTO}, {"にも満たなかった", Q_LT, B_UPTO}, {"に届かない", Q_LT, B_UPTO},
	{"に届かなかった", Q_LT, B_UPTO},
	{"を下回って", Q_LT, B_UPTO}, {"を割り込んだ", Q_LT, B_UPTO}, {"を割り込み", Q_LT, B_UPTO},
	{"を割り込む", Q_LT, B_UPTO}, {"を割り込んで", Q_LT, B_UPTO}, {"を割った", Q_LT, B_UPTO}, {"を割る", Q_LT, B_UPTO}, {"を割って", Q_LT, B_UPTO}, {"を割れば", Q_LT, B_UPTO}, {"を切っている", Q_LT, B_UPTO}, {"を切って", Q_LT, B_UPTO},
	{"を超えない", Q_LE, B_UPTO}, {"を超えず", Q_LE, B_UPTO}, {"を上回らない", Q_LE, B_UPTO}, {"を上回らず", Q_LE, B_UPTO},	/* not above: at most */
	{"を下回らない", Q_GE, B_FROM}, {"を下回らず", Q_GE, B_FROM}, {"を切らない", Q_GE, B_FROM},	/* not below: at least */
	{"を下回れば", Q_LT, B_UPTO}, {"割れ", Q_LT, B_UPTO}, {"を下回る", Q_LT, B_UPTO}, {"を下回り", Q_LT, B_UPTO}, {"を下回った", Q_LT, B_UPTO},
	{"近く", Q_NEARLY, B_BELOW_STEP}, {"近い", Q_NEARLY, B_BELOW_STEP},
	{"弱", Q_NEARLY, B_BELOW_STEP}, {"足らず", Q_NEARLY, B_BELOW_STEP},
	{"前後", Q_APPROX, B_ABOUT}, {"程度", Q_APPROX, B_ABOUT}, {"ほど", Q_APPROX, B_ABOUT},
	{"くらい", Q_APPROX, B_ABOUT}, {"ぐらい", Q_APPROX, B_ABOUT},
	{"頃", Q_APPROX, B_ABOUT}, {"ごろ", Q_APPROX, B_ABOUT},
	{NULL, Q_EQ, B_ROUND}
};

static const struct period_word PERIODS[] = {
	{"先月", 0, 0, 0, 0, 1, -1}, {"今月", 0, 0, 0, 0, 1, 0}, {"来月", 0, 0, 0, 0, 1, 1},
	{"前四半期", 0, 0, 0, 0, 2, -1}, {"今四半期", 0, 0, 0, 0, 2, 0}, {"来四半期", 0, 0, 0, 0, 2, 1},
	{"上期", 0, 0, 4, 9, 0, 0}, {"上半期", 0, 0, 1, 6, 0, 0}, {"下半期", 0, 0, 7, 12, 0, 0},
	{"第1四半期", 0, 0, 1, 3, 0, 0}, {"第2四半期", 0, 0, 4, 6, 0, 0}, {"第3四半期", 0, 0, 7, 9, 0, 0},
	{"第4四半期", 0, 0, 10, 12, 0, 0},
	{"今年度", 0, 0, 4, 3, 0, 0}, {"本年度", 0, 0, 4, 3, 0, 0}, {"来年度", 1, 0, 4, 3, 0, 0},
	{"昨年度", -1, 0, 4, 3, 0, 0}, {"前年度", -1, 0, 4, 3, 0, 0}, {"前年同期", -1, 0, 0, 0, 0, 0}, {"前年同時期", -1, 0, 0, 0, 0, 0}, {"前年同月", -1, 0, 0, 0, 0, 0}, {"昨年末", -1, 0, 12, 12, 0, 0},
	{"今年末", 0, 0, 12, 12, 0, 0}, {"本年末", 0, 0, 12, 12, 0, 0}, {"来年末", 1, 0, 12, 12, 0, 0}, {"去年末", -1, 0, 12, 12, 0, 0},
	{"前年同月末", -1, 0, 0, 0, 0, 0}, {"前年同期末", -1, 0, 0, 0, 0, 0}, {"前年", -1, 0, 0, 0, 0, 0},	/* 前年同月末より: the base, as 前年同月より */
	{"今年", 0, 0, 0, 0, 0, 0}, {"ことし", 0, 0, 0, 0, 0, 0}, {"本年", 0, 0, 0, 0, 0, 0}, {"昨年", -1, 0, 0, 0, 0, 0}, {"去年", -1, 0, 0, 0, 0, 0},
	{"一昨年", -2, 0, 0, 0, 0, 0}, {"一昨年度", -2, 0, 4, 3, 0, 0}, {"来年", 1, 0, 0, 0, 0, 0}, {"現在", 0, 1, 0, 0, 0, 0},
	{NULL, 0, 0, 0, 0, 0, 0}
};

static const struct fraction_word FRACTIONS[] = {
	{"半数", 0.5, "fraction"}, {"半分", 0.5, "fraction"}, {"倍増", 2, "times"},
	{"倍", 2, "times"},	/* 10年前の倍: double (after の only) */
	{"半減", 0.5, "fraction"}, {"半額", 0.5, "fraction"},	/* halved, half price */
	{"半年", 0.5, "year"},		/* half a unit: a duration (半年から1年程度) */
	{NULL, 0, NULL}
};

static const char *const HONORIFICS[] = {
	"さん", "氏", "君", "くん", "ちゃん", "容疑者", "被告", "選手", "社長", "会長", "首相",
	"大統領", "知事", "市長", "町長", "村長", "頭取", "院長", "校長", "議員", "代表", "教授", "監督", "被害者", "男性", "女性", "男", "女",
	"会社員", "社員", "職員", "幹部", "無職", "教諭", "医師", "店長", "部長", "課長", "理事長", "組合長", "委員長", "会頭", "署長",
	"院長", "校長", "町長", "村長", "区長", "委員長", "弁護士", "作家", "俳優", "歌手",
	"店主", "担当者", "責任者", "関係者", "エコノミスト", "アナリスト", "記者", "住民", "運転手", "主婦", "農家", "漁師", "経営者",
	"研究員", "准教授", "所長", "支店長", "総長", "総裁", "大臣", "長官", "局長", "事務局長", "理事", "顧問",
	"会社役員", "役員", "副社長", "専務", "常務", "施設長", "園長", "館長", "センター長", "室長", "係長", "主任",
	"看護師", "介護士", "保育士", "研究者", "学生", "大学生", "高校生", "僧侶", "住職", "力士", "親方",
	"児童", "生徒", "中学生", "小学生", "少年", "少女",	/* 児童（12） */
	"女将", "おかみ", "店員", "従業員", "生産者", "組合員", "CEO", "ＣＥＯ", "CFO", "COO", "CTO",	/* CEO（36） */
	"オーナー", "ドライバー", "マネージャー", "アルバイト", "ガイド", "シェフ", "コーチ", "トレーナー",
	"リーダー", "パイロット", "職人", "船長", "運転士", "調理師", "獣医師", "薬剤師", "消防士", "警察官",
	"教員", "教師", "講師", "公務員", "自営業", "駅員", "作業員", "隊員", "巡査", "教頭", "副校長",
	"夫", "妻", "長男", "長女", "次男", "次女", "息子", "娘", "祖父", "祖母",
	"者", "工場長", "事務長", "編集長", "駅長", "船長", "機長", "塾長", "学長", "議長",	/* 漁業者（67）: a noun of a person in 者 */
	"野手", "投手", "捕手", "騎手", "主将", "チェアマン", "コミッショナー",	/* 内野手（26）, 投手, 騎手 (not 大手, 相手) */
	"外相", "法相", "財務相", "総務相", "環境相", "防衛相", "復興相", "水産相", "産業相", "労働相", "交通相", "科学相",	/* 農林水産相（44） */
	NULL
};
static const char *const PM[] = {"午後", NULL};
static const char *const AM[] = {"午前", NULL};
static const char *const RANGE_JOINERS[] = {"~", "〜", "～", "–", NULL};
static const char *const RANGE_OPEN[] = {"から", NULL};
/* AからBで, AからBを, AからBかかる, 半年から1年程度延長した: a range (but AからBに,
 * AからBとなった: a change) */
static const char *const RANGE_CLOSE[] = {"まで", "にかけて", "の間", "で", "を", "です", "だ", "。", "かか", "減ら", "増や",
					  "延長", "短縮", "延ば", "縮め", "と幅", NULL};	/* 42度から95度と幅がある */
static const char *const RANGE_CLOSE_OF[] = {"の", "が", "は", NULL};
static const char *const BASE_TAIL[] = {"まで回復", "に回復", "まで戻", "に戻", "まで持ち直", "の水準",
					 "にとどま", "に留ま", "に減", "まで減", "に落ち込", "まで落ち込", "に低下", "まで低下",
					 "に縮小", "まで縮小", NULL};	/* 2019年度の8割程度にとどまった, 20年前の約6割に減った */
static const char *const ALTERNATIVES[] = {"または", "ないし", "か", NULL};
static const char *const SINCE[] = {"以降", "以来", NULL};
static const char *const RECORD_AFTER[] = {"最多", "最少", "最高", "最低", "最も", "最大", "最小", "最速", "最長", "最短", "最悪",
					     "最良", "最強", "最年少", "最年長", "最遅", "最早", "初めて", "低水準", "高水準", "高値",
					     "安値", "番目", NULL};
static const char *const RECORD_JOINERS[] = {"で", NULL};
/* (より is left out: 4月より施行 is "from April", 昨年より多い "than last year") */
static const char *const BASE_AFTER[] = {"比", "末比", "に比べ", "と比べ", "に比較", "と比較", NULL};
/* 前年度から1.9%引き上げ, 前年より増えた (but 4月1日より: since then) */
static const char *const RELATIVE_BASE_AFTER[] = {"から", "より", "同期より", "同期から", "同期に比べ", "同期を", "を上回", "を下回",
						 "の同じ時期より", "の同じ時期から", "の同時期より", NULL};
static const char *const HALVES[] = {"半", NULL};
static const char *const SPANS[] = {"今後", "向こう", "過去", "ここ", "この", NULL};
static const char *const LOYALTY_POINTS[] = {"ポイント", NULL};
/* words that end in 約 (about) but are none: 予約3万件 are bookings */
static const char *const PREFIX_WORDS[] = {
	"契約", "予約", "規約", "条約", "節約", "解約", "要約", "集約", "公約", "制約", "婚約", "成約",
	"誓約", "確約", "特約", "盟約", NULL
};

/* 両 with a counter is "both", no count (両社, 両県) */
static const char *const ARTICLES[] = {
	"両社", "両県", "両国", "両党", "両者", "両氏", "両市", "両町", "両村", "両校", "両行", "両院", "両首脳",
	"両政府", "両陣営", "両チーム", "両選手", "両地域", "両空港", "両工場", NULL
};
static const char *const NOT_CLAIMS[] = {
	"東京23区",	/* the wards of Tokyo: a name */
	"第三者", "第三セクター",	/* a third party, a public-private company */
	"第一三共", "第一生命", "第一交通", "第一興商", "第一工業製薬", "第一実業", "第一屋製パン",	/* companies */
	"1人でも", "１人でも", "一人でも",	/* 1人でも多くの方: as many as possible */
	"八戸", "三戸", "五戸", "六戸", "七戸", "九戸", "二戸",	/* towns of Aomori and Iwate (八戸港), no households */
	"一つ一つ", "一人一人", "一つひとつ", "一人ひとり",	/* one by one, each: no count */
	"3点シュート", "３点シュート", "2点シュート", "２点シュート", "3ポイントシュート", "３ポイントシュート",	/* a shot's name */
	"九頭竜", "十勝", "十日町", "四日市", "五日市", "八日市", "二日市", "七日町", "六本木", "三軒茶屋",	/* places: no wins, days, things */
	"三日月",	/* a crescent moon */
	"1軒でも", "１軒でも", "一軒でも", "1社でも", "１社でも", "一社でも", "1日でも", "１日でも", "一日でも",	/* 1軒でも多く, 1日でも早く */
	"複数回答",	/* multiple answers allowed: no count */
	"一戸建て", "一戸建",	/* a detached house */
	"一人前", "半人前",	/* fully skilled (and a half portion): no count */
	"一元化", "一元的", "二元論",	/* unification, dualism: no yuan */
	"一室",	/* マンションの一室: a room, no count */
	"2次元", "3次元", "4次元", "二次元", "三次元",	/* dimensions */
	"過半数", "過半",	/* a majority, no half */
	"第1四半期", "第2四半期", "第3四半期", "第4四半期", "第１四半期", "第２四半期",
	"第３四半期", "第４四半期", NULL
};
static const char *const STOPWORDS[] = {
	"前年同期比", "前年同月比", "前年度比", "前年末比", "前期末比", "前年比", "前期比", "前月比", "前日比", "前週比", "同期比",
	"一時", "従来", "増", "減", "高", "安", "以来", "以降", NULL
};
static const char *const SUBJECT_MARKERS[] = {"は", "が", NULL};
static const char *const KANA_NOUNS[] = {
	"子ども", "こども", "空き家", "売り上げ", "見通し", "引き上げ", "引き下げ", "申し込み",
	"問い合わせ", "受け入れ", "取り扱い", "お年寄り", "一人暮らし", "待ち時間", "乗り換え",
	"払い戻し", "見込み", "手取り", "値上げ", "値下げ", "賃上げ", "共働き", "貸し出し", NULL
};
static const char *const SUBJECT_JOINERS[] = {"の", NULL};
static const char *const LIST_JOINERS[] = {"と", "、", "や", "および", "及び", NULL};
static const char *const SUBJECT_CARRIERS[] = {
	"増の", "減の", "増加の", "減少の", "高の", "安の", "上昇の", "下落の", "増え", "減り", NULL
};
static const char *const SENTENCE_ENDS[] = {"。", "！", "？", "!", "?", NULL};
static const char *const CLAUSE_BREAKS[] = {
	"、", "。", "，", ",", "「", "」", "『", "』", "（", "）", "(", ")",
	"：", ":", "；", ";", "！", "？", "!", "?", "“", "”", "\"", NULL
};

/* Placeholders are documented in lang.h.  {NUM} is a numeral: digits
 * (ASCII, full-width, grouped, decimal) and kanji numerals, with 万 億 兆
 * after a space or none; the numeral parser decides what it is worth. */
static const char *const N_NEN[] = {"年", NULL};
static const char *const N_TSUKI[] = {"月", NULL};

/* and a verb not in the past (値上げする, 公表する, 実施すると発表した: what is announced is to come) */
static const char *const FUTURE_WORDS[] = {"予定", "見通し", "方針", "計画", "目指", "見込み", "予想され", "する", "します", "される", NULL};
/* 計画運休を実施した: a noun of a kind of suspension, no plan to come */
static const char *const FUTURE_NOT[] = {"計画運休", "計画停電", "計画的", "計画通り", NULL};
/* 10月1日から200円に引き上げると発表した, 9月末まで意見を募る: a verb not in the
 * past at a clause's end or before と says its date is to come; ている, ある
 * say a present state */
static const char *const NONPAST_ENDS[] = {"る", "う", "く", "す", "つ", "ぶ", "む", "ぐ", "ぬ", NULL};
static const char *const NONPAST_NOT[] = {"いる", "ある", "てる", "でる", "よる",	/* 調査によると: according to */
	/* 水温が低く、: an adjective that runs on, no verb */
	"低く", "高く", "多く", "長く", "短く", "暑く", "寒く", "強く", "弱く", "良く", "早く", "遅く", "安く",
	"広く", "狭く", "深く", "浅く", "重く", "軽く", "厚く", "薄く", "暗く", "なく", "しく", NULL};
static const char *const NONPAST_QUOTE[] = {"と", NULL};
static const char *const NUMERAL_NEIGHBOURS[] = {
	"計", "各", "全", "毎", "年", "月", "日", "週", "総", "約", "僅", "延", "残", "超", "最", "満",
	"丸", "実", "合", "第", NULL
};
static const char *const HABITUAL[] = {"毎年", NULL};
static const char *const MINUS_WORDS[] = {"氷点下", "マイナス", "零下", NULL};

static const char *const YEAR_OF[] = {"の", NULL};	/* 今年の第4四半期 */
static const char *const LAST_CENTURY[] = {"前世紀", "20世紀", "２０世紀", "二十世紀", NULL};
static const char *const THIS_CENTURY[] = {"今世紀", "21世紀", "２１世紀", "二十一世紀", NULL};
static const struct era ERAS[] = {
	{"令和", 2019}, {"平成", 1989}, {"昭和", 1926}, {"大正", 1912}, {"明治", 1868}, {NULL, 0}
};
static const char *const ERA_FIRST[] = {"元", NULL};	/* 令和元年 */
static const char *const OR_MARKS[] = {"、", NULL};
static const char *const LEVEL_TO[] = {"から", "からは", "を", "から一時は", "から一時", "から一気に", NULL};	/* 48店から一時は31店まで */	/* 前年の38.6%から24.1%に; 5月の4285円からは約8%下がった; 昨年の約80万人を5%ほど上回った, 1日12往復を7往復に */
static const char *const LEVEL_TO_END[] = {"に", "へ", NULL};
static const char *const TIME_CHANGES[] = {"変更", "変え", "繰り上げ", "繰り下げ", "繰り上が", "繰り下が", "早ま", "延長", "延ば", "短縮", "前倒し", "早め", "遅らせ", "遅く", "早く", "移", "改め", "見直", "延期", "順延", NULL};
static const char *const BASE_BEFORE_FIGURE[] = {"より", NULL};
static const char *const BASE_OBJECT[] = {"を", NULL};	/* 前年度を4.2ポイント上回った */
static const char *const BASE_VERBS[] = {"上回", "下回", NULL};	/* 1998年度より2割近く減った */
static const char *const YEAR_FRAMES[] = {"には", "は", NULL};	/* 2005年には、…9月7日に */
static const char *const BASE_CLOSE[] = {"に比べ", "と比べ", "に比較", "と比較", NULL};	/* 1970年の1万6765人と比べると */
static const char *const QUOTE_MARKS[] = {"「", "」", "『", "』", "“", "”", "（", "）", "(", ")", NULL};	/* 2021年の「ウッドショック」前に比べ */	/* 2、3日, 5、6个人 */
/* 第2倉庫, 第3工房: a facility's name after 第N (no rank, no row) */
#define FACILITIES "原発|原子力|工場|棟|病棟|滑走路|倉庫|源泉|工区|庁舎|校舎|号館|駐輪場|駐車場|会場|営業所" \
	"|事業所|支店|工房|作業場|工業団地|団地|展示場|小学校|中学校|高校|高等学校|保育園|幼稚園|銀行" \
	"|[\\x{4E00}-\\x{9FFF}]{1,2}場(?!合)|[\\x{4E00}-\\x{9FFF}]{1,3}(?:工場|センター)|変電所|発電所"	/* 第2処理場, 第2選果場, 第3清掃工場, 第2浄化センター */ \
	"|[\\x{4E00}-\\x{9FFF}]{1,2}(?:棟|所|館|室|蔵|庫|塔|坑|炉|丸)"	/* 第2醸造棟, 第3貯蔵棟, 第2醸造所, 第2体育館, 第3会議室, 第2醸造蔵, 第2冷蔵庫, 第2高炉, 第28福栄丸 (a boat) */

/* the counters of things one counts (1人, 1台, 1区画): the base of a rate
 * (1人4000円, 1台あたり40分), "not even one" (1人もいない) */
#define THINGS "人|世帯|戸|台|隻|機|基|枚|件|個|本|杯|食|着|点|匹|頭|羽|冊|箱|袋|足|株|皿" \
	"|組|セット|パック|俵|缶|瓶|室|棟|区画|区間|軒|店舗|店|施設|社|校|か所|カ所|ヶ所|便|品|路線|駅|試合|席"
/* the counters of things one weighs (1袋25キロ, 重さは1枚約40キロ, 1俵（45キロ）):
 * キロ after them is kilograms */
#define WEIGHED "袋|箱|俵|個|本|缶|頭|匹|羽|尾|玉|株|パック|ケース|瓶|枚|基|体"

static const struct rule RULES[] = {
	{"anniversary", R_QUANTITY,	/* 創建1300年, 創業1000年, 開湯1300年: so many years since, no date (設立2020年 is one) */
	 "(?<=[建業立港校生誕後成足園館湯山])(?<=創建|創業|創立|設立|開業|開港|開校|建立|誕生|生誕|没後|結成|発足|開園|開館|開湯|開山)(?:(?<pre>{PRE})\\h*)?(?<num>1[0-8][0-9]{2}|１[０-８][０-９]{2})\\h*年"
	 "(?!度|代|[0-9０-９]{1,2}\\h*月)(?:\\h*(?<post>{POST}))?", &YEARS, (const char *const[]){"年", NULL}},
	{"date-rel-month", R_DATE, "(?<rmon>今月|先月|来月)\\h*(?<d>{DIGITS2})\\h*日(?:\\h*(?<post>{POST}))?", NULL, (const char *const[]){"月", NULL}},	/* 今月26日, 来月4日ごろ */
	{"date-ago", R_DATE, "(?:(?<pre>{PRE})\\h*)?(?<ago>{NUM})\\h*年前(?![半期倒])", NULL, (const char *const[]){"年前", NULL}},	/* 5年前: five years ago */
	{"ago-span", R_QUANTITY,	/* 約1900年前: a span where date-ago reads no date (past 200
				 * years, in scan.c; 2030年前 with no qualifier stays the year) */
	 "(?:(?<pre>{PRE})\\h*)?(?<num>{NUM})\\h*年前(?![半期倒後])", &YEARS_AGO, (const char *const[]){"年前", NULL}},
	{"date-later", R_DATE, "(?<![0-9０-９一二三四五六七八九十][、,，~〜～－-])(?<![\\x{4E00}-\\x{9FFF}\\x{30A1}-\\x{30FA}の])(?<!から)(?:(?<pre>{PRE})\\h*)?(?<later>{NUM})\\h*年後(?=\\h*(?:には|に|の|は|も|まで|を見据え|を見据|を目指|を見越|、|，))", NULL, (const char *const[]){"年後", NULL}},	/* 3年後には, 10年後も: three years on (but 完成の3年後, 入社3年後: after another time) */
	{"date-iso", R_DATE,
	 "(?<![0-9])(?<y>[0-9]{4})(?<s>[-/])(?<m>[0-9]{1,2})\\k<s>(?<d>[0-9]{1,2})(?![0-9])", NULL, (const char *const[]){"-", "/", NULL}},
	{"date-ymd", R_DATE,	/* 2018年3月, and 18年3月: a year of two digits */
	 "(?<y>{DIGITS4}|{ERA}|(?<![0-9０-９.．]|{ERANAMES})[0-9０-９]{2})\\h*年\\h*(?<m>{DIGITS2})\\h*月(?![間ぶ])(?|\\h*(?<d>{DIGITS2})\\h*(?:[~〜～－]\\h*(?<ed>{DIGITS2})\\h*)?日|\\h*(?<d>{DIGITS2})(?=、\\h*{DIGITS2}\\h*両?日))?"
	 "(?:(?<=月)(?:上旬|中旬|下旬|初旬|末|初め|半ば))?(?:\\h*(?<post>{POST}))?", NULL, N_NEN},	/* 2025年10月末: the part of the month in the text */
	{"date-rel", R_DATE,
	 "(?<rel>{REL})\\h*(?<m>{DIGITS2})\\h*月(?|\\h*(?<d>{DIGITS2})\\h*(?:[~〜～－]\\h*(?<ed>{DIGITS2})\\h*)?日|\\h*(?<d>{DIGITS2})(?=、\\h*{DIGITS2}\\h*両?日))?"
	 "(?:(?<=月)(?:上旬|中旬|下旬|初旬|末|初め|半ば))?(?:\\h*(?<post>{POST}))?", NULL, N_TSUKI},	/* 今年10月末 */
	{"date-month-range", R_DATE,	/* 4～9月, 2025年4～12月期 */
	 "(?:(?<y>{DIGITS4}|{ERA})\\h*年\\h*|(?<rel>{REL})\\h*)?(?<m>{DIGITS2})\\h*[~〜～－—–-]\\h*(?<em>{DIGITS2})\\h*月", NULL, N_TSUKI},	/* 来年1～3月 */
	{"date-d", R_DATE,	/* 14日までに, 15日午後: a day of this month (2泊3日 is a trip's length) */
	 /* 1日に作れるのは, 1日に干せるのは, 1日に処理できる量: what a day allows (a verb that can:
	  * its e-row and る), no date (nor a row: day-allows) */
	 "(?|(?<=のは)(?<!かかったのは|要したのは|かかるのは|要するのは|必要なのは)(?<d>{DIGITS2})日(?=で、|で。|だ|です)"	/* 最も多かったのは11日で、: the day it was (かかったのは3日で: days) */
	 "|(?<![0-9０-９])(?<d>[1-3１-３][0-9０-９])(?=、\\h*[1-3１-３][0-9０-９]\\h*(?:日(?:に|の|は|まで|から|、)|の?両日))"	/* 17、18日に, 17、18両日: a list of days (2、3日 is days) */
	 "|(?<![0-9０-９])(?<d>[0-9０-９]{1,2})の?両日"	/* 17、18両日: both days */
	 "|(?<=日目の|日目となる|日目となった)(?<d>{DIGITS2})日(?!間)"	/* 5日目の9日も: the day the count reached */
	 /* 気象台は27日も, 26日に続き、27日も: a day after a topic or a comma, then も
	  * (but 工事は3日もかかった, 休みは3日もある: days) */
	 "|(?<=は|、)(?<d>{DIGITS2})日(?=も(?!\\h*(?:続|かか|掛か|要|待|経|過|前|後|の間|遅|あ|な|い|休|空|早|短|長|延|残)))"
	 /* 17～18日に: a range of days of two digits before a word of a day's (10～14日に1回 is a rate) */
	 "|(?<![0-9０-９.．])(?<d>[1-3１-３][0-9０-９])\\h*[~〜～]\\h*(?<ed>[1-3１-３][0-9０-９])日(?=\\h*(?:に(?!わた|[0-9０-９1一]\\h*[回度])|まで|から|、|の両日|の\\h*(?:1週間|一週間|期間|日程|会期)))"
	 "|(?<!泊)(?<!(?<![0-9０-９月])[0-9０-９]、)(?<d>{DIGITS2})日(?![にで][^、。\\n]{0,8}?(?:[えけげせぜてでねべぺめれ]る|できる)(?:の|量|数|距離|件数|人数|面積|時間))"
	 "(?!から\\h*[0-9０-９]{1,2}\\h*日(?:間)?\\h*(?:程度|ほど|くらい|ぐらい|(?:前後)?\\h*(?:かか|を要|が必要|必要)))"	/* 3日から5日程度かかる, 3日から5日程度で終える: days */
	 "(?=(?:ごろ|頃)(?=まで|から|に|の|、|は)|までに|まで|から|、|に|の|は|午前|午後|夜|朝|未明|正午|夕方|夕|昼|深夜|早朝|未明|付|時点|現在|以降|以来|[とや](?=[0-9０-９]{1,2}日)|も(?=、|，)"
	 "|終値|始値|発表|公表|まとめた|開か|開催|明らか|行わ|会見|表明|決定|判明|閉幕|開幕|投開票|公開|記者会見"
	 "|開会|閉会|出そろ|出揃|告示|公示|施行|開業|開通|解禁|始発|終電|最終便|始業|終業))(?:(?<post>ごろ|頃))?", NULL,	/* 18日開会の議会, 29日出そろい; 25日ごろまで: about; 30日始発から */
	 (const char *const[]){"日", NULL}},
	{"date-md", R_DATE,
	 /* 1月17～18日: a range of days; 1月17、18日: a list, the first here */
	 "(?<m>{DIGITS2})\\h*月(?|\\h*(?<d>{DIGITS2})\\h*(?:[~〜～－]\\h*(?<ed>{DIGITS2})\\h*)?日|\\h*(?<d>{DIGITS2})(?=、\\h*{DIGITS2}\\h*両?日))?(?:\\h*(?<!日)(?:上旬|中旬|下旬|初旬|末|初め|半ば))?(?:\\h*(?<post>{POST}))?", NULL, N_TSUKI},	/* 7月上旬: the part of the month in the text; 11月中旬ごろ: about */
	{"date-fye", R_DATE, "(?:(?<y>{DIGITS4}|{ERA}|(?<![0-9０-９.．]|{ERANAMES})[0-9０-９]{2})\\h*年|(?<rel>{REL}))\\h*(?<m>{DIGITS2})\\h*(?<fye>月期)", NULL, (const char *const[]){"月期", NULL}},	/* 2026年3月期, 来年3月期 */
	{"date-rel-to", R_DATE,	/* 2020年から昨年まで: the end of a range of dates, a row as 2025年まで */
	 "(?<=[0-9０-９]年から|[0-9０-９]年度から)(?<rel>(?:今|昨|来)年度|今年|昨年|去年|来年|一昨年)(?=\\h*(?:まで|にかけて))", NULL, (const char *const[]){"から", NULL}},
	{"date-rel-since", R_DATE,	/* 今年以降, 昨年以来, 昨年度以降: a row of its own, as 2025年以降 has */
	 "(?<rel>(?:今|昨|来)年度|今年|昨年|去年|来年|一昨年)(?=\\h*(?:以降|以来))", NULL, (const char *const[]){"以降", "以来", NULL}},
	{"date-decade", R_DATE,	/* 2020年代; 90年代, 20世紀90年代: of two digits, the century said or guessed */
	 "(?:(?:前世紀|今世紀|二十一?世紀|2[01]世紀|２[０１]世紀)\\h*)?(?<y>{DIGITS4}|(?<![0-9０-９.．])[0-9０-９]0)\\h*(?<decade>年代)",
	 NULL, (const char *const[]){"年代", NULL}},
	{"century", R_NAME, "(?<![0-9０-９.．])[0-9０-９]{1,2}\\h*世紀", NULL,	/* 21世紀枠, 21世纪以来: an era, no figure */
	 (const char *const[]){"世紀", NULL}},
	{"date-fy", R_DATE, "(?<y>{DIGITS4}|{ERA}|(?<![0-9０-９.．]|{ERANAMES})[0-9０-９]{2})\\h*(?<fy>年度)(?<yend>末)?(?:\\h*(?<post>{POST}))?",	/* 2026年度, 26年度 */ NULL, (const char *const[]){"年度", NULL}},
	{"date-yy", R_DATE,	/* 21年比, 24年に5%, 27年までに: a year of two digits where only a year fits */
	 "(?<![0-9０-９.．]|{ERANAMES})(?<y>[0-9０-９]{2})\\h*年(?:(?<yend>末)|(?=\\h*(?:比|以降|上期|下期|上半期|下半期|春|夏|秋|冬|までに|からの"
	 "|に(?:(?=\\h*かけて)|(?<!(?<![0-9０-９])[0-9０-９]年から[0-9０-９]{2}年に)(?<!(?<![0-9０-９])[0-9０-９]{2}年から[0-9０-９]{2}年に)"
	 "(?!\\h*(?:及|わた|な[るりっれ]|[一1１]\\h*(?:度|回|人|件|社)))))))", NULL, N_NEN},	/* 30年から50年に延びる, 創業から58年になる: spans */
	{"date-yy-contrast", R_DATE,	/* 2008年に約34万トンあったが、24年は約3万9000トン: a year of two digits set against one of four */
	 /* (a later decade: after 1900 to 2009, 10年 to 29年; after the 2010s, 20年 to 29年; so
	  * 2015年に工場を建て、10年は is ten years) */
	 "(?|(?<![0-9０-９])(?:19[0-9]{2}|200[0-9]|１９[０-９]{2}|２００[０-９])\\h*年[^。、\\n]{1,60}+、\\h*\\K(?<y>[12１２][0-9０-９])\\h*年"
	 "|(?<![0-9０-９])(?:201[0-9]|２０１[０-９])\\h*年[^。、\\n]{1,60}+、\\h*\\K(?<y>[2２][0-9０-９])\\h*年)"
	 "(?=\\h*(?:は|も|には)\\h*(?:約|およそ)?\\h*[0-9０-９])", NULL, (const char *const[]){"年", NULL}},
	{"date-yy-from", R_DATE,	/* 20年から25年にかけて: the start of a range of years */
	 "(?<![0-9０-９.．]|{ERANAMES})(?<y>[0-9０-９]{2})\\h*年(?=\\h*から\\h*[0-9０-９]{2}\\h*年\\h*(?:まで|にかけて|の間))", NULL, N_NEN},
	{"date-yy-to", R_DATE,	/* 2016年から25年まで: the end of a range of years */
	 "(?<=[0-9]{4}年から|[０-９]{4}年から|(?<![0-9０-９])[0-9０-９]{2}年から|[0-9]{4}年～|[0-9]{4}年〜|[0-9]{4}年~|[0-9]{4}年－)(?<y>[0-9０-９]{2})\\h*年"
	 "(?=\\h*(?:まで|にかけて|の間))", NULL, N_NEN},
	{"date-yy-dash", R_DATE,	/* 2018〜19年: the end of a range of years after a dash */
	 "(?<=(?<![0-9０-９])(?:19|20)[0-9]{2}[~〜～－—–-]|(?<![0-9０-９])(?:１９|２０)[０-９]{2}[~〜～－—–-])(?<y>[0-9０-９]{2})\\h*年(?!間|代|度)", NULL, N_NEN},
	{"date-y-kanji", R_DATE, "(?<y>[〇零一二三四五六七八九]{4})\\h*年(?!間|间|代|度)", NULL,
	 (const char *const[]){"年", NULL}},
	{"date-y-end", R_DATE, "(?<y>{DIGITS4}|{ERA})\\h*年\\h*(?<yend>末)", NULL, N_NEN},	/* 2025年末: December */
	{"date-y", R_DATE,
	 "(?<y>{DIGITS4}|{ERA}|(?<![0-9０-９.．]|{ERANAMES})[0-9０-９]{2}(?=\\h*年産(?!地)))"	/* 24年産: a crop year, as 26年度 */
	 "\\h*年(?!間|代|度)(?:\\h*(?<post>{POST}))?", NULL, N_NEN},
	{"time", R_TIME,
	 "(?:(?<pre>{PRE})\\h*)?(?:(?<ampm>{AMPM})\\h*)?(?<h>{DIGITS2})\\h*時(?!間)"
	 "(?:\\h*(?<min>{DIGITS2})\\h*分(?!間)|(?<half>半))?(?:\\h*(?<post>{POST}))?", NULL, (const char *const[]){"時", NULL}},
	{"race-clock", R_QUANTITY,	/* 2:02.31: minutes, seconds and their hundredths, a race's time */
	 "(?:(?<pre>{PRE})\\h*)?(?<![0-9０-９:：.．,，])(?<num>[0-9０-９]{1,2})[:：](?<sec>[0-5０-５][0-9０-９])[.．](?<sub>[0-9０-９]{1,2})(?![0-9０-９])"
	 "(?:\\h*(?<post>{POST}))?", &RACE_MINUTES, (const char *const[]){":", "：", NULL}},
	{"time-colon", R_TIME, "(?<![0-9０-９:：])(?<h>{DIGITS2})[:：](?<min>[0-5０-５][0-9０-９])(?:[:：][0-5０-５][0-9０-９])?(?![0-9０-９:：])",
	 NULL, (const char *const[]){":", "：", NULL}},
	/* so many a week, month, year (週に2回, 年に平均4回; 3月に, 2024年に are
	 * dates) and a day (1日3本, 1日に3回; 1日に alone is the 1st) */
	{"rate-ni", R_RATE,
	 "(?<![0-9０-９\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}])(?<du>週|月|年)\\h*に\\h*(?:平均\\h*|計\\h*)?(?:(?<pre>{PRE})\\h*)?"
	 "(?<n>{NUM})(?|\\h*[~〜～－]\\h*(?<b>{NUM})|、(?<b>[1-9１-９])(?![0-9０-９]))?\\h*(?<u>{UNIT})(?:\\h*(?<post>{POST}))?", NULL,
	 (const char *const[]){"週に", "月に", "年に", NULL}},	/* 年に2～3回, 週に2、3回 */
	{"rate-minutes", R_RATE,	/* 1回あたり40分ほど, 1個あたり5分程度: minutes per thing (分 is no unit of the table) */
	 "(?<![0-9０-９第])(?<dn>[1１一])\\h*(?<du>回|" THINGS ")\\h*(?:あたり|当たり|につき|(?<=回))"	/* 1回60分 */
	 "(?:の[\\x{3041}-\\x{30FC}\\x{4E00}-\\x{9FFF}]{1,8}?(?:は|が))?\\h*(?:(?<pre>{PRE})\\h*)?"
	 "(?<n>[0-9０-９]{1,4})\\h*分(?![間野割位類析配担散岐布裂子科け]|の\\h*[0-9０-９〇一二三四五六七八九十百千])(?:\\h*(?<post>{POST}))?", &MINUTE,
	 (const char *const[]){"分", NULL}},
	{"rate-day-lead", R_RATE,	/* 最大で1日に約1500人: a qualifier before the day */
	 "(?<pre>{PRE})\\h*(?<![0-9０-９月])(?<dn>[1１一])\\h*(?<du>日)\\h*(?:に|あたり|当たり)?\\h*(?:平均で?\\h*)?(?:(?<pre2>{PRE})\\h*)?(?<n>{NUM})\\h*"
	 "(?<u>{UNIT})(?:\\h*(?<post>{POST}))?", NULL, (const char *const[]){"日", NULL}},
	{"rate-day", R_RATE,
	 /* and an hour, a week, a month, a year: 1時間4本, 1か月1万2000円 */
	 "(?<![0-9０-９月第])(?<dn>[1１一])\\h*(?<du>日|時間(?!\\h*[0-9０-９.．]+\\h*時間)|週|か月|カ月|ヶ月|ヵ月|年)\\h*(?:計|合計)?\\h*(?:(?<pre>{PRE})\\h*)?(?:(?<pre2>{PRE})\\h*)?(?<n>{NUM})"
	 "(?|\\h*[~〜～－]\\h*(?<b>{NUM})|、(?<b>[1-9１-９])(?![0-9０-９]))?\\h*"	/* 1日2、3回 */
	 "(?<u>本|回|便|件|食|杯|錠|人|台|個|店舗|店|機|隻|施設|カ所|か所|世帯|戸|枚|袋|箱|パック|缶|瓶|皿|冊|匹|頭|羽|セット|トン|バレル|リットル|ミリリットル|グラム|キログラム|立方メートル|キロリットル|キロワット時|円|時間|往復)(?!\\h*(?:あたり|当たり))"	/* (1日1人あたり: the base of a rate) */
	 "(?:\\h*(?<post>{POST}))?", NULL, (const char *const[]){"日", "時間", "週", "月", "年", NULL}},	/* 1日200万バレル, 1日2時間 */
	{"day-allows", R_NAME,	/* 1日に作れるのは, 1日に処理できる量: a day as the base of what it allows, no row */
	 "(?<![0-9０-９])[1１一]\\h*(?:日|回)(?=[にで][^、。\\n]{0,8}?(?:[えけげせぜてでねべぺめれ]る|できる)(?:の|量|数|距離|件数|人数|面積|時間|[\\x{4E00}-\\x{9FFF}]{1,3}(?:は|が)))", NULL,
	 (const char *const[]){"日に", "日で", "回に", "回で", NULL}},	/* and so 1回に借りられる本は5冊まで */
	{"per-person-day", R_NAME,	/* 1人1日あたり: 1人 is part of the base, no count */
	 "(?<![0-9０-９])[1１一]\\h*(?:" THINGS ")\\h*(?=[1１一]\\h*(?:日|泊)\\h*(?:あたり|当たり|(?:約|およそ)?\\h*[0-9０-９]))"
	 "|(?<![0-9０-９])[1１一]\\h*日\\h*(?=[1１一]\\h*(?:" THINGS ")\\h*(?:あたり|当たり))", NULL,
	 (const char *const[]){"日", "泊", NULL}},	/* and 1人1泊あたり, 1台1日あたり, 1人1泊150円, 1日1人あたり */
	{"rate-day-kilo", R_RATE,	/* 1日に200キロ採れた: キロ of what a day yields is kilograms */
	 "(?<![0-9０-９月])(?<dn>[1１一])\\h*(?<du>日)\\h*に\\h*(?:(?<pre>{PRE})\\h*)?(?<n>{NUM})\\h*キロ(?:グラム)?(?!メートル|ワット)(?:\\h*(?<post>{POST}))?"
	 "(?=\\h*(?:が|を|も)?\\h*(?:取れ|獲れ|採れ|釣れ|売れ|収穫|出荷|販売|生産|水揚げ|捕獲|摘み取|摘ん|摘む|採取|刈り取))", &KILOGRAM, (const char *const[]){"日", NULL}},
	{"rate-day-ni", R_RATE,
	 "(?<![0-9０-９月])(?<dn>[1１一])\\h*(?<du>日)\\h*に\\h*(?:(?:上下)?\\h*計\\h*)?(?:(?<pre>{PRE})\\h*)?(?:(?<pre2>{PRE})\\h*)?(?<n>{NUM})"	/* 1日に上下計36本 */
	 "(?|\\h*[~〜～－]\\h*(?<b>{NUM})|、(?<b>[1-9１-９])(?![0-9０-９]))?\\h*"	/* 1日に2、3回, 1日に2～3回 */
	 /* 1日に3回; any unit with a bound after it: 1日に20件以上 (but 1日に3人が: the 1st) */
	 "(?|(?<u>回|食|杯|錠)(?:\\h*(?<post>{POST}))?|(?<u>{UNIT})\\h*(?<post>{POST})"
	 /* 1日に50匹取れる: a verb of what a day yields */
	 "|(?<u>{UNIT})(?=\\h*(?:が|を|も)?\\h*(?:取れ|獲れ|採れ|釣れ|売れ|作れ|処理|生産|販売|出荷|製造"
	 "|見る|見た|見かけ|見られ|目撃|捕獲|駆除"	/* 1日に5、6頭見る: a verb of seeing or catching */
	 "|ある|あり|寄せられる|寄せられて|届く|入る|訪れる"	/* 1日に20件ある: what a day has, not in the past */
	 "|(?<=往復|便|本|往復を|便を|本を)(?:運航|運行|発着)(?:して(?:いる|います|おり)|する|します)))"	/* 1日に16往復を運航している: a timetable */
	 "|(?(<b>)(?<!、[1-9１-９])(?<u>{UNIT})(?:\\h*(?<post>{POST}))?|(?!))"	/* 1日に5～10件: a range (no 1st of the month has one; but 1日に2、3社と: the 1st) */
	 /* 1日に50個の生産を目指す: a counter of things and a noun of making or handling */
	 "|(?<u>{UNIT})(?<=個|件|本|台|枚|食|杯|箱|袋|トン|キロ|リットル|便)(?=の[\\x{4E00}-\\x{9FFF}\\x{30A1}-\\x{30FC}\\x{3041}-\\x{3096}]{1,6}?(?:を|が|は|に|も)))", NULL,
	 (const char *const[]){"日", NULL}},
	{"one-in", R_FRACTION,	/* 6人に1人: a sixth, like 6分の1; 3人に2人: two thirds */
	 "(?:(?<pre>{PRE})\\h*)?(?<den>{NUM})\\h*(?<c>人|世帯|社|件|校|台)\\h*に\\h*(?<num>[1-9１-９一二三四五六七八九])\\h*\\k<c>(?!\\h*(?:あたり|当たり|につき))"	/* (3000社に1社あたり50万円: the base of a rate) */
	 "(?:\\h*(?<post>{POST}))?", NULL,	/* 2人に1人近く */
	 (const char *const[]){"人に", "帯に", "社に", "件に", "校に", "台に", NULL}},
	{"rate-day-most", R_RATE,	/* 1日に最大400件, 1時間に最大42便, 1日に平均3万人, 1日平均約380人: a qualifier or 平均 says it is a rate;
				 * and hours: 1日に12時間働く */
	 "(?<![0-9０-９月])(?<dn>[1１一])\\h*(?<du>日|時間)\\h*(?:に\\h*(?=平均|{PRE})|(?=平均)|(?<=日)に(?=\\h*[0-9０-９]+(?:\\h*[~〜～－]\\h*[0-9０-９]+)?\\h*時間(?!\\h*の)))(?:平均(?:では|で|は)?\\h*)?(?:(?<pre>{PRE})\\h*)?(?:(?<pre2>{PRE})\\h*)?(?<n>{NUM})"
	 "(?:\\h*[~〜～－]\\h*(?<b>{NUM}))?\\h*(?<u>{UNIT})(?:\\h*(?<post>{POST}))?", NULL, (const char *const[]){"日", NULL}},
	{"rate-each", R_RATE,	/* 入山料は1人4000円: an amount for each */
	 "(?<![0-9０-９])(?<dn>[1１一])\\h*(?<du>泊|回|" THINGS "|バレル|トロイオンス|オンス|ブッシェル|トン|リットル|キログラム|キロ|グラム|平方メートル)\\h*"
	 "(?:" BRACKETED "\\h*)?"	/* 1パック（約300グラム）800円: what the thing holds */
	 "(?:の[\\x{30A1}-\\x{30FC}\\x{4E00}-\\x{9FFF}]{1,6}?(?:は|が)\\h*)?"	/* ラーメン1杯の平均価格は約720円 */
	 "(?:平均(?:で|は)?\\h*)?(?:(?<pre>{PRE})\\h*)?(?<n>{NUM})(?:\\h*[~〜～]\\h*(?<b>{NUM}))?\\h*"	/* 1本30香港ドル, 1バレル60～70ドル */
	 "(?<u>{UNIT})(?<=円|ドル|ユーロ|元|ウォン|バーツ|ポンド|ルピー|ペソ|フラン|ルーブル|レアル|リラ|ドン|ルピア|リンギット)(?:\\h*(?<post>{POST}))?", NULL,
	 (const char *const[]){"円", "ドル", "ユーロ", "元", "ウォン", "バーツ", "ポンド", "ルピー", "ペソ", "フラン", "ルーブル", "レアル", "リラ", "ドン", "ルピア", "リンギット", NULL}},
	{"rate-each-thing", R_RATE,	/* 貸し出しは1人10冊まで, 1人3基, 1棟に30世帯, 1店舗平均は約300人, 1試合平均では3万1226人,
				 * 1試合平均の得点は25点, 1試合平均入場者は8000人 (a noun between): so many things (or so much) for each */
	 "(?<![0-9０-９.．])(?<dn>[1１一])\\h*(?<du>" THINGS ")\\h*(?:に\\h*)?(?:平均(?:の?[\\x{3041}-\\x{30FC}\\x{4E00}-\\x{9FFF}]{0,6}?(?:では|で|は))?\\h*)?(?:(?<pre>{PRE})\\h*)?(?<n>{NUM})(?:\\h*[~〜～]\\h*(?<b>{NUM}))?\\h*"
	 "(?!\\k<du>)(?<u>{UNIT})(?<=" THINGS "|ミリリットル|リットル|グラム|キログラム|トン|立方メートル|平方メートル|ヘクタール)"
	 "(?:\\h*(?<post>{POST}))?", NULL, NULL},	/* (1人2人: a count); 1本500ミリリットル: a measure for each */
	{"rate-each-kilo", R_RATE,	/* 小麦粉は1袋25キロ, 1頭約700キロ: キロ for each thing is kilograms */
	 "(?<![0-9０-９.．])(?<dn>[1１一])\\h*(?<du>" WEIGHED ")\\h*"
	 "(?:(?:あたり|当たり)(?:の[\\x{3041}-\\x{30FC}\\x{4E00}-\\x{9FFF}]{1,6}?(?:は|が))?\\h*)?"	/* 1本あたり300キロ前後 */
	 "(?:平均(?:で|は)?\\h*)?(?:(?<pre>{PRE})\\h*)?(?<n>{NUM})(?|\\h*[~〜～]\\h*(?<b>{NUM})\\h*キロ(?:グラム)?"	/* 1頭あたりの肉の量は平均15キロほど, 1匹40〜60キロ */
	 "|\\h*キロ(?:グラム)?(?:\\h*(?:から|[~〜～])\\h*(?<b>{NUM})\\h*キロ(?:グラム)?(?=\\h*(?:[。、，]|$|まで|程度|ほど)))?)"	/* 1袋20キロから25キロ。 */
	 "(?!メートル|ワット|カロリー|リットル|バイト)(?:\\h*(?<post>{POST}))?", &KILOGRAM, (const char *const[]){"キロ", NULL}},
	{"rate-amount-kilo", R_RATE,	/* 1人あたりの年間消費量は約51キロ: キロ of an amount (量) for each is kilograms */
	 "(?<![0-9０-９.．])(?<dn>[1１一])\\h*(?<du>" THINGS ")\\h*(?:あたり|当たり)の[\\x{3041}-\\x{30FC}\\x{4E00}-\\x{9FFF}]{0,6}?量(?:は|が)\\h*"
	 "(?:平均(?:で|は)?\\h*)?(?:(?<pre>{PRE})\\h*)?(?<n>{NUM})\\h*キロ(?:グラム)?"
	 "(?!メートル|ワット|カロリー|リットル|バイト)(?:\\h*(?<post>{POST}))?", &KILOGRAM, (const char *const[]){"キロ", NULL}},
	{"kilo-bracket", R_QUANTITY,	/* 1俵（45キロ）あたり: the weight of a thing weighed, in brackets */
	 "(?<![0-9０-９.．])[1１一]\\h*(?:" WEIGHED ")[（(]\\h*\\K(?:(?<pre>{PRE})\\h*)?(?<num>{NUM})\\h*キロ(?:グラム)?(?=\\h*[）)])", &KILOGRAM, (const char *const[]){"キロ", NULL}},
	{"rate-time", R_RATE,	/* 1回に20〜30人, 1回8時間, 1クラス15〜20人: so many each time, in each group */
	 "(?<![0-9０-９第])(?<dn>[1１一])\\h*(?<du>回|クラス|チーム|グループ|班)\\h*(?:に|あたり|当たり)?\\h*(?:(?<pre>{PRE})\\h*)?(?<n>{NUM})(?:\\h*[~〜～]\\h*(?<b>{NUM}))?\\h*"
	 "(?<u>{UNIT})(?<!回|度|倍|割|%|％)(?:\\h*(?<post>{POST}))?", NULL, (const char *const[]){"回", "クラス", "チーム", "グループ", "班", NULL}},
	{"rate-day-of", R_RATE,	/* 1日の利用者数は約5万人, 1日平均通過人員が13人, 1日の平均在校時間は10時間45分: so many a day (not the 1st; but 1日の終値 is the 1st's) */
	 "(?<![0-9０-９])(?<dn>[1１一])\\h*(?<du>日)(?:平均の?|の)(?:[\\x{4E00}-\\x{9FFF}\\x{3041}-\\x{309F}\\x{30A1}-\\x{30FA}ー]{0,6}?(?:者|客|量|数|人員|員|時間|売上高|売上|売り上げ|収入|額|料金|利用料|駐車料))(?:は|が|を|(?<=料金|利用料|駐車料)も)\\h*(?:(?!最[大高多低小長短]で)[\\x{4E00}-\\x{9FFF}\\x{30A1}-\\x{30FA}]{1,4}で\\h*|[1１一]\\h*(?:" THINGS ")\\h*(?:あたり|当たり)\\h*)?(?:平均(?:で)?\\h*)?"	/* は全店で約12万人, は1軒あたり約85人 (the second base: no row) */
	 "(?!(?:1[89]|20)[0-9]{2}\\h*年)(?:(?<pre2>{PRE})(?:(?<=最[大高多低小長短])で)?\\h*(?:(?<=最大|最大で|最高|最高で|最多|最多で)(?:約|およそ)\\h*)?)?(?<n>{NUM})(?:\\h*[~〜～]\\h*(?<b>{NUM}))?\\h*(?<u>{UNIT})(?:\\h*(?<post>{POST}))?", NULL, (const char *const[]){"日の", "日平均", NULL}},	/* 最大約38トン: at most; 3〜9本: a range */
	{"day-of-count", R_NAME,	/* 1日の販売数の約4割: a day's count, not the 1st (no row: the share is the figure) */
	 "(?<![0-9０-９月])[1１一]\\h*日(?:平均)?の[\\x{4E00}-\\x{9FFF}\\x{3041}-\\x{309F}\\x{30A1}-\\x{30FA}ー]{0,6}?(?:者|客|量|数|人員|員)(?=の)", NULL, (const char *const[]){"日の", "日平均の", NULL}},
	{"rate-prefix", R_RATE,	/* 月80時間以上, 週3日程度, 毎年約1000人, 毎年7%以上, 最大で年60万円, 年間約11億円, 年産30万トン, 年平均で約6万円, 年平均では約170戸, 年間で約4万円, 年間数百匹, 原則年960時間: so many a month (a
	 * one-character class before the lookbehind of 原則…: it runs only where it may hold) */
	 "(?:(?<pre>{PRE})\\h*)?(?:毎|(?<![0-9０-９\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}])|(?<=[則常ね大低限])(?<=原則|通常|概ね|最大|最低|上限))(?<du>月|週|年|(?<=毎)[秒分時])(?:間(?:では|で)?|額|(?<![毎週])産(?:能力|量)?(?:は|が)?)?\\h*(?:平均(?:では|で|は)?\\h*|(?<=毎年|毎月|毎週)計\\h*)?(?:(?<pre2>{PRE})\\h*(?:(?<=最大|最大で|最高|最多)(?:約|およそ)\\h*)?)?(?<n>[0-9０-９][0-9０-９,，.．万億兆千百]*|数[十百千万億]*)"
	 "(?|\\h*[~〜～－]\\h*(?<b>[0-9０-９][0-9０-９,，.．万億兆千百]*)|、(?<b>[1-9１-９])(?![0-9０-９]))?\\h*"	/* 年40億～50億円, 週2、3回 */
	 "(?<u>{UNIT})(?!前(?!後))(?![\\x{30A1}-\\x{30FA}])(?!\\h*(?:あたり|当たり|につき))(?:\\h*(?<post>{POST}))?"	/* but 月平均で2年前より: a date; 12インチウエハー: a size;
																	 * 年間で1世帯あたり: the base of a rate */, NULL, (const char *const[]){"月", "週", "年", "毎", NULL}},
	{"rate-wage", R_RATE,	/* 時給1055円, 日給は1万2000円, 時給を1000円に: a wage by the hour or the day */
	 "(?<du>時給|日給|日当)(?:は|が|で|を)?\\h*(?:(?<pre2>{PRE})\\h*)?(?<n>{NUM})\\h*(?<u>{UNIT})(?:\\h*(?<post>{POST}))?", NULL,
	 (const char *const[]){"時給", "日給", "日当", NULL}},
	{"magnitude", R_QUANTITY,	/* マグニチュード7.1, M6.8, マグニチュード（M）7.6 */
	 "(?:マグニチュード\\h*(?:[（(]\\h*M\\h*[）)]\\h*)?|(?<![A-Za-z])M(?=[0-9０-９][.．][0-9０-９]|[0-9０-９]\\h*(?:以上|級|クラス|程度|前後|規模|の地震|を超え)))"	/* M6以上, M7級 */
	 "(?<num>[0-9０-９](?:[.．][0-9０-９])?)(?![0-9０-９.．])"
	 "(?:\\h*(?<post>{POST}))?", &MAGNITUDE, (const char *const[]){"マグニチュード", "M", NULL}},
	{"shindo", R_QUANTITY,	/* 震度6強: a level of the JMA scale (強 and 弱 name it, no bound) */
	 "(?:(?<pre>(?!最大)(?:{PRE}))\\h*|最大)?震度\\h*(?<num>[0-7０-７])(?:\\h*[強弱])?(?:\\h*(?<post>{POST}))?", &SHINDO, (const char *const[]){"震度", NULL}},	/* 最大震度7: the strongest observed, eq */
	{"kilo-weight", R_QUANTITY,	/* コメ5キロ, 体重60キロ, 町産米「ゆめぴりか」5キロ: キロ of a weight is kilograms */
	 "(?|(?:コメ|米|体重|重さ|重量|牛肉|豚肉|鶏肉|和牛|肉|魚|野菜|小麦|小麦粉|大豆|砂糖|茶葉|(?<=[\\x{4E00}-\\x{9FFF}])量)(?:「[^」\\n]{1,12}」|（(?=[^）\\n]{1,12}）))?\\h*(?:は|が|を|の)?\\h*(?:平均(?:で|は)?\\h*)?(?:[1１一]\\h*(?:台|つ|" WEIGHED ")\\h*)?"	/* 重さは1枚約40キロ */
	 "(?:[\\x{4E00}-\\x{9FFF}\\x{3041}-\\x{3093}]{1,6}?(?:より|に比べ|と比べ)\\h*)?"	/* 体重は昨年より3キロ重い: a base between */
	 "(?:(?:それぞれ|ともに|共に|いずれも)\\h*)?"	/* 体重はそれぞれ約93キロ */
	 "(?:(?:{PRE})?\\h*[0-9０-９][0-9０-９.．,，]*\\h*[~〜～]\\h*)?"	/* 体重60〜100キロ: the end of a range */
	 "\\K(?:(?<pre>{PRE})\\h*)?(?<num>{NUM})\\h*キロ"
	 "(?!メートル|ワット|カロリー|リットル|グラム)(?:\\h*(?<post>{POST}))?"
	 /* 約45キロを収穫し: the object of a verb of harvesting, selling, shipping */
	 "|(?<!運賃は|料金は|運賃が|料金が|初乗り|運賃|料金)(?:(?<pre>{PRE})\\h*)?(?<num>{NUM})\\h*キロ(?:グラム)?(?:\\h*(?<post>{POST}))?"	/* (初乗り運賃は1.2キロ500円: a fare's distance) */
	 "(?=\\h*(?:を|が|の)?\\h*(?:収穫|出荷|販売|生産|漁獲|水揚げ|捕獲|採取|仕入れ|輸出|輸入|売り上げ|売れ|取れ|獲れ|採れ|摘み取|摘ん|摘む|刈り取"
	 /* コシヒカリ5キロの店頭価格: so many kilos have a price (a fare, 料金, is of a distance) */
	 "|(?:店頭|平均|小売|市場|卸売)?(?:価格|値段|単価|売値))"
	 /* 5キロ3500円, 5キロ4000円台, 5キロで4200円前後: a price right after */
	 "|\\h*(?:で\\h*)?(?:約|およそ)?\\h*[0-9０-９][0-9０-９,，.．]*\\h*(?:万\\h*(?:[0-9０-９][0-9０-９,，]*)?\\h*)?円))", &KILOGRAM,
	 (const char *const[]){"キロ", NULL}},
	{"angle-do", R_QUANTITY,	/* 傾斜は30度を超える: 度 after a word of an angle is degrees of arc */
	 "(?:角度|傾斜|傾斜角|勾配|傾き|仰角|俯角|斜度)\\h*(?:は|が|を|も)?\\h*\\K(?:(?<pre>{PRE})\\h*)?(?<num>{NUM})\\h*度(?!目|台)"
	 "(?:\\h*(?<post>{POST}))?", &ANGLE, (const char *const[]){"度", NULL}},
	{"temp-do", R_QUANTITY,	/* 気温は35度: 度 after a temperature word is degrees (3度目 is a third time) */
	 /* a few words or a day between (気温は冬でも25度前後, 最低気温は、1月22日に氷点下14.2度, 1月下旬に, 水温は30年で2度, 気温は1時間で約8度, 温度は10年前の約102度) */
	 "(?|(?:気温|最高気温|最低気温|体温|水温|室温|平均気温|温度|燃焼温度|海水温|地温|湯温|泉温|源泉温度|油温|体感温度)\\h*(?:は|が|を|も)?"
	 "(?:[^0-9０-９。\\n]|[0-9０-９]{1,3}\\h*(?:年|か月|カ月|時間|日|分)間?で|[0-9０-９]{1,3}\\h*(?:年|か月|カ月)前の|[0-9０-９]{1,2}\\h*月\\h*[0-9０-９]{1,2}\\h*日|[0-9０-９]{1,2}\\h*日|[0-9０-９]{1,2}\\h*月(?:上旬|中旬|下旬|初旬|末|初め|半ば)?(?=の|に|は|、|で)"
	 "|[0-9０-９]{1,2}\\h*時(?:\\h*[0-9０-９]{1,2}\\h*分)?(?=に|の|は|、|で|ごろ|頃|現在|時点|半)"	/* 午後6時に33度, 午後6時時点で33.1度: an hour between */
	 "|[0-9０-９]{4}\\h*年(?:\\h*[0-9０-９]{1,2}\\h*月(?:\\h*[0-9０-９]{1,2}\\h*日)?)?(?=の|に|は|、|で)"	/* 2020年8月に41.1度: a year between */
	 "|[0-9０-９]{1,3}(?:[.．][0-9０-９]+)?\\h*[~〜～](?=\\h*[0-9０-９]{1,3}(?:[.．][0-9０-９]+)?\\h*度)){0,12}?\\h*(?:氷点下\\h*)?\\K(?:(?<pre>{PRE})\\h*)?(?<num>{NUM})\\h*度(?!目|台)"	/* 5〜10度: the range's first figure stays a number of its own, the range takes 度 */
	 "(?:\\h*(?<post>{POST}))?"
	 /* 平年より1.5度高かった: degrees above or below */
	 "|(?:(?<pre>{PRE})\\h*)?(?<num>[0-9０-９]+(?:[.．][0-9０-９]+)?)\\h*度(?:\\h*(?<post>{POST}))?(?=\\h*(?:高い|高かった|高く|低い|低かった|低く|上回|下回))"	/* 6度近く高かった */
	 /* 平年より1.5度高い24度前後, 2度近く低い17度前後: the level after the difference
	  * (the one-character class first: the long lookbehind runs only where it may hold) */
	 "|(?<=[いくる])(?<=度高い|度低い|度高く|度低く|度上回る|度下回る|度近く高い|度近く低い|度ほど高い|度ほど低い|度以上高い|度以上低い|度程度高い|度程度低い)\\h*(?:(?<pre>{PRE})\\h*)?(?<num>{NUM})\\h*度(?!目|台)(?:\\h*(?<post>{POST}))?"
	 /* 35度以上の猛暑日, 25度以上の日: the degrees that make a kind of day or night
	  * (the first character of a prefix or a numeral first: it fails fast) */
	 "|(?=[0-9０-９〇一二三四五六七八九十百千万両数約おほだ少最上下])(?<!日|日に)(?:(?<pre>{PRE})\\h*)?(?<num>{NUM})\\h*度(?|\\h*(?<post>{POST})(?=\\h*(?:の\\h*日(?![\\x{4E00}-\\x{9FFF}])|の?\\h*(?:猛暑日|真夏日|夏日|熱帯夜|冬日|真冬日)))"	/* (3度以上日本を訪れた: times) */
	 "|(?=\\h*の?\\h*(?:猛暑日|真夏日|夏日|熱帯夜|冬日|真冬日))))",
	 &CELSIUS, (const char *const[]){"度", NULL}},
	{"speed", R_QUANTITY,	/* 時速60キロ: a speed, 時速 in its text (its unit); 最高時速は320キロ: the figure alone */
	 "(?:時速\\h*(?:は|が|も)\\h*\\K|時速\\h*)(?:(?<pre>{PRE})\\h*)?(?<num>{NUM})\\h*(?:キロメートル|キロ|km)(?:\\h*(?<post>{POST}))?", &KMH,
	 (const char *const[]){"時速", NULL}},
	{"gross-tons", R_QUANTITY,	/* 総トン数約1900トン, 総トン数は5万トン: a ship's gross tonnage */
	 "総トン数\\h*(?:は|が|で|も)?\\h*\\K(?:(?<pre>{PRE})\\h*)?(?<num>{NUM})\\h*トン(?:\\h*(?<post>{POST}))?", &GROSS_TONS,
	 (const char *const[]){"総トン数", NULL}},
	{"wind", R_QUANTITY,	/* 最大瞬間風速50メートル, 風速は毎秒40メートル, 秒速25メートル: a wind's
				 * speed (秒速 and 毎秒 in its text, 風速 its subject) */
	 "(?:風速\\h*(?:は|が|で)?\\h*\\K(?:毎秒|秒速)?|秒速)\\h*(?:(?<pre>{PRE})\\h*)?(?<num>{NUM})\\h*(?:メートル|m)(?![/／\\x{30A0}-\\x{30FF}])(?:\\h*(?<post>{POST}))?", &MPS,
	 (const char *const[]){"風速", "秒速", NULL}},
	{"kilo-bag", R_QUANTITY,	/* 10キロ袋, 5キロ入り; 約20キロのプロパンガス: キロ of a thing weighed */
	 "(?:(?<pre>{PRE})\\h*)?(?<num>{NUM})\\h*キロ(?:\\h*(?<post>{POST}))?(?=\\h*(?:袋|箱|缶|パック|入り|の\\h*(?:コメ|米|玄米|精米|白米|新米|古米|もち米|コシヒカリ|肉|牛肉|豚肉|鶏肉|魚|野菜|果物|プロパン|ガス|燃料|軽油|灯油"
	 "|ごみ|ゴミ|食品|食材|砂|土|氷|荷物|小麦|大豆|茶葉|豆|塩|砂糖|粉|肥料|飼料|廃棄物|プラスチック|金塊|麻薬|覚醒剤|大麻|イチゴ|いちご|ミカン|みかん|リンゴ|りんご|ジャガイモ|じゃがいも|タマネギ|キャベツ|トマト|キノコ|カニ|エビ|マグロ|サケ|ホタテ|カキ|茶|コーヒー豆)))", &KILOGRAM, (const char *const[]){"キロ", NULL}},
	{"rate-slash", R_RATE,	/* 175円/リットル */
	 "(?:(?<pre>{PRE})\\h*)?(?<n>{NUM})\\h*(?<u>{UNIT})\\h*[/／]\\h*(?<du>{PER}|{DUR}|人)(?:\\h*(?<post>{POST}))?",
	 NULL, (const char *const[]){"/", "／", NULL}},
	{"rate-fx", R_RATE,	/* 1ドル＝145円: an exchange rate */
	 "(?<dn>{NUM})\\h*(?<du>{UNIT})\\h*[=＝]\\h*(?:(?<pre>{PRE})\\h*)?(?<n>{NUM})\\h*(?<u>{UNIT})"
	 "(?:\\h*(?<post>{POST}))?", NULL, (const char *const[]){"=", "＝", NULL}},
	{"rate-once", R_RATE,	/* 50年に1度, 100年に一度: once in so long (度 is no unit elsewhere) */
	 "(?:(?<pre>{PRE})\\h*)?(?<dn>{NUM})\\h*(?<du>{DUR})\\h*に\\h*(?<n>[1１一])\\h*度(?![目台])", &ONCE,
	 (const char *const[]){"に1", "に１", "に一", NULL}},
	{"rate-bound-each", R_RATE,	/* 上限を1人1泊1万円, 上限を1泊1万円: a bound before the base (1人 of 1人1泊 no count) */
	 "(?<pre>{PRE})\\h*(?:[1１一]\\h*(?:" THINGS ")\\h*)?(?<dn>[1１一])\\h*(?<du>日|泊)\\h*(?:あたり|当たり)?\\h*"
	 "(?<n>{NUM})\\h*(?<u>{UNIT})(?:\\h*(?<post>{POST}))?", NULL, (const char *const[]){"日", "泊", NULL}},
	{"rate", R_RATE,
	 "(?:(?<pre>{PRE})\\h*)?(?![0-9０-９]{2}\\h*年\\h*に\\h*(?![一1１]\\h*(?:度|回|人|件|社)))(?<dn>{NUM})\\h*(?![日月]\\h*に)(?<du>{DUR}|{PER}|(?:人|{UNIT})(?=(?:\\h*" BRACKETED ")?\\h*(?:あたり|当たり|につき)(?!\\h*[1１一]\\h*(?:日|週|か月|カ月|ヶ月|年)\\h*(?:に|あたり|当たり))))"
	 "(?:\\h*" BRACKETED "(?=\\h*(?:(?:あたり|当たり)|(?:約|およそ)?\\h*[0-9０-９])))?"	/* 1俵（60キロ）あたり2万3000円: the bracket says what the thing holds */
	 "\\h*(?:に(?<!日間に|年間に|月間に)"
	 /* but 3時間に約6万5000人, 24時間に最大400ミリ: so many in those hours (2時間に1本 is a rate) */
	 "(?!(?<=[2-9２-９]時間に|[0-9０-９]{2}時間に)\\h*(?:{PRE}\\h*)?(?![1１一](?![0-9０-９.．万千百十]))[0-9０-９])"
	 "|(?:あたり|当たり|につき)"
	 /* per person, household, hour or day, words may stand between: 1人あたりに換算すると
	  * 約152万円, 1人あたりの負債額は約440万円, 1時間あたりの発着回数は32回 */
	 "(?:(?<=人あたり|人当たり|人につき|世帯あたり|世帯当たり|[日週年間](?:あたり|当たり)|[カかヶケ]月(?:あたり|当たり)"
	 "|件あたり|件当たり|戸あたり|戸当たり|台あたり|台当たり|路線あたり|路線当たり|店あたり|店当たり|店舗あたり|店舗当たり|所あたり|所当たり"
	 "|社あたり|社当たり|個あたり|個当たり|便あたり|便当たり|回あたり|回当たり|リットルあたり|リットル当たり"
	 "|本あたり|本当たり|枚あたり|枚当たり|匹あたり|匹当たり|頭あたり|頭当たり|冊あたり|冊当たり|泊あたり|泊当たり|食あたり|食当たり|株あたり|株当たり"
	 "|棟あたり|棟当たり|軒あたり|軒当たり|室あたり|室当たり|トンあたり|トン当たり|メートルあたり|メートル当たり|グラムあたり|グラム当たり|着あたり|着当たり|点あたり|点当たり"
	 "|基あたり|基当たり|両あたり|両当たり|隻あたり|隻当たり|校あたり|校当たり|園あたり|園当たり|床あたり|床当たり|区画あたり|区画当たり"
	 "|袋あたり|袋当たり|箱あたり|箱当たり|席あたり|席当たり|施設あたり|施設当たり|教室あたり|教室当たり|病院あたり|病院当たり"
	 "|俵あたり|俵当たり|パックあたり|パック当たり|缶あたり|缶当たり|瓶あたり|瓶当たり|）あたり|）当たり"	/* 1俵（60キロ）あたりの価格は */
	 "|ヘクタールあたり|ヘクタール当たり|アールあたり|アール当たり"
	 "|キロ(?:あたり|当たり)(?=平均|の(?:平均|取引)?(?:単価|価格|値段|相場)))"	/* (キロ: a kilometre or a kilogram; but 1キロあたり平均420円,
												 * 1キロあたりの平均単価は412円: a price per kilogram) */
	 "(?:に換算すると|換算で|(?:では|で|は|、(?:[\\x{4E00}-\\x{9FFF}]{1,5}で)?)(?:\\h*年間)?(?=\\h*(?:{PRE}\\h*)?[0-9０-９])|の(?=\\h*(?:{PRE})\\h*[0-9０-９])"	/* 1日あたりでは約1700人 */
	 "|の[\\x{3041}-\\x{30FC}\\x{4E00}-\\x{9FFF}]{1,8}?(?<!最大|最大で|最高|最高で|最多|最少|最低|最小)(?=(?:{PRE})\\h*[0-9０-９])"	/* 1人あたりの貸し出し上限は5冊 (but 出荷量は最大で約40トン: the bound is the qualifier) */
	 "|の?[\\x{3041}-\\x{30FC}\\x{4E00}-\\x{9FFF}]{1,8}?(?:(?:は|が|も)(?:\\h*年間|\\h*[年月](?=\\h*(?:{PRE}\\h*)?[0-9０-９]))?(?:\\h*[\\x{3041}-\\x{30FC}\\x{4E00}-\\x{9FFF}]{1,4}で(?<!最大で|最高で|最低で|最小で)(?=\\h*(?:約|およそ)?\\h*[0-9０-９]))?(?:\\h*[、，](?=\\h*(?:現在の?|今の?|従来の?)?\\h*(?:約|およそ)?\\h*[0-9０-９](?![0-9０-９.．]*倍)))?(?:\\h*(?:現在|今|従来)(?:は|の)?(?=\\h*(?:約|およそ)?\\h*[0-9０-９](?![0-9０-９.．]*倍)))?|を(?!\\h*[0-9０-９]{1,2}\\h*日\\h*(?:まで|に))(?=\\h*[0-9０-９][0-9０-９,，.．万千百]*\\h*[\\x{3041}-\\x{30FC}\\x{4E00}-\\x{9FFF}]{1,3}?(?:(?:以下|以上|未満|まで)(?:に|と)|まで|に(?![0-9０-９])))"	/* 園児数を15人以下とする, 滞在日数を2.5日まで延ばす, 消費額を2万円に増やす */
	 "|を(?:\\h*(?:現在の|従来の|これまでの|今の))?(?=\\h*(?![1１一]\\h*[日週月年人台件回]\\h*[0-9０-９])[0-9０-９][^、。]{0,12}?から))(?:\\h*平均(?:で)?)?|[年月]?平均(?:は|で|が)?|年間(?:で)?|[年月](?=\\h*(?:{PRE}\\h*)?[0-9０-９])|(?:月額|年額)(?=\\h*(?:{PRE}\\h*)?[0-9０-９])))?)"	/* 1世帯あたり月額5000円 */
	 "(?:\\h*一律)?"	/* 1本あたり一律3000円: uniformly */
	 "(?!\\h*(?:1[89]|20)[0-9]{2}\\h*年|\\h*[1１一]\\h*[日週月年]\\h*[0-9０-９])"	/* 10アールあたりの生産費は2024年産で: a year, no rate */
	 "\\h*(?:(?<pre2>{PRE})\\h*(?:(?<=最大|最大で|最高|最多)(?:約|およそ)\\h*)?)?(?<n>{NUM})(?:\\h*[~〜～]\\h*(?<b>{NUM}))?\\h*(?<u>{UNIT})"	/* 1日あたり最大で約8トン */
	 "(?:(?<half>{HALF})(?![ばぱ導数分期額減島年日月世身径端面焼壊]))?"	/* 1か所あたり2時間半 */
	 /* but 1日当たりの平均在校時間は11時間1分: a duration of two parts; 5年前: a date */
	 /* 1軒あたり1日平均で120人: 1日 is the next rate's base */
	 "(?![0-9０-９]+\\h*(?:分|秒|か月|カ月|ヶ月|ケ月)|前(?!後)|\\h*に\\h*[1１一]\\h*(?:回|度)|\\h*(?:平均|あたり|当たり))(?:\\h*(?<post>{POST}))?", NULL,	/* 1世帯あたり12年に1回: a rate of its own */
	 /* a unit then に: the last characters of the units of the table; 1リットルあたり170～175円 */
	 (const char *const[]){"あたり", "当たり", "につき", "間に", "年に", "月に", "期に", "株に",
			       "週に", "ルに", "ンに", "帯に", "スに", "分に", "秒に", NULL}},	/* 4.1秒に1回 */
	{"pair", R_PAIR,	/* 一両日, 両三日, 二三日: one or two days, two or three */
	 "(?|(?<a>一)(?<b>両)|(?<a>両)(?<b>三)|(?<![〇一二三四五六七八九十百千万])(?<a>[一二三四五六七八])(?<b>[二三四五六七八九])(?![〇一二三四五六七八九十百千万]))(?<unit>{UNIT})",
	 NULL, (const char *const[]){"両", "一", "二", "三", "四", "五", "六", "七", "八", NULL}},
	{"fraction", R_FRACTION,
	 "(?:(?<pre>{PRE})\\h*)?(?<den>{NUM})\\h*分の\\h*(?<num>{NUM})(?:\\h*(?<post>{POST}))?", NULL, (const char *const[]){"分の", NULL}},
	{"fraction-word", R_FRACTION_WORD,
	 "(?:(?<pre>{PRE})\\h*)?(?<word>{FRAC})(?!前(?!後))(?<!(?<!の)倍)(?<!倍(?=[率速額数]))(?:\\h*(?<post>{POST}))?", NULL,	/* 半年前: a date; 倍 after の alone */
	 (const char *const[]){"半", "倍増", "の倍", NULL}},	/* what the fraction words of the table hold */
	{"rank", R_RANK, "第\\h*(?<n>{NUM})(?!\\h*の)(?:\\h*位)?(?!\\h*(?:号|[\\x{30A1}-\\x{30FA}]|[\\x{4E00}-\\x{9FFF}]{1,4}[\\x{30A1}-\\x{30FA}]|" FACILITIES "|期|条|項|章|節))", NULL, (const char *const[]){"第", NULL}},
	{"times-over", R_QUANTITY,	/* 2度にわたり: twice, occasions (度 is no unit elsewhere) */
	 "(?:(?<pre>{PRE})\\h*)?(?<num>{NUM})\\h*度(?=\\h*(?:にわたり|にわたって|にわたる))", &ONCE,
	 (const char *const[]){"にわた", NULL}},
	{"rank-suffix", R_RANK, "(?<n>{NUM})\\h*(?:位(?:\\h*(?<post>以内))?|番目|本目|回目|度目|人目|年目|代目|日目|か月目|カ月目|ヶ月目|週目|社目|件目|戦目|期目|隻目|台目|店目|店舗目|棟目|校目|か所目|カ所目|ヶ所目|ケ所目|箇所目|軒目|例目|作目|冊目|枚目|基目|機目|杯目|個目|年生(?!まれ)|路線目|駅目|施設目|工場目|県目|市目|町目|村目|都市目|国目|カ国目|か国目|頭目|匹目|羽目|試合目|勝目|敗目|点目|得点目|ゴール目|打席目|安打目|本塁打目)(?!標)", NULL,
	 (const char *const[]){"位", "目", "年生", NULL}},	/* 3位, 2回目 (the second time) */
	{"school-year", R_RANK,	/* 佐藤投手（3年）, 田中さん（高校2年）: a student's year, as 3年生 */
	 "(?<=[（(]|[（(]高校|[（(]中学|[（(]小学|[（(]大学)(?<n>[1-6１-６])\\h*年(?=[）)])", NULL,
	 (const char *const[]){"年）", "年)", NULL}},
	{"rank-top", R_RANK, "トップ\\h*(?<n>{DIGITS})", NULL, (const char *const[]){"トップ", NULL}},
	{"age-decade", R_AGE,	/* 20代, 30代の女性, 80歳代 */
	 "(?<![0-9０-９])(?<n>[1-9]0|[１-９]０)\\h*(?:歳|才)?(?<decade>代)(?![表理金替目わ])(?:\\h*(?<post>{POST}))?", NULL,
	 (const char *const[]){"代", NULL}},
	{"age", R_AGE, "(?|(?=[(（])(?<={HONOR})[(（]\\h*(?<n>{DIGITS3})\\h*[)）]"
	 /* 横綱大の里（25）: a rank of sumo, then the name */
	 "|(?:横綱|大関|関脇|小結)[\\x{3041}-\\x{30FA}\\x{4E00}-\\x{9FFF}]{2,4}\\K[(（]\\h*(?<n>[1-9][0-9])\\h*[)）])", NULL, (const char *const[]){"(", "（", NULL}},
	{"race-time", R_QUANTITY,	/* 9秒98: a time to the hundredth, the digits after 秒 */
	 "(?:(?<pre>{PRE})\\h*)?(?<![0-9０-９.．])(?<num>[0-9０-９]{1,3})\\h*(?<unit>秒)(?<sub>[0-9０-９]{1,2})(?![0-9０-９.．])"
	 "(?:\\h*(?<post>{POST}))?", NULL, (const char *const[]){"秒", NULL}},
	{"height-m", R_QUANTITY,	/* 身長1メートル88: metres and two digits of centimetres after them, 1.88 m
					 * (not before a counter or a unit: 2メートル10本, 1メートル88センチ) */
	 "(?:(?<pre>{PRE})\\h*)?(?<![0-9０-９.．])(?<num>[0-9０-９])\\h*(?<unit>メートル)(?<sub>[0-9０-９]{2})(?![0-9０-９.．]|\\h*(?:cm|ｃｍ|[\\x{4E00}-\\x{9FFF}\\x{30A0}-\\x{30FF}]))"
	 "(?:\\h*(?<post>{POST}))?", NULL, (const char *const[]){"メートル", NULL}},
	{"wari-bu", R_QUANTITY,		/* 3割5分 = 35%, 3割1分2厘 = 31.2% (a batting average), 3割2厘 = 30.2% */
	 "(?:(?<pre>{PRE})\\h*)?(?<num>{NUM})\\h*(?<unit>割)\\h*(?:(?<sub>{DIGITS1})\\h*分(?![間け])|(?={DIGITS1}\\h*厘))"
	 "(?:\\h*(?<rin>{DIGITS1})\\h*厘)?"
	 "(?:\\h*(?<post>{POST}))?", NULL, (const char *const[]){"割", NULL}},
	{"license-class", R_NAME,	/* 大型2種免許, 普通1種: a class of driving licence, no figure */
	 "(?<![0-9０-９.．])[12１２]\\h*種(?=\\h*(?:免許|運転免許))", NULL, (const char *const[]){"種", NULL}},
	{"last-n", R_NAME,	/* 8強入り, 4強に進出: the last eight of a tournament, no figure (a bare
			 * power of two; 100強, 3割強 are a little over) */
	 "(?<![0-9０-９.．])(?:4|8|16|32|４|８|１６|３２)\\h*強(?=入|進|に|を|が|の|で|止|まで|、|。|）|\\))", NULL,
	 (const char *const[]){"強", NULL}},
	{"emergency-number", R_NAME,	/* 119番通報, 110番: a service number, no figure */
	 "(?<![0-9０-９])(?:110|119|118|171|１１０|１１９)\\h*番(?![目地])", NULL, (const char *const[]){"番", NULL}},
	{"short-dial", R_NAME,	/* #7119, ＃8000, ♯7119 (the music sharp, as printed): a short number to dial, a service's */
	 "[#＃♯][0-9０-９]{3,5}(?![0-9０-９])", NULL, (const char *const[]){"#", "＃", "♯", NULL}},
	{"address", R_NAME,	/* 千代田町2丁目, 丸の内1丁目2番3号, 5番地: an address, no figure */
	 "(?<![0-9０-９])[0-9０-９]{1,4}\\h*(?:丁目(?:\\h*[0-9０-９]{1,4}\\h*番(?:地)?(?:\\h*[0-9０-９]{1,4}\\h*号)?)?|番地(?:\\h*の?\\h*[0-9０-９]{1,4})?"
	 "|番(?=\\h*[0-9０-９]{1,4}\\h*号))(?:\\h*[0-9０-９]{1,4}\\h*号)?", NULL, (const char *const[]){"丁目", "番", NULL}},
	{"phone", R_NAME,	/* 03-3502-8111, 0120-811-610, 0570-011000: a telephone number */
	 "(?<![0-9０-９-])0(?:[0-9]{1,4}-[0-9]{1,4}-[0-9]{3,4}|(?:120|570|800)-[0-9]{6})(?![0-9])", NULL, (const char *const[]){"-", NULL}},
	{"index-base", R_NAME,	/* （2020年＝100）, （2015年度＝100）, （平年＝100）: the base of an index, no period */
	 "[（(]\\h*(?:{DIGITS4}\\h*(?:年度?)?|平年|前年|基準年)\\h*[=＝]\\h*100\\h*(?:[）)]|[、，,](?=[^）)\\n]{0,40}[）)]))", NULL, (const char *const[]){"=", "＝", NULL}},	/* （2020年＝100、生鮮食品を除く総合） */
	/* 10年物国債, 30年債, 変動10年: the name of a security, no duration */
	{"maturity", R_NAME, "(?:(?:変動|固定)\\h*{NUM}\\h*年"
	 "|(?<![0-9０-９])(?:[0-9０-９]{1,2}|[一二三五七十]{1,3})\\h*年(?:物(?!価)|債(?![務権])|国債))", NULL,
	 (const char *const[]){"年物", "年債", "年国債", "変動", "固定", NULL}},
	{"road", R_NAME, "(?:国道|県道|都道|府道|道道|市道)\\h*{DIGITS}\\h*号", NULL,
	 (const char *const[]){"道", NULL}},
	{"per", R_NAME,	/* 1人当たりの被害額, 10万人当たり, 10アールあたり, 1時間あたり: a base, no count (1時あたり: about one o'clock) */
	 "(?<![0-9０-９])(?:[1１一]\\h*(?![月年]|時(?!間))[\\x{4E00}-\\x{9FFF}ァ-ヶぁ-ゖ]{1,4}|{NUM}\\h*(?:人|台|件|日|列車|平方キロ|キロ|{PER}))\\h*(?:当たり|あたり)",
	 NULL, (const char *const[]){"当たり", "あたり", NULL}},
	{"not-one", R_NAME,	/* 1人もいなかった, 1機も飛ばせない: "not even one", no figure; 1日も早く: "as soon as possible" */
	 "(?<![0-9０-９.．])[1１一]\\h*(?:つ|回|日|円|トン|キロ|グラム|リットル|メートル|" THINGS ")\\h*も"
	 "(?=[^、。\\n]{0,15}?(?:ない|なかった|ません|ず[、。にとも]|早く|早い))",
	 NULL, (const char *const[]){"も", NULL}},
	{"per-one", R_NAME,	/* 子ども1人に月5000円: the base of the rate after it */
	 "(?<![0-9０-９])[1１一]\\h*(?:人|世帯|台|社)\\h*に(?=\\h*(?:月|年|週|毎月|毎年)\\h*(?:{PRE}\\h*)?[0-9０-９])",
	 NULL, (const char *const[]){"人に", "帯に", "台に", "社に", NULL}},
	/* 第3ターミナル; a law's article: 第36条, 憲法第九条 */
	/* 第2次所得収支, 第1次産業, 第2次世界大戦: a name's ordinal; 第63条の3: an article's branch */
	{"ordinal-name", R_NAME, "第\\h*{NUM}\\h*(?:(?=[\\x{30A1}-\\x{30FA}]|[\\x{4E00}-\\x{9FFF}]{1,4}[\\x{30A1}-\\x{30FA}]|" FACILITIES "|項|章|節|の)"
	 "|期(?!間|目)"	/* 第2期の商業施設, 第1期工事: a phase or term */
	 "|[月火水木金土日]曜(?:日)?"	/* 毎月第2日曜日: a weekday of the month, no rank */
	 /* 第19回世界剣道選手権大会, 第42回みなと秋まつり: an event's number (but 第3回は, 第2回目) */
	 "|回(?=(?![はがのをにでともやへ]|から|まで|より|など|ほど|ずつ|目)[\\x{3041}-\\x{3096}\\x{30A1}-\\x{30FA}\\x{4E00}-\\x{9FFF}])"
	 "|条(?:\\h*の\\h*{NUM})?|次\\h*(?=[\\x{4E00}-\\x{9FFF}\\x{30A1}-\\x{30FA}]|の"	/* 第3次配分, 第2次支給: a round, a name of its noun */
	 "|[^、。\\n]{0,12}?(?:計画|プラン|構想|戦略|方針|ビジョン)))", NULL,	/* 第3次県立病院改革プラン */
	 (const char *const[]){"第", NULL}},
	{"one-of", R_NAME,	/* 会員の1人は: one of the members, a speaker, no count (but 被害者の1人が重傷 counts) */
	 "(?<=の)(?:[1１一]\\h*人(?=\\h*(?:は|も|として|で(?=、|，)|、|，))|(?:一つ|1つ|１つ)(?=\\h*(?:は|も|として|で|、|，|。|に|が|を|だ|です|と|の|」)))", NULL,
	 (const char *const[]){"人", "つ", NULL}},	/* 試験会場の一つ: one of them */
	{"title", R_NAME,	/* 《星河守望者3》, 《…三年行动方案》 (but a year written in it is a date) */
	 "《(?:(?![0-9０-９]{4}\\h*年)[^《》\\n]){1,40}》", NULL, (const char *const[]){"《", NULL}},
	{"typhoon", R_NAME, "(?:台風\\h*{DIGITS}\\h*号|第\\h*{DIGITS}\\h*号台風)", NULL, (const char *const[]){"台風", NULL}},
	{"grade", R_NAME,	/* 1等米, 1等賞, 3等奖: a grade or class, no figure (3等分: thirds) */
	 "(?<![0-9０-９.．])(?<![0-9０-９][、，,])[0-9０-９]{1,2}\\h*等(?!分|份|親|身)", NULL, (const char *const[]){"等", NULL}},	/* (1、2、3等: etc.) */
	{"line", R_NAME, "{DIGITS}\\h*号", NULL, (const char *const[]){"号", NULL}},	/* のぞみ64号, 104号法廷, 3号機 */
	{"score", R_SCORE,	/* 3対2: a score or a vote */
	 "(?<![0-9０-９.．])(?<a>{DIGITS2})\\h*対\\h*(?<b>{DIGITS2})(?<game>)(?![0-9０-９.．%％])", NULL,
	 (const char *const[]){"対", NULL}},
	{"record", R_SCORE,	/* 4勝2敗, 12勝3敗1分け: a record of games, a score (no row) */
	 "(?<![0-9０-９.．])(?<a>{DIGITS3})\\h*勝\\h*(?<b>{DIGITS3})\\h*敗(?<game>)(?:\\h*[0-9０-９]{1,3}\\h*分け?)?(?![0-9０-９])", NULL,
	 (const char *const[]){"敗", NULL}},
	{"score-dash", R_SCORE,	/* 2－1で破り, 3-2の逆転勝ち, 5―2で智弁和歌山を破った, 第2セットを23―25で落とした: a score before a word of the game */
	 "(?<![0-9０-９.．/／:：\\-－])(?<a>{DIGITS2})\\h*[-－–−―—]\\h*(?<b>{DIGITS2})(?<game>)(?![0-9０-９.．%％/／:：\\-－])"
	 "(?=\\h*(?:の|で(?:[^、。，．\\s]{1,12}?[をに])?)\\h*(?:勝|敗|破|下し|降し|制し|逆転|競り勝|快勝|完封|引き分|辛勝|大勝|惜敗|完敗|圧勝|初戦|決勝|準決勝|落と|奪|取っ|失っ|失い))", NULL,
	 (const char *const[]){"-", "－", "–", "−", "―", "—", NULL}},	/* 5―2で破った: a newspaper's bar */
	{"score-down", R_SCORE,	/* 19―10で折り返した: a pair that runs downwards before で or と is a score
				 * (3-5で: upwards, a range's) */
	 "(?<![0-9０-９.．/／:：\\-－])(?<a>{DIGITS2})\\h*[-－–−―—]\\h*(?<b>{DIGITS2})(?![0-9０-９.．%％/／:：\\-－])(?=\\h*[でと])", NULL,
	 (const char *const[]){"-", "－", "–", "−", "―", "—", NULL}},
	{"as-many-as", R_NAME,	/* 1棟でも多く, 1台でも早く: as many, as soon as can be, no count */
	 "(?<![0-9０-９])[1１一]\\h*(?:[\\x{4E00}-\\x{9FFF}]{1,2}|つ)でも(?=\\h*(?:多く|早く|長く|少なく|高く|安く|減らし|増やし))", NULL,
	 (const char *const[]){"でも", NULL}},
	{"stage", R_NAME,	/* 2次試験, 1次選考, 2次補正予算, 2次被害: a stage, a name of its noun */
	 "(?<![0-9０-９第])[1-9１-９一二三四五]次(?=[\\x{4E00}-\\x{9FFF}\\x{30A1}-\\x{30FA}])", NULL,
	 (const char *const[]){"次", NULL}},
	{"school-year", R_NAME,	/* 小6, 中3, 高2: a school year, no figure */
	 "(?<=[小中高])[1-6１-６](?![0-9０-９.．])(?=[\\x{3040}-\\x{309F}\\x{4E00}-\\x{9FFF}\\x{30A1}-\\x{30FA}、。])", NULL,
	 (const char *const[]){"小", "中", "高", NULL}},
	{"jubilee", R_NAME,	/* 開館30周年, 創業50周年を迎える: an anniversary, no duration */
	 "{NUM}\\h*周年", NULL, (const char *const[]){"周年", NULL}},
	{"type-name", R_NAME,	/* 12式地対艦誘導弾, 90式戦車: a type, a name of its noun */
	 "(?<![0-9０-９])[0-9０-９]{1,3}式(?=[\\x{4E00}-\\x{9FFF}\\x{30A1}-\\x{30FA}])", NULL,
	 (const char *const[]){"式", NULL}},
	{"score", R_QUANTITY,	/* 100点満点, 平均51.6点, 約8点下がった: points of a score (a tie goes to the first rule) */
	 "(?|(?<=平均|平均点|得点|点数|スコア|[均点数][はがでも])\\h*(?:(?<pre>{PRE})\\h*)?(?<num>{NUM})\\h*点(?![0-9０-９〇一二三四五六七八九十百千万億]|[差数滅火検在])"
	 "|(?:(?<pre>{PRE})\\h*)?(?<num>{NUM})\\h*点(?![0-9０-９〇一二三四五六七八九十百千万億]|[差数滅火検在])"
	 "(?:(?<=[.．][0-9０-９]点|[.．][0-9０-９]{2}点)|(?=\\h*満点)|(?=\\h*(?:{POST})?\\h*(?:上が|下が|上回|下回|アップ|ダウン|上昇|低下|改善|悪化))"
	 "|(?=\\h*を\\h*(?:返|奪|先制|勝ち越))))"	/* 1点を返した, 2点を奪った: a game's points (追加 and 失
										 * left out: 3点を追加, 所蔵品10点を失った are items, and
										 * so, for now, 3回に2点を失った) */
	 "(?:\\h*(?<post>{POST}))?",
	 &SCORE, (const char *const[]){"点", NULL}},
	{"works", R_QUANTITY,	/* 約2万3000点, 500点以上: so many articles (but 10点233 is a decimal) */
	 "(?:(?<pre>{PRE})\\h*)?(?<num>{NUM})\\h*点(?![0-9０-９〇一二三四五六七八九十百千万億]|[差数滅火検在])(?:\\h*(?<post>{POST}))?",
	 &WORKS, (const char *const[]){"点", NULL}},
	{"minutes", R_QUANTITY,	/* 40分かけて: 分 after digits (十分 is "enough") */
	 "(?:(?<pre>{PRE})\\h*(?:(?<pre2>{PRE})\\h*)?)?(?<![0-9０-９時:：.．])(?<num>[0-9０-９]{1,4}(?:[.．][0-9０-９]{1,2})?)\\h*分(?![間野割位類析配担散岐布裂子科け]|の\\h*[0-9０-９〇一二三四五六七八九十百千])"	/* 徒歩3分の場所 (3分の1 is a fraction) */
	 "(?<half>半(?![ばぱ導数分期額減島年日月世身径端面焼壊]))?"	/* 2分半ほど: and a half */
	 "(?:\\h*(?<post>{POST}))?",
	 &MINUTE, (const char *const[]){"分", NULL}},
	{"quantity", R_QUANTITY,
	 "(?:(?<pre>{PRE})\\h*(?:{SPAN}\\h*(?=[0-9０-９一二三四五六七八九十数]+\\h*(?:{DUR})))?(?:(?<pre2>{PRE})\\h*)?)?(?<num>{NUM})(?:\\h*(?<unit>{UNIT})(?:(?<half>{HALF})(?![ばぱ導数分期額減島年日月世身径端面焼壊]))?)?(?:\\h*(?<post>{POST}))?", NULL, NULL},
	{NULL, R_QUANTITY, NULL, NULL, NULL}
};

const struct lang lang_ja = {
	.base_tail = BASE_TAIL,
	.code = "ja",
	.script = SCRIPT_KANA,
	.fiscal_start = 4,
	/* 四半期 (a quarter) holds a numeral that is none */
	/* 定数68: 数 before digits is part of a word; 両 is a numeral only in
	 * the pairs 両三日, 一両日 (a rule of their own): 車両2台, 10両編成;
	 * 枚数日本一: 数 ends a noun before 日本; a kanji digit after an
	 * arabic one starts a word (11三振), and an arabic digit after a kanji
	 * one a figure of its own (唯一300万人: 唯一 is "only") */
	.num_pattern = "(?<![0-9０-９])(?<![0-9０-９][.．,])"
		       /* (the 345 of １２，３４５, but after 热线12345，3名 a figure) */
		       "(?!(?<=[0-9０-９]，)(?<=(?<![0-9０-９.．])[0-9０-９]，|(?<![0-9０-９.．])[0-9０-９]{2}，|(?<![0-9０-９.．])[0-9０-９]{3}，)[0-9０-９]{3}(?![0-9０-９]))(?>(?:{ARABIC}|(?!四半期|数[0-9０-９]|数日本|両){NUMCHARS})"
		       "(?:(?<![〇一二三四五六七八九]){ARABIC}|(?!四半期|両|(?<=[0-9０-９])[〇一二三四五六七八九]){NUMCHARS}|\\h?{BIG})*+|{ZERO})",
	.numerals = NUMERALS,
	.units = UNITS,
	.per_things = PER_THINGS,
	.prefixes = PREFIXES,
	.suffixes = SUFFIXES,
	.periods = PERIODS,
	.fractions = FRACTIONS,
	.honorifics = HONORIFICS,
	.articles = ARTICLES,
	.pm_words = PM,
	.am_words = AM,
	.range_joiners = RANGE_JOINERS,
	.year_dashes = (const char *const[]){"-", "－", "—", "–", NULL},	/* 2020-21年 */
	.range_open = RANGE_OPEN,
	.range_close = RANGE_CLOSE,
	.range_close_of = RANGE_CLOSE_OF,
	.alternatives = ALTERNATIVES,
	.or_marks = OR_MARKS,
	.level_to = LEVEL_TO,
	.level_to_end = LEVEL_TO_END,
	.change_close = (const char *const[]){"に", "へ", "とな", "と大幅に", "と増", "と減", "と上", "と下", "と伸", "と倍", "と急", NULL},
	.time_changes = TIME_CHANGES,
	.changes_by = (const char *const[]){"引き上げ、", "引き下げ、", "引き上げて", "引き下げて", "値上げし、", "値下げし、",
					    "増額し、", "減額し、", "上乗せし、", "上げ、", "下げ、",
					    "増え、", "減り、", "上がり、", "下がり、", "増加し、", "減少し、", NULL},	/* 月額約540円増え、4100円程度に */
	.changes_to = (const char *const[]){"に", "と", "へ", NULL},
	.period_masks = (const char *const[]){"前年並", "昨年並", "前年と同じ", "昨年と同じ", "前年と同水準", "昨年と同水準", "前年同様", "昨年同様",
					    "前年度並", "昨年度並", "前年度と同じ", "昨年度と同じ", "前年度と同水準", "昨年度と同水準", "前年度同様", "昨年度同様", NULL},	/* 前年並みの150億円: this year's, as last year's */
	.context_years = (const char *const[]){"前年", "前年同期", "前年同時期", NULL},
	.sentence_years = (const char *const[]){"前年", "前年度", "前年同期", "前年同時期", "前年同月", "前年同期末", "前年同月末", NULL},	/* counted from the period before: 12月から1月…前年同期 */
	.window_nouns = (const char *const[]){"降水量", "雨量", "降雨量", "降雪量", "積雪", "平均風速", "平均濃度", "濃度", NULL},
	.change_after = (const char *const[]){"上が", "上昇", "高い", "高く", "高かった", "高値", "値上が", "増え", "増加", "下が",
					      "下落", "低下", "低い", "低く", "低かった", "安い", "安く", "安かった", "値下が", "減っ", "減少", NULL},
	.change_marks = (const char *const[]){"増", "減", "高", "安", "アップ", "ダウン", NULL},
	.change_acts = (const char *const[]){"引き上げ", "引き下げ", "値上げ", "値下げ", "増額", "減額", "上乗せ", NULL},
	.unit_after = (const char *const[]){"前後", "まで", "に", "を", "。", "だ", "から", "以上", "以下", "未満", "近く", "程度",
					  "ほど下が", "ほど上が", "ほど高", "ほど低", NULL},	/* (but 3度ほど吐いた: times) */
	.unit_not_before = (const char *const[]){"にわた", NULL},
	.okurigana = (const char *const[]){"き", "し", "り", "ち", "み", "び", "け", "え", "ぎ", "じ", "げ", "て", NULL},
	.next_day = (const char *const[]){"翌朝", "翌日", NULL},
	.next_year = (const char *const[]){"翌年", NULL},
	.year_frames = YEAR_FRAMES,
	.base_before_figure = BASE_BEFORE_FIGURE,
	.base_before_change = (const char *const[]){"から", NULL},
	.base_object = BASE_OBJECT,
	.base_verbs = BASE_VERBS,
	.quote_marks = QUOTE_MARKS,
	.base_close = BASE_CLOSE,
	/* a topic, or a verb's continuative form (引き上げ、, 実施し、, 加え、): the clause goes on */
	.topic_ends = (const char *const[]){"は", "には", "では", "も", "にも", "から", "からは", "以降", "で",	/* 4月から、…始める; 10月1日以降、順次発効する */ "げ", "け", "せ", "め", "え", "れ", "し", "り",
					    "い", "て", "み", "き", NULL},
	.same_period = (const char *const[]){"同期", "同時期", "同月", NULL},
	.present_marks = (const char *const[]){"すでに", "既に", "これまでに", NULL},
	.year_ends = (const char *const[]){"末", NULL},
	.frame_marks = (const char *const[]){"で", NULL},
	.whole_words = (const char *const[]){"全", "総", "合計", "計", NULL},
	.rate_levels = (const char *const[]){"増の", "減の", "増配の", "減配の", "高の", "安の", "アップの", "ダウンの", NULL},
	.birth_tails = (const char *const[]){"生まれ", NULL},
	.ago_ends = (const char *const[]){"年前", NULL},
	.each_words = (const char *const[]){"それぞれ", "いずれも", "ともに", NULL},
	.month_parts = (const struct month_part[]){{"上旬", 1}, {"初旬", 1}, {"初め", 1}, {"中旬", 11}, {"半ば", 11},
						  {"下旬", 21}, {"末", 21}, {NULL, 0}},
	.date_tails = (const char *const[]){"末", "上旬", "中旬", "下旬", "初旬", "初め", "半ば", "当初", "同月", "同期", "産",
					     "正午", "夕", "朝", "夜", "未明", "深夜", "早朝", "午後", "午前", NULL},	/* 昨年同月の2万4500円から; 前年産より: a crop year; 29日正午現在 */
	.same_year = (const char *const[]){"同年", "同年の", NULL},
	.since_words = SINCE,
	.since_events = (const char *const[]){"危機", "地震", "震災", "戦争", "大戦", "事件", "事故", "五輪", "万博", NULL},
	.record_after = RECORD_AFTER,
	.record_joiners = RECORD_JOINERS,
	.subject_markers = SUBJECT_MARKERS,
	.kana_nouns = KANA_NOUNS,
	.subject_joiners = SUBJECT_JOINERS,
	.particles = (const char *const[]){"は", "が", "を", "に", "で", "と", "も", "へ", "や", NULL},
	.year_of = YEAR_OF,
	.last_century = LAST_CENTURY,
	.this_century = THIS_CENTURY,
	.list_joiners = LIST_JOINERS,
	.subject_carriers = SUBJECT_CARRIERS,
	.stopwords = STOPWORDS,
	.halves = HALVES,
	.spans = SPANS,
	.loyalty_points = LOYALTY_POINTS,
	.prefix_words = PREFIX_WORDS,
	.not_claims = NOT_CLAIMS,
	.subject_max = 16,
	.subject_before = 16,
	.sentence_ends = SENTENCE_ENDS,
	.clause_breaks = CLAUSE_BREAKS,
	.statement_breaks = (const char *const[]){"；", ";", NULL},
	.base_after = BASE_AFTER,
	.relative_base_after = RELATIVE_BASE_AFTER,
	.minus_words = MINUS_WORDS,
	.numeral_neighbours = NUMERAL_NEIGHBOURS,
	.future_words = FUTURE_WORDS,
	.future_not = FUTURE_NOT,
	.future_after = (const char *const[]){"に", "から", "まで", NULL},
	.future_after_not = (const char *const[]){"に比", "に対", NULL},
	.restatements = (const char *const[]){"、率にして", "、率で", "、割合にして", NULL},
	.past_forms = (const char *const[]){"した", "った", "れた", "いた", "えた", "けた", "せた", "べた", "めた", "ねた", "きた", "んだ",
					    "てから", "でから", NULL},	/* 3月に入ってから: since */
	.past_forms_not = (const char *const[]){"い", "ら", "り", "だ", "ろ", NULL},	/* したい, したら, したり, いただく */
	.unit_names = (const char *const[]){"札", "玉", "硬貨", NULL},
	.unit_names_not = (const char *const[]){"札幌", NULL},
	.habitual = HABITUAL,
	.nonpast_ends = NONPAST_ENDS,
	.nonpast_not = NONPAST_NOT,
	.weight_or_length = (const char *const[]){"キロ", NULL},
	.nonpast_quote = NONPAST_QUOTE,
	.past_ends = (const char *const[]){"た", NULL},	/* 3月から値上げした in February: last March */
	.past_not = (const char *const[]){"発表した", "公表した", "明らかにした", "述べた", "話した", "示した",
					  "決めた", "決定した", "表明した", "伝えた", "報じた", NULL},
	.year_marked = 1,
	.eras = ERAS,
	.era_first = ERA_FIRST,
	.rules = RULES,
};
