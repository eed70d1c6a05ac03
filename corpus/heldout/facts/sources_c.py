# Held-out documents h21–h30 (see build.py for the marker syntax).
DOCS = []

DOCS.append(dict(id="h21", year=2023, script="t",
tables=dict(seed=21, t2=dict(normative=(2, 0, 10), rules=(0, 0, 0)),
            new=(23, 14, 1, 0, 2, 0), cin=(1, 1, 0, 0, 0, 0),
            res={"granted": (8, 6, 1, 0, 1, 0), "partial": (3, 2, 0, 0, 0, 0),
                 "denied.third_party": (0, 2, 0, 0, 0, 0),
                 "unavailable.not_held": (9, 3, 0, 0, 1, 0), "not_processed.complaint": 2,
                 "other_handling.no_supplement": 1},
            t4=dict(review=(1, 0, 1, 0), suit_direct=(1, 0, 0, 0))),
notes="Traditional. 收到40件 vs 40 consistent; 办结38件 vs 39 deliberately disagrees; 企业 14件 consistent.",
text="""
凤凰高新技术产业开发区管理委员会2023年政府信息公开工作年度报告
一、总体情况
2023年，高新区管委会坚持把政务公开作为优化营商环境的重要抓手，围绕科技创新、企业服务、项目建设等重点领域加大公开力度。
（一）主动公开。全年通过高新区门户网站公开信息{1564条|items|信息|}，其中科技创新政策{96条|items|科技创新政策|}、企业扶持资金公示{38批次|items|企业扶持资金公示|}，兑现各类扶持资金{2.35亿元|other|扶持资金|}。制发行政规范性文件{2件|norm|行政规范性文件|}。举办政策宣讲会{8场|other|政策宣讲会|}，服务企业{600余家|other|企业|}。发布政策解读{16篇|interp|政策解读|}，其中“一图读懂”{7期|interp|一图读懂|}。
（二）依申请公开。全年收到政府信息公开申请{40件|recv|政府信息公开申请|}，其中来自商业企业的{14件|recv|商业企业申请|col=commercial}。办结{38件|closed|申请|}，予以公开{16件|closed||o=granted}，部分公开{5件|closed||o=partial}，无法提供{13件|closed||o=unavailable}。
（三）政府信息管理。按照“谁制作、谁公开，谁保存、谁公开”原则，梳理公开事项清单{1份|other|公开事项清单|}，涵盖事项{212项|other|事项|}。
（四）平台建设。高新区门户网站全年访问量{近90万人次|visits|访问量|}。“凤凰高新”微信公众号、视频号共{2个|media|微信公众号、视频号|}，发布信息{740条|items|信息|}。“企业诉求直通车”平台办结企业诉求{318件|resp|企业诉求|}。
（五）监督保障。开展政务公开自查{2次|insp|自查|}，组织专题培训{1次|tsess|专题培训|}，培训{50余人|tatt|培训|}。全年涉及政府信息公开的行政复议{2件|rev|行政复议|}，行政诉讼{1件|suit|行政诉讼|}，结果均为维持或驳回。
<<TABLES>>
五、存在的主要问题及改进情况
一是政策解读的精准度不够，二是企业获取政策的渠道不够集中。2024年，将建设惠企政策“一站式”发布平台。
"""))

