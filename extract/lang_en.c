/* extract/lang_en.c - English. */
#include <stddef.h>
#include "lang.h"

static const struct numeral NUMERALS[] = {
	{"zero", N_WORD, 0, 0}, {"nil", N_WORD, 0, 0}, {"once", N_WORD, 1, 0}, {"twice", N_WORD, 2, 0},
	{"one", N_DIGIT, 1, 0}, {"two", N_DIGIT, 2, 0}, {"three", N_DIGIT, 3, 0},
	{"four", N_DIGIT, 4, 0}, {"five", N_DIGIT, 5, 0}, {"six", N_DIGIT, 6, 0},
	{"seven", N_DIGIT, 7, 0}, {"eight", N_DIGIT, 8, 0}, {"nine", N_DIGIT, 9, 0},
	{"ten", N_TENS, 10, 0}, {"eleven", N_TENS, 11, 0}, {"twelve", N_TENS, 12, 0},
	{"thirteen", N_TENS, 13, 0}, {"fourteen", N_TENS, 14, 0},
	{"fifteen", N_TENS, 15, 0}, {"sixteen", N_TENS, 16, 0},
	{"seventeen", N_TENS, 17, 0}, {"eighteen", N_TENS, 18, 0},
	{"nineteen", N_TENS, 19, 0},
	{"twenty", N_TENS, 20, 0}, {"thirty", N_TENS, 30, 0}, {"forty", N_TENS, 40, 0},
	{"fifty", N_TENS, 50, 0}, {"sixty", N_TENS, 60, 0}, {"seventy", N_TENS, 70, 0},
	{"eighty", N_TENS, 80, 0}, {"ninety", N_TENS, 90, 0},
	{"hundred", N_PLACE, 100, 0}, {"a hundred", N_PLACE, 100, 0},
	{"dozen", N_PLACE, 12, 0}, {"a dozen", N_TENS, 12, 0},	/* a dozen eggs: twelve */
	{"thousand", N_BIG, 1e3, 0}, {"a thousand", N_PLACE, 1e3, 0},
	{"million", N_BIG, 1e6, 0}, {"a million", N_PLACE, 1e6, 0},
	{"billion", N_BIG, 1e9, 0}, {"a billion", N_PLACE, 1e9, 0},
	{"trillion", N_BIG, 1e12, 0}, {"mln", N_BIG, 1e6, 0}, {"mn", N_BIG, 1e6, 0},
	{"lakh crore", N_BIG, 1e12, 0}, {"lakh crores", N_BIG, 1e12, 0},	/* Rs 1.71 lakh crore */
	{"lakh", N_BIG, 1e5, 0}, {"lakhs", N_BIG, 1e5, 0}, {"crore", N_BIG, 1e7, 0},
	{"crores", N_BIG, 1e7, 0}, {"bln", N_BIG, 1e9, 0}, {"bn", N_BIG, 1e9, 1}, {"tn", N_BIG, 1e12, 1},
	{"k", N_BIG, 1e3, 1}, {"m", N_BIG, 1e6, 1},
	{"dozens", N_PLACES, 12, 0}, {"hundreds", N_PLACES, 100, 0},
	{"thousands", N_PLACES, 1e3, 0}, {"millions", N_PLACES, 1e6, 0},
	{"billions", N_PLACES, 1e9, 0}, {"tens of thousands", N_PLACES, 1e4, 0},
	{"hundreds of thousands", N_PLACES, 1e5, 0}, {"tens of millions", N_PLACES, 1e7, 0},
	{"hundreds of millions", N_PLACES, 1e8, 0}, {"tens of billions", N_PLACES, 1e10, 0},
	{"hundreds of billions", N_PLACES, 1e11, 0},
	{"several", N_SEVERAL, 0, 0},
	{"half a million", N_WORD, 5e5, 0}, {"half a billion", N_WORD, 5e8, 0},
	{"half a trillion", N_WORD, 5e11, 0}, {"a quarter of a million", N_WORD, 2.5e5, 0},
	{"half a", N_WORD, 0.5, 0}, {"half an", N_WORD, 0.5, 0}, {"half a dozen", N_WORD, 6, 0},
	{"a quarter-million", N_WORD, 2.5e5, 0}, {"a quarter of a billion", N_WORD, 2.5e8, 0},
	{NULL, N_DIGIT, 0, 0}
};

static const struct unit UNITS[] = {
	{"%", "percent", K_PERCENT, 1}, {"percent", "percent", K_PERCENT, 1},
	{"per cent", "percent", K_PERCENT, 1}, {"pct", "percent", K_PERCENT, 1},
	{"percentage points", "point", K_PERCENT, 1}, {"basis points", "point", K_PERCENT, 0.01},
	{"basis point", "point", K_PERCENT, 0.01}, {"bps", "point", K_PERCENT, 0.01},
	{"points", "point", K_PERCENT, 1}, {"point", "point", K_PERCENT, 1},	/* as ポイント */
	{"-basis-point", "point", K_PERCENT, 0.01}, {"-percentage-point", "point", K_PERCENT, 1},
	{"percentage point", "point", K_PERCENT, 1},
	{"dollars", "USD", K_MONEY, 1}, {"dollar", "USD", K_MONEY, 1},
	{"dlrs", "USD", K_MONEY, 1}, {"cents", "USD", K_MONEY, 0.01},
	{"euro cents", "EUR", K_MONEY, 0.01}, {"pence", "GBP", K_MONEY, 0.01}, {"euro cent", "EUR", K_MONEY, 0.01}, {"-cent", "USD", K_MONEY, 0.01},
	{"cent", "USD", K_MONEY, 0.01}, {"US dollars", "USD", K_MONEY, 1},
	{"Australian dollars", "AUD", K_MONEY, 1}, {"Australian dollar", "AUD", K_MONEY, 1},
	{"Canadian dollars", "CAD", K_MONEY, 1}, {"Hong Kong dollars", "HKD", K_MONEY, 1},
	{"Singapore dollars", "SGD", K_MONEY, 1}, {"New Zealand dollars", "NZD", K_MONEY, 1},
	{"Swiss francs", "CHF", K_MONEY, 1}, {"francs", "CHF", K_MONEY, 1}, {"roubles", "RUB", K_MONEY, 1},
	{"rubles", "RUB", K_MONEY, 1}, {"baht", "THB", K_MONEY, 1}, {"reais", "BRL", K_MONEY, 1},
	{"Swedish crowns", "SEK", K_MONEY, 1}, {"kronor", "SEK", K_MONEY, 1},
	{"Norwegian crowns", "NOK", K_MONEY, 1}, {"Danish crowns", "DKK", K_MONEY, 1},
	{"crowns", "SEK", K_MONEY, 1},
	{"lira", "TRY", K_MONEY, 1}, {"rand", "ZAR", K_MONEY, 1}, {"ringgit", "MYR", K_MONEY, 1},
	{"rupiah", "IDR", K_MONEY, 1}, {"dirhams", "AED", K_MONEY, 1}, {"riyals", "SAR", K_MONEY, 1},
	{"zlotys", "PLN", K_MONEY, 1}, {"Mexican pesos", "MXN", K_MONEY, 1},
	{"Philippine pesos", "PHP", K_MONEY, 1}, {"Argentine pesos", "ARS", K_MONEY, 1},
	{"Chilean pesos", "CLP", K_MONEY, 1}, {"Colombian pesos", "COP", K_MONEY, 1},
	{"pesos", "MXN", K_MONEY, 1}, {"peso", "MXN", K_MONEY, 1},
	{"USD", "USD", K_MONEY, 1}, {"yen", "JPY", K_MONEY, 1},
	{"euros", "EUR", K_MONEY, 1}, {"euro", "EUR", K_MONEY, 1},
	{"pounds", "GBP", K_MONEY, 1}, {"yuan", "CNY", K_MONEY, 1},
	{"renminbi", "CNY", K_MONEY, 1}, {"RMB", "CNY", K_MONEY, 1},
	{"rupees", "INR", K_MONEY, 1}, {"won", "KRW", K_MONEY, 1},
	{"Indian rupees", "INR", K_MONEY, 1}, {"rupee", "INR", K_MONEY, 1}, {"Japanese yen", "JPY", K_MONEY, 1},
	{"Chinese yuan", "CNY", K_MONEY, 1}, {"South Korean won", "KRW", K_MONEY, 1}, {"Thai baht", "THB", K_MONEY, 1},
	{"Malaysian ringgit", "MYR", K_MONEY, 1}, {"Indonesian rupiah", "IDR", K_MONEY, 1},
	{"Mexican pesos", "MXN", K_MONEY, 1}, {"Philippine pesos", "PHP", K_MONEY, 1},
	{"Taiwan dollars", "TWD", K_MONEY, 1}, {"New Taiwan dollars", "TWD", K_MONEY, 1},
	{"people", "person", K_COUNT, 1}, {"persons", "person", K_COUNT, 1}, {"households", "household", K_COUNT, 1},
	{"families", "household", K_COUNT, 1},	/* 300 families were evacuated */
	{"person", "person", K_COUNT, 1}, {"attendees", "person", K_COUNT, 1},
	{"participants", "person", K_COUNT, 1}, {"employees", "person", K_COUNT, 1},
	{"workers", "person", K_COUNT, 1}, {"tech workers", "person", K_COUNT, 1},
	{"engineers", "person", K_COUNT, 1}, {"researchers", "person", K_COUNT, 1},
	{"investors", "person", K_COUNT, 1}, {"students", "person", K_COUNT, 1},
	{"staff", "person", K_COUNT, 1}, {"personnel", "person", K_COUNT, 1}, {"users", "person", K_COUNT, 1},
	{"crew members", "person", K_COUNT, 1}, {"crew", "person", K_COUNT, 1},
	{"jobs", "person", K_COUNT, 1}, {"tech jobs", "person", K_COUNT, 1},
	{"companies", "company", K_COUNT, 1}, {"company", "company", K_COUNT, 1},
	{"firms", "company", K_COUNT, 1}, {"startups", "company", K_COUNT, 1},
	{"start-ups", "company", K_COUNT, 1}, {"businesses", "company", K_COUNT, 1},
	{"unicorns", "company", K_COUNT, 1},
	{"seats", "seat", K_COUNT, 1}, {"-seat", "seat", K_COUNT, 1}, {"-bed", "item", K_COUNT, 1}, {"-person", "person", K_COUNT, 1}, {"-member", "person", K_COUNT, 1}, {"-room", "item", K_COUNT, 1}, {"-stall", "item", K_COUNT, 1}, {"-unit", "item", K_COUNT, 1}, {"-cow", "item", K_COUNT, 1}, {"-head", "item", K_COUNT, 1}, {"-storey", "item", K_COUNT, 1}, {"-story", "item", K_COUNT, 1}, {"votes", "vote", K_COUNT, 1},
	{"models", "item", K_COUNT, 1}, {"products", "item", K_COUNT, 1},
	{"chips", "item", K_COUNT, 1}, {"items", "item", K_COUNT, 1},
	{"figures", "item", K_COUNT, 1}, {"numbers", "item", K_COUNT, 1},
	{"°C", "degC", K_TEMPERATURE, 1}, {"°F", "degF", K_TEMPERATURE, 1}, {"℃", "degC", K_TEMPERATURE, 1},
	{"degrees Celsius", "degC", K_TEMPERATURE, 1}, {"degrees Fahrenheit", "degF", K_TEMPERATURE, 1},
	{"degrees C", "degC", K_TEMPERATURE, 1}, {"degrees F", "degF", K_TEMPERATURE, 1},
	{"degree Celsius", "degC", K_TEMPERATURE, 1}, {"degree Fahrenheit", "degF", K_TEMPERATURE, 1},	/* about 1 degree Fahrenheit */
	{"kilowatt-hours", "kWh", K_MEASURE, 1}, {"kWh", "kWh", K_MEASURE, 1},
	{"kilowatt hours", "kWh", K_MEASURE, 1}, {"kilowatt hour", "kWh", K_MEASURE, 1}, {"kilowatt-hour", "kWh", K_MEASURE, 1},
	{"megawatt hour", "MWh", K_MEASURE, 1}, {"megawatt-hour", "MWh", K_MEASURE, 1},
	{"megawatts", "MW", K_MEASURE, 1}, {"megawatt", "MW", K_MEASURE, 1},
	{"gigawatt", "GW", K_MEASURE, 1}, {"kilowatt", "kW", K_MEASURE, 1}, {"MW", "MW", K_MEASURE, 1}, {"gigawatts", "GW", K_MEASURE, 1},
	{"GW", "GW", K_MEASURE, 1}, {"tonnes", "t", K_MEASURE, 1}, {"tons", "t", K_MEASURE, 1},
	{"metric tons", "t", K_MEASURE, 1}, {"kilograms", "kg", K_MEASURE, 1}, {"kg", "kg", K_MEASURE, 1},
	{"hectares", "ha", K_MEASURE, 1}, {"acres", "acre", K_MEASURE, 1}, {"-acre", "acre", K_MEASURE, 1},
	{"-hectare", "ha", K_MEASURE, 1}, {"kilogram", "kg", K_MEASURE, 1}, {"tonne", "t", K_MEASURE, 1},
	{"ton", "t", K_MEASURE, 1}, {"metric ton", "t", K_MEASURE, 1}, {"hectare", "ha", K_MEASURE, 1},
	{"acre", "acre", K_MEASURE, 1}, {"square foot", "sqft", K_MEASURE, 1},
	{"square metre", "m2", K_MEASURE, 1}, {"square meter", "m2", K_MEASURE, 1},
	{"square kilometre", "km2", K_MEASURE, 1}, {"square kilometer", "km2", K_MEASURE, 1},
	{"square feet", "sqft", K_MEASURE, 1}, {"square meters", "m2", K_MEASURE, 1},
	{"square metres", "m2", K_MEASURE, 1}, {"square kilometres", "km2", K_MEASURE, 1},
	{"square kilometers", "km2", K_MEASURE, 1}, {"sq km", "km2", K_MEASURE, 1},
	{"sq ft", "sqft", K_MEASURE, 1}, {"sq. ft.", "sqft", K_MEASURE, 1}, {"sq m", "m2", K_MEASURE, 1},
	{"-square-foot", "sqft", K_MEASURE, 1}, {"-square-metre", "m2", K_MEASURE, 1},
	{"-square-meter", "m2", K_MEASURE, 1},
	{"square miles", "sqmi", K_MEASURE, 1}, {"cubic metres", "m3", K_MEASURE, 1},
	{"cubic meters", "m3", K_MEASURE, 1}, {"cubic yards", "yd3", K_MEASURE, 1}, {"cubic feet", "ft3", K_MEASURE, 1}, {"cubic foot", "ft3", K_MEASURE, 1}, {"cubic yard", "yd3", K_MEASURE, 1},
	{"square yards", "sqyd", K_MEASURE, 1}, {"square yard", "sqyd", K_MEASURE, 1},
	{"grams", "g", K_MEASURE, 1}, {"gram", "g", K_MEASURE, 1}, {"milligrams", "mg", K_MEASURE, 1}, {"micrograms", "ug", K_MEASURE, 1},
	{"mg", "mg", K_MEASURE, 1}, {"lbs", "lb", K_MEASURE, 1}, {"lb", "lb", K_MEASURE, 1},
	{"ounces", "ounce", K_MEASURE, 1}, {"oz", "ounce", K_MEASURE, 1},
	{"litres", "L", K_MEASURE, 1}, {"liters", "L", K_MEASURE, 1}, {"litre", "L", K_MEASURE, 1},
	{"liter", "L", K_MEASURE, 1}, {"millilitres", "mL", K_MEASURE, 1},
	{"milliliters", "mL", K_MEASURE, 1}, {"milliliter", "mL", K_MEASURE, 1}, {"millilitre", "mL", K_MEASURE, 1},
	{"ml", "mL", K_MEASURE, 1}, {"milligram", "mg", K_MEASURE, 1}, {"microgram", "ug", K_MEASURE, 1},
	{"gallons", "gal", K_MEASURE, 1}, {"gallon", "gal", K_MEASURE, 1}, {"barrels", "barrel", K_MEASURE, 1},
	{"bushels", "bu", K_MEASURE, 1}, {"bushel", "bu", K_MEASURE, 1},
	{"acre-feet", "acre-ft", K_MEASURE, 1}, {"acre-foot", "acre-ft", K_MEASURE, 1},	/* a volume of water */
	{"gross tons", "GT", K_MEASURE, 1}, {"gross tonnes", "GT", K_MEASURE, 1},
	{"head of cattle", "item", K_COUNT, 1}, {"head of livestock", "item", K_COUNT, 1}, {"head", "item", K_COUNT, 1},
	/* a 2.5 million-pound round, a 40-million-pound contract: money, not weight */
	{"million-pound", "GBP", K_MONEY, 1e6}, {"-million-pound", "GBP", K_MONEY, 1e6},
	{"billion-pound", "GBP", K_MONEY, 1e9}, {"-billion-pound", "GBP", K_MONEY, 1e9},
	/* the 4.2 million pound cost, a 2 million dollar deal: the same without the hyphen */
	{"million pound", "GBP", K_MONEY, 1e6}, {"billion pound", "GBP", K_MONEY, 1e9},
	{"million-dollar", "USD", K_MONEY, 1e6}, {"-million-dollar", "USD", K_MONEY, 1e6},
	{"billion-dollar", "USD", K_MONEY, 1e9}, {"-billion-dollar", "USD", K_MONEY, 1e9},
	{"million-euro", "EUR", K_MONEY, 1e6}, {"-million-euro", "EUR", K_MONEY, 1e6},
	{"billion-euro", "EUR", K_MONEY, 1e9}, {"-billion-euro", "EUR", K_MONEY, 1e9},
	{"million dollar", "USD", K_MONEY, 1e6}, {"billion dollar", "USD", K_MONEY, 1e9},
	{"million euro", "EUR", K_MONEY, 1e6}, {"billion euro", "EUR", K_MONEY, 1e9},
	/* a 35 mln euro plant, a 2 bln dollar bond: the agencies' short forms */
	{"mln dollar", "USD", K_MONEY, 1e6}, {"bln dollar", "USD", K_MONEY, 1e9},
	{"mln euro", "EUR", K_MONEY, 1e6}, {"bln euro", "EUR", K_MONEY, 1e9},
	{"mln pound", "GBP", K_MONEY, 1e6}, {"bln pound", "GBP", K_MONEY, 1e9},
	{"-pound", "lb", K_MEASURE, 1}, {"-ounce", "ounce", K_MEASURE, 1}, {"-gallon", "gal", K_MEASURE, 1}, {"-barrel", "barrel", K_MEASURE, 1}, {"-bushel", "bu", K_MEASURE, 1},
	{"-gram", "g", K_MEASURE, 1}, {"-kilogram", "kg", K_MEASURE, 1}, {"-kilo", "kg", K_MEASURE, 1},
	{"-tonne", "t", K_MEASURE, 1}, {"-ton", "t", K_MEASURE, 1}, {"-litre", "L", K_MEASURE, 1},
	{"-euro", "EUR", K_MONEY, 1}, {"-dollar", "USD", K_MONEY, 1}, {"-yen", "JPY", K_MONEY, 1},
	{"-yuan", "CNY", K_MONEY, 1},
	{"-liter", "L", K_MEASURE, 1}, {"-kg", "kg", K_MEASURE, 1}, {"-ml", "mL", K_MEASURE, 1},
	{"-lb", "lb", K_MEASURE, 1}, {"-milliliter", "mL", K_MEASURE, 1}, {"-millilitre", "mL", K_MEASURE, 1},
	{"-milligram", "mg", K_MEASURE, 1}, {"-kilowatt", "kW", K_MEASURE, 1}, {"-megawatt", "MW", K_MEASURE, 1},
	{"-gigawatt", "GW", K_MEASURE, 1}, {"-kilowatt-hour", "kWh", K_MEASURE, 1}, {"-megawatt-hour", "MWh", K_MEASURE, 1},
	{"bpd", "barrel/day", K_RATE, 1}, {"barrels per day", "barrel/day", K_RATE, 1},
	{"mph", "mph", K_MEASURE, 1}, {"miles per hour", "mph", K_MEASURE, 1}, {"knots", "kn", K_MEASURE, 1}, {"knot", "kn", K_MEASURE, 1},
	{"km/h", "km/h", K_MEASURE, 1}, {"kph", "km/h", K_MEASURE, 1},
	{"hPa", "hPa", K_MEASURE, 1}, {"hectopascals", "hPa", K_MEASURE, 1},	/* air pressure: a millibar is a hectopascal */
	{"millibars", "hPa", K_MEASURE, 1}, {"millibar", "hPa", K_MEASURE, 1},
	{"ppm", "ppm", K_MEASURE, 1}, {"parts per million", "ppm", K_MEASURE, 1},	/* a concentration: 420 ppm of CO2 */
	{"ppb", "ppb", K_MEASURE, 1}, {"parts per billion", "ppb", K_MEASURE, 1},
	{"kilowatts", "kW", K_MEASURE, 1}, {"kW", "kW", K_MEASURE, 1},
	{"megawatt-hours", "MWh", K_MEASURE, 1}, {"MWh", "MWh", K_MEASURE, 1}, {"megawatt hours", "MWh", K_MEASURE, 1},
	{"terawatt hours", "TWh", K_MEASURE, 1}, {"terawatt-hours", "TWh", K_MEASURE, 1}, {"TWh", "TWh", K_MEASURE, 1},
	{"gigawatt hours", "GWh", K_MEASURE, 1},
	{"gigawatt-hours", "GWh", K_MEASURE, 1}, {"GWh", "GWh", K_MEASURE, 1},
	{"terawatt-hours", "TWh", K_MEASURE, 1}, {"TWh", "TWh", K_MEASURE, 1},
	{"nautical miles", "nmi", K_DISTANCE, 1}, {"nautical mile", "nmi", K_DISTANCE, 1}, {"-nautical-mile", "nmi", K_DISTANCE, 1},
	{"miles", "mile", K_DISTANCE, 1}, {"mile", "mile", K_DISTANCE, 1},
	{"-kilometer", "km", K_DISTANCE, 1}, {"-kilometre", "km", K_DISTANCE, 1}, {"-meter", "m", K_DISTANCE, 1}, {"-metre", "m", K_DISTANCE, 1},
	{"-km", "km", K_DISTANCE, 1}, {"-cm", "cm", K_DISTANCE, 1}, {"-mm", "mm", K_DISTANCE, 1},
	{"-mile", "mile", K_DISTANCE, 1}, {"-foot", "ft", K_DISTANCE, 1}, {"-inch", "in", K_DISTANCE, 1}, {"-yard", "yd", K_DISTANCE, 1},
	{"km", "km", K_DISTANCE, 1}, {"kilometres", "km", K_DISTANCE, 1},
	{"cm", "cm", K_DISTANCE, 1}, {"centimetres", "cm", K_DISTANCE, 1},
	{"centimeters", "cm", K_DISTANCE, 1}, {"mm", "mm", K_DISTANCE, 1},
	{"millimetres", "mm", K_DISTANCE, 1}, {"millimeters", "mm", K_DISTANCE, 1},
	{"nanometers", "nm", K_DISTANCE, 1}, {"nanometres", "nm", K_DISTANCE, 1}, {"-nanometer", "nm", K_DISTANCE, 1}, {"-nanometre", "nm", K_DISTANCE, 1}, {"nm", "nm", K_DISTANCE, 1},
	{"kilometers", "km", K_DISTANCE, 1}, {"metres", "m", K_DISTANCE, 1},
	{"meters", "m", K_DISTANCE, 1}, {"metre", "m", K_DISTANCE, 1}, {"meter", "m", K_DISTANCE, 1},
	{"lane miles", "mile", K_DISTANCE, 1}, {"lane mile", "mile", K_DISTANCE, 1},	/* 1,140 lane miles */
	{"hundredweight", "cwt", K_MEASURE, 1},	/* 190 million hundredweight of milk */
	{"kilometre", "km", K_DISTANCE, 1}, {"kilometer", "km", K_DISTANCE, 1}, {"feet", "ft", K_DISTANCE, 1},
	{"foot", "ft", K_DISTANCE, 1}, {"inches", "in", K_DISTANCE, 1}, {"inch", "in", K_DISTANCE, 1},
	{"yards", "yd", K_DISTANCE, 1}, {"yard", "yd", K_DISTANCE, 1},	/* 4,210 passing yards, a 58-yard kick */
	{"years", "year", K_DURATION, 1}, {"year", "year", K_DURATION, 1},
	{"months", "month", K_DURATION, 1}, {"month", "month", K_DURATION, 1},
	{"quarters", "quarter", K_DURATION, 1},
	{"weeks", "week", K_DURATION, 1}, {"week", "week", K_DURATION, 1},
	{"days", "day", K_DURATION, 1}, {"day", "day", K_DURATION, 1},
	{"working days", "day", K_DURATION, 1}, {"business days", "day", K_DURATION, 1},
	{"trading days", "day", K_DURATION, 1}, {"calendar days", "day", K_DURATION, 1},
	{"hours", "hour", K_DURATION, 1}, {"hour", "hour", K_DURATION, 1},
	{"minutes", "minute", K_DURATION, 1}, {"minute", "minute", K_DURATION, 1},
	{"seconds", "second", K_DURATION, 1}, {"second", "second", K_DURATION, 1},
	{"-hour", "hour", K_DURATION, 1},
	{"-minute", "minute", K_DURATION, 1}, {"-day", "day", K_DURATION, 1},
	{"-week", "week", K_DURATION, 1}, {"-month", "month", K_DURATION, 1},
	{"-year", "year", K_DURATION, 1},
	{"decades", "year", K_DURATION, 10}, {"decade", "year", K_DURATION, 10},
	{"-decade", "year", K_DURATION, 10}, {"centuries", "year", K_DURATION, 100},
	{"century", "year", K_DURATION, 100}, {"-century", "year", K_DURATION, 100},
	{"years old", "year", K_AGE, 1}, {"-year-old", "year", K_AGE, 1}, {"-year-olds", "year", K_AGE, 1}, {"-month-old", "month", K_AGE, 1}, {"-week-old", "week", K_AGE, 1}, {"-day-old", "day", K_AGE, 1},
	{"times", "times", K_RATIO, 1}, {"-fold", "times", K_RATIO, 1},
	{NULL, NULL, K_NUMBER, 0}
};

