/* analyze/lang_ja.c - Japanese connecting words. */
#include <stddef.h>
#include "lang.h"

static const char *const PART_OF[] = {"のうち", "を占め", "を占める", "を占めて", "の割合", NULL};
static const char *const AMONG[] = {"のうち", "うち", NULL};
static const char *const PRICES[] = {"価格", "料金", "単価", "運賃", "賃料", "家賃", "相場", "金利", "手数料", "受信料", NULL};
static const char *const PERSONS[] = {"男性", "女性", "男子", "女子", "男児", "女児", "高齢者", "子ども", "男", "女", NULL};
static const char *const WHOLES[] = {"全体", "総数", "合計", "全国", NULL};
static const char *const SCOPES[] = {"全国", "全県", "全市", "国内", "世界", "海外", "既存店", "単体", NULL};	/* 既存店売上高: a part of the stores */
static const char *const USUAL[] = {"例年", "平年", "通常", "普段", NULL};
static const char *const PLANS[] = {"目標", "目指", "見込み", "見通し", "予想", "計画", "予定", "恐れ", "おそれ", "可能性",
				    "るには", NULL};	/* 3000円台に下がるには: a level it would take to reach */
static const char *const FRAMES[] = {"では", "では、", "に限ると、", "に限ると", "に限れば、", "に限れば", "に限っては", NULL};	/* 小規模企業に限ると、賃上げ率は */
static const char *const AVERAGES[] = {"平均", NULL};
static const char *const WHOLE_MARKS[] = {"の", "は", "では", NULL};
static const char *const RATES[] = {"率", "割合", "カバー率", "達成率", "合格率", "利用率", "使用率", NULL};
static const char *const BASE[] = {"と比べ", "に比べ", "と比較", "に比較", "より", "から", "に対して", NULL};
/* 増 and 減 alone only where they end a figure's phrase (18%増の, 12%減と):
 * 増資, 減税 are no change */
static const char *const UP[] = {"上昇", "増加", "増え", "伸び", "拡大", "急増", "上回", "上がっ", "上がり", "上がる",
				 "引き上げ", "値上げ", "増額",
				 "増の", "増と", "増で", "増に", "増、", "増。", NULL};
static const char *const DOWN[] = {"下落", "減少", "減っ", "減り", "低下", "縮小", "急減", "下がっ", "下がり", "下がる",
				   "引き下げ", "値下げ", "減額",
				   "減の", "減と", "減で", "減に", "減、", "減。", NULL};
static const char *const FROM_AFTER[] = {"から", NULL};
static const char *const EACH[] = {"それぞれ", NULL};
static const char *const SURVEYS[] = {"アンケート", "複数回答", "世論調査", NULL};
static const char *const THEN[] = {"その後", "のち", "続いて", NULL};
static const char *const AGAINST[] = {"前年同期比", "前年同月比", "前年比", "前月比", "前期比", "前年度比",
				      "前日比", "前週比", "同期比", NULL};
static const char *const PER_YEAR[] = {"年収", "年俸", "年間", "年率", "毎年", NULL};
static const char *const PER_MONTH[] = {"月給", "月収", "月額", "毎月", NULL};
static const char *const OF[] = {"の", NULL};
static const struct definition DEFINITIONS[] = {
	{"ユニコーン", "USD", 1e9},
	{NULL, NULL, 0}
};

const struct alang alang_ja = {
	.code = "ja",
	.part_of = PART_OF,
	.rates = RATES,
	.share_words = (const char *const[]){"シェア", "比率", "構成比", NULL},
	.among = AMONG,
	.sum_words = (const char *const[]){"の計", "、計", "合わせて", "合計", "合計で", "総計", NULL},	/* (not 累計, 推計, 統計) */
	.list_breaks = (const char *const[]){"が、", "；", "。", "一方", NULL},
	.wholes = WHOLES,
	.scopes = SCOPES,
	.usual = USUAL,
	.plans = PLANS,
	.frames = FRAMES,
	.averages = AVERAGES,
	.whole_marks = WHOLE_MARKS,
	.persons = PERSONS,
	.noun_of = (const char *const[]){"の", NULL},
	.multipliers = (const char *const[]){"万", "億", "兆", "千", NULL},
	.prices = PRICES,
	.compare_base = BASE,
	.up = UP,
	.down = DOWN,
	.from_after = FROM_AFTER,
	.in_rate = (const char *const[]){"、率にして", "、割合にして", "、比率にして", "、率で", NULL},
	.against = AGAINST,
	.then = THEN,
	.each = EACH,
	.surveys = SURVEYS,
	.per_year = PER_YEAR,
	.per_month = PER_MONTH,
	.sentence_ends = (const char *const[]){"。", "！", "？", "」", NULL},
	.clause_marks = (const char *const[]){"、", "，", "；", NULL},
	.seasons = (const char *const[]){"シーズン", "冬季", "冬", "雪季", NULL},
	.per_each = (const char *const[]){"あたり", "当たり", NULL},
	.of = OF,
	.joins = (const char *const[]){"；", NULL},
	.says = (const char *const[]){"によると", "によれば", NULL},
	.streaks = (const char *const[]){"連続", NULL},
	.modifies = (const char *const[]){"の", NULL},
	.definitions = DEFINITIONS,
	.age_groups = (const char *const[]){"歳", NULL},
	.thresholds = (const char *const[]){"上位", "下位", NULL},
	.equivalents = (const char *const[]){"に相当", "相当する", NULL},
	.restates = (const char *const[]){"、", "の", NULL},
};