DOCS.append(dict(id="h22", year=2020, script="s",
tables=dict(seed=22, t2=dict(normative=(1, 1, 6), rules=(0, 0, 0)),
            new=(9, 0, 0, 1, 0, 0), cin=(0, 0, 0, 0, 0, 0),
            res={"granted": 4, "partial": 1, "unavailable.not_held": (2, 0, 0, 1, 0, 0),
                 "other_handling": 1},
            t4=dict()),
notes="District civil-affairs bureau. 受理10件 consistent; 办结9件 consistent; 予以公开 5 vs 4 deliberately disagrees.",
text="""
石桥区民政局2020年政府信息公开工作年度报告
一、总体情况
2020年，区民政局认真贯彻《条例》，聚焦社会救助、养老服务、社会组织管理等民生领域，推动信息公开。
（一）主动公开情况。全年公开信息{276条|items|信息|}，其中低保、特困、临时救助信息{12期|items|低保、特困、临时救助信息|}，养老机构等级评定结果{1批|items|养老机构等级评定结果|}。制定规范性文件{1件|norm|规范性文件|}。全区发放城乡低保金{3276.4万元|other|城乡低保金|j}，保障困难群众{5800余人|other|困难群众|j}。
（二）依申请公开情况。全年受理政府信息公开申请{10件|recv|政府信息公开申请|}，其中社会公益组织申请{1件|recv|社会公益组织申请|col=social}。办结{9件|closed|申请|}，其中予以公开{5件|closed||o=granted}，部分公开{1件|closed||o=partial}，无法提供{3件|closed||o=unavailable}。另有{1件|other|申请|}结转至2021年继续办理。
（三）政府信息管理情况。建立信息公开审查制度，全年审查信息{280余条|other|信息|}。
（四）平台建设情况。“石桥民政”微信公众号发布信息{150余条|items|信息|}，阅读量{6.8万次|other|阅读量|}。
（五）监督保障情况。开展业务培训{1次|tsess|业务培训|}，培训{30人|tatt|培训|}左右。全年未发生因政府信息公开引起的行政复议、行政诉讼。
<<TABLES>>
五、存在的主要问题及改进情况
信息公开的深度和广度仍需拓展，特别是社会组织信息公开还不够全面。
""".replace("培训{30人|tatt|培训|}左右", "培训{30人左右|tatt|培训|}")))

DOCS.append(dict(id="h23", year=2024, script="s",
tables=dict(seed=23, t2=dict(normative=(3, 2, 22), rules=(0, 0, 0)),
            new=(31, 3, 0, 0, 1, 0), cin=(0, 0, 0, 0, 0, 0),
            res={"granted": (13, 1, 0, 0, 0, 0), "partial": 3, "denied.process": 1,
                 "unavailable.not_held": (10, 2, 0, 0, 1, 0), "not_processed.duplicate": 2},
            t4=dict(review=(2, 0, 0, 0), suit_direct=(0, 0, 0, 0), suit_after_review=(1, 0, 0, 0))),
notes="收到35件 vs 35 consistent; 办结33件 consistent; 行政诉讼 claim 2件 vs 1 deliberately disagrees; 2023年 count not_comparable.",
text="""
兴安市农业农村局2024年政府信息公开工作年度报告
一、总体情况
2024年，市农业农村局深入学习运用“千万工程”经验，围绕粮食安全和乡村全面振兴，持续推进农业农村领域政务公开。
（一）主动公开情况。全年在局门户网站公开信息{812条|items|信息|}，其中强农惠农补贴政策{57条|items|强农惠农补贴政策|}，农产品质量安全抽检结果{24期|items|农产品质量安全抽检结果|}。全市发放耕地地力保护补贴{4.86亿元|other|耕地地力保护补贴|j}，惠及农户{31.2万户|other|农户|j}。本年度制发行政规范性文件{3件|norm|行政规范性文件|}，废止{2件|other|行政规范性文件|}，现行有效{22件|other|行政规范性文件|}。开展政策解读{19次|interp|政策解读|}，录制解读视频{5个|interp|解读视频|}。
（二）依申请公开情况。全年收到政府信息公开申请{35件|recv|政府信息公开申请|}，比2023年的{28件|recv|申请|y=2023}增加{7件|other|申请|d}。全部办结，共{33件|closed|申请|}，其余{2件|other|申请|}结转至下年度。
（三）政府信息管理情况。对局机关{2019年|other||}以来的发文开展公开属性复核，共复核{415件|other|发文|}。
（四）平台建设情况。“兴安农业”公众号推送信息{655条|items|信息|}，局网站全年浏览量{38.4万次|visits|浏览量|}。办理“12316”三农热线咨询{4200余件|resp|热线咨询|}。
（五）监督保障情况。举办全市农业农村系统政务公开培训班{1期|tsess|培训班|}，参训{120人|tatt|参训|}。全年因政府信息公开被申请行政复议{2件|rev|行政复议|}，复议维持{2件|rev||o=upheld}；行政诉讼{2件|suit|行政诉讼|}。
<<TABLES>>
五、存在的主要问题及改进情况
部分县区农业农村部门公开工作仍有短板。2025年将对各县（市、区）开展专项检查，检查比例不低于三分之一。
""".replace("对局机关{2019年|other||}以来", "对局机关2019年以来")))