static const struct unit CURRENCY[] = {
	{"US$", "USD", K_MONEY, 1}, {"$", "USD", K_MONEY, 1}, {"€", "EUR", K_MONEY, 1},
	{"£", "GBP", K_MONEY, 1}, {"¥", "JPY", K_MONEY, 1}, {"HK$", "HKD", K_MONEY, 1},
	{"Rs", "INR", K_MONEY, 1}, {"Rs.", "INR", K_MONEY, 1}, {"₹", "INR", K_MONEY, 1}, {"RMB", "CNY", K_MONEY, 1},
	{"A$", "AUD", K_MONEY, 1}, {"AU$", "AUD", K_MONEY, 1}, {"C$", "CAD", K_MONEY, 1},
	{"CA$", "CAD", K_MONEY, 1}, {"NZ$", "NZD", K_MONEY, 1}, {"S$", "SGD", K_MONEY, 1},
	{"NT$", "TWD", K_MONEY, 1}, {"R$", "BRL", K_MONEY, 1},
	{NULL, NULL, K_NUMBER, 0}
};

/* What an amount is per: $7.14 a share, $80 a barrel */
static const struct unit PER_THINGS[] = {
	{"share", "share", K_COUNT, 1}, {"barrel", "barrel", K_COUNT, 1},
	{"quarter", "quarter", K_DURATION, 1},	/* 17 million gallons a quarter (a quarter alone is a fraction) */
	{"ounce", "ounce", K_COUNT, 1}, {"ton", "t", K_COUNT, 1}, {"tonne", "t", K_COUNT, 1}, {"metric ton", "t", K_COUNT, 1}, {"metric tonne", "t", K_COUNT, 1},
	{"person", "person", K_COUNT, 1}, {"head", "person", K_COUNT, 1},
	{"capita", "person", K_COUNT, 1}, {"residents", "person", K_COUNT, 1},
	{"people", "person", K_COUNT, 1}, {"inhabitants", "person", K_COUNT, 1},
	{"gallon", "gal", K_COUNT, 1}, {"litre", "L", K_COUNT, 1}, {"liter", "L", K_COUNT, 1},
	{"pound", "lb", K_COUNT, 1}, {"kilogram", "kg", K_COUNT, 1}, {"kg", "kg", K_COUNT, 1},
	{"megawatt-hour", "MWh", K_COUNT, 1}, {"megawatt hour", "MWh", K_COUNT, 1},
	{"kilowatt-hour", "kWh", K_COUNT, 1}, {"kilowatt hour", "kWh", K_COUNT, 1}, {"MWh", "MWh", K_COUNT, 1}, {"kWh", "kWh", K_COUNT, 1},
	{"mile", "mile", K_COUNT, 1}, {"lane mile", "mile", K_COUNT, 1}, {"kilometre", "km", K_COUNT, 1}, {"kilometer", "km", K_COUNT, 1}, {"km", "km", K_COUNT, 1},
	{"night", "night", K_COUNT, 1},	/* $200 a night */
	{"game", "item", K_COUNT, 1},	/* 5,630 fans a game: per game, as 1試合平均 and 场均 */
	{"pint", "pint", K_COUNT, 1}, {"quart", "quart", K_COUNT, 1}, {"dozen", "dozen", K_COUNT, 1},	/* $6 a pint, $7 a dozen */
	{"semester", "semester", K_COUNT, 1}, {"season", "season", K_COUNT, 1}, {"shift", "shift", K_COUNT, 1},
	{"winter", "season", K_COUNT, 1}, {"summer", "season", K_COUNT, 1},	/* three times a winter */
	{"spring", "season", K_COUNT, 1}, {"fall", "season", K_COUNT, 1}, {"autumn", "season", K_COUNT, 1},	/* 7,000 workers each fall */
	{"hundredweight", "cwt", K_COUNT, 1},	/* $7,450 per semester, $19.20 per hundredweight */
	{"metre", "m", K_COUNT, 1}, {"meter", "m", K_COUNT, 1}, {"linear foot", "ft", K_COUNT, 1}, {"foot", "ft", K_COUNT, 1},
	{"square metre", "m2", K_COUNT, 1}, {"square meter", "m2", K_COUNT, 1}, {"yard", "yd", K_COUNT, 1},
	{"square foot", "sqft", K_COUNT, 1}, {"acre", "acre", K_COUNT, 1}, {"bushel", "bu", K_COUNT, 1}, {"hectare", "ha", K_COUNT, 1},
	{"resident", "person", K_COUNT, 1}, {"adult", "person", K_COUNT, 1}, {"student", "person", K_COUNT, 1},
	{"employee", "person", K_COUNT, 1}, {"worker", "person", K_COUNT, 1}, {"patient", "person", K_COUNT, 1},
	{"child", "person", K_COUNT, 1}, {"visitor", "person", K_COUNT, 1}, {"household", "household", K_COUNT, 1},
	{"family", "household", K_COUNT, 1}, {"families", "household", K_COUNT, 1},	/* $2,500 per family */
	{"workers", "person", K_COUNT, 1}, {"adults", "person", K_COUNT, 1}, {"children", "person", K_COUNT, 1},
	{"students", "person", K_COUNT, 1}, {"employees", "person", K_COUNT, 1}, {"households", "household", K_COUNT, 1},
	{"patients", "person", K_COUNT, 1}, {"visitors", "person", K_COUNT, 1},
	{"customer", "person", K_COUNT, 1}, {"passenger", "person", K_COUNT, 1}, {"member", "person", K_COUNT, 1},
	{"participant", "person", K_COUNT, 1}, {"guest", "person", K_COUNT, 1}, {"user", "person", K_COUNT, 1},
	{"gallons", "gal", K_COUNT, 1}, {"pounds", "lb", K_COUNT, 1}, {"tons", "t", K_COUNT, 1},	/* $6.89 per 1,000 gallons */
	{"barrels", "barrel", K_COUNT, 1}, {"cubic feet", "ft3", K_COUNT, 1}, {"cubic foot", "ft3", K_COUNT, 1},
	{"cubic meter", "m3", K_COUNT, 1}, {"cubic metre", "m3", K_COUNT, 1},	/* 182 micrograms per cubic meter */
	{"annually", "year", K_DURATION, 1}, {"yearly", "year", K_DURATION, 1}, {"monthly", "month", K_DURATION, 1},
	{"weekly", "week", K_DURATION, 1}, {"daily", "day", K_DURATION, 1}, {"hourly", "hour", K_DURATION, 1},
	{NULL, NULL, K_NUMBER, 0}
};

static const struct unit OCCURRENCE = {"times", "occurrence", K_COUNT, 1};
static const struct unit RATIO_TO_ONE = {"to 1", "times", K_RATIO, 1};	/* 18 to 1 */

/* After "three times" or "twice": not a word that makes it a multiple
 * (as, the, that, more, a comparative in -er, last year's) nor "a year"
 * (a rate). */
/* the end of a phrase after a thing or "each": $25 a bag, $400,000 each */
#define PHRASE_END "(?=\\h*[,.;:)]|\\h*$|\\h+(?:for|in|at|and|or|to|from|with|on|this|last|next|up|down|before|after|compared|while|but|under)\\b)"
/* A word that describes the thing of a rate, the thing ending its phrase
 * after it: $38 per half-bushel box, $38 per wooden box (a hyphened word or
 * one of an adjective's endings: not $36 per license sold) */
/* what follows "a" or "an" after an amount and is no thing of it ($25 a
 * year, 85 cents a lot): the rates of the tables and a few words */
/* $9 million annually, 3,400 vehicles daily: an adverb of a span ends a rate */
#define ADVERB_RATE "annually|yearly|monthly|weekly|daily|hourly"
#define ADVERB_END "(?:" PHRASE_END "|(?=\\h+(?:over|since|through|until|during|by|as|between|within)\\b))"	/* not 10 million daily users */
#define NO_THING "(?:{PER}|{DUR}|{UNIT}|lot|bit|total|record|year|month|week|day|piece)\\b"
#define THING_MOD "(?:(?-i:(?:[a-z]+-)+[a-z]+|[0-9]+(?:\\.[0-9]+)?-[a-z]+|[a-z]{2,}(?:en|ed|al|ic|ous|ful|ive|ary|ble|ing|ish|ern))\\h+(?=(?-i:[a-z]{3,})\\b(?<![^s]s)" PHRASE_END "))?"
#define TIMES_COUNTED "\\b(?![-\\h]+(?:as|the|that|those|its|their|his|her|our|my|your|what|than" \
	"|more|less|fewer|over(?!\\h+(?:the|this|last|that)\\h+(?:year|summer|winter|season|month|week|weekend|period|decade|holidays?)\\b)" \
	"|a|an|per|each|every|increase|rise|jump|gain|growth" \
	"|earnings|sales|revenues?|profits?|ebitda|income|turnover|book|forward|trailing|salary|wages?|rent|gdp" \
	"|[a-z]+er(?<!after|under|ever|never|earlier|later" \
	"|other|either|neither|number|together|whether|quarter|summer|winter|october|november|december|over" \
	"|september))\\b|(?:\\h+[a-z]+){1,3}['’]s\\b)"
static const struct unit THINGS = {"", "item", K_COUNT, 1};
static const struct unit POUND_WEIGHT = {"pounds", "lb", K_MEASURE, 1};
static const struct unit MAGNITUDE = {"magnitude", "magnitude", K_MEASURE, 1};
static const struct unit CELSIUS = {"C", "degC", K_TEMPERATURE, 1};	/* 41C (106F) */
static const struct unit PENCE = {"p", "GBP", K_MONEY, 0.01};	/* 25p */
static const struct unit METRE = {"m", "m", K_DISTANCE, 1};	/* 4m by 3m */
static const struct unit FAHRENHEIT = {"F", "degF", K_TEMPERATURE, 1};
static const struct unit DEGREES = {"degrees", "degree", K_TEMPERATURE, 1};	/* temperatures near 101 degrees: no scale stated */
static const struct unit ANGLE = {"degrees", "deg", K_MEASURE, 1};	/* a slope of 30 degrees */
static const struct unit POINT = {"point", "point", K_PERCENT, 1};
static const struct unit RACE_HOURS = {"", "hour", K_DURATION, 1};	/* 2:21:40 */
static const struct unit RACE_MINUTES = {"", "minute", K_DURATION, 1};	/* 2:02.31 */
static const struct unit FEET_INCHES = {"", "ft", K_DISTANCE, 1};	/* 6-foot-8 */
static const struct unit YEARS_AGO = {"", "year", K_DURATION, 1};	/* 1900年前 */
static const struct unit GROSS_TONS = {"", "GT", K_MEASURE, 1};	/* a gross tonnage of 90,000 tons (no text:
									 * the tons of another figure stay t) */

static const struct qualifier PREFIXES[] = {
	{"about", Q_APPROX, B_ABOUT}, {"around", Q_APPROX, B_ABOUT},
	{"approximately", Q_APPROX, B_ABOUT}, {"roughly", Q_APPROX, B_ABOUT},
	{"some", Q_APPROX, B_ABOUT}, {"an estimated", Q_APPROX, B_ABOUT},
	{"nearly", Q_NEARLY, B_BELOW_STEP}, {"almost", Q_NEARLY, B_BELOW_STEP},
	{"close to", Q_NEARLY, B_BELOW_STEP}, {"closer to", Q_APPROX, B_ABOUT}, {"just under", Q_NEARLY, B_BELOW_STEP},
	{"more than", Q_GT, B_FROM}, {"over", Q_GT, B_FROM}, {"topped", Q_GT, B_FROM},
	{"exceeded", Q_GT, B_FROM}, {"surpassed", Q_GT, B_FROM}, {"tops", Q_GT, B_FROM},
	{"exceeds", Q_GT, B_FROM}, {"exceed", Q_GT, B_FROM}, {"surpass", Q_GT, B_FROM},
	{"not exceed", Q_LE, B_UPTO}, {"not to exceed", Q_LE, B_UPTO}, {"never exceed", Q_LE, B_UPTO},	/* may not exceed 55 decibels */
	{"to top", Q_GT, B_FROM}, {"could top", Q_GT, B_FROM}, {"will top", Q_GT, B_FROM},
	{"would top", Q_GT, B_FROM}, {"can top", Q_GT, B_FROM}, {"may top", Q_GT, B_FROM}, {"might top", Q_GT, B_FROM}, {"near", Q_NEARLY, B_BELOW_STEP}, {"nears", Q_NEARLY, B_BELOW_STEP}, {"neared", Q_NEARLY, B_BELOW_STEP},
	{"upwards of", Q_GT, B_FROM}, {"above", Q_GT, B_FROM},
	{"in excess of", Q_GT, B_FROM}, {"just over", Q_GT, B_ABOVE_STEP},
	{"not less than", Q_GE, B_FROM}, {"not fewer than", Q_GE, B_FROM},
	{"not more than", Q_LE, B_UPTO}, {"not over", Q_LE, B_UPTO}, {"not exceeding", Q_LE, B_UPTO},
	{"at least", Q_GE, B_FROM}, {"no fewer than", Q_GE, B_FROM},
	{"a minimum of", Q_GE, B_FROM}, {"a maximum of", Q_LE, B_UPTO},	/* grants of a maximum of $2,500 */
	{"no less than", Q_GE, B_FROM},
	{"up to", Q_LE, B_UPTO}, {"as much as", Q_LE, B_UPTO},
	{"as many as", Q_LE, B_UPTO}, {"at most", Q_LE, B_UPTO},
	{"as high as", Q_LE, B_UPTO}, {"as large as", Q_LE, B_UPTO},	/* its top: as high as 90 degrees */
	{"as deep as", Q_LE, B_UPTO}, {"as tall as", Q_LE, B_UPTO}, {"as heavy as", Q_LE, B_UPTO},
	{"as little as", Q_GE, B_FROM}, {"as low as", Q_GE, B_FROM}, {"as few as", Q_GE, B_FROM},	/* its bottom */
	{"as young as", Q_GE, B_FROM}, {"as short as", Q_GE, B_FROM},
	{"no more than", Q_LE, B_UPTO}, {"no taller than", Q_LE, B_UPTO}, {"no higher than", Q_LE, B_UPTO},
	{"no longer than", Q_LE, B_UPTO}, {"no wider than", Q_LE, B_UPTO}, {"no larger than", Q_LE, B_UPTO},
	{"no bigger than", Q_LE, B_UPTO}, {"no heavier than", Q_LE, B_UPTO}, {"no older than", Q_LE, B_UPTO}, {"within", Q_LE, B_UPTO},
	{"less than", Q_LT, B_UPTO}, {"fewer than", Q_LT, B_UPTO},
	{"under", Q_LT, B_UPTO}, {"below", Q_LT, B_UPTO},
	{"older than", Q_GT, B_FROM}, {"younger than", Q_LT, B_UPTO},	/* ages: drivers older than 65 */
	{"at or below", Q_LE, B_UPTO}, {"at or under", Q_LE, B_UPTO},
	{"at or above", Q_GE, B_FROM}, {"at or over", Q_GE, B_FROM},
	/* with an article: at least a 15% reduction, within a 10-minute walk
	 * (but "under a five-year contract", "over a 1.8-mile route" are no
	 * bounds, nor is "talking about a three-year deal" about) */
	{"roughly a", Q_APPROX, B_ABOUT}, {"roughly an", Q_APPROX, B_ABOUT},
	{"nearly a", Q_NEARLY, B_BELOW_STEP}, {"nearly an", Q_NEARLY, B_BELOW_STEP},
	{"almost a", Q_NEARLY, B_BELOW_STEP}, {"almost an", Q_NEARLY, B_BELOW_STEP},
	{"more than a", Q_GT, B_FROM}, {"more than an", Q_GT, B_FROM},
	{"at least a", Q_GE, B_FROM}, {"at least an", Q_GE, B_FROM},
	{"up to a", Q_LE, B_UPTO}, {"up to an", Q_LE, B_UPTO},
	{"at most a", Q_LE, B_UPTO}, {"at most an", Q_LE, B_UPTO},
	{"within a", Q_LE, B_UPTO}, {"within an", Q_LE, B_UPTO},
	{"less than a", Q_LT, B_UPTO}, {"less than an", Q_LT, B_UPTO},
	{NULL, Q_EQ, B_ROUND}
};

