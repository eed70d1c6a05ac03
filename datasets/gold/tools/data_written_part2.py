"""Gold narrative facts for our written narratives w001-w015 (part 2).

Same tuple format as data_reports_part2.py.
"""
from data_reports_part2 import (P, N, I, G, C, RR, RC, AR, AS, AC, O, OP,
                                S, SJ)

R = "proactive.rules"
TS, TA = "training.sessions", "training.attendees"
NM, PV, SI = "new_media.accounts", "platform.visits", "supervision.inspections"


def W(n):
    return "corpus:gold/written/w%03d.txt" % n


DOCS = [
 {"doc": W(1), "split": "train", "report_year": 2020,
  "notes": "Written. 政府办公室 report: the city government's rules, normative "
           "documents and gazette are self; 市级部门规范性文件 → jurisdiction. "
           "Distractors: 第五十条, 〔2019〕60号, phone, 〔2020〕12号, 六稳/六保, "
           "20个工作日 (a duration → other, README §5).",
  "facts": [
   ("主动公开政府信息6823条", "6823条", P, S("政府信息")),
   ("制定政府规章2件", "2件", R, S("政府规章")),
   ("修订1件", "1件", R, S("政府规章")),
   ("行政规范性文件14件", "14件", N, S("市政府行政规范性文件")),
   ("公报》十二期", "十二期", G, S("《清源市人民政府公报》")),
   ("规范性文件等112件", "112件", P, S("政府规章、规范性文件等")),
   ("部门规范性文件45件", "45件", N, SJ("市级部门规范性文件")),
   ("新闻发布会两场", "两场", C, S("新闻发布会")),
   ("政策解读材料37篇", "37篇", I, S("政策解读材料")),
   ("图解19篇", "19篇", I, S("图解")),
   ("解读视频6个", "6个", I, S("解读视频")),
   ("之日起20个工作日", "20个工作日", O, S(None)),
   ("公开申请68件", "68件", RR, S("政府信息公开申请")),
   ("当面申请5件", "5件", RR, S("当面申请")),
   ("网络申请63件", "63件", RR, S("网络申请")),
   ("办结68件", "68件", RC, None),
   ("工作日数为7.29", "7.29", O, S("平均答复工作日数")),
  ]},
 {"doc": W(2), "split": "train", "report_year": 2021,
  "scope": "jurisdiction",
  "notes": "Written. Whole-district report (全区): jurisdiction, except what "
           "what the 区政务公开办 itself held (training, assessments) too "
           "(README §8: a whole area's report speaks for the area). "
           "日均访问6400余人次 → platform.visits. 关停整合…账号7个 → other "
           "(closures, not accounts held); 净减少12个 → other, delta. "
           "累计-less 参训800多人次 → training.attendees. 粉丝/阅读量 → other. "
           "十四五 not annotated.",
  "facts": [
   ("访问量达236万余次", "236万余次", PV, SJ("区政府门户网站全年访问量")),
   ("日均访问6400余人次", "6400余人次", PV, SJ("日均访问")),
   ("政务新媒体124个", "124个", NM, SJ("政务新媒体")),
   ("区级部门41个", "41个", NM, SJ("区级部门")),
   ("街道(乡镇)23个", "23个", NM, SJ("街道(乡镇)")),
   ("微信公众号101个", "101个", NM, SJ("微信公众号")),
   ("政务微博9个", "9个", NM, SJ("政务微博")),
   ("抖音号14个", "14个", NM, SJ("抖音号")),
   ("类账号7个", "7个", O, SJ("“僵尸”类账号")),
   ("净减少12个", "12个", O, SJ(None, delta=True)),
   ("粉丝38.6万人", "38.6万人", O, SJ("粉丝")),
   ("推送信息2966篇次", "2966篇次", P, SJ("信息")),
   ("超过10万", "超过10万", O, SJ("单篇最高阅读量")),
   ("专题培训三次", "三次", TS, SJ("政务公开专题培训")),
   ("约300人", "约300人", TA, SJ("业务骨干")),
   ("参训800多人次", "800多人次", O, SJ(None)),
   ("分值占比4%", "4%", O, SJ("分值占比")),
   ("季度考核4次", "4次", SI, SJ("季度考核")),
   ("近50家", "近50家", O, SJ("单位网站")),
   ("公开申请1126件", "1126件", RR, SJ("政府信息公开申请")),
   ("同比增长18.3%", "18.3%", O, SJ(None, delta=True)),
   ("办结1089件", "1089件", RC, SJ(None)),
   ("37件结转", "37件", O, SJ(None)),
  ]},
 {"doc": W(3), "split": "train", "report_year": 2022,
  "notes": "Written. 共受理23件 includes 上年结转2件 → requests.received "
           "(new + carried_in); 上年结转 alone → other (report year); 本年新收 → "
           "requests.received. 被纠正1件 → appeals.corrected; 2021年的1件纠错案件 "
           "→ appeals.corrected, year 2021. Distractors: 二十大, 12月31日, 一是/二是, "
           "第三十三条.",
  "facts": [
   ("专职工作人员2名", "2名", O, S("专职工作人员")),
   ("公开申请23件", "23件", RR, S("政府信息公开申请")),
   ("上年结转2件", "2件", O, S("上年结转")),
   ("本年新收21件", "21件", RR, S("本年新收")),
   ("已答复21件", "21件", RC, None),
   ("予以公开9件", "9件", RC, S("予以公开")),
   ("部分公开3件", "3件", RC, S("部分公开")),
   ("无法提供6件", "6件", RC, S("无法提供")),
   ("不予处理2件", "2件", RC, S("不予处理")),
   ("其他处理1件", "1件", RC, S("其他处理")),
   ("尚有2件", "2件", O, None),
   ("行政复议4件", "4件", AR, S("行政复议")),
   ("行政行为3件", "3件", AR, S("维持原行政行为")),
   ("被纠正1件", "1件", AC, S("被纠正")),
   ("行政诉讼2件", "2件", AS, S("行政诉讼")),
   ("诉讼请求1件", "1件", AS, S("一审判决驳回诉讼请求")),
   ("尚未审结1件", "1件", AS, S("尚未审结")),
   ("16.7%", "16.7%", O, S("被纠错率")),
   ("2021年的1件", "1件", AC, S("纠错案件", year=2021)),
  ]},
 {"doc": W(4), "split": "train", "report_year": 2020,
  "notes": "Written. 收到处理156件 → requests.received (first verb wins); "
           "2019年的203件 → requests.received, year 2019; 减少47件 → other, "
           "delta. Topic breakdown in 宗 → requests.received. 办理并答复 → "
           "requests.closed; 3件…终止办理 (an outcome) → requests.closed. "
           "纠正2件 and 败诉1件 → appeals.corrected. Distractors: 第三十条, "
           "一次性, 2021年. 20个工作日 (duration) → other.",
  "facts": [
   ("公开申请156件", "156件", RR, S("政府信息公开申请")),
   ("2019年的203件", "203件", RR, S(None, year=2019)),
   ("减少47件", "47件", O, S(None, delta=True)),
   ("信息的112宗", "112宗", RR, S("涉及征地拆迁信息的")),
   ("信息的31宗", "31宗", RR, S("不动产登记信息的")),
   ("信息的13宗", "13宗", RR, S("规划许可信息的")),
   ("答复153件", "153件", RC, None),
   ("另有3件", "3件", RC, S(None)),
   ("期限为20个工作日", "20个工作日", O, S("延长的期限")),
   ("行政复议11件", "11件", AR, S("行政复议")),
   ("行政诉讼6件", "6件", AS, S("行政诉讼")),
   ("纠正2件", "2件", AC, S("被复议机关纠正")),
   ("败诉1件", "1件", AC, S("被法院判决败诉")),
  ]},
 {"doc": W(5), "split": "test", "report_year": 2021,
  "notes": "Written. 联合省政府新闻办举办3场 is a breakdown of conferences "
           "held → press_conferences. 一图读懂16件 → interpretations. 答复留言 "
           "→ opinion.responses (2020 value carries year 2020). 12369热线 is a "
           "name; 受理投诉举报2.17万件 → other (received). Inspection objects "
           "(64 websites, 14 cities) and problems found → other, jurisdiction; "
           "督查两轮 held by the department → self. 约三成 → other, delta.",
  "facts": [
   ("新闻发布会8场", "8场", C, S("新闻发布会")),
   ("举办3场", "3场", C, S(None)),
   ("政策解读稿件42篇", "42篇", I, S("政策解读稿件")),
   ("解读5篇", "5篇", I, S("主要负责同志解读")),
   ("”16件", "16件", I, S("“一图读懂”")),
   ("回应关切21次", "21次", OP, S(None)),
   ("群众留言1375条", "1375条", OP, S("群众留言")),
   ("2020年的1102条", "1102条", OP, S(None, year=2020)),
   ("增长24.8%", "24.8%", O, S(None, delta=True)),
   ("4.2个工作日", "4.2个工作日", O, S("留言平均办理时间")),
   ("2.17万件", "2.17万件", O, S("投诉举报")),
   ("办结率99.6%", "99.6%", O, S("办结率")),
   ("专项督查两轮", "两轮", SI, S("政务公开专项督查")),
   ("部门网站64个", "64个", O, SJ("市县生态环境部门网站")),
   ("发现问题173个", "173个", O, SJ("问题")),
   ("对14个", "14个", O, SJ("设区市生态环境局")),
   ("1,286万人次", "1,286万人次", PV, S("厅门户网站全年访问量")),
   ("约三成", "约三成", O, S(None, delta=True)),
  ]},
 {"doc": W(6), "split": "train", "report_year": 2022,
  "notes": "Written. Evaluated agencies/counties (42个, 9个), problems, 专区 "
           "counts → other, jurisdiction. Checks and training held by the "
           "office → self (attendees from 各地各部门 still counted as the "
           "office's training, self). 讲座 → training.sessions. 权重为3分 → other.",
  "facts": [
   ("全市42个", "42个", O, SJ("市直部门")),
   ("和9个", "9个", O, SJ("县(市、区)")),
   ("季度检查三次", "三次", SI, S("季度检查")),
   ("专项督查1次", "1次", SI, S("专项督查")),
   ("通报问题87个", "87个", O, SJ("问题")),
   ("培训班两期", "两期", TS, S("全市政务公开工作培训班")),
   ("260余人次", "260余人次", TA, S("各地各部门业务人员")),
   ("专题讲座五场", "五场", TS, S("“政务公开进基层”专题讲座")),
   ("专职工作人员3名", "3名", O, S("专职工作人员")),
   ("兼职工作人员2名", "2名", O, S("兼职工作人员")),
   ("权重为3分", "3分", O, S("权重")),
   ("政务公开专区156个", "156个", O, SJ("政务公开专区")),
   ("市级专区1个", "1个", O, SJ("市级专区")),
   ("县级专区9个", "9个", O, SJ("县级专区")),
   ("专区146个", "146个", O, SJ("乡镇(街道)专区")),
   ("1.2万余人次", "1.2万余人次", O, SJ("群众查阅、咨询")),
  ]},
 {"doc": W(7), "split": "train", "report_year": 2019,
  "notes": "Written. Budgets published by the bureau (部门预算98个) → "
           "proactive.items, jurisdiction: 市本级 is the city level, the "
           "government and all its departments (README §8). City-level budget money, procurement and "
           "their rates → other, jurisdiction; 比上年压减/增长 → delta. "
           "Distractors: 三公, 六稳/六保, 〔2019〕45号. 20日内 → duration, other. 检查单位102家 → other.",
  "facts": [
   ("部门预算98个", "98个", P, SJ("市本级部门预算")),
   ("部门决算96个", "96个", P, SJ("部门决算")),
   ("公开率100%", "100%", O, SJ("公开率")),
   ("1,286,453万元", "1,286,453万元", O, SJ("市本级一般公共预算支出")),
   ("增长6.2%", "6.2%", O, SJ(None, delta=True)),
   ("3798.8854万元", "3798.8854万元", O, SJ("“三公”经费财政拨款预算")),
   ("压减12.5%", "12.5%", O, SJ(None, delta=True)),
   ("采购项目417个", "417个", O, SJ("政府集中采购项目")),
   ("约4.3亿元", "约4.3亿元", O, SJ("采购金额")),
   ("节约资金2157万元", "2157万元", O, SJ("节约资金")),
   ("节约率4.78%", "4.78%", O, SJ("节约率")),
   ("政策文件23件", "23件", P, S("减税降费政策文件")),
   ("解读材料11篇", "11篇", I, S("解读材料")),
   ("费用0元", "0元", O, S("依申请公开费用")),
   ("专项检查1次", "1次", SI, S("专项检查")),
   ("批复后20日内", "20日", O, S(None)),
   ("检查单位102家", "102家", O, SJ("检查单位")),
  ]},
 {"doc": W(8), "split": "train", "report_year": 2023,
  "notes": "Written. '各1个' → one fact, span '1个' (各 excluded), value 1. "
           "阅读量累计180万次 → other, cumulative. 每季度开展一次 is a frequency: "
           "value 1, unit 次, other (README §5). 关停整合…两个 → other.",
  "facts": [
   ("访问量61.63万次", "61.63万次", PV, S("县政府门户网站全年访问量")),
   ("增长9.1%", "9.1%", O, S(None, delta=True)),
   ("访问4.2万人次", "4.2万人次", PV, S("网站“办事服务”频道访问")),
   ("政务新媒体58个", "58个", NM, SJ("政务新媒体")),
   ("各1个", "1个", NM, S("“青山发布”微信公众号、视频号、抖音号")),
   ("部门账号39个", "39个", NM, SJ("县直部门账号")),
   ("乡镇账号16个", "16个", NM, SJ("乡镇账号")),
   ("账号两个", "两个", O, SJ("“僵尸”账号")),
   ("推送信息1873条", "1873条", P, S("信息")),
   ("粉丝4.7万人", "4.7万人", O, S("粉丝")),
   ("累计180万次", "180万次", O, S("阅读量", cumulative=True)),
   ("短视频312条", "312条", P, S("政务短视频")),
   ("超过1200万次", "超过1200万次", O, S("播放量")),
   ("开展一次", "一次", O, S(None)),
   ("问题账号5个", "5个", O, SJ("问题账号")),
  ]},
 {"doc": W(9), "split": "train", "report_year": 2020,
  "notes": "Written. Counters 则, 例, 篇次, 名, 册. 累计报告…5例、…3例 → other, "
           "cumulative (both under 累计). 专家解读27人次 → other (people, not "
           "interpretation items). 答复市长信箱/12345转办件 → opinion.responses. "
           "第一时间 not annotated.",
  "facts": [
   ("信息通报366则", "366则", P, S("疫情防控信息通报")),
   ("病例通报12则", "12则", P, S("确诊病例通报")),
   ("确诊病例5例", "5例", O, SJ("本地确诊病例", cumulative=True)),
   ("感染者3例", "3例", O, SJ("无症状感染者", cumulative=True)),
   ("科普文章1520篇次", "1520篇次", P, S("防控科普文章")),
   ("新闻发布会32场", "32场", C, S("新闻发布会")),
   ("防控政策27人次", "27人次", O, S("专家")),
   ("防疫知识426条", "426条", P, S("防疫知识")),
   ("近50万", "近50万", O, S("最高单条阅读量")),
   ("转办件2683件", "2683件", OP, S("“市长信箱”、12345热线转办件")),
   ("办结率98.7%", "98.7%", O, S("按期办结率")),
   ("业务培训1期", "1期", TS, S("卫生健康系统政务公开业务培训")),
   ("参训人员120名", "120名", TA, S("参训人员")),
   ("手册》500册", "500册", O, S("《政府信息公开工作手册》")),
  ]},
 {"doc": W(10), "split": "test", "report_year": 2021,
  "notes": "Written. Chinese numerals. Gazette articles (一百零五条) → "
           "proactive.items; rules/normative inside the gazette → proactive.items "
           "with a channel (C1, session 16: parts of the stated 一百零五条). "
           "累计出版一百六十期 → other, cumulative. 废止/现行有效 → other. "
           "部门规范性文件31件 → normative, jurisdiction. Distractors: 一是/二是/"
           "三是, 2008年, 十四五.",
  "facts": [
   ("公报》十二期", "十二期", G, S("《临江市人民政府公报》")),
   ("文件一百零五条", "一百零五条", P, S("市政府及市政府办公室文件")),
   ("规章三件", "三件", P, S("市政府规章", breakdown="channel:市政府规章")),  # C1 (session 16)
   ("规范性文件二十二件", "二十二件", P, S("行政规范性文件", breakdown="channel:行政规范性文件")),  # C1 (session 16)
   ("公报1200余册", "1200余册", O, S("公报")),
   ("累计出版一百六十期", "一百六十期", O, S("公报", cumulative=True)),
   ("规范性文件9件", "9件", O, S("市政府规范性文件")),
   ("规范性文件216件", "216件", O, S("现行有效市政府规范性文件")),
   ("部门规范性文件31件", "31件", N, SJ("部门规范性文件")),
   ("解读材料46篇", "46篇", I, S("解读材料")),
   ("图文解读18篇", "18篇", I, S("图文解读")),
   ("视频解读两期", "两期", I, S("视频解读")),
   ("解读率100%", "100%", O, S("解读率")),
  ]},
 {"doc": W(11), "split": "train", "report_year": 2022,
  "notes": "Written. Counters 起, 份, 册. Published penalty cases and check "
           "results → proactive.items. Leaflets/handbooks, publicity events, "
           "consultations answered on site → other. The single review case "
           "(answer revoked) is one quantity → appeals.review. Distractors: "
           "双随机、一公开, 三审三校, address, phone, 2022年8月.",
  "facts": [
   ("行政处罚信息238起", "238起", P, S("行政处罚信息")),
   ("食品安全类97起", "97起", P, S("食品安全类")),
   ("抽查结果1,043份", "1,043份", P, S("“双随机、一公开”抽查结果")),
   ("宣传资料2600余份", "2600余份", O, S("《企业信用信息公示指南》等宣传资料")),
   ("手册》1200余册", "1200余册", O, S("《政务公开手册》")),
   ("宣传活动16场", "16场", O, S("进企业、进社区宣传活动")),
   ("约300人次", "约300人次", O, S("群众咨询")),
   ("公开申请19件", "19件", RR, S("政府信息公开申请")),
   ("用时9个工作日", "9个工作日", O, S("平均用时")),
   ("行政复议1件", "1件", AR, S("行政复议")),
  ]},
 {"doc": W(12), "split": "test", "report_year": 2023,
  "notes": "Written. 87 new + 4 carried = 86 closed + 5 carried out. Outcome "
           "breakdown → requests.closed; 撤回2件 → other. 上年结转4件 → "
           "requests.received, t3.carried_in.total (C10, session 16). 增加11件/增幅14.5% → "
           "other, delta. 纠正1件 (the review's outcome list) → appeals.review, "
           "t4.review.corrected (§11, session 16); suit breakdowns and "
           "pending → appeals.suit. 无败诉 has no numeral.",
  "facts": [
   ("新收政府信息公开申请87件", "87件", RR, S("政府信息公开申请")),
   ("上年结转4件", "4件", RR, S("上年结转", breakdown="t3.carried_in.total")),  # C10 (session 16)
   ("办结86件", "86件", RC, None),
   ("予以公开31件", "31件", RC, S("予以公开")),
   ("部分公开12件", "12件", RC, S("部分公开")),
   ("不予公开5件", "5件", RC, S("不予公开")),
   ("无法提供29件", "29件", RC, S("无法提供")),
   ("不予处理6件", "6件", RC, S("不予处理")),
   ("其他处理3件", "3件", RC, S("其他处理")),
   ("撤回申请2件", "2件", O, S("申请人撤回申请")),
   ("继续办理5件", "5件", O, S("结转至2024年继续办理")),
   ("增加11件", "11件", O, S("申请量", delta=True)),
   ("增幅14.5%", "14.5%", O, S("增幅", delta=True)),
   ("行政复议3件", "3件", AR, S("行政复议")),
   ("维持2件", "2件", AR, S("结果维持")),
   ("纠正1件", "1件", AR, S("纠正", breakdown="t4.review.corrected")),  # §11 (session 16, §13.2)
   ("行政诉讼5件", "5件", AS, S("行政诉讼")),
   ("直接起诉4件", "4件", AS, S("未经复议直接起诉")),
   ("复议后起诉1件", "1件", AS, S("复议后起诉")),
   ("已审结3件", "3件", AS, S("已审结")),
   ("尚未审结2件", "2件", AS, S("尚未审结")),
  ]},
 {"doc": W(13), "split": "train", "report_year": 2019,
  "notes": "Written. Distractors: 第五十条, dates, address 128号, postcode, "
           "phone, 第二十条, 12345 (hotline name). 15个工作日内 → duration, other. 短信 "
           "约58万条 → proactive.items. 12345热线工单 转办…办结 → "
           "opinion.responses. 局属6个单位 (assessed) → other.",
  "facts": [
   ("等信息1652条", "1652条", P, S("机构职能、权责清单、行政许可等信息")),
   ("同比增加8.7%", "8.7%", O, S(None, delta=True)),
   ("新闻发布会三次", "三次", C, S("交通运输领域新闻发布会")),
   ("约58万条", "约58万条", P, S("出行提示短信")),
   ("网络舆情近40条", "近40条", OP, S("网络舆情")),
   ("留言612条", "612条", OP, S("“局长信箱”留言")),
   ("办结率100%", "100%", O, S("办结率")),
   ("热线工单3027件", "3027件", OP, S("12345热线工单")),
   ("工作检查两次", "两次", SI, S("政务公开工作检查")),
   ("局属6个", "6个", O, S("局属单位")),
   ("公开申请14件", "14件", RR, S("政府信息公开申请")),
   ("减少3件", "3件", O, S(None, delta=True)),
   ("15个工作日", "15个工作日", O, S(None)),
  ]},
 {"doc": W(14), "split": "train", "report_year": 2024,
  "notes": "Written. 现行有效58件 is a year-end stock (other, not cumulative). "
           "吹风会 → press_conferences. 占比约七成 → other, value 0.7, about. "
           "复核文件312件 / 调整17件 → other. Distractors: 谁制定、谁公开、谁解读, "
           "2019年以来.",
  "facts": [
   ("行政规范性文件7件", "7件", N, S("行政规范性文件")),
   ("废止规范性文件4件", "4件", O, S("规范性文件")),
   ("规范性文件58件", "58件", O, S("现行有效规范性文件")),
   ("文字解读9篇", "9篇", I, S("文字解读")),
   ("图解6篇", "6篇", I, S("图解")),
   ("解读视频两个", "两个", I, S("解读视频")),
   ("吹风会三场", "三场", C, S("政策吹风会")),
   ("公开申请46件", "46件", RR, S("政府信息公开申请")),
   ("2023年的58件", "58件", RR, S(None, year=2023)),
   ("减少12件", "12件", O, S(None, delta=True)),
   ("下降20.7%", "20.7%", O, S(None, delta=True)),
   ("上年结转1件", "1件", O, S("上年结转")),
   ("共办结45件", "45件", RC, None),
   ("8.6个工作日", "8.6个工作日", O, S("平均答复时间")),
   ("2件结转", "2件", O, None),
   ("占比约七成", "约七成", O, S("涉及招生考试类的申请占比")),
   ("复核文件312件", "312件", O, S("文件")),
   ("主动公开17件", "17件", O, S(None)),
  ]},
 {"doc": W(15), "split": "train", "report_year": 2022,
  "notes": "Written. 参训人员累计800多人次 → training.attendees (累计 within the year keeps its type, SCHEMA §3 as updated; was other, cumulative: literal 累计, "
           "README). 讲座 → training.sessions; 约300名 → training.attendees. "
           "近50家 enterprises (objects) → other. 执法检查126次 and 明察暗访3轮 → "
           "supervision.inspections (inspections held). 2个政务新媒体账号 → "
           "new_media.accounts. 双随机、一公开 not annotated.",
  "facts": [
   ("业务培训两期", "两期", TS, S("政务公开和安全生产信息公开业务培训")),
   ("累计800多人次", "800多人次", TA, S("参训人员")),
   ("专题讲座4场", "4场", TS, S("“应急大讲堂”专题讲座")),
   ("约300名", "约300名", TA, S("企业负责人")),
   ("近50家", "近50家", O, S("重点企业")),
   ("执法检查126次", "126次", SI, S("安全生产执法检查")),
   ("明察暗访3轮", "3轮", SI, S("明察暗访")),
   ("预警信息105条", "105条", P, S("气象灾害预警信息")),
   ("微博2个", "2个", NM, S("政务新媒体账号")),
   ("1240余条", "1240余条", P, S("信息")),
   ("工作人员1名", "1名", O, S("兼职信息公开工作人员")),
  ]},
]