DOCS.append(dict(id="h24", year=2019, script="s",
tables=dict(seed=24, t2=dict(normative=(0, 0, 2), rules=(0, 0, 0)),
            new=(2, 0, 0, 0, 0, 0), cin=(0, 0, 0, 0, 0, 0),
            res={"granted": 1, "unavailable.not_held": 1},
            t4=dict()),
notes="Town. Received 2 consistent; 制定规范性文件 claim 1件 vs table made 0 deliberately disagrees.",
text="""
白沙县青竹镇人民政府2019年政府信息公开工作年度报告
一、总体情况
2019年，青竹镇按照县政府办公室《关于做好2019年政务公开工作的通知》（白政办发〔2019〕21号）要求，推进镇村两级政务公开。
（一）主动公开。通过县政府门户网站公开镇政府信息{86条|items|镇政府信息|}，在镇村公开栏公开各类信息{300余条|items|信息|}。制定镇规范性文件{1件|norm|规范性文件|}。
（二）依申请公开。全年收到群众书面申请{两件|recv|书面申请|}，分别为宅基地审批和征地补偿信息，已按期答复，{1件|closed||o=granted}予以公开，{1件|closed||o=unavailable}因本机关不掌握告知申请人向县自然资源局申请。
（三）政府信息管理。镇党政办配备专职信息员{1名|other|信息员|}，各村确定兼职信息员{1名|other|信息员|}。
（四）平台建设。全镇{11个|other|村|}村公开栏全部完成标准化改造。
（五）监督保障。镇纪委每季度对村务公开检查{1次|other|检查|}。全年共组织培训{2期|tsess|培训|}，参训村干部{66人次|tatt|村干部|}。本年度未发生行政复议和行政诉讼。
<<TABLES>>
五、存在的主要问题及改进情况
工作人员业务水平有待提高。镇政府地址：青竹镇人民路1号，联系电话：0743-5521009。
"""))

DOCS.append(dict(id="h25", year=2022, script="s",
tables=dict(seed=25, t2=dict(normative=(1, 0, 7), rules=(0, 0, 0)),
            new=(53, 2, 0, 0, 6, 1), cin=(2, 0, 0, 0, 0, 0),
            res={"granted": (21, 1, 0, 0, 3, 0), "partial": (5, 0, 0, 0, 1, 0), "denied.enforcement": 2,
                 "unavailable.not_held": (18, 1, 0, 0, 1, 1), "not_processed.complaint": 3,
                 "not_processed.mass": 2, "other_handling.no_supplement": 2},
            t4=dict(review=(3, 0, 0, 1), suit_direct=(2, 1, 0, 0))),
notes="受理64件 incl. carried-over vs 62+2 consistent; 办结61件 vs 61 consistent; note under table (其他处理的2件) consistent; corrected 0 claim not annotated (无…纠错); 法律服务机构 6件 vs 6 consistent; 行政复议 5 vs 4 deliberately disagrees.",
text="""
江陵市司法局2022年政府信息公开工作年度报告
一、总体情况
2022年，市司法局认真贯彻落实《条例》和国务院办公厅关于政务公开工作的各项要求，推进法治政府建设信息公开。
（一）主动公开情况。全年公开政府信息{934条|items|政府信息|}，其中法律援助、公证、司法鉴定等公共法律服务信息{211条|items|公共法律服务信息|}。印发行政规范性文件{1件|norm|行政规范性文件|}；审查市政府及市政府办公室行政规范性文件{37件|other|行政规范性文件|}，备案审查各县（市、区）规范性文件{58件|other|规范性文件|j}。办理法律援助案件{2763件|other|法律援助案件|j}。发布普法短视频{48条|items|普法短视频|}。
（二）依申请公开情况。全年共受理政府信息公开申请{64件|recv|政府信息公开申请|inc}，其中法律服务机构提出{6件|recv|法律服务机构申请|col=legal}。办结{61件|closed|申请|}，其中予以公开{25件|closed||o=granted}，部分公开{6件|closed||o=partial}，不予公开{2件|closed||o=denied}，无法提供{21件|closed||o=unavailable}，不予处理{5件|closed||o=not_processed}。
（三）政府信息管理情况。严格执行信息发布保密审查，全年审查信息{约950条|other|信息|}。
（四）平台建设情况。“江陵司法”微信公众号、微博、抖音号共{3个|media|微信公众号、微博、抖音号|}，全年发布信息{1260余条|items|信息|}，其中抖音号播放量{超过300万次|other|播放量|}。
（五）监督保障情况。开展政务公开培训{2场|tsess|培训|}，培训{110人次|tatt|培训|}。全年涉及政府信息公开的行政复议{5件|rev|行政复议|}，行政诉讼{3件|suit|行政诉讼|}，其中被纠错{1件|corr|纠错|}。
<<TABLES>>
注：“（六）其他处理”中的{2件|closed||o=other_handling}，系申请人逾期未补正。
五、存在的主要问题及改进情况
依申请公开答复的规范性有待提高。
"""))