static const struct qualifier SUFFIXES[] = {
	{"or more", Q_GE, B_FROM}, {"and above", Q_GE, B_FROM}, {"+", Q_GE, B_FROM},
	{"or higher", Q_GE, B_FROM}, {"or above", Q_GE, B_FROM}, {"and higher", Q_GE, B_FROM},
	{"or lower", Q_LE, B_UPTO},
	{"or so", Q_APPROX, B_ABOUT}, {"or less", Q_LE, B_UPTO},
	{"or fewer", Q_LE, B_UPTO}, {"-plus", Q_GE, B_FROM}, {"plus", Q_GE, B_FROM},
	{"-odd", Q_GT, B_ABOVE_STEP}, {"and over", Q_GE, B_FROM}, {"or over", Q_GE, B_FROM},
	{"and older", Q_GE, B_FROM}, {"or older", Q_GE, B_FROM},
	{"and under", Q_LE, B_UPTO}, {"or under", Q_LE, B_UPTO}, {"and younger", Q_LE, B_UPTO},
	{"or younger", Q_LE, B_UPTO}, {"and below", Q_LE, B_UPTO}, {"or below", Q_LE, B_UPTO},
	{NULL, Q_EQ, B_ROUND}
};

static const struct period_word PERIODS[] = {
	{"last month", 0, 0, 0, 0, 1, -1}, {"this month", 0, 0, 0, 0, 1, 0}, {"next month", 0, 0, 0, 0, 1, 1},
	{"this quarter", 0, 0, 0, 0, 2, 0}, {"next quarter", 0, 0, 0, 0, 2, 1}, {"the current quarter", 0, 0, 0, 0, 2, 0},
	{"the previous quarter", 0, 0, 0, 0, 2, -1}, {"the prior quarter", 0, 0, 0, 0, 2, -1},	/* (not "the last quarter of") */
	{"end of last year", -1, 0, 12, 12, 0, 0}, {"end of this year", 0, 0, 12, 12, 0, 0},
	{"end of next year", 1, 0, 12, 12, 0, 0}, {"end of the year", 0, 0, 12, 12, 0, 0}, {"year's end", 0, 0, 12, 12, 0, 0},
	{"this year", 0, 0, 0, 0, 0, 0}, {"last year", -1, 0, 0, 0, 0, 0}, {"next year", 1, 0, 0, 0, 0, 0},
	{"currently", 0, 1, 0, 0, 0, 0}, {"now", 0, 1, 0, 0, 0, 0}, {"today", 0, 1, 0, 0, 0, 0}, {"a year earlier", -1, 0, 0, 0, 0, 0}, {"a year ago", -1, 0, 0, 0, 0, 0},
	{"the year before", -1, 0, 0, 0, 0, 0}, {"a year before", -1, 0, 0, 0, 0, 0}, {"the previous year", -1, 0, 0, 0, 0, 0},
	{"a decade earlier", -10, 0, 0, 0, 0, 0}, {"a decade before", -10, 0, 0, 0, 0, 0},
	{"two years earlier", -2, 0, 0, 0, 0, 0}, {"three years earlier", -3, 0, 0, 0, 0, 0},
	{"four years earlier", -4, 0, 0, 0, 0, 0}, {"five years earlier", -5, 0, 0, 0, 0, 0},
	{"2 years earlier", -2, 0, 0, 0, 0, 0}, {"3 years earlier", -3, 0, 0, 0, 0, 0},
	{"4 years earlier", -4, 0, 0, 0, 0, 0}, {"5 years earlier", -5, 0, 0, 0, 0, 0},
	{"first half", 0, 0, 1, 6, 0, 0}, {"second half", 0, 0, 7, 12, 0, 0},
	{"first-half", 0, 0, 1, 6, 0, 0}, {"second-half", 0, 0, 7, 12, 0, 0},
	{"first two months", 0, 0, 1, 2, 0, 0}, {"first three months", 0, 0, 1, 3, 0, 0},
	{"first four months", 0, 0, 1, 4, 0, 0}, {"first five months", 0, 0, 1, 5, 0, 0},
	{"first six months", 0, 0, 1, 6, 0, 0}, {"first seven months", 0, 0, 1, 7, 0, 0},
	{"first eight months", 0, 0, 1, 8, 0, 0}, {"first nine months", 0, 0, 1, 9, 0, 0},
	{"first 10 months", 0, 0, 1, 10, 0, 0}, {"first ten months", 0, 0, 1, 10, 0, 0},
	{"first 11 months", 0, 0, 1, 11, 0, 0}, {"first eleven months", 0, 0, 1, 11, 0, 0},
	{"first two quarters", 0, 0, 1, 6, 0, 0}, {"first three quarters", 0, 0, 1, 9, 0, 0},
	{"Q1", 0, 0, 1, 3, 0, 0}, {"Q2", 0, 0, 4, 6, 0, 0}, {"Q3", 0, 0, 7, 9, 0, 0}, {"Q4", 0, 0, 10, 12, 0, 0},
	{"H1", 0, 0, 1, 6, 0, 0}, {"H2", 0, 0, 7, 12, 0, 0},
	{"first quarter", 0, 0, 1, 3, 0, 0}, {"second quarter", 0, 0, 4, 6, 0, 0},
	{"third quarter", 0, 0, 7, 9, 0, 0}, {"fourth quarter", 0, 0, 10, 12, 0, 0},
	{"first-quarter", 0, 0, 1, 3, 0, 0}, {"second-quarter", 0, 0, 4, 6, 0, 0},
	{"third-quarter", 0, 0, 7, 9, 0, 0}, {"fourth-quarter", 0, 0, 10, 12, 0, 0},
	{NULL, 0, 0, 0, 0, 0, 0}
};

/* one unit of time, after a qualifier: more than a decade, nearly a year */
static const struct fraction_word ONE_SPANS[] = {
	{"a century", 100, "year"}, {"a decade", 10, "year"}, {"a year", 1, "year"}, {"a month", 1, "month"},
	{"a week", 1, "week"}, {"a day", 1, "day"}, {"an hour", 1, "hour"}, {"a minute", 1, "minute"},
	{"a second", 1, "second"},	/* less than a second (but not before a noun: more than a second term) */
	{NULL, 0, NULL}
};
static const struct fraction_word FRACTIONS[] = {
	{"half", 0.5, "fraction"}, {"a half", 0.5, "fraction"},
	/* an hour and a half: a duration, as 半年 */
	{"an hour and a half", 1.5, "hour"}, {"a minute and a half", 1.5, "minute"},
	{"a day and a half", 1.5, "day"}, {"a week and a half", 1.5, "week"},
	{"a month and a half", 1.5, "month"}, {"a year and a half", 1.5, "year"},
	{"a third", 1.0 / 3, "fraction"}, {"one third", 1.0 / 3, "fraction"},
	{"one-third", 1.0 / 3, "fraction"}, {"two thirds", 2.0 / 3, "fraction"},
	{"two-thirds", 2.0 / 3, "fraction"}, {"a quarter", 0.25, "fraction"},
	{"one quarter", 0.25, "fraction"}, {"three quarters", 0.75, "fraction"},
	{"one-quarter", 0.25, "fraction"}, {"three-quarters", 0.75, "fraction"},
	{"one-half", 0.5, "fraction"}, {"one-fifth", 0.2, "fraction"}, {"a fifth", 0.2, "fraction"},
	{"a sixth", 1.0 / 6, "fraction"}, {"one-sixth", 1.0 / 6, "fraction"}, {"an eighth", 0.125, "fraction"},
	{"a tenth", 0.1, "fraction"}, {"one-tenth", 0.1, "fraction"},
	{"twice", 2, "times"}, {"double", 2, "times"}, {"doubled", 2, "times"},
	{"twofold", 2, "times"}, {"threefold", 3, "times"}, {"fourfold", 4, "times"},
	{"fivefold", 5, "times"}, {"sixfold", 6, "times"}, {"sevenfold", 7, "times"},
	{"eightfold", 8, "times"}, {"ninefold", 9, "times"}, {"tenfold", 10, "times"},
	{"twentyfold", 20, "times"}, {"hundredfold", 100, "times"},
	{"triple", 3, "times"}, {"tripled", 3, "times"}, {"halved", 0.5, "fraction"},
	{"doubles", 2, "times"}, {"triples", 3, "times"}, {"halve", 0.5, "fraction"},
	{"quadruple", 4, "times"}, {"quadrupled", 4, "times"}, {"quadruples", 4, "times"},
	{"trebled", 3, "times"},
	{NULL, 0, NULL}
};

static const struct month_word MONTHS[] = {
	{"January", 1}, {"February", 2}, {"March", 3}, {"April", 4}, {"May", 5},
	{"June", 6}, {"July", 7}, {"August", 8}, {"September", 9}, {"October", 10},
	{"November", 11}, {"December", 12},
	{"Jan", 1}, {"Feb", 2}, {"Mar", 3}, {"Apr", 4}, {"Jun", 6}, {"Jul", 7},
	{"Aug", 8}, {"Sep", 9}, {"Sept", 9}, {"Oct", 10}, {"Nov", 11}, {"Dec", 12},
	{NULL, 0}
};

static const char *const PM[] = {"p.m.", "pm", NULL};
static const char *const AM[] = {"a.m.", "am", NULL};
static const char *const RANGE_JOINERS[] = {"-", "–", "to", NULL};
static const char *const RANGE_OPEN[] = {NULL};
static const char *const RANGE_CLOSE[] = {NULL};
static const char *const ALTERNATIVES[] = {"or", NULL};
static const char *const SINCE[] = {"onwards", NULL};
static const char *const CHANGE_BY[] = {"by", NULL};
static const char *const CHANGE_ORIGINS[] = {"from", NULL};
static const char *const CHANGE_FROM[] = {
	"from", "rose", "fell", "climbed", "dropped", "grew", "jumped", "gained", "increased",
	"decreased", "declined", "slipped", "raised", "lowered", "hiked", "boosted",
	"lifted", "reduced", "trimmed", "extends", "extended", "extend", "lengthens", "lengthened",
	"widens", "widened", "expands", "expanded", NULL	/* extends the runway by 1,500 feet to 11,000 feet */
};
static const char *const CHANGE_ADVERBS[] = {"up", "down", NULL};
/* "grow 5% to 7%" is a range, but "rise by about 330 pounds to 1,375" a change */
static const char *const CHANGE_BY_VERBS[] = {
	"rise", "rises", "rising", "risen", "fall", "falls", "falling", "fallen", "increase", "increases",
	"grow", "grows", "grown",
	"climb", "climbs", "drop", "drops", "decline", "declines", "jump", "jumps", "gain", "gains",
	"raise", "raises", "raising", "hike", "hikes", "hiking", "cut", "cuts", "cutting", "reduce", "reduces",
	"reducing", "lower", "lowers", "lowering", "dropped", "dumped", "extend", "extends", "extended",
	"lengthen", "lengthens", "lengthened", "widen", "widens", "widened", "expand", "expands", "expanded", NULL	/* the storm dropped 14 to 18 inches */
};
static const char *const SINCE_BEFORE[] = {"since", "since last", "since the", "since early", "since late", "since mid-", "since the start of",
					    "since the beginning of", "since the end of", "since the middle of", "since at least", "since as early as", NULL};
static const char *const BETWEEN[] = {"between", NULL};
static const char *const VOID_PREFIX_AFTER[] = {
	"add", "adds", "added", "adding",	/* add up to $700,000: the verb's up */
	"edged", "ticked", "inched", "moved", "went", "crept", "climbed", "rose", "risen",
	"jumped", "shot", "soared", "revised", "raised", "bumped", "go", "goes", "gone", "going",
	NULL
};
static const char *const VOIDABLE_PREFIXES[] = {"up to", "up to a", "up to an", NULL};
static const char *const DURING_PREFIXES[] = {"over", NULL};
static const char *const LASTING_VERBS[] = {"wait", "waits", "waited", "waiting", "last", "lasts", "lasted", "lasting",
					    "take", "takes", "took", "taking", "spent", "stayed", "stay", "stays", NULL};
static const char *const VERB_PREFIXES[] = {"topped", "exceeded", "surpassed", "tops", "exceeds", "exceed", "not exceed",
					    "not to exceed", "never exceed",
					    "surpass", "to top", "could top", "will top", "would top", "may top",
					    "might top", "can top", "nears", "neared", NULL};
static const char *const DURING[] = {"over", NULL};
static const char *const BETWEEN_JOINERS[] = {"and", NULL};
static const char *const SUBJECT_MARKERS[] = {
	"accounted for", "made up", "was", "were", "is", "are", "rose", "fell",
	"reached", "totaled", "totalled", "hit", "stood at", "grew", "dropped", "climbed",
	"jumped", "gained", "widened", "narrowed", "peaked", "posted", "declined", "slid",
	"increased", "decreased", "came to", "amounted to", "topped", "exceeded", NULL
};
static const char *const STOPWORDS[] = {
	"the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "with", "from", "its",
	"their", "his", "her", "our", "this", "these", "those", "that", "which", "who", "has",
	"have", "had", "was", "were", "is", "are", "be", "been", "as", "over", "outside", "after",
	"before", "and", "or", "than", "about", "up", "down", "into", "some", "all", "more", "while",
	"whereas", "having", "but", NULL
};
static const char *const BASE_BEFORE[] = {
	"from", "than", "than in", "than in the", "compared with", "compared to", "versus", "vs.", "over",
	"above", "below", "above the", "below the", "than the", "compared with the",
	"compared to the", "versus the", "from the",
	"than last", "compared with last", "compared to last", "versus last", "from last",	/* than last June */
	"than at this time", "than this time", "than at the same time", "than at this point",	/* than at this time last year */
	"than in the same period", "than the same period", "than during the same period",	/* 28% more than in the same period last year */
	"compared with this time", "compared to this time", "from this time", "above this time", "below this time",
	"than it did in", "than they did in", "than it was in", "than they were in", "than it did in the",
	"than they did in the", "than it was in the", "than they were in the",	/* 40 days longer than it did in the 1990s */
	"than it was", "than they were", "than it did", "than they did",	/* 30% less than it was 16 years ago */
	"than estimated in", "than expected in", "than planned in", "than projected in", "than forecast in",
	"than budgeted in", "than anticipated in",	/* 35% more than estimated in 2023: that estimate the base
							 * (but "than expected last year" may be last year's) */
	"half the number in", "twice the number in", "double the number in", "times the number in",
	"half the number of", "twice the number of", "double the number of", "times the number of",	/* fewer than half the number in 2004 */
	/* nearly double the 2025 total, three times its 2019 level: the base of a multiple */
	"double", "triple", "double the", "many as", "much as", "twice the", "times the", "triple the", "half the", "double its", "twice its", "times its", "half its",
	"as in", "as in the",	/* twice as many as in 2024 */
	/* compared with the same period of 2025 (but "$480 mln in the same
	 * period of 2023" is of that period) */
	"below the peak of", "above the peak of", "below the level of", "above the level of",
	"from the peak of", "from a peak of", "below its peak in", "from its peak in",	/* 40% below the peak of 2021 */
	"from a peak in", "from the peak in", "from their peak in", "below a peak in", "below the peak in",
	"from a high in", "from a record in", "from a low in",
	"below their", "above their", "below its", "above its", "from their", "from its",	/* 30% below their 2011 peak */
	"half of its", "half of the", "a third of its", "a third of the", "a quarter of its", "a quarter of the",	/* a third of its 2007 level */
	"than in fiscal", "than fiscal", "compared with fiscal", "from fiscal",
	"compared with the same period of", "compared with the same period in",
	"from the same point", "from the same time", "from the same period", "from the same month",
	"from the same quarter", "than the same point", "than the same time", "than at the same time",
	"compared to the same period of", "compared to the same period in",
	"from the same period of", "from the same period in", "than the same period of",
	"than in the same period of", "over the same period of", "versus the same period of",
	"compared with the same quarter of", "from the same quarter of", "over the same quarter of",
	"compared with the same month of", "from the same month of", "from the same month", "from the same period",
	"from the same quarter", "compared with the same month", "compared with the same period",
	"compared with the same quarter", "than the same month", "than the same period",
	"above the same period", "below the same period", "above the same period of", "below the same period of",
	"above the same month", "below the same month", "above the same quarter", "below the same quarter",
	"above the same time", "below the same time", "over the same period",
	"above the same week", "below the same week", "from the same week", "than the same week",
	"compared with the same week", "compared to the same week", "over the same week", NULL
};
static const char *const HALVES[] = {"and a half", "and one-half", "½", NULL};
static const char *const SPANS[] = {"the next", "the past", "the last", "the first", NULL};

static const char *const NOT_CLAIMS[] = {"at one point", "first half", "second half", "first two months", "first three months",
	"first four months", "first five months", "first six months", "first seven months", "first eight months",
	"first nine months", "first 10 months", "first ten months", "first 11 months", "first eleven months", "first two quarters", "first three quarters", "double digits", "double-digit", "double-edged", "triple-double", "double-double", "quadruple-double",
					 "double-decker", "half shell", "half-shell", "double up", "doubling up", "doubled up", "doubles up", NULL};	/* to double up animals: to share */	/* oysters on the half shell */
static const char *const SUBJECT_JOINERS[] = {"of", NULL};
static const char *const LIST_JOINERS[] = {"and", ",", ", and", NULL};
static const char *const SUBJECT_CARRIERS[] = {"to", ", or", "or", NULL};
static const char *const SENTENCE_ENDS[] = {". ", "! ", "? ", NULL};
static const char *const CLAUSE_BREAKS[] = {
	",", ";", ":", "(", ")", "\"", "“", "”", " - ", "—", NULL
};
static const char *const ABBREVIATIONS[] = {
	"U.S.", "U.K.", "Mr.", "Ms.", "Mrs.", "Dr.", "Inc.", "Corp.", "Co.", "Ltd.",
	"vs.", "e.g.", "i.e.", "St.", "No.", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.",
	"Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "Gov.", "Sen.", "Rep.", "Gen.", "Lt.", "Col.", "Sgt.", "Capt.",
	"Prof.", "Jr.", "Sr.", "a.m.", "p.m.", "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.",
	"Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Ky.", "La.", "Md.", "Mass.",
	"Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "N.H.", "N.J.", "N.M.",
	"N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.",
	"Tex.", "Va.", "Vt.", "Wash.", "Wis.", "Wyo.", "D.C.", "Ave.", "approx.", NULL
};
static const char *const NAME_EXCEPTIONS[] = {
	"in", "by", "since", "from", "of", "to", "on", "at", "for", "and", "the",
	"with", "between", "until", "till", "around", "after", "before", "than",
	"about", "over", "nearly", "almost", "some", "only", "just", "were", "was",
	"is", "are", "be", "been", "had", "has", "have", "top", "during", "through",
	"or", "a", "an", "as", "per", "every", "each", "within", "under", "above",
	"below", "least", "most", "up", "down", "rose", "fell", "reached",
	"hit", "cut", "lost", "added", "earn", "earned", "paid", "into",
	"another", "record", "additional", "roughly", "approximately", "estimated",
	/* words that open a sentence (If 48,000 helmet hires, When 300 riders) */
	"if", "when", "but", "then", "while", "although", "though", "because", "so", "yet",
	"once", "where", "whether", "unless", "nor", "also", "all", "those", "these", "its",
	"their", "his", "her", "our", "my", "your", "we", "they", "that", "which", "who",
	"whose", "even", "still", "further", "more", "fewer", "less",
	/* the days of the week (open Saturdays twice a month) */
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mondays", "tuesdays",
	"wednesdays", "thursdays", "fridays", "saturdays", "sundays",
	NULL
};
static const char *const LOYALTY_POINTS[] = {"points", "point", NULL};
static const char *const SCORE_NOT[] = {
	"%", "percent", "per cent", "$", "£", "€", "revenue", "revenues", "sales", "profit", "earnings",
	"million", "billion", NULL
};	/* approval fell 5 points to 38%; scored record revenue of $39 billion in the fourth quarter */
static const char *const COMPARISON_PREFIXES[] = {"more than", "less than", "fewer than", NULL};
static const char *const SCORE_WORDS[] = {
	"scored", "rebounds", "assists", "touchdowns", "touchdown", "field goals",
	"free throws", "3-pointers", "three-pointers", "halftime", "half-time", "points per game",
	"quarterback", "rushing yards", "passing yards", "yard run", "yard pass", "yard score",	/* a 45-yard score */
	"standings", "playoff", "playoffs", "power play", "power-play", "games",	/* 60 points in the standings, 62 points in 45 games */
	"matches", "league table", "goal difference",	/* 47 points from 26 matches */
	NULL	/* not won by, beat, defeated: an election's words too (won by 7 points) */
};
static const char *const SAID_BY[] = {"by", NULL};
static const char *const SAID_ON[] = {"on", NULL};
static const char *const SAID_IN[] = {"in", "on", NULL};
static const char *const SAID_THAT[] = {"that ", NULL};
static const char *const BASE_FROM[] = {"from", NULL};
static const char *const YEAR_FRAMES[] = {",", NULL};	/* In 2012, sales fell in March: that March */
static const char *const RECORD_SET[] = {"set in", "reached in", "recorded in", "hit in", "established in", "seen in", NULL};
static const char *const RECORD_WORDS[] = {"fewest", "lowest", "highest", "most", "least", "biggest", "largest",
					   "smallest", "best", "worst", "strongest", "weakest", "slowest", "fastest",
					   "steepest", "sharpest", "first", "coldest", "hottest", "warmest", "coolest",
					   "wettest", "driest", "snowiest", "rainiest", "windiest", "longest", "shortest", "deadliest", "busiest", NULL};	/* its fewest since 2014 */
