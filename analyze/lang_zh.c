/* analyze/lang_zh.c - Chinese connecting words. */
#include <stddef.h>
#include "lang.h"

static const char *const PART_OF[] = {"占", "佔", "其中", "之中", "比例", "比重", NULL};
static const char *const AMONG[] = {"其中", "之中", NULL};
static const char *const PRICES[] = {"工资", "工資", "薪资", "薪資", "价格", "價格", "单价", "單價", "票价", "票價", "租金", "房价", "房價", "利率", "费率", "費率", "收费标准", "均价", "均價", NULL};
static const char *const PERSONS[] = {"男子", "女子", "男性", "女性", "男孩", "女孩", "老人", "患者", "男", "女", NULL};
static const char *const WHOLES[] = {"总数", "總數", "总量", "總量", "整体", "整體", "全部", "总计", "總計", NULL};
static const char *const SCOPES[] = {"全国", "全國", "全省", "全市", "全县", "全縣", "全区", "全區", "全球", "国内", "國內", "海外", "境外", "同店", "可比门店", "可比門店", NULL};
static const char *const USUAL[] = {"往年", "常年", "平常年份", "一般年份", "通常", NULL};
static const char *const PLANS[] = {"目标", "目標", "力争", "預計", "预计", "预期", "預期", "计划", "計劃", NULL};
static const char *const AVERAGES[] = {"平均", "均", NULL};
static const char *const WHOLE_MARKS[] = {"的", NULL};
/* (and the rates of a thing the sentence names before: 视频监控点…，覆盖率超过85%) */
static const char *const RATES[] = {"率", "比例", "比率", "覆盖率", "覆蓋率", "达标率", "達標率", "合格率", "完成率",
				    "使用率", "利用率", NULL};
static const char *const BASE[] = {"相比", "相較", "比较", "比較", NULL};
static const char *const UP[] = {"上涨", "上漲", "上升", "增长", "增長", "增加", "提高", "攀升",
				 "翻番", "增幅", "涨幅", "漲幅", "升幅", "升至", "增至", "涨至", "漲至", "提高至", NULL};
static const char *const DOWN[] = {"下跌", "下降", "减少", "減少", "降低", "下滑", "回落",
				   "減半", "减半", "降幅", "跌幅", "减幅", "減幅",  "降至", "减至", "減至", "跌至", "回落至", NULL};
static const char *const BY[] = {"了", "达", "達", "达到", "達到", "为", "為", NULL};
static const char *const FROM[] = {"从", "從", "由", NULL};
static const char *const EACH[] = {"分别", "分別", "各自", NULL};
static const char *const SURVEYS[] = {"问卷", "問卷", "多选", "多選", "受访者", "受訪者", "民调", "民調", NULL};
static const char *const THEN[] = {"随后", "隨後", "之后", "之後", "然后", "然後", "此后", "此後", "后来", "後來", NULL};
static const char *const AGAINST[] = {"同比", "环比", "環比", "较上年", "较上月", "较去年", "比上年",
				      "比上月", "比去年", NULL};
static const char *const PER_YEAR[] = {"年薪", "年收入", "年均", "每年", "年化", NULL};
static const char *const PER_MONTH[] = {"月薪", "月收入", "每月", "每个月", NULL};
static const char *const OF[] = {"的", "中", NULL};
static const struct definition DEFINITIONS[] = {
	{"独角兽", "USD", 1e9}, {"獨角獸", "USD", 1e9},
	{NULL, NULL, 0}
};

const struct alang alang_zh = {
	.code = "zh",
	.part_of = PART_OF,
	.rates = RATES,
	.share_words = (const char *const[]){"占比", "佔比", "比重", NULL},
	.among = AMONG,
	.sum_words = (const char *const[]){"共计", "共計", "合计", "合計", "总计", "總計", "合计为", "合計為", NULL},
	.list_breaks = (const char *const[]){"但", "而", "；", "。", NULL},
	.clause_openers = (const char *const[]){"因为", "因為", "由于", "由於", "而", NULL},
	.wholes = WHOLES,
	.scopes = SCOPES,
	.usual = USUAL,
	.plans = PLANS,
	.averages = AVERAGES,
	.whole_marks = WHOLE_MARKS,
	.persons = PERSONS,
	.noun_of = (const char *const[]){"的", "中", NULL},
	.multipliers = (const char *const[]){"万", "萬", "亿", "億", "千", NULL},
	.prices = PRICES,
	.compare_base = BASE,
	.up = UP,
	.down = DOWN,
	.by = BY,
	.amount_leads = (const char *const[]){"增加", "增加了", "减少", "减少了", "減少", "減少了", "上涨", "上涨了", "上漲",
					      "上漲了", "下降", "下降了", "提高", "提高了", "增长", "增长了", "增長", "增長了",
					      "降低", "降低了", "下跌", "下跌了", "上升", "上升了", "回落", "回落了", NULL},
	.from = FROM,
	.against = AGAINST,
	.then = THEN,
	.each = EACH,
	.surveys = SURVEYS,
	.per_year = PER_YEAR,
	.per_month = PER_MONTH,
	.sentence_ends = (const char *const[]){"。", "！", "？", "”", "」", NULL},
	.clause_marks = (const char *const[]){"，", "、", "；", NULL},
	.seasons = (const char *const[]){"冰雪季", "雪季", "赛季", "賽季", "产季", "產季", "榨季", "冬季", "冬", NULL},	/* (not 季度: a quarter) */
	.per_each = (const char *const[]){"每", "人均", "户均", "戶均", "单个", "單個", NULL},
	.of = OF,
	.joins = (const char *const[]){"，而", "；", NULL},
	.says = (const char *const[]){"表示", "称", "稱", NULL},
	.streaks = (const char *const[]){"连续", "連續", NULL},
	.modifies = (const char *const[]){"的", NULL},
	.definitions = DEFINITIONS,
	.age_groups = (const char *const[]){"岁", "歲", NULL},
	.thresholds = (const char *const[]){"前", "排名前", "后", "後", NULL},
	.equivalents = (const char *const[]){"相当于", "相當於", "恢复至", "恢复到", "恢復至", "恢復到",
					     NULL},	/* 恢复至2019年的105%: a level against a base */
	.plan_bases = (const char *const[]){"计划的", "計劃的", "目标的", "目標的", "任务的", "任務的", "预算的", "預算的", NULL},
	.restates = (const char *const[]){"，达到", "，達到", "，为", "，為", "，即", NULL},
};