DOCS.append(dict(id="h26", year=2021, script="t", tables=None,
notes="Traditional; no tables. 区政府 counts self (government office report).",
text="""
锦江区人民政府办公室2021年政府信息公开工作年度报告
一、总体情况
2021年，区政府办公室以建党一百周年为契机，深入推进政务公开，努力建设人民满意的法治政府。
（一）主动公开。区政府门户网站全年发布信息{7326条|items|信息|}，其中区政府及区政府办公室文件{96件|items|区政府及区政府办公室文件|}。区政府出台行政规范性文件{4件|norm|行政规范性文件|}。编印《锦江区人民政府公报》{4期|gaz|政府公报|}。召开新闻发布会{11场|press|新闻发布会|}，发布政策解读{53篇|interp|政策解读|}，其中主要负责同志解读{6篇|interp|政策解读|}。
（二）依申请公开。全年收到政府信息公开申请{82件|recv|政府信息公开申请|}，同比增长{15.5%|other|申请|d}，办结{79件|closed|申请|}，办结率{96.3%|other|办结率|}。
（三）政府信息管理。清理区政府{2010年|other||}至2020年规范性文件{312件|other|规范性文件|}，其中继续有效{187件|other|规范性文件|}。
（四）平台建设。区政府门户网站全年访问量{超过600万人次|visits|访问量|}，全区政务新媒体{67个|media|政务新媒体|j}，“锦江发布”微博粉丝{120余万|other|粉丝|}。区长信箱答复群众来信{1105件|resp|群众来信|}。
（五）监督保障。开展政务公开第三方评估{1次|insp|第三方评估|}，组织全区培训{3场|tsess|培训|}，培训{约500人次|tatt|培训|}。全年区政府作为被申请人的政府信息公开行政复议{6件|rev|行政复议|}，行政诉讼{3件|suit|行政诉讼|}。
五、存在的主要问题及改进情况
一是基层政务公开标准化建设仍需深化；二是政策解读的互动性不强。
六、其他需要报告的事项
本年度区政府办公室承办人大代表建议{35件|other|人大代表建议|}、政协提案{42件|other|政协提案|}，均已按期办复。
""".replace("清理区政府{2010年|other||}至2020年", "清理区政府2010年至2020年")))

DOCS.append(dict(id="h27", year=2024, script="s",
tables=dict(seed=27, t2=dict(normative=(5, 3, 38), rules=(0, 0, 0)),
            new=(66, 5, 0, 0, 2, 1), cin=(3, 0, 0, 0, 0, 0),
            res={"granted": (24, 2, 0, 0, 1, 0), "partial": (9, 1, 0, 0, 0, 0),
                 "denied.third_party": 2, "denied.process": 1,
                 "unavailable.not_held": (21, 2, 0, 0, 1, 1), "unavailable.needs_creation": 2,
                 "not_processed.complaint": 4, "not_processed.duplicate": 2,
                 "other_handling.no_supplement": 1},
            t4=dict(review=(3, 1, 1, 0), suit_direct=(2, 0, 0, 1), suit_after_review=(0, 1, 0, 0))),
notes="County government. new 74 vs claim 74 consistent; 办结74件 vs 74 consistent; 纠错2件 vs 2 consistent; 行政复议 5 consistent; 部分公开 9 vs 10 deliberately disagrees; 不予公开 3 consistent.",
text="""
长宁县人民政府2024年政府信息公开工作年度报告
一、总体情况
2024年，县人民政府坚持以人民为中心的发展思想，全面贯彻落实《条例》，以政务公开助力法治政府建设。
（一）主动公开情况。县政府门户网站全年发布政府信息{11486条|items|政府信息|}，同比增长{9.8%|other|政府信息|d}。县政府出台行政规范性文件{5件|norm|行政规范性文件|}，废止{3件|other|行政规范性文件|}。县政府常务会议{24次|other|常务会议|}，会议情况全部通过门户网站公开。召开新闻发布会{8场|press|新闻发布会|}。发布政策解读{46篇|interp|政策解读|}，解读率{100%|other|解读率|}。
（二）依申请公开情况。全年县政府新收政府信息公开申请{74件|recv|政府信息公开申请|}，办结{74件|closed|申请|}，其中予以公开{27件|closed||o=granted}，部分公开{9件|closed||o=partial}，不予公开{3件|closed||o=denied}。各乡镇、各部门收到申请{203件|recv|申请|j}。
（三）政府信息管理情况。督促全县{18个|other|乡镇|j}乡镇、{42个|other|县直部门|j}县直部门更新政府信息公开指南，更新率{100%|other|更新率|j}。
（四）平台建设情况。县政府门户网站全年访问量{约260万次|visits|访问量|}。全县政务新媒体{53个|media|政务新媒体|j}，其中县政府“长宁发布”{1个|media|政务新媒体|}。办理12345热线工单{2.1万件|resp|12345热线工单|j}。
（五）监督保障情况。开展政务公开督查{2次|insp|督查|}，组织培训{4期|tsess|培训|}，培训{380人次|tatt|培训|}。全年县政府行政复议{5件|rev|行政复议|}，行政诉讼{4件|suit|行政诉讼|}，被纠错{2件|corr|纠错|}。
<<TABLES>>
五、存在的主要问题及改进情况
政策解读质量仍需提高。
"""))