static const char *const RECORD_NOT_AFTER[] = {"at", NULL};	/* at least, at most: bounds */
static const char *const DATE_PREPS[] = {"in", "on", "at", "in the", "in late", "in early", "in mid", "at the end of", NULL};	/* from a peak of 31% in late January */
static const char *const SINCE_NAMED[] = {"since the", NULL};
static const char *const DURING_BREAKS[] = {"to", "for", NULL};
static const char *const YEAR_OF[] = {"'s", "’s", NULL};
static const char *const SAID_WORDS[] = {
	"said", "says", "told", "announced", "reported", "polled", "surveyed", "forecast", "predicted",
	"estimated", "published", "released", "wrote", "warned", "added", NULL
};
static const char *const HYPHEN_WORDS[] = {"mid", "early", "late", "end", NULL};
static const char *const NUMBER_JOINERS[] = {"and", NULL};

/* What a rate is per: the key words of the rate rules. */
static const char *const PER_WORDS[] = {
	"game", "year", "month", "week", "day", "hour", "minute", "quarter", "share", "barrel", "ounce",
	"ton", "person", "head", "capita", "residents", "people", "inhabitants", "gallon", "litre",
	"liter", "pound", "kilogram", "kg", "megawatt-hour", "megawatt hour", "kilowatt hour", "kilowatt-hour", "MWh", "kWh", "square foot", "acre", "hectare", "bushel", "resident", "adult", "student", "employee", "worker", "patient",
	"child", "visitor", "household", "family", "families", "workers", "adults", "children", "students", "employees", "households",
	"customer", "passenger", "member", "participant", "guest", "user", "gallons", "pounds", "tons", "barrels", "cubic feet",
	"mile", "lane mile", "kilometre", "kilometer", "km", "metre", "meter", "foot", "yard", "night", "semester", "season", "shift", "hundredweight", "winter", "summer", "spring", "fall", "autumn", "pint", "quart", "dozen",
	"per", "annually", "yearly", "monthly", "weekly", "daily", "hourly", NULL
};

static const char *const MONTH_NAMES[] = {
	"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", NULL
};

static const char *const FUTURE_WORDS[] = {"will", "would", "should", "shall", "expects to", "expect to", "expects", "expect", "anticipates", "takes effect", "take effect", "aims to", "intends to", "is expected", "are expected", "scheduled", "is scheduled", "are scheduled", "was scheduled", "were scheduled", "be scheduled", "been scheduled", "is due", "are due", "plans to", "is set to", "are set to", "upcoming", "slated",
					    "is forecast", "are forecast", "is projected", "are projected", "forecast for", "outlook for",
					    "to rise", "to fall", "to climb", "to drop", "to increase", "to reach", "could", NULL};	/* (a headline: Price cap to rise 2% from October) */
static const char *const FUTURE_BEFORE[] = {"by", "by the", "by the end of", "until", "till", "through", "next", "before", "due on", "due", "planned for",
					    "payable", "payable on",	/* a dividend payable May 20 */
					    "take effect", "take effect on", "go into effect",
					    "pencilled in for", "penciled in for", "scheduled for", "set for", NULL};
static const char *const FUTURE_VERBS[] = {"begins", "begins on", "begins in", "starts", "starts on", "starts in",
					   "begin", "begin on", "begin in", "start", "start on", "start in",	/* The championships begin March 19 */
					   "takes effect", "takes effect on", "goes into effect", "opens", "opens on", "opens in",
					   "reopens", "reopens on", "launches", "launches on",
					   "expires", "expires on", "expires in", NULL};	/* the fiscal year that begins July 1; opens Nov. 1 */
static const char *const FUTURE_FROM[] = {"from", "starting", "starting on", "starting from", "beginning",
					  "beginning on", "effective", "effective from", NULL};
static const char *const CONTEXT_YEARS[] = {"a year earlier", "a year before", "the year before", "the previous year",
	"a decade earlier", "a decade before", "two years earlier", "three years earlier", "four years earlier",
	"five years earlier", "2 years earlier", "3 years earlier", "4 years earlier", "5 years earlier", NULL};
static const char *const FUTURE_START[] = {"starting", "starting on", "starting in", "starting from", "beginning", "beginning on", "beginning in", NULL};
static const char *const EFFECTIVE_WORDS[] = {"effective", "effective from", "with effect from", NULL};
static const char *const FUTURE_NOT[] = {"would have", "would've", "should have", "should've", "could have", "could've",
					  "could not", "couldn't", NULL};	/* (could not attend in March: past) */
static const char *const PAST_BEFORE[] = {"last", "this past", NULL};
static const char *const PAST_WORDS[] = {"was", "were", "had", "did", "rose", "fell", "grew", "hit", "saw", "took",
					 "made", "sold", "spent", "paid", "went", "came", "got", "gave", "built", "won",
					 "lost", "cut", "shrank", "sank", "began", "ran", "met", "bought", "brought", "held", "led",
					 "drew", "wrote", "became", "fought", "kept", "found", "stood", "struck", "sought", "caught",
					 "rebuilt", "sent", "told", "thought", "meant", "felt", "dealt", "taught", "chose", "drove",
					 "flew", "oversaw", "undertook", "withdrew", "upheld", "overtook", "rewrote", NULL};	/* (not said: what was said may be to come) */
static const char *const PAST_SUFFIXES[] = {"ed", NULL};
static const char *const FUTURE_IN[] = {"in", "in early", "in late", "in mid", "on", NULL};	/* will rise on Jan. 1 */
static const char *const RANGE_VERBS[] = {"ranging", "range", "ranges", "ranged", "varying", "vary", "varies", "varied", NULL};
static const char *const PAST_SUFFIX_NOT[] = {"need", "speed", "indeed", "hundred", "proceed", "succeed", "exceed",
					      "embed", "breed", "planned", "scheduled", "expected", "pencilled",
					      "penciled", "proposed", "intended", "required", NULL};
static const char *const HABITUAL[] = {"every", "each", NULL};
static const char *const MINUS_WORDS[] = {"minus", NULL};
static const char *const MINUS_NOT_AFTER[] = {"plus or", NULL};	/* plus or minus 2%: a margin */

/* Right after a noun of people, a bare number is an age (children under
 * 12, adults 65 and over) */
/* the people whose ages a range right after them says (children 6 to 12) */
#define AFTER_YOUNG "(?<=[ns]\\h)(?<=\\bchildren\\h|\\bkids\\h|\\bstudents\\h|\\bpupils\\h|\\bteens\\h|\\bteenagers\\h" \
	"|\\bgirls\\h|\\bboys\\h|\\byouths\\h|\\badults\\h)"
#define AFTER_PEOPLE "(?<=[denrst]\\h)(?<=\\bchildren\\h|\\bkids\\h|\\bpeople\\h|\\badults\\h|\\bdrivers\\h|\\bbuyers\\h" \
	"|\\bstudents\\h|\\bpupils\\h|\\bwomen\\h|\\bmen\\h|\\busers\\h|\\bplayers\\h|\\bpatients\\h" \
	"|\\bresidents\\h|\\briders\\h|\\bhomeowners\\h|\\bseniors\\h|\\bworkers\\h|\\bemployees\\h|\\bteens\\h|\\bteenagers\\h|\\bgirls\\h|\\bboys\\h" \
	"|\\bcustomers\\h|\\bshoppers\\h|\\bvoters\\h|\\bapplicants\\h|\\bthose\\h|\\banyone\\h" \
	"|\\banglers\\h|\\bhunters\\h|\\bvisitors\\h|\\bguests\\h|\\bswimmers\\h|\\bcampers\\h|\\bparticipants\\h|\\bmembers\\h" \
	"|\\binmates\\h|\\bprisoners\\h|\\bveterans\\h|\\bretirees\\h|\\bindividuals\\h|\\bmothers\\h|\\bfathers\\h|\\bparents\\h" \
	"|\\bchild\\h|\\bkid\\h|\\bperson\\h|\\badult\\h|\\bdriver\\h|\\bstudent\\h|\\bpatient\\h|\\bresident\\h)"	/* a child under 6 */

/* What "pounds of" weighs (180,000 pounds of crab): a weight, not money */
#define WEIGHED "leaves|grass|bamboo|vegetation|crab|fish|seafood|shrimp|lobster|salmon|tuna|catch|meat|beef|pork|chicken|wings|poultry|food|cheese" \
	"|milk|butter|sugar|coffee|cocoa|rice|wheat|corn|soybeans|cotton|produce|fruit|vegetables|potatoes|apples" \
	"|feed|fertilizer|cargo|waste|trash|garbage|plastic|debris|steel|copper|aluminum|cocaine|marijuana" \
	"|methamphetamine|fentanyl|drugs|explosives|sand|salt|ice|snow|honey|nuts|almonds|grapes|tomatoes|eggs|flour" \
	"|trout|cod|catfish|tilapia|oysters|scallops|squid|lamb|turkey|wool|hay|grain|barley|oats|beans|peanuts|pecans" \
	"|walnuts|berries|blueberries|cherries|oranges|onions|carbon|coal|scrap|metal|paper|cardboard|litter|food waste" \
	"|hops|malt|tea|tobacco|lumber|timber|seed|seeds|groundfish|haddock|halibut|pollock|herring|mackerel|peaches|pears|cranberries|pumpkins|lettuce|cabbage|chevre|feta|ricotta|yogurt|cream" \
	"|raspberries|blackberries|peas|spinach|kale|beets|zucchini|figs|apricots|nectarines|tangerines|grapefruit" \
	"|mangoes|pineapples|yams|sweet potatoes|lentils|chickpeas|sunflower seeds|hemp|tobacco leaf|fiber|fibre|yarn|fleece|mohair|cashmere|alpaca fiber" \
	"|syrup|sap|chocolate|candy|jam|bread|dough|pasta|noodles|strawberries|mushrooms|garlic|carrots|peppers|cucumbers" \
	"|squash|melons|watermelons|bananas|lemons|limes|avocados|plums|pistachios|cashews|olives|clams|mussels|crawfish" \
	"|shellfish|sausage|ham|bacon|venison|cereal|sorghum|alfalfa|silage|compost|manure|mulch|gravel|glass|rubber|yarn" \
	"|groceries|nitrogen|phosphorus|carbon dioxide|CO2|sediment|pollutants|dust|soil|dirt|mud|kelp|seaweed"