DOCS.append(dict(id="h28", year=2023, script="s",
tables=dict(seed=28, t2=dict(normative=(1, 1, 9), rules=(0, 0, 0)),
            new=(17, 2, 0, 0, 0, 0), cin=(1, 0, 0, 0, 0, 0),
            res={"granted": (6, 1, 0, 0, 0, 0), "partial": 2, "unavailable.not_held": (6, 1, 0, 0, 0, 0),
                 "not_processed.complaint": 1, "other_handling.other": 1},
            t4=dict(review=(1, 0, 0, 0))),
notes="水利局. 收到19件 consistent; 办结18件 consistent; 行政复议 claim 2 vs 1 deliberately disagrees.",
text="""
汉川市水利局2023年政府信息公开工作年度报告
一、总体情况
2023年，市水利局围绕防汛抗旱、水资源管理、河湖长制等重点工作，扎实推进水利政务公开。
（一）主动公开情况。全年公开信息{397条|items|信息|}，其中汛情旱情信息{86条|items|汛情旱情信息|}、水利工程建设项目信息{42条|items|水利工程建设项目信息|}。全市{326名|other|河湖长|j}河湖长名单全部公开。印发行政规范性文件{1件|norm|行政规范性文件|}。发布防汛知识图解{6期|interp|图解|}。
（二）依申请公开情况。全年收到政府信息公开申请{19件|recv|政府信息公开申请|}，办结{18件|closed|申请|}，其中予以公开{7件|closed||o=granted}，部分公开{2件|closed||o=partial}，无法提供{7件|closed||o=unavailable}。
（三）政府信息管理情况。编制水利领域基层政务公开标准目录，涵盖事项{28项|other|事项|}。
（四）平台建设情况。“汉川水利”公众号推送信息{210条|items|信息|}。回复网民留言{不足50条|resp|网民留言|}。
（五）监督保障情况。开展业务培训{1次|tsess|业务培训|}，培训{45人|tatt|培训|}。全年行政复议{2件|rev|行政复议|}，复议维持；无行政诉讼。
<<TABLES>>
五、存在的主要问题及改进情况
一是公开内容不够丰富；二是解读形式单一。“十四五”后半程，将持续推进水利信息公开。
"""))