static const struct rule RULES[] = {
	{"date-from-now", R_DATE, "(?!{BIG})(?<later>{NUM})\\h+years?\\h+from\\h+now\\b", NULL, (const char *const[]){"from now", NULL}},	/* three years from now */
	{"date-ago", R_DATE, "(?<![0-9]\\h(?=[0-9]{3}\\b))(?!{BIG})(?<ago>{NUM})\\h+years?\\h+ago\\b", NULL, (const char *const[]){"ago", NULL}},	/* five years ago */
	{"ago-span", R_QUANTITY,	/* about 1,900 years ago: more than 200 years back (the figure says so), a span, no date */
	 "(?:(?<pre>{PRE})\\h+)?(?<![0-9.,])(?!200\\b)(?<num>[2-9][0-9]{2}|[1-9][0-9]{3,}|[1-9][0-9]{0,2}(?:,[0-9]{3})+)\\h+years\\h+ago\\b", &YEARS_AGO, (const char *const[]){"ago", NULL}},
	{"date-ago-decades", R_DATE, "(?:(?!{BIG})(?<ago>{NUM})\\h+|\\ba\\h+)(?<decades>decades?)\\h+ago\\b", NULL, (const char *const[]){"ago", NULL}},	/* a decade ago */
	{"date-iso", R_DATE,
	 "(?<![0-9])(?<y>[0-9]{4})(?<s>[-/])(?<m>[0-9]{1,2})\\k<s>(?<d>[0-9]{1,2})(?![0-9])", NULL, (const char *const[]){"-", "/", NULL}},
	{"date-month-range", R_DATE,	/* the October-December period */
	 "(?|(?<mon>{MONTH})[-–](?<emon>{MONTH})(?:,?\\h+(?<y>(?:19|20)[0-9]{2})\\b|,?\\h+(?<rel>{REL})\\b)?"
	 /* between January and March, from January to March, January through March;
	  * April-May 2027, between July and September last year */
	 "|(?<=\\bbetween\\h|\\bfrom\\h)(?:(?:early|mid|late)(?:-|\\h+))?(?<mon>{MONTH})\\h+(?:and|to|through|until)\\h+(?:(?:early|mid|late)(?:-|\\h+))?(?<emon>{MONTH})(?:,?\\h+(?<y>(?:19|20)[0-9]{2})\\b|,?\\h+(?<rel>{REL})\\b|(?!\\h*[0-9]))"
	 /* for April through July: through joins two months with no from */
	 "|(?<mon>{MONTH})\\h+through\\h+(?<emon>{MONTH})(?:,?\\h+(?<y>(?:19|20)[0-9]{2})\\b|,?\\h+(?<rel>{REL})\\b|(?!\\h*[0-9])))",
	 NULL, MONTH_NAMES},
	{"date-mdy", R_DATE,
	 /* April 28-29; "and" only after between (On March 10 and 14 people) */
	 "(?:(?<btw>between)\\h+\\K)?(?<mon>{MONTH})\\.?\\h+(?<d>{DIGITS2})(?:st|nd|rd|th)?"
	 "(?:\\h*(?:-|–|to|through|(?(<btw>)and|(*FAIL)))\\h*(?<ed>{DIGITS2})(?:st|nd|rd|th)?(?![0-9]))?"
	 "(?:,?\\h+(?<y>{DIGITS4}))?"
	 "(?:,?\\h+(?<rel>{REL}))?", NULL, MONTH_NAMES},
	{"date-dmy", R_DATE,
	 /* up to 11 February: a bound before a date is no part of it; the
	  * full stop of Feb. is the abbreviation's, of February the sentence's */
	 "(?:(?<pre>{PRE})\\h+)?(?<d>{DIGITS2})(?:st|nd|rd|th)?(?:\\h*(?:-|–|to)\\h*(?<ed>{DIGITS2})(?:st|nd|rd|th)?)?"	/* 2 to 4 February */
	 "\\h+(?<mon>{MONTH})(?:(?<=Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.)?"
	 "(?:,?\\h+(?<y>{DIGITS4}))?(?(<y>)|(?:,?\\h+(?<rel>{REL}))?)", NULL, MONTH_NAMES},	/* 14 February next year */
	{"date-my", R_DATE, "(?<mon>{MONTH})\\.?,?\\h+(?<y>{DIGITS4})", NULL, MONTH_NAMES},
	{"date-m-rel", R_DATE, "(?<mon>{MONTH})\\h+(?<rel>{REL})", NULL, MONTH_NAMES},
	{"date-m", R_DATE,
	 "(?<=\\bin\\h|\\bbetween\\h|\\bduring\\h|\\bwas\\h|\\bsince\\h|\\bby\\h|\\buntil\\h|\\bearly\\h|\\blate\\h|\\blast\\h|\\bof\\h"
	 "|\\bthis\\h|\\bnext\\h|\\bfor\\h(?![A-Za-z]+\\h+(?-i:[A-Z][a-z]))|\\bmid-|\\ba\\h|\\bthe\\h|\\band\\h|\\bor\\h|\\bto\\h|\\bthrough\\h"
	 /* a month's full name stands alone too (December alone, its
	  * November figure), but May is a verb and June a name */
	 "|\\bfrom\\h|\\bas\\h|\\bits\\h|\\btheir\\h|\\bbefore\\h|\\bafter\\h|\\btill\\h|\\bthroughout\\h|(?<![A-Za-z]\\h)(?=(?-i:(?!May|June)[A-Z][a-z]{3,}\\b(?!\\h+[A-Z][a-z]))))"
	 "(?<mon>{MONTH})(?![\\h.]*[0-9])", NULL, MONTH_NAMES},	/* but April Smith is a name */
	{"date-y-end", R_DATE, "(?<yend>end)\\h+of\\h+(?<y>(?:1[89]|20)[0-9]{2})(?![0-9]|[-–/][0-9])", NULL,
	 (const char *const[]){"end of", NULL}},	/* the end of 2022: December */
	{"date-decade", R_DATE, "(?<![0-9$£€¥.,])(?<y>(?:1[89]|20)[0-9]0)(?-i:(?<decade>s))\\b", NULL, NULL},
	{"date-yy", R_DATE,	/* the 2023-24 school year */
	 "(?<![0-9$£€¥.,])(?<y>(?:19|20)[0-9]{2})[-–/](?<ey>[0-9]{2})(?![0-9%])", NULL,
	 (const char *const[]){"-", "–", "/", NULL}},
	{"date-y", R_DATE,
	 "(?:(?<pre>{PRE})\\h+)?(?<![0-9$£€¥.,])(?<y>(?:1[89]|20)[0-9]{2})(?<!\\bNo\\.\\h[0-9]{4}|\\bno\\.\\h[0-9]{4}|\\bnumber\\h[0-9]{4})"	/* (No. 2025: an identifier) */
	 "(?![0-9]|,[0-9]|\\.[0-9]|\\h*%|s\\b)", NULL, NULL},
	{"time", R_TIME,
	 "(?:(?<pre>{PRE})\\h+)?(?<![0-9])(?<h>{DIGITS2})(?::(?<min>[0-5][0-9])(?::[0-5][0-9])?)?\\h*(?<ampm>{AMPM})", NULL, (const char *const[]){"am", "pm", "a.m.", "p.m.", "AM", "PM", NULL}},
	{"time-zone", R_TIME,	/* (1940 GMT Monday): a time of the wires */
	 "(?<![0-9])(?<h>[01][0-9]|2[0-3])(?<min>[0-5][0-9])\\h+(?-i:GMT|UTC|ET|EST|EDT|BST|CET|JST)\\b", NULL,
	 (const char *const[]){"GMT", "UTC", "ET", "EST", "EDT", "BST", "CET", "JST", NULL}},
	{"race-time", R_QUANTITY,	/* finished in 2:21:40: hours, minutes and seconds after a word
				 * of a race, a duration (at 23:59:59, 10:32:15 p.m. are times of day) */
	 "(?:(?<pre>{PRE})\\h+)?(?<=\\bin\\h|\\bof\\h|\\btime\\h|\\bclocked\\h|\\bfinished\\h|\\btimed\\h|\\bran\\h|\\bwon\\h|\\brecord\\h)(?<num>[0-9]{1,2}):(?<min>[0-5][0-9]):(?<sec>[0-5][0-9])(?![0-9:]|\\h*(?:{AMPM}))",
	 &RACE_HOURS, (const char *const[]){":", NULL}},
	{"race-clock", R_QUANTITY,	/* 2:02.31: minutes, seconds and their hundredths, a race's
					 * time wherever it stands (a clock has no hundredths) */
	 "(?:(?<pre>{PRE})\\h+)?(?<![0-9:.,])(?<num>[0-9]{1,2}):(?<sec>[0-5][0-9])\\.(?<sub>[0-9]{1,2})(?![0-9]|\\h*(?:{AMPM}))",
	 &RACE_MINUTES, (const char *const[]){":", NULL}},
	{"gross-tons", R_QUANTITY,	/* a gross tonnage of 90,000 (tons): a ship's gross tonnage */
	 "\\bgross\\h+tonnage\\h+(?:of|is|was|at)\\h+\\K(?:(?<pre>{PRE})\\h+)?(?<num>{NUM})(?:\\h+(?:gross\\h+)?(?:tons|tonnes))?\\b", &GROSS_TONS,
	 (const char *const[]){"tonnage", NULL}},
	{"pointers", R_QUANTITY,	/* four 3-pointers: a count of the shots, whose name holds a figure */
	 "(?:(?<pre>{PRE})\\h+)?(?<![0-9.,$£€¥-])(?<num>{NUM})\\h+[234]-pointers\\b", &THINGS,
	 (const char *const[]){"-pointer", NULL}},
	{"pointer-name", R_NAME,	/* a 3-pointer, 3-point range, 3-point shots: a shot's name, no figure */
	 "(?<![0-9.,$£€¥-])[234]-point(?:ers?\\b|(?=\\h+(?:shots?|attempts?|plays?|baskets?|field\\h+goals?|shooting|shooters?|try|tries|conversions?)\\b)"
	 "|(?<=from\\h[234]-point|beyond\\hthe\\h[234]-point|behind\\hthe\\h[234]-point)(?=\\h+(?:range|line|arc)\\b))", NULL,	/* (a 3-point range of a poll) */
	 (const char *const[]){"-point", NULL}},
	{"feet-inches", R_QUANTITY,	/* the 6-foot-8 forward, he is 6 foot 8: a height in feet and inches */
	 "(?:(?<pre>{PRE})\\h+)?(?<![0-9.,$£€¥-])(?<num>[1-9])(?|-foot-(?<sec>[0-9]|1[01])(?![0-9]|[.,][0-9]|-)"
	 "|\\h(?:foot|feet)\\h(?<sec>[0-9]|1[01])(?=\\h*[,.;:)]|\\h*$|\\h+(?:tall|and)\\b))", &FEET_INCHES,
	 (const char *const[]){"foot", "feet", NULL}},
	{"race-minutes", R_QUANTITY,	/* won in 27:41, in about 27:41, a 31:05 finish: minutes and seconds
					 * of a race, more minutes than a clock's hours (4:21 may be a time
					 * of day; not a 50:50 split, a ratio of 40:50, Psalm 46:10, 24:00) */
	 "(?:(?<=\\bin\\h|\\btime\\h|\\btime\\hof\\h|\\bclocked\\h|\\bfinished\\h|\\btimed\\h|\\bran\\h|\\bwon\\h|\\brecord\\h)(?<pre>{PRE})\\h+"
	 "|(?<=\\bin\\h|\\btime\\h|\\btime\\hof\\h|\\bclocked\\h|\\bfinished\\h|\\btimed\\h|\\bran\\h|\\bwon\\h|\\brecord\\h|\\ba\\h))"
	 "(?<num>2[4-9]|[3-5][0-9]):(?<sec>[0-5][0-9])(?<!24:00)(?![0-9:]|[.,][0-9]|\\h*(?:{AMPM}))(?(?<=\\ba\\h[0-9]{2}:[0-9]{2})(?=\\h+(?:finish|time|clocking|effort|run)\\b))",
	 &RACE_MINUTES, (const char *const[]){":", NULL}},
	{"time-colon", R_TIME, "(?:(?<pre>{PRE})\\h+)?(?<![0-9:])(?<h>{DIGITS2}):(?<min>[0-5][0-9])(?::[0-5][0-9])?(?![0-9:])", NULL, (const char *const[]){":", NULL}},
	{"rate-once", R_RATE,	/* once a year, twice a week, three times a day */
	 "(?:(?<pre>{PRE})\\h+)?(?<n>once|twice|{NUM}(?=\\h+(?:or\\h+{NUM}\\h+)?times\\b))"	/* two or three times a year: a range */
	 "(?:(?<=once|twice)|(?:\\h+or\\h+(?<b>{NUM}))?\\h+times)\\h+(?:an?|per|each|every)\\h+"
	 "(?:(?<dn>{NUM})\\h+)?(?<du>{DUR}|winter|summer|season)(?!\\h+(?:earlier|ago|prior|later)\\b|\\h+before\\b(?!\\h+(?!and\\b|or\\b)[a-z0-9]))", &OCCURRENCE, (const char *const[]){"once", "Once", "twice", "Twice", "times", NULL}},	/* three times a winter */
	{"rate-pounds-weight", R_RATE,	/* 30 pounds of crab a day, 75 pounds of leaves and hay a day: a weight */
	 "(?:(?<pre>{PRE})\\h+)?(?<n>{NUM})\\h+pounds\\h+of\\h+(?:[a-z]+\\h+)?(?:" WEIGHED ")(?:\\h+and\\h+[a-z]+)?\\h+(?:an?|per|each|every)\\h+"
	 "(?:(?<dn>{NUM})\\h+)?(?<du>{DUR}|{PER})(?!\\h+(?:earlier|ago|prior|later)\\b|\\h+before\\b(?!\\h+(?!and\\b|or\\b)[a-z0-9]))", &POUND_WEIGHT, PER_WORDS},
	{"rate-pounds-area", R_RATE,	/* 2,300 pounds per acre: a yield, a weight */
	 "(?:(?<pre>{PRE})\\h+)?(?<n>{NUM})\\h+pounds\\h+(?:an?|per)\\h+(?<du>acres?|hectares?)\\b",
	 &POUND_WEIGHT, (const char *const[]){"pound", NULL}},
	{"rate-pct", R_RATE,	/* payments rise 2% a year: a percentage a year */
	 "(?:(?<pre>{PRE})\\h+)?(?<n>{NUM})\\h*(?<u>%|percent)(?|\\h+(?:an?|per|each|every)\\h+(?<du>year|month|week|quarter)\\b"
	 "(?!\\h+(?:earlier|ago|prior|later|before)\\b)|\\h+(?<du>" ADVERB_RATE ")\\b" ADVERB_END ")", NULL, (const char *const[]){"%", "percent", NULL}},
	{"rate-pounds", R_RATE,	/* 412 pounds of salt per lane mile: pounds of a thing weighed are lb */
	 "(?:(?<pre>{PRE})\\h+)?(?<n>{NUM})\\h+pounds\\h+of\\h+(?:[a-z]+\\h+)?(?:" WEIGHED ")(?:\\h+and\\h+[a-z]+)?\\h+(?:an?|per|each|every)\\h+"
	 "(?:(?<dn>{NUM})\\h+)?(?<du>{DUR}|{PER})\\b(?:\\h+(?:an?|per|each|every)\\h+(?:{DUR})\\b)?", &POUND_WEIGHT, (const char *const[]){"pounds", NULL}},	/* (per person a year: the first base) */
	{"rate", R_RATE,	/* (180 instructional days a year: a word before a unit of time;
			 * 92 gallons per person a day: the first base, the second in the text) */
	 "(?:(?<pre>{PRE})\\h+(?:(?<pre2>{PRE})\\h+)?)?(?<n>{NUM})(?:(?<=s)\\h+of)?\\h+"
	 "(?:(?:(?-i:(?!(?:of|in|on|at|to|for|from|by|and|or|the|a|an|more|fewer|less|per|watt|kilowatt|megawatt|gigawatt|terawatt|man|person|{NUMWORDS})\\b)[a-z]{3,}(?:-[a-z]+)?)\\h+){1,2}?(?=(?:minutes|hours|days|weeks|months|years)\\b))?(?<u>{UNIT})(?:\\h+of\\h+(?-i:(?!per\\b)(?:[A-Z]{2,}|[A-Z]?[a-z]+)\\h+){0,2}(?-i:[a-z]+|CO2|[A-Z][a-z]?[0-9]?))?(?|\\h+(?:an?|per|each|every)\\h+"	/* 48,000 tons of flour a year, 4.8 tonnes of CO2 a year, 90 tonnes of borosilicate glass tubing a year */
	 "(?:(?<dn>{NUM})\\h+)?(?<du>{DUR}|{PER}|(?<=per\\h)(?:{UNIT})\\b)(?!\\h+(?:earlier|ago|prior|later)\\b|\\h+before\\b(?!\\h+(?!and\\b|or\\b)[a-z0-9]))"
	 "(?:\\h+(?:an?|per|each|every)\\h+(?:{DUR})\\b(?!\\h+(?:earlier|ago|prior|later|before)\\b))?|(?<dn>(*FAIL))?\\h+(?<du>" ADVERB_RATE ")\\b" ADVERB_END ")", NULL, PER_WORDS},	/* 148 yen per dollar */
	{"rate-fx", R_RATE,	/* ($1 = 153.7 yen), £1 = $1.27: an exchange rate */
	 "(?<du>{CUR})\\h?(?<dn>{NUM})\\h*=\\h*(?:(?<pre>{PRE})\\h+)?(?:(?<cur>{CUR})\\h?)?(?<n>{NUM})(?:\\h*(?<u>{UNIT}))?\\b", NULL,
	 (const char *const[]){"=", NULL}},
	{"rate-cur", R_RATE,	/* $7.14 a share, $80 per barrel; adds up to about $42 a year */
	 "(?:(?<pre>{PRE})\\h+(?:(?<pre2>{PRE})\\h+)?)?(?<cur>{CUR})\\h?(?<n>{NUM})(?|\\h+(?:a|an|per|each)\\h+"
	 /* "$80,000 a year before overtime", "31,000 pounds a year before it was shut down"
	  * (but "a year before," is the year before) */
	 "(?:(?<dn>{NUM})\\h+)?(?:(?-i:new|additional|extra|single|eligible|full-time|part-time|average|[a-z]{3,}ing|[0-9]+-[a-z]+)\\h+(?=(?:{PER})\\b)|(?-i:(?!of\\b|the\\b|(?:kilo|mega|giga|tera)?watt\\b)[a-z]{3,})\\h+(?=hour\\b))?"	/* $28 per participating resident, $52 per plow hour (not per megawatt hour) */
	 "(?<du>{DUR}|{PER})(?!\\h+(?:earlier|ago|prior|later)\\b|\\h+before\\b(?!\\h+(?!and\\b|or\\b)[a-z0-9]))"
	 "(?:(?<=per\\hperson|per\\hresident|per\\hstudent|per\\hhousehold|per\\hfamily|per\\hmember|per\\hworker|per\\hemployee|per\\hpatient|per\\hchild|per\\hadult|per\\hvisitor)"
	 "\\h+(?:an?|per|each|every)\\h+(?:{DUR})\\b(?!\\h+(?:earlier|ago|prior|later|before)\\b))?"	/* $5 per person a year: the first base, the second in the text */
	 "|(?<dn>(*FAIL))?\\h+(?<du>" ADVERB_RATE ")\\b" ADVERB_END ")", NULL, PER_WORDS},
	{"rate-cur-thing", R_RATE,	/* $166 per pothole: an amount for each of a thing the tables do not name */
	 "(?:(?<pre>{PRE})\\h+)?(?<cur>{CUR})\\h?(?<n>{NUM})\\h+per\\h+(?:(?-i:new|additional|extra|single|average|full-time|part-time)\\h+)?(?!cent\\b|capita\\b|(?:{PER}|{DUR})\\b)" THING_MOD "(?<thing>(?-i:[a-z]{3,}))\\b(?!\\h+(?:{PER})\\b)(?<![^s]s)(?!-|\\h+of\\b(?!\\h+(?:[0-9]|a\\b|an\\b|(?-i:(?!this\\b|its\\b|his\\b)[a-z]{2,}s\\b))))"
	 "(?:\\h+(?:an?|per|each|every)\\h+(?:{DUR})\\b(?!\\h+(?:earlier|ago|prior|later|before)\\b))?",	/* $180 per package of bees; $77 per inmate a day: the second base in the text */
	 &THINGS, (const char *const[]){"per ", NULL}},
	{"rate-cur-a-thing", R_RATE,	/* $25 a bag, $4 a jar: the same with "a", the thing ending its phrase */
	 "(?:(?<pre>{PRE})\\h+)?(?<cur>{CUR})\\h?(?<n>{NUM})\\h+(?:an?|each)\\h+(?!cent\\b|capita\\b|" NO_THING ")"
	 "(?:(?-i:(?:[a-z]+-)+[a-z]+)\\h+(?=(?-i:[a-z]{3,})\\b(?<![^s]s)" PHRASE_END "))?(?<thing>(?-i:[a-z]{3,}))\\b(?<![^s]s)" PHRASE_END,
	 &THINGS, (const char *const[]){"$", "£", "€", "¥", NULL}},
	{"rate-cur-each", R_RATE,	/* cost $400,000 each: an amount for each of the things before */
	 "(?:(?<pre>{PRE})\\h+)?(?<cur>{CUR})\\h?(?<n>{NUM})\\h+(?<thing>each)\\b" PHRASE_END,
	 &THINGS, (const char *const[]){" each", NULL}},
	{"rate-cents-each", R_RATE,	/* 85 cents each */
	 "(?:(?<pre>{PRE})\\h+)?(?<n>{NUM})\\h+(?<u>pence|cents?)\\h+(?<thing>each)\\b" PHRASE_END,
	 NULL, (const char *const[]){" each", NULL}},
	{"rate-cents-a-thing", R_RATE,	/* 85 cents an oyster: cents for each of a thing, the thing ending its phrase */
	 "(?:(?<pre>{PRE})\\h+)?(?<n>{NUM})\\h+(?<u>pence|cents?)\\h+an?\\h+(?!" NO_THING ")"
	 "(?<thing>(?-i:[a-z]{3,}))\\b(?<![^s]s)" PHRASE_END,
	 NULL, (const char *const[]){"cents", "pence", NULL}},
	{"rate-pounds-thing", R_RATE,	/* 45 pounds of groceries per visit: pounds of a thing weighed, for each of a thing */
	 "(?:(?<pre>{PRE})\\h+)?(?<n>{NUM})\\h+pounds\\h+of\\h+(?:[a-z]+\\h+)?(?:" WEIGHED ")\\h+per\\h+"
	 "(?!cent\\b|capita\\b|(?:{PER}|{DUR}|{UNIT})\\b)(?<thing>(?-i:[a-z]{3,}))\\b(?!\\h+(?:{PER})\\b)(?<![^s]s)(?!-|\\h+of\\b)"
	 "(?:\\h+(?:an?|per|each|every)\\h+(?:{DUR})\\b)?",	/* (78 pounds of milk per cow a day: the first base) */
	 &POUND_WEIGHT, (const char *const[]){"pounds", NULL}},
	{"rate-unit-thing", R_RATE,	/* 0.25 gallons per tap, 40 litres of milk per cow: a measure for each of a thing */
	 "(?:(?<pre>{PRE})\\h+)?(?<n>{NUM})\\h+(?<u>{UNIT})(?:\\h+of\\h+(?:[a-z]+\\h+){0,2}?[a-z]+)?\\h+per\\h+(?:(?-i:new|additional|extra|single|average|full-time|part-time|mature)\\h+)?"
	 "(?!cent\\b|capita\\b|(?:milli|micro|nano)seconds?\\b|(?:{PER}|{DUR}|{UNIT})\\b)(?<thing>(?-i:[a-z]{3,}))\\b(?!\\h+(?:{PER})\\b)(?<![^s]s)(?!-|\\h+of\\b(?!\\h+(?:[0-9]|a\\b|an\\b)))"
	 "(?:\\h+(?:an?|per|each|every)\\h+(?:{DUR})\\b)?",	/* (a day: the first base) */
	 NULL, (const char *const[]){"per ", NULL}},
	{"rate-pence-thing", R_RATE,	/* 11p per egg: pence for each of a thing */
	 "(?:(?<pre>{PRE})\\h+)?(?<![A-Za-z0-9.,£$])(?<n>[0-9]{1,3}(?:\\.[0-9]{1,2})?)(?-i:p)\\h+per\\h+(?:(?-i:new|additional|extra|single|average|full-time|part-time)\\h+)?(?!cent\\b|capita\\b|(?:{PER}|{DUR})\\b)(?<thing>(?-i:[a-z]{3,}))\\b(?<![^s]s)(?!-|\\h+of\\b(?!\\h+(?:[0-9]|a\\b|an\\b)))",
	 &PENCE, (const char *const[]){"per ", NULL}},
	{"rate-cents-thing", R_RATE,	/* 11 pence per egg, 5 cents per egg */
	 "(?:(?<pre>{PRE})\\h+)?(?<n>{NUM})\\h+(?<u>pence|cents?)\\h+per\\h+(?:(?-i:new|additional|extra|single|average|full-time|part-time)\\h+)?(?!cent\\b|capita\\b|(?:{PER}|{DUR})\\b)(?<thing>(?-i:[a-z]{3,}))\\b(?<![^s]s)(?!-|\\h+of\\b(?!\\h+(?:[0-9]|a\\b|an\\b)))",
	 NULL, (const char *const[]){"per ", NULL}},
	{"magnitude", R_QUANTITY,	/* a magnitude 7.1 quake */
	 "(?:(?<pre>{PRE})\\h+)?\\bmagnitude[\\h-](?<num>[0-9](?:\\.[0-9])?)(?![0-9]|\\.[0-9])", &MAGNITUDE,
	 (const char *const[]){"magnitude", NULL}},
	{"magnitude-adj", R_QUANTITY,	/* a 7.1-magnitude quake */
	 "(?:(?<pre>{PRE})\\h+)?(?<![0-9.])(?<num>[0-9](?:\\.[0-9])?)-magnitude\\b", &MAGNITUDE,
	 (const char *const[]){"magnitude", NULL}},
	{"rate-slash", R_RATE,	/* $4.50/gallon, 60 km/day */
	 "(?:(?<pre>{PRE})\\h+)?(?:(?<cur>{CUR})\\h?)?(?<n>{NUM})(?:\\h*(?<u>{UNIT}))?\\h*/\\h*(?<du>{DUR}|{PER})",
	 NULL, (const char *const[]){"/", NULL}},
	{"rate-per-base", R_RATE,	/* 5 per 100,000 residents: so many of a thing left unnamed */
	 "(?:(?<pre>{PRE})\\h+)?(?<n>{NUM})(?:\\h+(?-i:[a-z]{3,}s))?\\h+per\\h+(?<dn>{NUM})\\h+(?:(?<du>{PER}|{UNIT})|(?<thing>(?-i:[a-z]{3,}s)))\\b", &THINGS, (const char *const[]){"per", NULL}},	/* 3 mites per 100 bees */
	{"rate-per-thing", R_RATE,	/* no more than 20 fish per boat a day: things per one thing (the first base); 18.3 points per game: of a score */
	 "(?:(?<pre>{PRE})\\h+)?(?<n>{NUM})\\h+(?!(?!points\\b)(?:{UNIT}|parts)\\b)(?-i:[a-z]{3,}s|fish|sheep|deer|cattle|salmon|trout)\\h+per\\h+(?:[0-9]{1,3}-(?-i:[a-z]+)\\h+)?(?!(?:{DUR}|{UNIT}|cent|percent|capita)\\b)"
	 "(?:(?<du>{PER})|(?<thing>(?-i:[a-z]{3,})))\\b(?:\\h+(?:an?|per|each|every)\\h+(?:{DUR})\\b)?", &THINGS, (const char *const[]){"per ", NULL}},
	{"rate-for-every", R_RATE,	/* one doctor for every 1,200 people, roughly one for every eight residents */
	 "(?:(?<pre>{PRE})\\h+)?(?<n>{NUM})(?:\\h+(?-i:(?!(?:of|in|on|at|to|for|from|by|and|or|the|a|an)\\b)[a-z]+)){0,2}\\h+for\\h+(?:every|each)\\h+"
	 "(?<dn>{NUM})\\h+(?:(?<du>{PER})|(?<thing>(?-i:[a-z]{3,}s)))\\b", &THINGS, (const char *const[]){"for every", "for each", NULL}},	/* one for every 15 complaints */
	{"rate-count", R_RATE,	/* 38 jets a month, about 4,650 a day, 3,000 skiers an hour, 50,000
				 * additional visitors a year: things the table does not name
				 * (below 45 degrees each winter: a temperature) */
	 "(?:(?<pre>{PRE})\\h+)?(?!(?:1[89]|20)[0-9]{2}\\h+(?:a|per|each|every|" ADVERB_RATE ")\\b)(?<n>{NUM})(?:\\h*(?<post>{POST})(?=\\h+[a-z]))?(?:(?:\\h+(?-i:(?!(?:of|in|on|at|to|for|from|by|and|or|the|a|an)\\b)(?:[a-z]+-)*(?:[a-z]*[a-rt-z]|[a-z]*us))){0,2}\\h+(?<thing>(?-i:(?!degrees\\b)(?:[a-z]+-)*[a-z]+s|[A-Z]{2,}s|[a-z]*children|people|[a-z]*men|teeth|geese|mice|sheep|deer|fish|cattle|livestock|aircraft|salmon|trout|bison|swine))(?:\\h+of\\h+(?-i:[a-z]+))?)?(?|\\h+(?:an?|per|each|every)\\h+"
	 "(?:(?<dn>{NUM})\\h+)?(?<du>{DUR}|{PER})(?!\\h+(?:earlier|ago|prior|later)\\b|\\h+before\\b(?!\\h+(?!and\\b|or\\b)[a-z0-9]))|(?<dn>(*FAIL))?\\h+(?<du>" ADVERB_RATE ")\\b" ADVERB_END ")", &THINGS, PER_WORDS},
	{"fraction-mixed", R_FRACTION,
	 "(?:(?<pre>{PRE})\\h+)?(?<![0-9/])(?<whole>[0-9]{1,4})[-\\h](?<num>[1-9][0-9]?)/(?<den>2|3|4|8|16|32|64)(?![0-9/])"	/* 188 2/3 innings: thirds too */
	 "(?:\\h*(?<unit>{UNIT})|\\h+(?<thing>(?-i:(?!(?:of|in|on|at|to|for|from|by|and|or|the|this|was|is|has|its|less|plus)\\b)[a-z]{2,}s))\\b)?",
	 &THINGS, (const char *const[]){"/", NULL}},	/* (2 1/2 lengths, 4 2/3 innings: counts of things) */
	{"one-in", R_FRACTION,	/* one in five homes, nine out of 10 */
	 "(?:(?<pre>{PRE})\\h+)?(?<num>\\b(?:one|two|three|four|five|six|seven|eight|nine)|[1-9](?=\\h+in\\h)|(?<![0-9,.])[1-9][0-9]{0,2}(?:,[0-9]{3})*(?=\\h+out\\h+of\\h))\\h+(?:in|out\\h+of)\\h+(?:every\\h+)?(?<den>(?<![0-9])[0-9]{1,3}(?:,[0-9]{3})*(?:\\.[0-9]+\\h+{BIG})?(?![0-9]|[,.][0-9])|{NUMWORDS})", NULL, (const char *const[]){" in ", " out of ", NULL}},	/* one in 1,000; one in 292.2 million */
	{"fraction", R_FRACTION,
	 "(?<![0-9/])(?<num>[1-9][0-9]?)/(?<den>2|3|4|8|16|32|64)(?![0-9/])", NULL, (const char *const[]){"/", NULL}},
	/* met three times, twice in March: occasions, a count; three times as
	 * many, twice the size, is three times higher, 2.5 times: a ratio */
	{"times-count", R_QUANTITY,	/* (a price-to-earnings ratio of about 11 times: a multiple) */
	 "(?<!\\bis\\h|\\bwas\\h|\\bare\\h|\\bwere\\h|\\bbe\\h|\\bbeen\\h|\\bratio\\hof\\h|\\bmultiple\\hof\\h)"
	 "(?<!\\bratio\\hof\\habout\\h|\\bratio\\hof\\haround\\h|\\bratio\\hof\\hroughly\\h|\\bratio\\hof\\hnearly\\h)(?:(?<pre>{PRE})\\h+)?(?![0-9,]*[.][0-9]+\\h+times)"	/* 2.5 times: a ratio; 4.7 million times: occasions */
	 "(?![0-9][0-9,.]*\\h+{BIG}\\h+(?!times\\b)|{BIG}\\h+(?!times\\b))"	/* topped $1 billion four times: the four alone */
	 "(?<num>{NUM})\\h+times" TIMES_COUNTED, &OCCURRENCE, (const char *const[]){"times", NULL}},
	{"twice-count", R_FRACTION_WORD,
	 "(?<!\\bis\\h|\\bwas\\h|\\bare\\h|\\bwere\\h|\\bbe\\h|\\bbeen\\h)(?:(?<pre>{PRE})\\h+)?"
	 "(?<word>twice)" TIMES_COUNTED, &OCCURRENCE, (const char *const[]){"twice", NULL}},
	{"one-span", R_FRACTION_WORD,	/* more than a decade, nearly a year, in less than an hour (not "more than a year ago"; "over a decade": during) */
	 "(?!over\\b)(?<pre>{PRE})\\h+(?<word>{ONESPAN})\\b(?![\\h-]+(?:ago|earlier|later|before|after|old|and\\h+a\\h+half|or)\\b)"
	 "(?!(?<=second)(?:-|\\h+(?!(?:and|or|to|in|on|at|for|per|of|faster|slower)\\b)[a-z]))", NULL,	/* (a second term: second of two) */
	 (const char *const[]){"a ", "an ", NULL}},
	{"fraction-point", R_FRACTION_WORD,	/* a quarter point, half a percentage point */
	 "(?:(?<pre>{PRE})\\h+)?(?<word>{FRAC})[\\h-]+(?:of\\h+)?(?:an?\\h+)?(?:percentage[\\h-]+)?"
	 "(?<unit>points?)\\b", &POINT, (const char *const[]){"point", NULL}},
	{"fraction-word", R_FRACTION_WORD,	/* but a fifth straight month, a third time: ordinals */
	 "(?:(?<pre>{PRE})\\h+)?(?!(?<=\\ba\\h|\\bthe\\h|-run\\h|-out\\h|-tying\\h|-clearing\\h|-winning\\h|-ahead\\h)(?:double|triple|quadruple|treble)\\b)"	/* a triple jump, the double standard, a two-run double: a kind */
	 "(?<!first-|second-|First-|Second-|first\\h|First\\h)"	/* first-half results, the first three quarters: a period */
	 "(?<word>{FRAC})(?!-[a-z])(?:(?<=double|doubled|twice|tripled|triple|trebled|quadrupled|quadruple|fold|half|halved)"	/* (a half-cent tax, a half-hour drive: a compound) */
	 "|(?![\\h-]+(?:straight|consecutive|successive|times?|rounds?|terms?"
	 "|place|largest|biggest|highest|lowest|year|month|week|day|session|meeting|game|season|quarter"
	 "|generation|wave)\\b)"
	 /* a third winding machine, a fifth new store: a thing counted in order */
	 "(?!\\h+(?-i:[a-z]{3,}\\h+)?(?:plant|factory|line|shop|store|branch|site"
	 "|facility|machine|unit|phase|stage|edition|child|daughter|son|attempt|bid|deal|vote|shift|floor|runway"
	 "|terminal|tower|book|album|film|case|victim|title|candidate|location|office|restaurant|school|hospital|ship|vessel"
	 "|courtroom|room|shelter|bridge|park|field|hall|ward|lane|track|tunnel|pool|library|garage|depot|stadium|court"
	 "|flight|route|outlet|service|station|warehouse|clinic|centre|center|mall|market"
	 "|barn|building|house|home|farm|greenhouse|shed|stall|booth|kiln|furnace|reactor|turbine|tank|mine|truck|bus|train|boat"
	 "|crew|team|lab|laboratory|bed|ambulance|engine|pump|trail|event|festival|show|sale|auction|contract|loan|grant"
	 "|lawsuit|party|suspect|player|baby|calf|cub|base|camp|port|airport|bank|fund|round"
	 "|offen[cs]e|conviction|violation|strike|dose|booster|trial|hearing|election|incident|outbreak|storm|hurricane|death)s?\\b))"
	 "(?:\\h+(?<post>{POST}))?", NULL,
	 (const char *const[]){"half", "third", "quarter", "fifth", "sixth", "eighth", "tenth", "twice", "doubl", "tripl",
			       "halve", "fold", "quadrupl", "trebl", NULL}},
	{"number-name", R_NAME,	/* the No. 25 shirt, the No. 7 train: a name, no rank (before rank: a tie goes to the first rule) */
	 "\\b(?:No\\.\\h?|number\\h)[0-9]{1,3}(?=\\h+(?:shirt|jersey|uniform|train|bus|route|line)s?\\b)", NULL,
	 (const char *const[]){"number", "No.", NULL}},
	{"rank", R_RANK,
	 "(?:No\\.\\h?|number\\h|ranked\\h|top[-\\h])(?<n>(?<![0-9])[0-9]{1,3}(?![0-9])|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|50|100)\\b)(?:(?<=[0-9])(?:st|nd|rd|th)\\b)?(?![0-9])(?![.,]?[0-9]|\\h*(?:{BIG}|%))", NULL, (const char *const[]){"No.", "number", "ranked", "top", "Top", NULL}},
	{"rank-ordinal", R_RANK, "(?<n>(?<![0-9,])[0-9]{1,3}(?:,[0-9]{3})+|{DIGITS})(?:st|nd|rd|th)\\b", NULL, (const char *const[]){"st", "nd", "rd", "th", NULL}},
	{"age-word", R_AGE, "(?|(?<pre>under|over|below|above)\\h+age\\h+|(?<=\\bage\\h|\\baged\\h|\\bages\\h|\\baged\\hbetween\\h|\\bages\\hbetween\\h|\\bages\\hof\\h|\\bage\\hfrom\\h|\\bages\\hfrom\\h)(?:(?<pre>under|over|below|above)\\h+)?)"	/* children under age 5, aged over 60, aged between 19 and 25 */
	 "(?<n>{DIGITS3})(?![0-9])(?:\\h+(?<post>{POST}))?", NULL,
	 (const char *const[]){"age", NULL}},
	{"age-noun", R_AGE,	/* children under 12, drivers over 70 (not under 25 mph) */
	 AFTER_PEOPLE "(?<pre>under|over|below|above)\\h+"
	 "(?<n>{DIGITS2})(?![0-9]|[.,][0-9]|\\h*(?:{BIG}|%|{UNIT})\\b)", NULL,
	 (const char *const[]){"under", "over", "below", "above", NULL}},
	{"age-than", R_AGE,	/* drivers older than 65, children younger than 5 (not older than 40 years) */
	 "\\b(?<pre>older\\h+than|younger\\h+than)\\h+(?<n>{DIGITS2})(?![0-9]|[.,][0-9]|\\h*(?:{BIG}|%|{UNIT})\\b)", NULL,
	 (const char *const[]){"older", "younger", NULL}},
	{"age-decade", R_AGE,	/* in their 30s: [30, 40], as 30代 */
	 "(?<=\\bin\\htheir\\h|\\bin\\hhis\\h|\\bin\\hher\\h|\\bin\\hmy\\h|\\bin\\hour\\h)(?<n>[1-9]0)(?-i:(?<decade>s))\\b", NULL,
	 (const char *const[]){"their", "his", "her", "my", "our", NULL}},
	{"age-decade-second", R_AGE,	/* in their 20s and 30s */
	 "\\bin\\h(?:their|his|her|my|our)\\h[1-9]0s,?\\h(?:and|or|to)\\h\\K(?<n>[1-9]0)(?-i:(?<decade>s))\\b", NULL,
	 (const char *const[]){"their", "his", "her", "my", "our", NULL}},
	{"age-noun-post", R_AGE,	/* children 12 and under, adults 65 and over */
	 AFTER_PEOPLE "(?<n>{DIGITS2})\\h+(?<post>(?:and|or)\\h+(?:under|over))\\b", NULL,
	 (const char *const[]){"under", "over", NULL}},
	{"age-older", R_AGE,	/* adults 65 or older, children 12 and younger */
	 "(?<![0-9.,$£€¥])(?<n>{DIGITS3})\\h+(?<post>(?:and|or)\\h+(?:older|younger))\\b", NULL,
	 (const char *const[]){"older", "younger", NULL}},
	{"age-noun-range", R_AGE,	/* children 6 to 12: the ages of the people named (not 18 to 24 months;
					 * nor players 21 to 14, voters 2 to 1: scores, ratios) */
	 AFTER_YOUNG "(?<n>{DIGITS2})(?=\\h*(?:-|to|through)\\h*{DIGITS2}(?![0-9]|[.,][0-9]|\\h*(?:{BIG}|%|{UNIT}|-)))",
	 NULL, (const char *const[]){" to ", "through", "-", NULL}},
	{"age-noun-range-end", R_AGE,	/* (its end) */
	 AFTER_YOUNG "{DIGITS2}\\h*(?:-|to|through)\\h*\\K(?<n>{DIGITS2})(?![0-9]|[.,][0-9]|\\h*(?:{BIG}|%|{UNIT}|-))",
	 NULL, (const char *const[]){" to ", "through", "-", NULL}},
	{"age-noun-between", R_AGE,	/* adults between 19 and 64: the ages of the people named */
	 AFTER_PEOPLE "between\\h+\\K(?<n>{DIGITS2})(?=\\h+and\\h+{DIGITS2}(?![0-9]|[.,][0-9]|\\h*(?:{BIG}|%|{UNIT}|-)))",
	 NULL, (const char *const[]){"between", NULL}},
	{"age-noun-between-end", R_AGE,	/* (its end) */
	 AFTER_PEOPLE "between\\h+{DIGITS2}\\h+and\\h+\\K(?<n>{DIGITS2})(?![0-9]|[.,][0-9]|\\h*(?:{BIG}|%|{UNIT}|-))",
	 NULL, (const char *const[]){"between", NULL}},
	{"age-second", R_AGE,	/* ages 6 and 9, aged 18 to 24, aged between 19 and 25, in age from 4 to 52 */
	 "\\bage[sd]?\\h+(?:between\\h+|of\\h+|from\\h+)?{DIGITS3}\\h*(?:[-–,]|\\bto\\b|\\band\\b|\\bor\\b)\\h*\\K(?<n>{DIGITS3})(?![0-9])", NULL,
	 (const char *const[]){"age", NULL}},
	/* Dana Whitfield, 52, said; ... said Dana Whitfield, 52. */
	{"age", R_AGE,	/* Tom Marsh, 61, (and Ann Coté, 64,: letters of Latin-1 after the first; Bobby Witt Jr., 24,) */
	 "(?-i:\\b[A-Z][a-z\\x{00DF}-\\x{00FF}]+(?:[A-Z][a-z\\x{00DF}-\\x{00FF}]+|-[a-z\\x{00DF}-\\x{00FF}]+)?(?:\\h[A-Z][a-z\\x{00DF}-\\x{00FF}]+(?:[A-Z][a-z\\x{00DF}-\\x{00FF}]+|-[A-Za-z][a-z\\x{00DF}-\\x{00FF}]+)?)*"
	 "(?:\\h(?:Jr|Sr)\\.|\\h(?:II|III|IV))?"	/* Bobby Witt Jr., 24, */
	 "|(?<=\\b[Hh]is\\h|\\b[Hh]er\\h|\\b[Tt]heir\\h|'s\\h)(?:son|daughter|grandson|granddaughter|wife|husband|brother|sister|father|mother|nephew|niece|partner))"	/* Hoffman's grandson, 17, */
	 ",\\h(?:now\\h)?\\K(?<n>{DIGITS2})(?=,|\\.(?:\\s|$))", NULL, (const char *const[]){", ", NULL}},	/* Tom Marsh, now 61, */
	/* 180,000 pounds of crab, weighing 250 pounds: a weight (but pounds
	 * of anything else may be money: 2.8 billion pounds of business) */
	{"pounds-weight", R_QUANTITY,
	 "(?|(?:(?<pre>{PRE})\\h+)?(?<num>{NUM})\\h+pounds?(?=\\h+of\\h+(?:[a-z]+\\h+)?(?:" WEIGHED "|cheddar|brie|gouda|mozzarella|parmesan)\\b)"
	 "|(?<=\\bweighing\\h|\\bweighs\\h|\\bweighed\\h|\\bweigh\\h"
	 /* harvest about 1.9 billion pounds: the object of a verb of harvesting, catching, picking
	  * (not grew 5 million pounds: sales may grow) */
	 "|\\bharvest\\h|\\bharvests\\h|\\bharvested\\h|\\bharvesting\\h|\\bcaught\\h|\\bcatch\\h|\\blanded\\h|\\bland\\h"
	 "|\\bpicked\\h|\\bpick\\h)(?:(?<pre>{PRE})\\h+)?(?<num>{NUM})\\h+pounds?\\b"	/* weigh about half a pound */
	 "(?:\\h+(?<post>{POST}))?"	/* weigh 2 pounds or more */
	 /* a market weight of about 45 pounds, 10 pounds heavier */
	 "|\\bweights?\\h+(?:of|is|was|are|were|averag(?:es|ed|ing)|reach(?:es|ed)?)\\h+\\K(?:(?<pre>{PRE})\\h+)?(?<num>{NUM})\\h+pounds\\b"
	 "|(?:(?<pre>{PRE})\\h+)?(?<num>{NUM})\\h+pounds(?=\\h+(?:heavier|lighter)\\b)"
	 /* Beef imports rose to 1.1 billion pounds: a thing weighed, a few words of
	  * its clause before (not beef sales of 5 million pounds: a word of money) */
	 "|\\b(?:" WEIGHED ")\\b(?:\\h+(?!(?:worth|cost|costs|paid|pay|pays|earned|earn|earns|sales|revenue|revenues|profit|profits"
	 "|spent|spend|valued|value|price|prices|fund|funds|funding|investment|investments|deal|contract|bill|budget)\\b)[a-z0-9%]+(?:[.][0-9]+%?)?,?){0,10}?\\h+"	/* (rose 1.7% to) */
	 "\\K(?:(?<pre>{PRE})\\h+)?(?<num>{NUM})\\h+pounds\\b(?:\\h+(?<post>{POST}))?)",
	 &POUND_WEIGHT, (const char *const[]){"pound", NULL}},
	{"pounds-weight-range", R_QUANTITY,	/* weighs 60 to 80 pounds: the second of a range (\K: a rule of its own) */
	 "(?<=\\bweighing\\h|\\bweighs\\h|\\bweighed\\h|\\bweigh\\h){NUM}\\h*(?:to|-|–)\\h*\\K(?:(?<pre>{PRE})\\h+)?(?<num>{NUM})\\h+pounds\\b",
	 &POUND_WEIGHT, (const char *const[]){"weigh", NULL}},
	{"us-route", R_NAME,	/* U.S. 421, U.S. Route 1: a road */
	 "(?-i:\\bU\\.S\\.\\h(?:Route\\h|Highway\\h)?)[0-9]{1,3}(?![0-9]|[.,][0-9]|\\h*(?:%|(?:percent|{BIG})\\b)|-)", NULL,
	 (const char *const[]){"U.S.", NULL}},
	{"401k", R_NAME, "\\b401\\(k\\)", NULL, (const char *const[]){"401(", NULL}},	/* a retirement plan */
	{"years-earlier", R_NAME,	/* five years earlier: a period word, as a year earlier, no span */
	 "(?<![0-9,.-])\\b(?:two|three|four|five|[2-5])\\h+years\\h+earlier\\b", NULL, (const char *const[]){"years earlier", NULL}},
	{"time-and-a-half", R_NAME, "\\btime\\h+and\\h+a\\h+half\\b", NULL, (const char *const[]){"a half", NULL}},	/* overtime pay, no fraction */
	{"cve", R_NAME, "(?-i:\\bCVE-[0-9]{4}-[0-9]{4,7}\\b)", NULL, (const char *const[]){"CVE", NULL}},	/* a vulnerability's name */
	{"per-base", R_NAME,	/* $17.80 per $1,000 of assessed value, the price per 1,000 gallons: the base of a rate, no figure */
	 "(?<=\\bper\\h|\\bfor\\hevery\\h|\\bfor\\heach\\h)(?:(?:[$£€¥]|US\\$)\\h?)?[0-9]{1,3}(?:,[0-9]{3})*(?![0-9.,])(?!\\h*(?:{BIG}|{GLUED})\\b)(?:\\h+(?-i:[a-z]+))?", NULL,	/* and the price per 1,000 gallons */
	 (const char *const[]){"per ", "for every", "for each", NULL}},
	{"street-address", R_NAME,	/* 4120 Dee Highway, 221 W. Main St., at City Hall, 200 Main St.: a house number */
	 "(?<=\\bat\\h|\\bon\\h|\\bto\\h|\\bfrom\\h|\\bnear\\h|Hall,\\h|Center,\\h|Centre,\\h|Library,\\h|Building,\\h|Courthouse,\\h|School,\\h|Church,\\h|Office,\\h|Station,\\h|Park,\\h|Museum,\\h|Arena,\\h|Complex,\\h|Annex,\\h|Hospital,\\h|Stadium,\\h|Hotel,\\h|Theater,\\h|Theatre,\\h)[0-9]{1,6}(?=\\h+(?-i:(?:[NSEW]\\.?\\h+)?(?:[A-Z][a-z]+|[0-9]{1,3}(?:st|nd|rd|th))(?:\\h+[A-Z][a-z]+){0,2}"
	 "\\h+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Highway|Hwy|Court|Ct|Parkway|Pkwy|Circle|Terrace|Pike|Trail|Way|Place|Pl|Plaza|Square|Sq|Alley|Row|Loop|Crescent|Expressway|Freeway)\\b))",
	 NULL, NULL},
	{"emergency-number", R_NAME,	/* call 911, 911 calls, a 911 surcharge, 24/7: numbers of a service */
	 "(?:(?<=\\bcall\\h|\\bdial\\h|\\bdialed\\h|\\bdialing\\h|\\bcalling\\h)(?:911|999|112|311|988|211)\\b"
	 "|\\b(?:911|999|311|988)\\h+(?:calls?|dispatch\\w*|operators?|centers?|centres?|lines?|system|surcharges?|fees?|taxes?|services?|emergenc\\w*|hotlines?|helplines?)\\b|\\b24/7\\b"
	 "|\\b211\\h+(?:hotlines?|helplines?|line|service|system)\\b"	/* (211 calls, 211 lines, 211 operators: counts) */
	 "|(?<=\\bto\\h|\\bvia\\h|\\btext\\h|\\btexts\\h|\\btexted\\h)(?:911|999|311|988)\\b(?![.,][0-9]|\\h*%))", NULL,	/* texts to 911 */
	 (const char *const[]){"911", "999", "112", "311", "988", "211", "24/7", NULL}},
	{"standard", R_NAME, "(?-i:\\b(?:ISO|IEC)(?:/IEC)?)\\h+[0-9]{3,6}(?:-[0-9]{1,3})?(?::(?:19|20)[0-9]{2})?(?![0-9])", NULL,	/* ISO 9001:2015: a standard */
	 (const char *const[]){"ISO", "IEC", NULL}},
	{"century", R_NAME, "\\b[0-9]{1,2}(?:st|nd|rd|th)(?:-|\\h+)century\\b", NULL,	/* the 21st century: an era, no rank */
	 (const char *const[]){"century", NULL}},
	{"ordinal-name", R_NAME,	/* the 11th District, the 4th Congressional District, the 5th Circuit, the 5th Earl of Dunmore: an ordinal in a name */
	 "\\b{DIGITS}(?:st|nd|rd|th)\\h+(?-i:(?:Congressional|Judicial|Senate|Assembly|Council|Legislative|School|Police|Avenue)\\h+)?(?-i:District|Circuit|Amendment|Street|Avenue|Ave|Congress|Division|Fleet|Army"
	 "|Ward|Precinct|Infantry|Airborne|Regiment|Battalion|Brigade|Corps|Cavalry|Squadron|Class"
	 "|Earl|Duke|Duchess|Baron|Baroness|Baronet|Marquess|Marquis|Viscount|Countess|Dynasty|Parliament|Assembly)\\b"
	 /* the 42nd Riverside Marathon, the 75th Annual Tony Awards: an event's edition (but his 5th
	  * Masters, the team's 4th Cup final: a count of someone's) */
	 "|(?<!\\bhis\\h|\\bher\\h|\\btheir\\h|\\bits\\h|'s\\h|’s\\h)\\b{DIGITS}(?:st|nd|rd|th)(?:\\h+annual)?(?:\\h+(?-i:[A-Z][a-z'’.-]*)){0,3}\\h+(?-i:Marathon|Festival|Fair|Games|Awards|Olympiad"
	 "|Championships?|Open|Tournament|Regatta|Rodeo|Parade|Show|Exhibition|Biennale|Triennale|Conference|Summit|Convention"
	 "|Congress|Symposium|Expo|Derby|Classic|Invitational|Grand\\h+Prix|Anniversary|Annual|Masters|Bowl|Cup|Series|Olympics"
	 "|Race|Relays|Run|Gala|Ball|Jamboree|Powwow|Session|Legislature|[0-9]{1,2}K)\\b", NULL,	/* the 89th Masters, the 58th Super Bowl, the 15th annual Harbor Lights 5K */
	 (const char *const[]){"st", "nd", "rd", "th", NULL}},
	{"bill", R_NAME,	/* House Bill 26-1118, SB 1047: a bill's number */
	 "(?-i:\\b(?:House|Senate|Assembly)\\h+(?:Bill|Resolution|File)\\h+|\\b(?:HB|SB|AB)\\h?)[0-9]{1,4}(?:-[0-9]{1,5})?(?![0-9]|[.,][0-9])", NULL,
	 (const char *const[]){"Bill", "Resolution", "File", "HB", "SB", "AB", NULL}},
	{"event-year", R_NAME, "(?-i:\\b(?:Expo|Vision|Agenda|Euro|Act|Bill)\\h(?:19|20)[0-9]{2}\\b)", NULL,
	 (const char *const[]){"Expo", "Vision", "Agenda", "Euro", "Act", "Bill", NULL}},	/* Expo 2025, the Finance Act 2024: names */
	/* scores: 6-1 and 52-48 run downwards (no range); a lower first
	 * figure only after a verb of a game or before a word of one */
	{"model", R_NAME,	/* 737 MAX, iPhone 17 Pro */
	 "(?<![0-9.,$£€¥])[0-9]{1,4}\\h?(?-i:MAX|Max|Pro|Ultra|Plus|Mini|mini|Air|XL|SE|Neo|Turbo)\\b", NULL,
	 (const char *const[]){"MAX", "Max", "Pro", "Ultra", "Plus", "Mini", "mini", "Air", "XL", "SE", "Neo",
			       "Turbo", NULL}},
	{"phone", R_NAME,	/* 0800 138 7777, 01597 826000, 0120-811-610, (212) 555-0100, 541-383-5300, 1800-11-4000, 555-0142 (a 0 after the dash: no range): a telephone number */
	 "(?<![0-9-])(?:0[0-9]{2,4}[-\\h][0-9]{3,4}[-\\h][0-9]{3,4}|0[0-9]{3,4}\\h[0-9]{5,6}|\\([0-9]{3}\\)\\h?[0-9]{3}-[0-9]{4}|(?:1-)?[2-9][0-9]{2}-[0-9]{3}-[0-9]{4}|[2-9][0-9]{2}-0[0-9]{3}|1[89]00-[0-9]{2,3}-[0-9]{4}|\\+[1-9][0-9]{0,2}(?:[\\h-][0-9]{1,4}){2,4})(?![0-9])", NULL,
	 (const char *const[]){"-", " ", "+", NULL}},
	{"id-number", R_NAME,	/* charity number 1104871, No. 20451, Hat No. 10,000: an identifier */
	 "(?<=\\bnumber\\h|\\bNo\\.\\h|\\bno\\.\\h)(?:[0-9]{4,}(?:-[0-9]+)?|[0-9]{1,3}(?:,[0-9]{3})+)(?![0-9]|[.,][0-9])", NULL,	/* No. 2025-14 */ (const char *const[]){"number", "No.", "no.", NULL}},
	{"constant-prices", R_NAME,	/* in 2026 dollars, at 2020 prices: a base of prices, no money, no period */
	 "(?<=\\bin\\h|\\bat\\h)(?:19|20)[0-9]{2}\\h+(?:dollars|pounds|euros|yen|prices|terms)\\b", NULL,
	 (const char *const[]){"dollars", "pounds", "euros", "yen", "prices", "terms", NULL}},
	{"maturity", R_NAME,	/* the 10-year Treasury: the name of a security */
	 "\\b(?:[0-9]{1,2}|{NUMWORDS})-year\\h+(?:fixed(?:-rate)?\\h+)?(?:Treasury|Treasuries|notes?|bonds?|yields?|gilts?|Bunds?|JGBs?"
	 "|mortgages?|rates?|loans?)\\b", NULL,
	 (const char *const[]){"-year", NULL}},
	{"ratio-to-one", R_QUANTITY,	/* a student-to-faculty ratio of 18 to 1, the ratio is 15:1: so many to one (and the base it is compared with) */
	 "(?:\\bratio\\h+(?:is|was|of|at|stood\\h+at|stands\\h+at|reached|fell\\h+to|rose\\h+to"
	 "|(?:can|could|may|might|will|would)\\h+(?:run|reach|hit|climb|rise)(?:\\h+to)?)"	/* the ratio can run as high as 60 to 1 (≤: a prefix) */
	 "|\\b(?:compared\\h+(?:with|to)|versus))\\h+\\K(?:(?<pre>{PRE})\\h+)?"	/* …, compared with 16 to 1 in 2015 */
	 "(?<num>[0-9]{1,4}(?:\\.[0-9]{1,3})?)(?:\\h+to\\h+|\\h*:\\h*)(?:1|one)\\b(?![.,:]?[0-9]|\\h*(?:%|percent|{BIG}|{UNIT})\\b)", &RATIO_TO_ONE,
	 (const char *const[]){"ratio", "compared", "versus", NULL}},
	{"score", R_SCORE,	/* 52-48, and a vote's 1,904-1,577 */
	 "(?<![0-9.,$£€¥/-])(?<a>[0-9]{1,3}(?:,[0-9]{3})*)[-–](?<b>[0-9]{1,3}(?:,[0-9]{3})*)(?![0-9/%-]|[.,][0-9]|\\h*(?:{BIG}|{UNIT})\\b)", NULL,
	 (const char *const[]){"-", "–", NULL}},
	{"score-game", R_SCORE,	/* beat Kowal 6-4, 3-6, 6-2: a set's scores after the first too */
	 "\\b(?:beat|beats|beating|beaten|defeated|defeats|defeating|won|win|wins|lost|lose|loses|losing|edged|routed|"
	 "drew|tied|trailed|trails|led|leads|downed|topped|blanked|went|finished)\\b(?:\\h+(?:(?-i:No)\\.|[^\\h,.;:]+)){0,5}?\\h+"	/* the No. 2 seed */
	 "\\K(?<a>[0-9]{1,3})[-–](?<b>[0-9]{1,3})(?:[-–][0-9]{1,3})?(?:,\\h*[0-9]{1,2}[-–][0-9]{1,2}(?:\\h*\\([0-9]{1,2}\\))?(?![0-9]))*(?<game>)"	/* finished 26-9-3: wins, losses, ties */
	 "(?![0-9/%-]|[.,][0-9]|\\h*(?:{BIG}|{UNIT})\\b|\\h+(?-i:[a-z]+s)\\b)", NULL,
	 (const char *const[]){"-", "–", NULL}},
	{"record-to", R_SCORE,	/* The Raiders fell to 3-8: a record after a verb of change and to, right there */
	 "\\b(?:fell|falls?|dropped|drops?|slipped|slips?|slid|improved|improves?|climbed|moved)\\h+to\\h+"
	 "\\K(?<a>[0-9]{1,3})[-–](?<b>[0-9]{1,3})(?:[-–][0-9]{1,3})?(?<game>)"
	 "(?![0-9/%-]|[.,][0-9]|\\h*(?:{BIG}|{UNIT})\\b|\\h+(?-i:[a-z]+s)\\b)", NULL,
	 (const char *const[]){" to ", NULL}},
	{"record-name", R_SCORE,	/* Purdue, 1-8, managed; Purdue (1-8) managed: a team's record
				 * beside the name that opens the sentence (not Friday, 9-5; a
				 * plural alone is a noun: Rooms, 2-3, share; Kids (6-11)) */
	 "(?-i:(?:^|(?<=[.!?]\\h|\\n))(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Grades?|Ages?|Chapters?|Pages?|Steps?"
	 "|Children|People|Women|Men)\\b)"
	 "(?:The\\h+[A-Z][A-Za-z.'’&]*(?:\\h+[A-Z][A-Za-z.'’&]*){0,2}|[A-Z][A-Za-z.'’&]*(?:\\h+[A-Z][A-Za-z.'’&]*){1,2}|[A-Z][A-Za-z.'’&]*(?<!s))"
	 "(?:,\\h+(?=[0-9]{1,2}[-–][0-9]{1,2}(?:[-–][0-9]{1,2})?,\\h+[a-z])|\\h\\((?=[0-9]{1,2}[-–][0-9]{1,2}(?:[-–][0-9]{1,2})?\\))))"
	 "(?<a>[0-9]{1,2})[-–](?<b>[0-9]{1,2})(?:[-–][0-9]{1,2})?(?<game>)", NULL,
	 (const char *const[]){"-", "–", NULL}},
	{"score-word", R_SCORE,
	 "(?<![0-9.,$£€¥/-])(?<a>[0-9]{1,3})[-–](?<b>[0-9]{1,3})(?:[-–][0-9]{1,3})?(?<game>)(?=\\h+(?:lead|win|victory|"
	 "loss|defeat|draw|tie|vote|decision|score|edge|triumph|rout|drubbing|deficit|overall|(?:season\\h+|overall\\h+|home\\h+|road\\h+)?record)\\b)", NULL,
	 (const char *const[]){"-", "–", NULL}},
	{"vote-to", R_SCORE,	/* voted 5 to 4, passed 1,288 to 1,091, by a vote of 1,412 to 968, the vote was 1,284 to 97: a vote */
	 "\\b(?:(?:voted|passed|approved|rejected|adopted|defeated|ratified|confirmed)(?:\\h+(?:by\\h+)?an?\\h+(?:vote|margin)\\h+of)?|(?:a|the)\\h+(?:vote|margin)\\h+of|\\b(?:vote|tally|count)\\h+(?:was|is|stood\\h+at)),?\\h+"
	 "\\K(?<a>[0-9]{1,3}(?:,[0-9]{3})*)\\h+to\\h+(?<b>[0-9]{1,3}(?:,[0-9]{3})*)(?<game>)(?=\\h*[,.;:)]|\\h*$|\\h+(?:vote|votes|in|on|at|with|to|against|after|before|during|last|this|that|and|but|for)\\b)", NULL,
	 (const char *const[]){" to ", NULL}},
	{"vote-to-object", R_SCORE,	/* approved the bond, 1,904 to 1,577; approved the increase 7 to 2 in June: a vote, if it runs downwards */
	 /* (approved cutting the limit 35 to 25: a change); a long object, with
	  * figures of money or years, only before a comma (approved a $142.6
	  * million budget for the 2025-26 school year on Tuesday, 1,904 to 1,577) */
	 "\\b(?:voted|passed|approved|rejected|adopted|defeated|ratified|confirmed)"
	 "(?:(?:\\h+(?![a-z]+ing\\b)[^\\h,.;:0-9]+){1,4},?|(?:\\h+(?![a-z]+ing\\b)(?:[^\\h\\n,.;:0-9$]+|\\$[0-9]+(?:\\.[0-9]+)?|[0-9]{4}(?:-[0-9]{2})?)){1,12},)\\h+"
	 "\\K(?<a>[0-9]{1,3}(?:,[0-9]{3})*)\\h+to\\h+(?<b>[0-9]{1,3}(?:,[0-9]{3})*)"
	 "(?=\\h*[.;:)]|\\h*$|\\h+(?:in|on|at|with|after|before|during|last|this|that|and|but)\\b)", NULL,
	 (const char *const[]){" to ", NULL}},
	{"average", R_QUANTITY,	/* hitting .292, a .500 record: a decimal with no whole part (a batting average) */
	 "(?<![0-9A-Za-z.,$£€¥/-])(?<num>\\.[0-9]{3})(?![0-9%]|[.,][0-9]|\\h*(?:{BIG}|{UNIT})\\b)", NULL,
	 (const char *const[]){".", NULL}},
	{"caliber", R_NAME,	/* a .357 Magnum, a .22-caliber rifle: a gun's name */
	 "(?<![0-9A-Za-z.,])\\.[0-9]{2,3}[\\h-]?(?:caliber|calibre|magnum)\\b", NULL,
	 (const char *const[]){"caliber", "calibre", "magnum", NULL}},
	{"record-three", R_SCORE,	/* The Leafs, 38-21-3, sit first: wins, losses and ties, a record */
	 "(?<![0-9.,$£€¥/-])(?<a>[0-9]{1,3})[-–](?<b>[0-9]{1,3})[-–][0-9]{1,3}(?<game>)(?![0-9/%-]|[.,][0-9]|\\h*(?:{BIG}|{UNIT})\\b)", NULL,
	 (const char *const[]){"-", "–", NULL}},
	{"score-out", R_SCORE,	/* Rovers outshot City 17 to 8, outscored Duke 12 to 2: a game's tally */
	 "\\bout(?:shot|scored|rebounded|gained|hit|played|ran|pitched|shoots|scores)\\h+(?:the\\h+)?(?-i:[A-Z][A-Za-z.'’&-]*)(?:\\h+(?-i:[A-Z][A-Za-z.'’&-]*)){0,2}\\h+"
	 "\\K(?<a>[0-9]{1,3})\\h+to\\h+(?<b>[0-9]{1,3})(?<game>)(?![0-9]|[.,][0-9]|\\h*(?:%|percent|{BIG}|{UNIT})\\b)", NULL,
	 (const char *const[]){"out", NULL}},
	{"score-for-spaced", R_SCORE,	/* went 13 for 31 from the field, was 2 for 4 on the power play: made of tried */
	 "\\b(?:went|goes|go|was|were|is|are|shot|shoots|finished)\\h+\\K(?<a>[0-9]{1,2})\\h+for\\h+(?<b>[0-9]{1,2})(?<game>)"
	 "(?=\\h+(?:from|on|at|in|with)\\h)", NULL,	/* (Avocados are 2 for 5 this week; the board was 5 for 2 against) */
	 (const char *const[]){" for ", NULL}},
	{"score-for", R_SCORE,	/* 2-for-4 at the plate */
	 "(?<![0-9.,-])(?<a>[0-9]{1,2})-for-(?<b>[0-9]{1,2})(?<game>)(?![0-9])", NULL,
	 (const char *const[]){"-for-", NULL}},
	/* degrees alone: of a temperature after a word of one (temperatures
	 * fell to 28 degrees, a high of 101 degrees) or before warmer, above
	 * (5 degrees above normal), with no scale (degree); of an angle after
	 * a word of one (a slope of 30 degrees, a 180-degree turn: deg) */
	{"temp-degrees", R_QUANTITY,
	 "(?|\\b(?:temperatures?|highs?|lows?|heat|heat\\h+index|wind\\h+chills?|thermometers?|mercury|feels?\\h+like|water|readings?|coldest|warmest|hottest)\\b"
	 "(?:[^.!?\\n]|\\.(?=[0-9])){0,60}?\\K(?<![A-Za-z0-9.,-])(?:(?<pre>{PRE})\\h+)?(?<num>{NUM})\\h+degrees?\\b"
	 "(?!\\h+(?:Celsius|Fahrenheit|C|F|centigrade)\\b)(?:\\h+(?<post>{POST}))?"
	 "|(?<![A-Za-z0-9.,-])(?:(?<pre>{PRE})\\h+)?(?<num>{NUM})\\h+degrees?\\b(?:\\h+(?<post>{POST}))?"
	 "(?=\\h+(?:warmer|colder|cooler|hotter|above|below)\\b))", &DEGREES, (const char *const[]){"degree", NULL}},
	{"temp-decade", R_QUANTITY,	/* highs in the 40s: [40, 50] degrees, no scale; in the low 30s: [30, 35] (at 7 a.m. between: no sentence's end); drop to the mid-90s */
	 "\\b(?:temperatures?|highs?|lows?|readings?)\\b(?:[^.!?\\n]|\\.(?=[0-9]|\\h?(?-i:[a-z]))){0,80}?\\b(?:in|into|reach|reached|reaching|hit|"
	 "(?:drops?|dropped|dropping|falls?|fell|falling|dips?|dipped|sinks?|sank|plunged?|climbs?|climbed|climbing|rises?|rose|rising|soars?|soared|warms?|warmed|cools?|cooled|peaked)\\hto)\\hthe\\h\\K(?:(?:low|lower|mid|upper|high)(?:-|\\h))?(?<num>[1-9]0|1[0-2]0)(?-i:(?<decade>s))\\b", &DEGREES,
	 (const char *const[]){"in the", "into the", "reach the", "reached the", "reaching the", "hit the", "to the", NULL}},
	{"angle-degrees", R_QUANTITY,
	 "(?|\\b(?:angles?|slopes?|tilt(?:s|ed)?|inclines?|grades?|pitch|gradients?|rotat(?:e|es|ed|ion)|turn(?:s|ed)?|bends?|bent|swung|swings?|pivot(?:s|ed)?)\\b"
	 "(?:[^.!?\\n]|\\.(?=[0-9])){0,30}?\\K(?<![A-Za-z0-9.,-])(?:(?<pre>{PRE})\\h+)?(?<num>{NUM})\\h+degrees?\\b(?:\\h+(?<post>{POST}))?"
	 "|(?<![A-Za-z0-9.,-])(?:(?<pre>{PRE})\\h+)?(?<num>[0-9]{1,3})-degree(?=\\h+(?:turn|angle|view|rotation|slope|tilt|arc|camera|panorama|video|shift|pivot|swing)s?\\b))",
	 &ANGLE, (const char *const[]){"degree", NULL}},
	{"degrees-alone", R_QUANTITY,	/* topped 78 degrees, nights below 25 degrees, below about 15 degrees: in digits, with no word of an angle, a temperature (two degrees: things) */
	 "(?<![A-Za-z0-9.,-])(?:(?<pre>{PRE})\\h+(?:(?<pre2>{PRE})\\h+)?)?(?<num>[0-9]{1,3}(?:\\.[0-9]+)?)\\h+degrees?\\b(?!\\h+(?:of|north|south|east|west|latitude|longitude)\\b)(?:\\h+(?<post>{POST}))?",
	 &DEGREES, (const char *const[]){"degree", NULL}},
	{"temp-c", R_QUANTITY,	/* 41C, 106F: a capital right after the digits (not Type 2C) */
	 "(?:(?<pre>{PRE})\\h+)?(?<![A-Za-z0-9.,])(?-i:{NOTNAMED})(?<num>[0-9]{1,3}(?:\\.[0-9])?)(?-i:C)(?![A-Za-z0-9])", &CELSIUS, NULL},
	/* a hole 4m by 3m, a wall 5m high: a small m after digits is metres
	 * where a dimension follows (else millions: 1.5m people, £4m) */
	{"metres-dimension", R_QUANTITY,
	 "(?:(?<pre>{PRE})\\h+)?(?<![A-Za-z0-9.,$£€¥])(?<num>[0-9]{1,4}(?:\\.[0-9]+)?)(?-i:m)"
	 "(?=\\h+(?:by\\h+[0-9]{1,4}(?:\\.[0-9]+)?m\\b|(?:high|long|wide|deep|tall|away|square)\\b))", &METRE,
	 (const char *const[]){"by", "high", "long", "wide", "deep", "tall", "away", "square", NULL}},
	{"metres-by", R_QUANTITY,
	 "(?<=[0-9]m\\hby\\h)(?<num>[0-9]{1,4}(?:\\.[0-9]+)?)(?-i:m)\\b", &METRE, (const char *const[]){"by", NULL}},
	{"pence-rate", R_RATE,	/* 49p a kilogram, 152p per litre */
	 "(?:(?<pre>{PRE})\\h+)?(?<![A-Za-z0-9.,£$])(?<n>[0-9]{1,3}(?:\\.[0-9]{1,2})?)(?-i:p)\\h+(?:an?|per|each|every)\\h+"
	 "(?:(?<dn>{NUM})\\h+)?(?<du>{DUR}|{PER})\\b", &PENCE, PER_WORDS},
	{"pence", R_QUANTITY,	/* a stamp costs 85p: pence, a small p right after the digits */
	 "(?:(?<pre>{PRE})\\h+)?(?<![A-Za-z0-9.,£$])(?<num>[0-9]{1,3}(?:\\.[0-9]{1,2})?)(?-i:p)(?![A-Za-z0-9])", &PENCE, NULL},
	{"temp-f", R_QUANTITY,
	 "(?:(?<pre>{PRE})\\h+)?(?<![A-Za-z0-9.,])(?-i:{NOTNAMED})(?<num>[0-9]{1,3}(?:\\.[0-9])?)(?-i:F)(?![A-Za-z0-9])", &FAHRENHEIT, NULL},
	{"quantity", R_QUANTITY,
	 /* at least the next two weeks (but over the next 18 months is during them; $1 more
	  * than two years ago, paved more than 20 years ago: a date, no bound) */
	 "(?:(?<pre>{PRE})\\h+(?!{NUM}\\h+(?:years?|months?|weeks?|days?|decades?)\\h+ago\\b)(?:(?<!\\bover\\h){SPAN}\\h+(?=[a-z0-9-]+\\h+(?:{DUR})))?(?:(?<pre2>{PRE})\\h+)?)?(?:(?<cur>{CUR})\\h?)?(?<num>{NUM})(?:\\h*(?<mid>{HALF})(?:\\h+(?<big>{BIG})\\b)?)?"
	 /* a suffix before the next figure is that one's (5% and over 10%) */
	 /* roughly 10 more days: a word of "more" before the unit */
	 /* eight straight years, three consecutive quarters */
	 /* 10 clinic days, 12 overtime hours: a noun before a unit of time */
	 "(?:(?:\\h+(?:more|additional|extra|straight|consecutive|successive|full-time|part-time|permanent|temporary|vertical|horizontal|linear|lineal"
	 "|(?=(?-i:[a-z]{3,}\\h+(?:minutes|hours|days|weeks|months|years))\\b)"
	 "(?!(?:of|in|on|at|to|for|from|by|and|or|the|per|than|over|under|about|every|each|more|less|few|many|these|those|its|their"
	 "|last|this|next|past|previous|coming|recent|several|people|model|fiscal|calendar|academic|financial"
	 "|watt|kilowatt|megawatt|gigawatt|terawatt|{NUMWORDS})\\b)(?-i:[a-z]{3,})))?\\h*(?:of\\h+)?(?<unit>{UNIT}))?(?:\\h*(?<post>{POST})(?!\\h*[0-9$£€¥]))?", NULL, NULL},
	/* two children, 40 volunteers: a count of things the table does not name */
	/* two children, 40 volunteers, 310 million weekly active users: up to
	 * two lower-case words before the plural noun */
	{"post-unit", R_QUANTITY,	/* 90 or more days, 90-plus days: the bound before the unit */
	 "(?:(?<pre>{PRE})\\h+)?(?:(?<cur>{CUR})\\h?)?(?<num>{NUM})\\h*(?<post>{POST})\\h+(?<unit>{UNIT})", NULL, NULL},
	{"hyphen-count", R_QUANTITY,	/* a 60-kennel building, a 12-lane highway: so many things (units, times and ages have rules of their own) */
	 "(?<=\\ba\\h|\\bA\\h|\\ban\\h|\\bAn\\h|\\bthe\\h|\\bThe\\h|\\bnew\\h)(?<num>[0-9]{1,3}(?:,[0-9]{3})*)-"
	 "(?!(?:{UNIT}|year|month|week|day|hour|minute|second|old|something|plus|odd|point|time|percent|degree|inch|foot|feet|mile|acre|pound|ton|yard"
	 "|meter|metre|kilometer|kilometre|gallon|ounce|cent|dollar|seat|bed|room|stall|unit|cow|head|storey|story|person|member"
	 "|star|figure|alarm|strong|way|digit|game|to|for)s?\\b)"	/* (a 5-star hotel, a 6-figure salary: a grade) */
	 "(?<thing>[a-z]{3,})\\b(?=\\h+[a-z])", &THINGS, NULL},
	{"post-count", R_QUANTITY,	/* five or more bells, five or more unpaid tickets: the bound before a counted noun */
	 "(?:(?<pre>{PRE})\\h+)?(?<num>{NUM})\\h*(?<post>{POST})\\h+(?!(?:{UNIT})\\b|(?:was|is|has|this|us|its|less|plus|than|the|of|and|or|in|on|at|to|for|with|from|by|under|into)\\b)(?<thing>(?-i:(?:[a-z]{3,}\\h+(?!(?:{UNIT})\\b))?(?:[a-z]{2,}s|[a-z]*children|people|teeth|geese|mice|sheep|deer|fish|cattle|aircraft)))\\b",
	 &THINGS, NULL},
	{"count", R_QUANTITY,	/* (children under 16 fish free: an age) */
	 "(?!(?=(?:under|over|below|above)\\h[0-9])" AFTER_PEOPLE ")(?:(?<pre>{PRE})\\h+)?(?!(?:1[89]|20)[0-9]{2}\\b|(?:once|twice|thrice)\\b)(?<num>{NUM})(?:(?<=s)\\h+of)?\\h+"	/* once it opens: no count; hundreds of animals */
	 /* one before a plural is a pronoun (If one fails), not a count;
	  * a unit is no word of the noun (500 kg costs) */
	 "(?<!(?<![A-Za-z0-9,.])one\\h)(?<!(?<![A-Za-z0-9,.])1\\h)(?!(?:{UNIT})(?![A-Za-z-]))"
	 "(?:(?-i:(?!(?:of|in|on|at|to|for|from|by|and|or|the|a|an|were|was|are|is|have|had|has|will|who|that|which|people|children|men|women|it|he|she|they|we|you|i"
	 "|during|after|before|since|until|through|when|while|than|per|as|via|into|like"	/* 1,400 during storms: no noun of the count */
	 "|against|among|amid|between|within|without|about|across|around|along|toward|towards|above|below|over|under|beyond|behind|despite|upon|onto|versus"	/* $4.2 million against three carriers */
	 "|must|can|could|should|would|may|might|shall|cannot|do|does|did|own|owned|their|his|her|its|our|my|your"
	 "|held|made|said|took|saw|got|gave|won|sold|bought|paid(?!\\h+(?:holidays|days|staff|positions|employees|workers|interns|subscribers|members|memberships|subscriptions|users|accounts|firefighters|jobs)\\b)|kept|sent|spent|told|did|came|went|became)\\b(?!-))"	/* (650 paid staff: an adjective) */	/* (on-site is a word) */
	 "(?:[a-z]+-)*(?:[a-z]*[a-rt-z]|[a-z]*(?:us|ss)|gas|measles|mumps|rabies)|[a-z]{3,}['’]s|[0-9]{1,3}(?:,[0-9]{3})*-[a-z]+|[a-z]+-[0-9]{1,3}\\b|U\\.S\\.|US|UK|EU|(?:[A-Z][a-z]+-)?(?:[A-Z][a-z]+(?:ish|an|ese)|Welsh|French|Dutch|Greek|Thai|Swiss|Czech))\\h+){0,2}"	/* 2.1 million U.S. workers, nine British orchestras, 18 sheriff's deputies */
	 "(?<thing>(?-i:(?!(?:this|has|was|is|its|his|does|goes|us|less|plus|unless|thus|always|perhaps|across|towards"
	 "|[a-z]*ss|gas|measles|mumps|rabies"	/* 30 gas grills, 12 glass jars, 14 measles cases: no plurals */
	 /* a family of four spends: verbs */
	 "|spends|pays|says|gets|makes|takes|needs|earns|owns|lives|eats|wants|sees|keeps|buys|sells"
	 "|receives|remains|stays|tends|seems|becomes|triggers|requires|means|includes|allows|shows(?=\\h+(?:up|that|how|what|why|signs|no|little|a|an|the)\\b)"
	 "|reaches|exceeds|marks|brings|qualifies|counts|applies|costs|rises|totals|averages|doubles|triples)\\b"
	 "|[a-z]*ous\\b)(?:[a-z]+-)*[a-z]{2,}s|[A-Z]{2,}s|[A-Z][a-z]+ans|[a-z]*children|[a-z]*men|people"
	 /* plurals without -s: 12 teeth, 300 sheep */
	 "|teeth|geese|mice|sheep|deer|fish|cattle|livestock|aircraft|spacecraft|salmon|trout|bison|moose|swine|offspring|staff|personnel"
	 "|sockeye|coho|chinook|steelhead|halibut|cod|tuna|shrimp|squid|elk|reindeer))\\b(?:\\h+(?<post>{POST}))?", &THINGS, NULL},
	{NULL, R_QUANTITY, NULL, NULL, NULL}
};