DOCS.append(dict(id="h29", year=2020, script="s",
tables=dict(seed=29, t2=dict(normative=(6, 6, 52), rules=(1, 1, 9)),
            new=(88, 24, 3, 6, 7, 2), cin=(4, 2, 0, 0, 0, 0),
            res={"granted": (25, 8, 1, 2, 2, 0), "partial": (14, 5, 1, 1, 1, 0),
                 "denied.third_party": 2, "denied.process": 3, "denied.enforcement": 1,
                 "unavailable.not_held": (26, 7, 1, 2, 3, 1), "unavailable.needs_creation": 3,
                 "not_processed.complaint": 6, "not_processed.duplicate": 3, "other_handling": (4, 1, 0, 0, 0, 0)},
            t4=dict(review=(5, 0, 2, 1), suit_direct=(2, 1, 0, 1), suit_after_review=(1, 0, 0, 0))),
notes="Provincial department, 2019 template. received 130 vs 130 consistent; 办结126件 vs 123 deliberately disagrees; 规章1件 consistent; 2019年 count not_comparable.",
text="""
西江省生态环境厅2020年政府信息公开工作年度报告
一、总体情况
2020年，省生态环境厅坚决贯彻党中央、国务院和省委、省政府决策部署，以打好污染防治攻坚战为重点，全面推进生态环境信息公开。
（一）主动公开情况。全年主动公开政府信息{3847条|items|政府信息|}，其中建设项目环境影响评价信息{1264条|items|建设项目环境影响评价信息|}，重点排污单位监督性监测信息{720余条|items|重点排污单位监督性监测信息|}。向省政府报送省政府规章草案并经省政府常务会议审议通过{1件|rules|省政府规章|}，制发规范性文件{6件|norm|规范性文件|}。召开新闻发布会{12场|press|新闻发布会|}，开展政策解读{37次|interp|政策解读|}。全省{14个|other|设区市|j}设区市空气质量优良天数比例为{89.6%|other|空气质量优良天数比例|j}。
（二）依申请公开情况。全年收到政府信息公开申请{130件|recv|政府信息公开申请|}，比2019年的{96件|recv|申请|y=2019}增长{35.4%|other|申请|d}。办结{126件|closed|申请|}，其中予以公开{38件|closed||o=granted}、部分公开{22件|closed||o=partial}、不予公开{6件|closed||o=denied}、无法提供{43件|closed||o=unavailable}、不予处理{9件|closed||o=not_processed}。
（三）政府信息管理情况。对厅机关{1990年|other||}以来制发的规范性文件进行清理，现行有效{52件|other|规范性文件|}。
（四）平台建设情况。厅门户网站全年访问量{460万人次|visits|访问量|}。“西江生态环境”政务新媒体{4个|media|政务新媒体|}，全年发布信息{2100余条|items|信息|}。回应公众环境诉求{3600余件|resp|公众环境诉求|}。
（五）监督保障情况。组织全省生态环境系统信息公开培训{2期|tsess|培训|}，培训{300人|tatt|培训|}以上。开展环境信息公开专项检查{1次|insp|专项检查|}，抽查重点排污单位{150家|other|重点排污单位|j}。全年厅涉及信息公开的行政复议{8件|rev|行政复议|}，行政诉讼{5件|suit|行政诉讼|}，被纠错{1件|corr|纠错|}。
<<TABLES>>
五、存在的主要问题及改进情况
企业环境信息依法披露制度尚不完善。2021年将推动建立企业环境信息依法披露制度。
""".replace("对厅机关{1990年|other||}以来", "对厅机关1990年以来").replace("培训{300人|tatt|培训|}以上", "培训{300人以上|tatt|培训|}")))

DOCS.append(dict(id="h30", year=2022, script="s", tables=None,
notes="No tables; county education bureau.",
text="""
宁远县教育体育局2022年政府信息公开工作年度报告
一、总体情况
2022年，县教育体育局以“双减”政策落地为重点，推进教育领域信息公开，保障群众知情权。
（一）主动公开。全年在县政府门户网站教育专栏发布信息{603条|items|信息|}，其中招生入学信息{74条|items|招生入学信息|}、学生资助信息{31条|items|学生资助信息|}。全县发放学生资助资金{2863.7万元|other|学生资助资金|j}，资助学生{1.9万人次|other|学生|j}。制发行政规范性文件{2件|norm|行政规范性文件|}。举办招生政策新闻发布会{两场|press|新闻发布会|}。
（二）依申请公开。全年收到政府信息公开申请{十五件|recv|政府信息公开申请|}，办结{十四件|closed|申请|}，剩余{一件|other|申请|}结转至2023年。
（三）政府信息管理。指导全县{97所|other|中小学校|j}中小学校、幼儿园规范校务公开。截至目前，全县共设立校务公开栏{120余块|other|校务公开栏|j}。
（四）平台建设。“宁远教育”公众号全年推送{420篇|items|推送|}，回复家长留言{约300条|resp|家长留言|}。
（五）监督保障。开展校务公开专项督查{3次|insp|专项督查|}，组织培训{1期|tsess|培训|}，参训{约200人|tatt|参训|}。全年发生政府信息公开行政复议{1件|rev|行政复议|}，无行政诉讼。
五、存在的主要问题及改进情况
部分学校校务公开内容不完整。
"""))