const struct lang lang_en = {
	.code = "en",
	.script = SCRIPT_LATIN,
	.dates_follow = 1,
	.caseless = 1,
	.spaced = 1,
	.num_pattern = "(?<![0-9])(?<![0-9][.,])(?>{ARABIC}(?:\\h?{BIG}(?![-\\h](?:pound|dollar|euro)\\b)|{GLUED})?+"
		       /* "and" only after a place: three hundred and five, not
			* between four and six */
		       /* two digits of words in a row are two figures: two
			* five-year options */
		       "|{NUMWORDS}(?:(?:(?<=hundred|thousand|million|billion)\\h+and\\h+|[\\h-]+"
		       "(?!(?<=\\bone[\\h-]|\\btwo[\\h-]|\\bthree[\\h-]|\\bfour[\\h-]|\\bfive[\\h-]|\\bsix[\\h-]|\\bseven[\\h-]|\\beight[\\h-]|\\bnine[\\h-])"
		       "(?:one|two|three|four|five|six|seven|eight|nine)\\b))"
		       "{NUMWORDS})*+)",
	.numerals = NUMERALS,
	.units = UNITS,
	.currency_prefixes = CURRENCY,
	.per_things = PER_THINGS,
	.months = MONTHS,
	.prefixes = PREFIXES,
	.suffixes = SUFFIXES,
	.periods = PERIODS,
	.fractions = FRACTIONS,
	.one_spans = ONE_SPANS,
	.pm_words = PM,
	.am_words = AM,
	.range_joiners = RANGE_JOINERS,
	.range_open = RANGE_OPEN,
	.range_close = RANGE_CLOSE,
	.alternatives = ALTERNATIVES,
	.change_from = CHANGE_FROM,
	.change_adverbs = CHANGE_ADVERBS,
	.since_words = SINCE,
	.subject_markers = SUBJECT_MARKERS,
	.subject_joiners = SUBJECT_JOINERS,
	.list_joiners = LIST_JOINERS,
	.subject_carriers = SUBJECT_CARRIERS,
	.subject_max = 4,
	.subject_before = 0,
	.sentence_ends = SENTENCE_ENDS,
	.clause_breaks = CLAUSE_BREAKS,
	.abbreviations = ABBREVIATIONS,
	.name_exceptions = NAME_EXCEPTIONS,
	.period_masks = (const char *const[]){"its first", "their first", "its second", "their second",
					      "Q1 Stadium", "Q1 Arena", "Q1 Center", "Q1 Centre", "Q1 Field", "Q1 Park", "Q2 Stadium", "Q2 Arena", "Q2 Center", "Q2 Centre", "Q2 Field", "Q2 Park", "Q3 Stadium", "Q3 Arena", "Q3 Center", "Q3 Centre", "Q3 Field", "Q3 Park", "Q4 Stadium", "Q4 Arena", "Q4 Center", "Q4 Centre", "Q4 Field", "Q4 Park", NULL},	/* (Q2 Stadium: a venue's name, no quarter) */	/* in its first six months: the pilot's, no half of a year */
	.multiple_bases = (const char *const[]){"the", "its", "their", "of the", "of its", "of their", "what", NULL},
	.than_bases = (const char *const[]){"more than the", "less than the", "fewer than the", "higher than the",
					    "lower than the", "greater than the", "larger than the", "smaller than the",
					    "more than what", "less than what", "below the", "above the",
					    "more than their", "less than their", "more than its", "less than its",
					    "fewer than its", "fewer than their", "higher than its", "higher than their",
					    "more than under the", "fewer than under the", "less than under the",	/* 30% fewer than under the 2020 plan */
					    "lower than its", "lower than their",
					    "below their", "above their", "below its", "above its",
					    "more than they", "less than they", "fewer than they", "more than it", "less than it",
					    "more than we", "less than we", "more than he", "less than he", "more than she", "less than she",
					    NULL},	/* $90 less than their peak in mid-2023; 12% more than they received a year earlier */
	.fraction_bases = (const char *const[]){"the", "its", "their", NULL},
	.clause_bases = (const char *const[]){"of what", "what", NULL},
	.then_clauses = (const char *const[]){", when", ", the year", NULL},
	.asides = (const char *const[]){"which", "who", "whose", NULL},
	.verb_units = (const char *const[]){"won", NULL},
	.aside_adverbs = (const char *const[]){"first", "originally", "initially", "once", "later", "last", "previously",
						"formerly", "recently", NULL},
	.own_spans = (const char *const[]){"for the day", "for the night", "for the week", "for the weekend", "for the month",
					   "for the season", "for the year", "for the semester", NULL},	/* to $30 for the day */
	.decade_parts = (const struct qualifier[]){{"low", Q_EQ, B_LOWER_HALF}, {"lower", Q_EQ, B_LOWER_HALF},
						    {"upper", Q_EQ, B_UPPER_HALF}, {"high", Q_EQ, B_UPPER_HALF},
						    {NULL, Q_EQ, B_ROUND}},	/* (mid-20s, no word of the table: the decade) */
	.ing_names = (const char *const[]){"Boeing", "Beijing", "Nanjing", "Kunming", "Reading", "Wyoming", "Ealing",
					   "Epping", "Woking", "Kettering", "Flushing", "Spring", "King", "Viking", "Sterling", NULL},
	.device_units = (const char *const[]){"meters", NULL},
	.people = (const char *const[]){"teachers", "volunteers", "nurses", "doctors", "physicians", "surgeons", "dentists",
					 "pharmacists", "paramedics", "firefighters", "officers", "deputies", "troopers", "soldiers",
					 "troops", "sailors", "marines", "veterans", "residents", "citizens", "voters", "members",
					 "fans", "spectators", "riders", "passengers", "customers", "shoppers", "guests",
					 "visitors", "tourists", "travelers", "travellers", "commuters", "players", "athletes",
					 "runners", "swimmers", "skiers", "hikers", "climbers", "kids", "babies", "infants", "teens",
					 "teenagers", "pupils", "graduates", "applicants", "parents", "seniors",
					 "retirees", "women", "men", "girls", "boys", "migrants", "immigrants", "refugees",
					 "inmates", "prisoners", "victims", "survivors", "farmers", "ranchers", "fishermen",
					 "miners", "drivers", "pilots", "staffers", "laborers", "labourers", "lawmakers",
					 "legislators", "senators", "delegates", "jurors", "judges", "lawyers", "attorneys",
					 "protesters", "demonstrators", "homeowners", "renters", "tenants", "owners", "officials",
					 "executives", "managers", "caregivers", "scientists", "artists", "musicians",
					 "journalists", "reporters", "subscribers", "donors", "recipients", "beneficiaries", "patients", NULL},
	.frame_words = (const char *const[]){"the past", "the last", "the previous", "the first", "the next", NULL},
	.frame_ends = (const char *const[]){"to", "through", "ended", "ending", "that ended", NULL},
	.frame_articles = (const char *const[]){"the", NULL},
	.hyphen_words = HYPHEN_WORDS,
	.said_words = SAID_WORDS,
	.said_on = SAID_ON,
	.said_that = SAID_THAT,
	.base_from = BASE_FROM,
	.record_words = RECORD_WORDS,
	.record_not_after = RECORD_NOT_AFTER,
	.date_preps = DATE_PREPS,
	.said_by = SAID_BY,
	.since_named = SINCE_NAMED,
	.during_breaks = DURING_BREAKS,
	.year_of = YEAR_OF,
	.base_before_of = (const char *const[]){"times", "twice", "double", "triple", NULL},	/* (raised prices twice this year: when) */
	.noun_of = (const char *const[]){"of", "of the", "of its", "of their", NULL},
	.level_nouns = (const char *const[]){"level", "levels", "peak", "peaks", "pace", NULL},
	.loyalty_points = LOYALTY_POINTS,
	.score_words = SCORE_WORDS,
	.score_not = SCORE_NOT,
	.comparison_prefixes = COMPARISON_PREFIXES,
	.number_joiners = NUMBER_JOINERS,
	.stopwords = STOPWORDS,
	.halves = HALVES,
	.change_by = CHANGE_BY,
	.change_gaps = (const char *const[]){", up ", ", down ", NULL},	/* $6 a dozen, up $1 */
	.gap_leads = (const char *const[]){"last", "this", "on", "in", "at", "across", NULL},
	.level_to = (const char *const[]){"to", NULL},	/* from $58.25 a month to $62.35: the level a rate reaches */
	.same_period_before = (const char *const[]){"same period", "same period of", "same period in", "same quarter",
						    "same quarter of", "same quarter in", "same month", "same month of",
						    "same month in", "same months of", "same half of", "same week", "same week of",
						    "same week in", NULL},
	.change_origins = CHANGE_ORIGINS,
	.minus_after = (const char *const[]){"below zero", NULL},
	.base_context = (const char *const[]){"at the same point", "at the same time", "in the same period",
					      "over the same period", "during the same period", "by the same point", NULL},
	.base_nouns = (const char *const[]){"peak of", "average of", "high of", "low of", "record of", "record", "total of",
					    "level of", "mean of", "median of", NULL},
	.noun_compared = (const char *const[]){", above", ", below", ", past", ", under", ", over", "topping", "surpassing",
					  "exceeding", "beating", NULL},	/* (not "12% below the peak of": a difference before) */
	.compared_with = (const char *const[]){"compared with", "compared to", "versus", "vs.", NULL},
	.change_by_verbs = CHANGE_BY_VERBS,
	.spans = SPANS,
	.not_claims = NOT_CLAIMS,
	.since_before = SINCE_BEFORE,
	.between = BETWEEN,
	.between_joiners = BETWEEN_JOINERS,
	.unit_lists = (const char *const[]){"and", NULL},
	.void_prefix_after = VOID_PREFIX_AFTER,
	.voidable_prefixes = VOIDABLE_PREFIXES,
	.during_prefixes = DURING_PREFIXES,
	.lasting_verbs = LASTING_VERBS,
	.verb_prefixes = VERB_PREFIXES,
	.during = DURING,
	.plural_suffix = "s",
	.ago_ends = (const char *const[]){"ago", NULL},
	.noun_markers = (const char *const[]){"its", "their", "the", "a", "his", "her", "our", NULL},	/* since its start March 3 */
	.during_words = (const char *const[]){"over its", "over their", "over the", "during its", "during their",
					      "during the", "across its", NULL},
	.base_before = BASE_BEFORE,
	.base_before_year = (const char *const[]){"% on", NULL},
	.minus_words = MINUS_WORDS,
	.minus_not_after = MINUS_NOT_AFTER,
	.ahead_words = (const char *const[]){"now", NULL},
	.ahead_not = (const char *const[]){"sees", "see", "expects", "expect", "expected", "forecasts", "forecast",
					   "projects", "projected", "predicts", "predicted", "estimates", "estimated",
					   "anticipates", "targets", "aims", "plans", "guides", NULL},
	.ahead_joins = (const char *const[]){"and", "with", "including", "covering", "accounting for", "representing", NULL},
	.future_words = FUTURE_WORDS,
	.habitual = HABITUAL,
	.year_frames = YEAR_FRAMES,
	.record_set = RECORD_SET,
	.record_gaps = (const char *const[]){"behind", "off", "short", "shy", "ahead", "under", NULL},	/* one word each: short of */
	.future_before = FUTURE_BEFORE,
	.future_verbs = FUTURE_VERBS,
	.future_from = FUTURE_FROM,
	.future_start = FUTURE_START,
	.next_words = (const char *const[]){"next", NULL},
	.infinitives = (const char *const[]){"to", NULL},
	.effective_words = EFFECTIVE_WORDS,
	.context_years = CONTEXT_YEARS,
	.future_not = FUTURE_NOT,
	.future_attributive = (const char *const[]){"scheduled", NULL},
	.unit_not_hyphen = (const char *const[]){"round", "half", "quarter", "place", "largest", "biggest", "highest", "lowest",
						 "best", "worst", "string", "team", "seeded", "term", "tier", "generation", "floor",
						 "leading", "most", NULL},
	.word_suffixes = (const char *const[]){"plus", NULL},
	.suffix_not_before = (const char *const[]){"the", "a", "an", "its", "their", "this", "that", "his", "her", "our", "these", "those", NULL},
	.past_before = PAST_BEFORE,
	.past_words = PAST_WORDS,
	.past_suffixes = PAST_SUFFIXES,
	.past_suffix_not = PAST_SUFFIX_NOT,
	.past_suffix_after = (const char *const[]){"be", "being", "is", "are", "to", "will", "would", "could", "can", "may", "might", "should", "must",
						     "a", "an", "the", NULL},	/* an estimated $9 million: an adjective */
	.future_in = FUTURE_IN,
	.range_verbs = RANGE_VERBS,
	.determiners = (const char *const[]){"some", NULL},
	.said_in = SAID_IN,
	.rules = RULES,
};
