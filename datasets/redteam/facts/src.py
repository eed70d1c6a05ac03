"""Red-team narratives with inline gold markup (see build.py for the syntax).

Written independently of the library's rules and of datasets/gold phrasings.
"""
DOCS = []

def doc(**kw):
    DOCS.append(kw)

# ---------------------------------------------------------------- f01
doc(name="f01", year=2021,
    title="宁波市交通运输局2021年政府信息公开工作年度报告",
    body="""
一、总体情况
2021年，市交通运输局认真贯彻《中华人民共和国政府信息公开条例》和《宁波市政务公开工作要点》（甬政办发〔2021〕3号）要求，围绕“十四五”综合交通规划实施，扎实推进决策、执行、管理、服务、结果公开。
（一）主动公开。全年通过局门户网站主动公开政府信息«1864条|items»，其中机构职能类«56条|items»、规划计划类«41条|items»、行政执法类«903条|items»；在“宁波交通”微信公众号推送信息«612篇|items»。制发行政规范性文件«4件|norm»，同步发布政策解读«4篇|interp»。
（二）依申请公开。本机关全年依申请公开办理答复«35件|clo»，均在法定期限内作出答复，未发生逾期答复情况。从申请内容看，主要集中在道路运输许可、工程建设项目和交通违法处理等方面。
（三）行政复议和诉讼。因政府信息公开被申请行政复议«1起|rev»，经复议维持原答复；未发生行政诉讼。
（四）平台建设。完成门户网站集约化迁移，优化“政策文件库”2.0版检索功能，网站全年访问量«218万人次|vis»。
（五）监督保障。组织开展政务公开专题培训«三场|ts»，参训人员«一百二十人次|ta»；开展网站内容自查«4轮|insp»，发现并整改错别字、链接失效等问题«27个|o»。
公开咨询电话：0574-87191234，通讯地址：宁波市鄞州区宁穿路1901号，邮编：315040。
""",
    t3=dict(new=34, carried_in=2, granted=20, partial=5, **{"unavailable.not_held": 8, "not_processed.duplicate": 2}, carried_out=1),
    t4=dict(review=(1, 0, 0, 0)),
    tail="""
五、存在的主要问题及改进情况
一是政策解读形式较为单一；二是基层交通执法信息公开标准化程度不高。2022年，我局将对照《条例》第十条规定，进一步完善主动公开目录，计划开展业务培训«2次|ts|y2022»。
""")

# ---------------------------------------------------------------- f02
doc(name="f02", year=2020,
    title="长兴县人民政府办公室2020年政府信息公开工作年度报告",
    body="""
一、总体情况
2020年，县政府办公室在县委、县政府的坚强领导下，坚持以公开为常态、不公开为例外，全面推进政务公开标准化规范化建设。
依申请公开方面，共接收政府信息公开申请«58件|rec»（其中网上申请«41件|rec|f=-»、信函申请«12件|rec|f=-»、当面申请«5件|rec|f=-»），较上年增加«12件|o|d»，同比增长«26.1%|o|d»。«58件|clo»申请已全部办结，未产生信息处理费。
主动公开方面，县政府出台行政规范性文件«9件|norm»，废止«3件|o»；编印《长兴县人民政府公报》«十二期|gaz»，刊登县政府及办公室文件«87件|items»。围绕疫情防控和复工复产，举办新闻发布会«6场|press»，发布权威信息«430余条|items»。
平台建设方面，县政府门户网站开设“疫情防控”“惠企政策”等专栏«5个|o»，全年发布信息«9,865条|items»，网站总访问量«约156万次|vis»。
监督保障方面，将政务公开纳入县级部门年度综合考核，分值占比«4%|o»；对县级部门开展季度检查«4次|insp»，通报问题«31个|o»。
""",
    t2={"rules": (0, 0, 0), "normative": (9, 9, 46)},
    t3=dict(new=58, carried_in=0, granted=30, partial=6, **{"unavailable.not_held": 15, "not_processed.complaint": 3, "other_handling": 3}, carried_out=1),
    t4=dict(review=(0, 0, 0, 0)),
    notes="«58件申请已全部办结» disagrees deliberately: table results_total 57 (1 carried out).",
    tail="""
五、存在的主要问题及改进情况
一是部分部门政策解读质量不高，图解、视频等多元化解读占比偏低；二是依申请公开答复文书的规范性还需加强。2021年，县政府办公室将修订依申请公开办理规程，开展答复文书集中评查«1次|insp|y2021»，并对各部门开展全覆盖培训。
""")
# ---------------------------------------------------------------- f03
doc(name="f03", year=2022,
    title="成都市武侯区玉林街道办事处2022年政府信息公开工作年度报告",
    body="""
一、总体情况
2022年，玉林街道办事处坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神，落实“三个一”工作机制（一个专栏、一支队伍、一套制度），推进基层政务公开。
一是强化主动公开。通过区政府信息公开平台街道专栏公开信息«214条|items»，“玉林微生活”公众号发布推文«156篇|items»，社区公示栏张贴公告«300余张|items»。二是规范依申请公开。全年受理依申请公开«0件|rec»，无因政府信息公开引起的行政复议、行政诉讼案件，无被纠错案件。三是夯实基础工作。街道配备兼职信息公开工作人员«3名|o»，下辖«8个|o»社区均明确«1名|o»信息员。
此外，召开居民议事会«4次|o»，收集群众意见建议«57条|o»，均已回复。
地址：成都市武侯区玉林北路2号，联系电话：028-85561234。
""",
    t3=dict(new=0, carried_in=0, carried_out=0),
    t4=dict(),
    tail="""
五、存在的主要问题及改进情况
信息更新频率不高、公开内容不够丰富。2023年，街道将每季度开展«一次|o|y2023»自查，做好“第一时间”回应。
""")

# ---------------------------------------------------------------- f04
doc(name="f04", year=2023,
    title="湖北省生态环境厅2023年政府信息公开工作年度报告",
    body="""
一、总体情况
2023年，省生态环境厅以公开促落实、强监管、优服务，政务公开工作在全省政府系统考评中位居前列。
（一）依申请公开情况。全年新收政府信息公开申请«326件|rec»，较上年增加«45件|o|d»，同比增长«15.3%|o|d»；加上上年结转«12件|rec|f=t3.carried_in.total»，共计«338件|rec|f=t3.new.total+t3.carried_in.total»。办结«331件|clo»，结转下年度«7件|o»。申请内容主要涉及环评审批、排污许可和信访投诉处理。
（二）复议诉讼情况。因政府信息公开被申请行政复议«9起|rev»，被提起行政诉讼«4起|suit»，其中被纠错«1件|cor»，纠错率«约7.7%|o»。
（三）主动公开情况。全年主动公开环境信息«1.2万余条|items»，其中环境质量信息«8600条|items»、行政处罚信息«2100余条|items»。厅门户网站年访问量«逾3000万次|vis»，厅属政务新媒体账号«17个|nm»。
（四）队伍建设。举办全省生态环境系统政务公开培训班«1期|ts»，线上线下参训«近千人次|ta»。
""",
    t3=dict(new=326, carried_in=12, granted=150, partial=40, **{"unavailable.not_held": 90, "not_processed.complaint": 30, "denied.process": 11, "other_handling": 10}, carried_out=7),
    t4=dict(review=(6, 1, 1, 1), suit_direct=(2, 0, 0, 1), suit_after_review=(1, 0, 0, 0)),
    notes="约7.7%: 约 directly before the number; a=about.",
    tail="""
五、存在的主要问题及改进情况
依申请公开数量持续增长、办理压力较大，部分答复说理不够充分。下一步，我厅将建立疑难申请会商机制，编印典型案例汇编，加强对市州生态环境部门的业务指导，推动全系统答复规范化。
六、其他需要报告的事项
本年度依据《政府信息公开信息处理费管理办法》收取信息处理费«0元|o»。
""")
# ---------------------------------------------------------------- f05
doc(name="f05", year=2019,
    title="浏阳市大瑶镇人民政府2019年政府信息公开工作年度报告",
    body="""
一、总体情况
2019年，大瑶镇人民政府认真贯彻新修订的《中华人民共和国政府信息公开条例》，以“五公开”为抓手，推进镇村两级政务公开。
主动公开方面，全镇在浏阳市政府门户网站乡镇专栏发布信息«143条|items|j»，其中财政预决算信息«12条|items|j»、扶贫领域信息«46条|items|j»；更新村务公开栏«十二期|items|j»，张贴公告«68张|items|j»。
依申请公开方面，2019年，本镇共受理信息公开申请«3件|rec»，均在法定期限内予以答复，其中予以公开«2件|clo|f=t3.granted.total»、告知申请人不属于本机关公开职责范围«1件|clo|f=t3.unavailable.not_held.total»。全年未发生因信息公开引起的行政复议和行政诉讼。
平台建设方面，镇政府微信公众号“大瑶发布”关注人数«1.6万人|o»，全年推送«二百一十六条|items»。
组织保障方面，镇党委会专题研究政务公开工作«两次|o»，组织村（社区）信息员培训«两次|ts»，参训«60余人|ta»。
""",
    notes="no tables (lost in scraping): reconcilable facts unverifiable.",
    tail="""
五、存在的主要问题及改进情况
主要问题是村级公开不够及时，部分村公开栏内容更新滞后。2020年，我镇将把村务公开纳入村干部年度考核，由镇纪委牵头每半年开展«一次|o|y2020»专项检查。
""")
# ---------------------------------------------------------------- f06
doc(name="f06", year=2022,
    title="佛山市南海区卫生健康局2022年政府信息公开工作年度报告",
    body="""
一、总体情况
2022年，区卫生健康局坚持疫情防控信息发布与常态化政务公开两手抓。
主动公开。全年发布疫情防控通告«47份|items»、核酸检测点信息更新«190余次|items»，召开疫情防控新闻发布会«23场|press»。“南海卫健”视频号、抖音号共发布短视频«85条|items»，累计播放量«1200万次|o|c»。
依申请公开。本局2022年收到政府信息公开申请«19件|rec»，与2021年的«25件|rec|y2021»相比有所下降；办理答复«18件|clo»，另«1件|o»因申请人补正结转至2023年办理。2021年受理的申请中«2件|rec|f=t3.carried_in.total»结转本年度办理，已全部办结。
复议诉讼。涉及政府信息公开的行政诉讼案件«2宗|suit»，均为未经复议直接起诉，«一宗|suit|f=t4.suit_direct.upheld+t4.suit_after_review.upheld»维持、«一宗|suit|f=t4.suit_direct.pending+t4.suit_after_review.pending»尚在审理；未发生行政复议。
培训宣传。开展“以案释法”讲座«1场|ts»、业务培训«5场|ts»，覆盖医疗卫生单位«63家|o|j»。
""",
    t3=dict(new=19, carried_in=2, granted=10, partial=2, **{"unavailable.not_held": 7, "not_processed.duplicate": 1}, carried_out=1),
    t4=dict(suit_direct=(1, 0, 0, 0)),
    notes="2宗 vs t4 suit total 1 → inconsistent (deliberate). 18件 vs results_total 20 → inconsistent (答复18 but table counts the 2 carried-in too). '2件 结转本年度' is carried-in → other.",
    tail="""
五、存在的主要问题及改进情况
一是疫情防控信息发布频次高、时效要求强，个别信息存在更新不及时的情况；二是依申请公开办理人员流动较大。2023年，我局将健全信息发布审核机制，加强人员培训。
""")
# ---------------------------------------------------------------- f07
doc(name="f07", year=2024,
    title="绍兴市人民政府办公室2024年政府信息公开工作年度报告",
    body="""
一、总体情况
2024年，市政府办公室围绕“十四五”规划收官准备和数字政府2.0版建设，持续深化政务公开。
（一）政策发布解读。市政府及市政府办公室全年印发行政规范性文件«14件|norm»，全部在«3个工作日|o»内公开；发布政策解读«86篇|interp»，其中图文解读«32篇|interp»、视频解读«9个|interp»。召开市政府新闻发布会«十五场|press»，出版《绍兴市人民政府公报》«12期|gaz»。
（二）依申请公开。市政府本级收到政府信息公开申请«148件|rec»，办结«145件|clo»，«3件|o»结转下年度。全市各单位共受理依申请公开申请«2356件|rec|j»，办结率«99.2%|o|j»。
（三）财政信息。公开市本级政府集中采购项目«326个|items»，采购金额«12.8亿元|o»；公开部门预决算信息«126个|items|j»。
（四）回应关切。“市长信箱”全年受理群众来信«4200余件|o»，按期答复«4196件|op»；回应社会关切«38次|op»。
""",
    t2={"rules": (1, 0, 9), "normative": (14, 5, 88)},
    t3=dict(new=148, carried_in=0, granted=60, partial=20, **{"unavailable.not_held": 40, "not_processed.complaint": 15, "denied.third_party": 10}, carried_out=3),
    t4=dict(review=(2, 0, 0, 0), suit_direct=(1, 0, 0, 0)),
    tail="""
六、其他需要报告的事项
本年度收取信息处理费«0元|o»。办理人大代表建议«78件|o»、政协提案«112件|o»，全部按期办结。
""")

# ---------------------------------------------------------------- f08
doc(name="f08", year=2021,
    title="桐庐县市场监督管理局2021年政府信息公开工作年度报告",
    body="""
一、总体情况
本局紧扣市场监管职能，推进“双随机、一公开”监管信息和行政处罚信息公开。
截至目前，本局在政府信息公开平台累计公开信息«4523条|o|c»，其中2021年新增«978条|items»。全年公开行政处罚决定书«264份|items»，公示“双随机”抽查结果«31批次|items»。
依申请公开工作。截至12月31日，共办结依申请公开事项«11件|clo»，平均办理时长«8.5个工作日|o»；其中商业企业提出的申请约占«40%|o»。全年没有因依申请公开引发行政复议或者行政诉讼。
教育培训方面，组织«5场|ts»业务培训，举办执法人员政务公开专题班共«3期|ts»，培训人员«210名|ta»；约谈不规范公开的市场主体«2家|o»。
另外，本局参加县级政务公开考核，得分«96.5分|o»。
""",
    t3=dict(new=12, carried_in=0, granted=7, partial=1, **{"unavailable.not_held": 3}, carried_out=1),
    t4=dict(),
    notes="'截至12月31日' without 累计 → not cumulative (README decision).",
    tail="""
五、存在的主要问题及改进情况
问题：行政处罚信息公开存在滞后现象，部分决定书«超过7个工作日|o»才公示。改进：推行处罚决定书网上自动推送，建立周通报制度。
""")
# ---------------------------------------------------------------- f09 (Traditional)
doc(name="f09", year=2020, script="traditional",
    title="台州市教育局2020年政府信息公开工作年度报告",
    body="""
一、总体情况
2020年，市教育局以疫情防控期间教育教学信息公开为重点，及时回应师生和家长关切。
主动公开：全年在局网站发布各类信息«2,317条|items»，其中招生考试信息«388条|items»、教育收费信息«45条|items»；“台州教育发布”微博、微信、抖音«三个|nm»账号共发布«4600余条|items»，开通政务新媒体账号«3个|nm»。
依申请公开：全年共收到申请«46件|rec»，其中来自自然人«41件|rec|f=t3.new.natural»、来自企业«5件|rec|f=t3.new.commercial»；全部按时答复，答复率«100%|o»。
复议诉讼：本年度因政府信息公开被申请行政复议«两起|rev»，结果均为维持；没有发生行政诉讼。
回应关切：办理“民生热线”转办件«1,052件|o»，回复网民留言«318条|op»。
培训：举办全市教育系统政务公开业务培训«2期|ts»，各县（市、区）教育局、直属学校参训«150人|ta»。
""",
    t3=dict(new=46, carried_in=1, granted=25, partial=4, **{"unavailable.not_held": 12, "not_processed.duplicate": 2, "other_handling": 3}, carried_out=1,
            _commercial={"new": 5, "granted": 3, "partial": 2}),
    t4=dict(review=(2, 0, 0, 0)),
    notes="Traditional script (OpenCC s2t of the simplified source). 46件 closed? no: 全部按时答复 has no numeral.",
    tail="""
五、存在的主要问题及改进情况
学校信息公开工作发展不平衡，部分民办学校信息公开意识不强。2021年，我局将把学校信息公开纳入年度办学水平考核，指导各县（市、区）教育局开展专项检查。
""")
# ---------------------------------------------------------------- f10 (Traditional)
doc(name="f10", year=2023, script="traditional",
    title="德清县自然资源和规划局2023年政府信息公开工作年度报告",
    body="""
一、总体情况
2023年，县自然资源和规划局紧扣土地征收、规划许可等重点领域推进信息公开。
（一）依申请公开情况。本年度新收政府信息公开申请«73件|rec»，上年结转«4件|rec|f=t3.carried_in.total»，合计«77件|rec|f=t3.new.total+t3.carried_in.total»。已办结«75件|clo»，办结结果分别为：予以公开«28件|clo|f=t3.granted.total»、部分公开«9件|clo|f=t3.partial.total»、不予公开«3件|clo|f=t3.denied.state_secret.total+t3.denied.prohibited.total+t3.denied.security.total+t3.denied.third_party.total+t3.denied.internal.total+t3.denied.process.total+t3.denied.enforcement.total+t3.denied.query.total»、无法提供«30件|clo|f=t3.unavailable.not_held.total+t3.unavailable.needs_creation.total+t3.unavailable.unclear.total»、不予处理«5件|clo|f=t3.not_processed.complaint.total+t3.not_processed.duplicate.total+t3.not_processed.publication.total+t3.not_processed.mass.total+t3.not_processed.confirm.total»。
（二）复议诉讼情况。全年因政府信息公开引发行政复议«6件|rev»、行政诉讼«3件|suit»，其中行政复议被纠错«1件|cor»。
（三）主动公开情况。公开征收土地预公告、征地补偿安置方案等信息«326条|items»，公示规划许可批前信息«84项|items»；公开征收土地补偿款«约2.3亿元|o»。
（四）其他。国土空间总体规划（2021—2035年）公开征求意见，收到意见«146条|o»。
""",
    t3=dict(new=73, carried_in=4, granted=28, partial=9, **{"denied.third_party": 2, "denied.process": 1, "unavailable.not_held": 28, "unavailable.unclear": 2, "not_processed.complaint": 3, "not_processed.duplicate": 2}, carried_out=2),
    t4=dict(review=(4, 1, 0, 1), suit_direct=(1, 0, 0, 1)),
    notes="Traditional. 3件 suit vs table 2 → inconsistent (deliberate).",
    tail="""
五、存在的主要问题及改进情况
征地信息公开的及时性、完整性仍需提升；依申请公开答复中“本机关不掌握”情形较多，告知说理不够充分。下一步将健全征地信息公开联动机制，完善答复文书模板。
""")
# ---------------------------------------------------------------- f11 (Traditional)
doc(name="f11", year=2021, script="traditional",
    title="广州市越秀区司法局2021年政府信息公开工作年度报告",
    body="""
一、总体情况
2021年，区司法局以法治政府建设为引领，持续深化司法行政领域政务公开。
一是加强主动公开。在区政府门户网站更新政府信息«167条|items»，其中法律援助、公证、人民调解等公共服务事项信息«62条|items»。审核区政府行政规范性文件«11件|o»，对«2件|o»提出修改意见。
二是规范依申请公开。本局全年受理政府信息公开申请«8件|rec»，已按期答复«7件|clo»，另有«1件|o»结转下年度。
三是做好复议诉讼。2021年，本局未因政府信息公开被申请行政复议；涉及政府信息公开的行政诉讼«1宗|suit»，法院判决驳回原告诉讼请求。区政府全年办理政府信息公开类行政复议案件«19件|o|j»，其中确认违法或责令重新答复«4件|o|j»。
四是加强普法宣传。开展“八五”普法启动宣传活动«30余场|o»，发放宣传资料«1.5万份|o»；组织全区司法行政系统政务公开培训«1次|ts»。
""",
    t3=dict(new=8, carried_in=0, granted=4, partial=1, **{"unavailable.not_held": 2}, carried_out=1),
    t4=dict(suit_direct=(1, 0, 0, 0)),
    notes="Traditional. The 19件 review cases are handled by the agency as the review body (区政府行政复议), not cases against it: other, jurisdiction.",
    tail="""
五、存在的主要问题及改进情况
对公共法律服务信息的解读不够通俗易懂。2022年，本局将制作公共法律服务指引，依托“越秀司法”公众号开设以案说法专栏，每月推出«2期|o|y2022»。
""")
# ---------------------------------------------------------------- f12 (full-width digits)
doc(name="f12", year=2022, fullwidth=True,
    title="沛县农业农村局2022年政府信息公开工作年度报告",
    body="""
一、总体情况
2022年，县农业农村局认真落实政务公开各项要求，围绕乡村振兴、惠农补贴等群众关注事项推进信息公开。
主动公开方面：全年公开各类信息«580条|items»，其中惠农补贴发放信息«126条|items»、农产品质量安全抽检信息«48条|items»；公开耕地地力保护补贴资金«3680.5万元|o»，涉及农户«8.2万户|o|j»。
依申请公开方面：2022年共收到政府信息公开申请«15件|rec»，较2021年减少«6件|o|d»；全部办结，其中予以公开«9件|clo|f=t3.granted.total»、无法提供«6件|clo|f=t3.unavailable.not_held.total+t3.unavailable.needs_creation.total+t3.unavailable.unclear.total»。
复议诉讼方面：因政府信息公开被申请行政复议«1件|rev»，行政诉讼«0件|suit»。
队伍建设方面：全年开展培训«4次|ts»，培训镇村信息员«260人次|ta»；对全县«14个|o|j»镇的惠农信息公开情况开展专项督查«2轮|insp|j»。
""",
    t3=dict(new=15, carried_in=0, granted=8, **{"unavailable.not_held": 6, "other_handling": 1}, carried_out=0),
    t4=dict(review=(1, 0, 0, 0)),
    notes="Full-width digits in prose (tables ASCII). 予以公开9件 vs table 8 → inconsistent (deliberate).",
    tail="""
五、存在的主要问题及改进情况
一是镇村信息员业务水平参差不齐；二是惠农补贴信息公开格式不够统一。下一步，我局将统一补贴公示模板，并将信息公开工作纳入对各镇农业农村工作的年度考核。
""")
# ---------------------------------------------------------------- f13 (full-width digits)
doc(name="f13", year=2023, fullwidth=True,
    title="南京市鼓楼区宁海路街道办事处2023年政府信息公开工作年度报告",
    body="""
一、总体情况
2023年，宁海路街道坚持“公开为常态、不公开为例外”，依托区政府信息公开网站街道专栏及“宁海路发布”公众号开展公开。
全年主动公开信息«312条|items»，同比增长«18%|o|d»；公众号发布推文«405篇|items»，阅读量«23万余次|o»。
依申请公开：收到依申请公开«4件|rec»，按时答复«4件|clo»，无行政复议和行政诉讼案件。
社区公开：指导辖区«9个|o|j»社区完善居务公开栏，更新公开内容«180余期|items|j»。
组织保障：召开政务公开工作推进会«2次|o»，组织专题培训«3场|ts»，参加«95人次|ta»。
联系地址：南京市鼓楼区宁海路122号，邮政编码210024，联系电话025-83701234，工作时间周一至周五9:00—17:00。
""",
    t3=dict(new=4, carried_in=0, granted=2, **{"unavailable.not_held": 2}, carried_out=0),
    t4=dict(),
    notes="Full-width digits in prose.",
    tail="""
五、存在的主要问题及改进情况
公开内容以工作动态为主，政策类信息比重偏低。２０２４年街道将聚焦民生事项，进一步丰富公开内容，提高公众号推文的可读性。
""")
# ---------------------------------------------------------------- f14
doc(name="f14", year=2019,
    title="江西省人民政府办公厅2019年政府信息公开工作年度报告",
    body="""
一、总体情况
2019年，省政府办公厅认真贯彻新修订的《中华人民共和国政府信息公开条例》，推进政务公开标准化规范化。
（一）政策文件公开。全年制定省政府规章«6件|rules»，修改«2件|rules|f=-»，废止«4件|o»；以省政府、省政府办公厅名义印发规范性文件«23件|norm»，均在政府网站“政策文件库”公开。《江西省人民政府公报》全年出版«24期|gaz»，刊登文件«356件|items»。
（二）政策解读。坚持政策性文件与解读方案、解读材料同步组织、同步审签、同步部署，全年发布解读材料«218篇|interp»，召开新闻发布会«47场|press»，省政府领导出席发布会«16人次|o»。
（三）依申请公开。本机关全年受理政府信息公开申请«210件|rec»，比2018年增长«32.9%|o|d»；全部依法办结。全省各级行政机关共收到政府信息公开申请«约3.6万件|rec|j»。
（四）复议诉讼。因政府信息公开被申请行政复议«17件|rev»，被提起行政诉讼«8件|suit»，均未被纠错。
""",
    t2={"rules": (6, 6, 120), "normative": (25, 25, 410)},
    t3=dict(new=210, carried_in=3, granted=90, partial=20, **{"unavailable.not_held": 70, "not_processed.complaint": 20, "other_handling": 8}, carried_out=5),
    t4=dict(review=(14, 0, 2, 1), suit_direct=(5, 0, 1, 2), suit_after_review=(0, 0, 0, 0)),
    notes="规章 修改2件 → rules (README decision), but no table column counts amended rules (2019: made/published/total; 2021: issued/repealed/in force) → unverifiable; comparing it with made 6 would accuse the agency falsely. 规范性文件 23 vs made 25 → inconsistent (deliberate).",
    tail="""
五、存在的主要问题及改进情况
一是部分市县政策解读与文件发布不同步；二是依申请公开办理能力不平衡。2020年，办公厅将制定政策解读工作规范，组织对全省«11个|o|j|y2020»设区市开展政务公开第三方评估。
""")
# ---------------------------------------------------------------- f15
doc(name="f15", year=2020,
    title="合肥市包河区数据资源局2020年政府信息公开工作年度报告",
    body="""
一、总体情况
2020年，区数据资源局作为区政务公开工作主管部门，统筹推进全区政务公开和政务服务工作。
平台建设。区政府门户网站全年发布信息«3.1万条|items|j»，网站页面浏览量«510万次|vis»；“包河发布”政务服务平台访问量«86.4万人次|vis»。全区共有政务新媒体«42个|nm|j»，其中微信公众号«35个|nm|j»、微博«7个|nm|j»。
热线服务。区12345政务服务便民热线分中心全年受理群众诉求«3.6万件|o»，办结«35,800件|o»，满意率«97.3%|o»。
指导监督。指导各乡镇、街道和区直部门规范政府信息公开专栏，全区各单位共受理依申请公开«517件|rec|j»；组织对«38家|o|j»单位开展网站和新媒体季度检查«4次|insp»，发现问题«126个|o|j»。
本局依申请公开。本局全年收到政府信息公开申请«2件|rec»，均予以公开。
培训。组织全区政务公开业务培训«2场|ts»，参训«180余人|ta»。
""",
    t3=dict(new=2, carried_in=0, granted=2, carried_out=0),
    t4=dict(),
    notes="12345 in a hotline name is not a fact. 受理群众诉求3.6万件 → other (like 收到来信); 办结 → opinion.responses.",
    tail="""
五、存在的主要问题及改进情况
部分单位政务新媒体更新不及时，存在“僵尸号”隐患。2021年，我局将建立政务新媒体常态化巡查机制，对全区政务新媒体每月巡查«1次|o|j|y2021»。
""")
# ---------------------------------------------------------------- f16
doc(name="f16", year=2022,
    title="昆明市公安局2022年政府信息公开工作年度报告",
    body="""
一、总体情况
2022年，市公安局按照“公开为常态、不公开为例外”原则，深化警务公开。
（一）依申请公开。全年受理政府信息公开申请«一百零八件|rec|f=t3.new.total+t3.carried_in.total»，其中上年结转«五件|rec|f=t3.carried_in.total»。办理结果分别为：予以公开«四十一件|clo|f=t3.granted.total»，部分公开«十件|clo|f=t3.partial.total»，不予公开«十二件|clo|f=t3.denied.state_secret.total+t3.denied.prohibited.total+t3.denied.security.total+t3.denied.third_party.total+t3.denied.internal.total+t3.denied.process.total+t3.denied.enforcement.total+t3.denied.query.total»，无法提供«三十三件|clo|f=t3.unavailable.not_held.total+t3.unavailable.needs_creation.total+t3.unavailable.unclear.total»，不予处理«八件|clo|f=t3.not_processed.complaint.total+t3.not_processed.duplicate.total+t3.not_processed.publication.total+t3.not_processed.mass.total+t3.not_processed.confirm.total»，结转下一年度«四件|o»。
（二）复议诉讼。因政府信息公开被申请行政复议«十一件|rev»，被提起行政诉讼«七件|suit»，其中行政复议被纠正«两件|cor»。
（三）主动公开。通过“昆明公安”政务网站、微博、微信、抖音等平台发布警情通报、交通管制等信息«8900余条|items»，发布户籍、出入境等办事指南«156项|items»。召开新闻发布会«九场|press»。
（四）咨询服务。警务咨询投诉电话12389全年接听群众咨询«2.4万余次|o»，办理网民留言«1,326条|op»。
""",
    t3=dict(new=103, carried_in=5, granted=41, partial=10, **{"denied.state_secret": 2, "denied.enforcement": 7, "denied.query": 3, "unavailable.not_held": 33, "not_processed.complaint": 6, "not_processed.duplicate": 2}, carried_out=4),
    t4=dict(review=(8, 2, 0, 1), suit_direct=(5, 0, 0, 2)),
    notes="一百零八件 includes 上年结转5 (其中): compared with new+carried_in.",
    tail="""
五、存在的主要问题及改进情况
警务信息公开与群众期待仍有差距，部分执法信息公开标准不够统一。下一步，市公安局将完善警务公开目录，推动执法办案信息依法公开，持续提升依申请公开办理质量。
""")
# ---------------------------------------------------------------- f17
doc(name="f17", year=2024,
    title="建德市人民政府2024年政府信息公开工作年度报告",
    body="""
一、总体情况
2024年，建德市人民政府深入推进政务公开，全市政务公开工作在杭州市考评中列第3名。
（一）主动公开。全市各单位通过政府门户网站主动公开政府信息«2.86万条|items|j»，市政府及市政府办公室印发行政规范性文件«7件|norm»；各部门发布部门行政规范性文件«19件|norm|j»。
（二）依申请公开。市政府本级全年新收政府信息公开申请«64件|rec»，上年结转«3件|rec|f=t3.carried_in.total»，办结«62件|clo»，结转下年度«5件|o»。全市各乡镇（街道）、部门共受理依申请公开«412件|rec|j»，较上年下降«9.4%|o|d|j»。
（三）复议诉讼。以市政府为被申请人的政府信息公开行政复议案件«5件|rev»，政府信息公开行政诉讼案件«6件|suit»，被纠错«0件|cor»。
（四）基层公开。指导各乡镇完成基层政务公开事项目录编制，覆盖«16个|o|j»乡镇（街道）、«270个|o|j»村（社区）；督促各乡镇开展自查«2次|insp|j»。
（五）培训。举办政务公开“一把手”专题培训«1场|ts»，各乡镇、部门分管负责人等参训«110余人|ta»。
""",
    t2={"rules": (0, 0, 0), "normative": (7, 2, 51)},
    t3=dict(new=64, carried_in=3, granted=30, partial=8, **{"unavailable.not_held": 16, "not_processed.complaint": 5, "other_handling": 3}, carried_out=5),
    t4=dict(review=(3, 0, 1, 1), suit_direct=(2, 0, 1, 1), suit_after_review=(1, 0, 0, 0)),
    notes="办结62件 consistent (table results 62). 6件 suit vs table 4+1=5 → inconsistent. 被纠错0件 consistent.")

# ---------------------------------------------------------------- f18
doc(name="f18", year=2023,
    title="嘉兴市住房和城乡建设局2023年政府信息公开工作年度报告",
    body="""
一、总体情况
2023年，市住建局围绕保障性住房、房屋征收等民生领域加大公开力度。
（一）依申请公开。全年收到政府信息公开申请«52件|rec»，较上年减少«8件|o|d»，同比下降«13.3%|o|d»。申请以房屋征收补偿类居多，占比«超七成|o»。本年度答复«50件|clo»，其中予以公开和部分公开的占«62%|o»。
（二）复议诉讼。共发生政府信息公开行政复议«2件|rev»、行政诉讼«1件|suit»，行政复议被纠正«1件|cor»。
（三）重点领域公开。公开保障性租赁住房项目信息«23个|items»，筹集房源«1.05万套|o»；发布房屋征收决定«6份|items»、补偿方案«6份|items»。
（四）新媒体。“嘉兴住建”微信公众号全年推送«520条|items»，粉丝数«8.7万|o»；关停整合不活跃账号«2个|o|d»。
（五）解读回应。制作政策图解«15幅|interp»，回应网民关切«64条|op»。
""",
    t3=dict(new=52, carried_in=4, granted=20, partial=11, **{"unavailable.not_held": 15, "not_processed.complaint": 4, "denied.process": 2}, carried_out=4),
    t4=dict(review=(1, 1, 0, 0), suit_after_review=(1, 0, 0, 0)),
    notes="超七成: span '七成' with approx over? 超 is adjacent → span '超七成'. 关停整合2个 → change in accounts (delta). 答复50件 vs results 52 → inconsistent.",
    tail="""
五、存在的主要问题及改进情况
房屋征收类申请专业性强、办理难度大，个别答复存在告知不充分的问题。2024年，我局将建立法律顾问提前介入机制，对复杂申请进行集体会商，提高答复质量。
""")
# ---------------------------------------------------------------- f19
doc(name="f19", year=2021,
    title="丽水市莲都区老竹畲族镇人民政府2021年政府信息公开工作年度报告",
    body="""
一、总体情况
2021年，老竹畲族镇紧紧围绕乡村振兴和共同富裕示范区建设，扎实做好政务公开工作。
一是公开内容持续丰富。全年在区政府信息公开平台镇专栏发布信息«98条|items»，涵盖财政预决算、惠民补贴、征地拆迁等；在«12个|o»行政村公开栏每月«一次|o»张贴村务、财务公开信息。
二是依申请公开规范办理。本年度镇政府收到政府信息公开申请«两件|rec»，均按时答复。上一年度（2020年）本镇收到申请«四件|rec|y2020»。
三是复议诉讼为零。全年无因政府信息公开引起的行政复议和行政诉讼，未发生被纠错情况。
四是队伍建设不断加强。镇政府明确«1名|o»分管领导和«2名|o»工作人员负责信息公开，参加区级培训«3次|o»。
联系电话：0578-2781234。
""",
    notes="No tables. '每月一次' frequency: span '一次'? README: frequencies with a numeral are facts, value 1 unit 次.",
    tail="""
五、存在的主要问题及改进情况
镇政府信息公开人员均为兼职，业务能力有待提高。下一步将积极参加区级业务培训，加强村级公开栏的日常维护，确保村务信息每月更新。
""")
# ---------------------------------------------------------------- f20
doc(name="f20", year=2024,
    title="温州市医疗保障局2024年政府信息公开工作年度报告",
    body="""
一、总体情况
2024年，市医保局坚持以群众需求为导向，推进医保政策、基金运行和经办服务信息公开。
依申请公开情况：本机关共受理政府信息公开申请«27件|rec|f=t3.new.total+t3.carried_in.total»（含上年结转«2件|rec|f=t3.carried_in.total»），全部依法答复，办结率«100%|o»，平均答复时间«7.5个工作日|o»，较法定时限缩短«12.5个工作日|o|d»。
行政复议和诉讼情况：本年度因政府信息公开被申请行政复议«0件|rev»，被提起行政诉讼«1件|suit»，目前尚未审结。
主动公开情况：公开医保基金收支信息«12期|items»，公开定点医药机构名单«4批|items»，涉及定点机构«3,412家|o»；发布医保政策解读«27篇|interp»，其中“一图读懂”«11期|interp»。全年基金支出«186.3亿元|o»，同比增长«6.8%|o|d»。
培训宣传情况：开展医保政策“进社区、进企业”宣讲«46场|o»，覆盖群众«约1.2万人次|o»；组织政务公开培训«1次|ts»。
""",
    t3=dict(new=25, carried_in=2, granted=15, partial=2, **{"unavailable.not_held": 7, "not_processed.duplicate": 1, "other_handling": 2}, carried_out=0),
    t4=dict(suit_direct=(0, 0, 0, 1)),
    notes="27件（含上年结转2件）→ compare with new+carried_in (27): consistent.",
    tail="""
五、存在的主要问题及改进情况
医保政策专业性较强，解读的通俗性还不够。下一步，我局将拓展短视频等解读形式，加强医保经办服务信息公开，方便参保群众查询办事。
""")
# ---------------------------------------------------------------- f21
doc(name="f21", year=2019,
    title="宜昌市统计局2019年政府信息公开工作年度报告",
    body="""
一、总体情况
2019年，市统计局以统计数据发布为核心，严格执行统计信息发布日程表。
数据发布：全年按期发布月度、季度统计数据«48次|items»，出版《宜昌统计年鉴2019》«1部|items»、《统计月报》«十二期|items»；开展第四次全国经济普查，发布经济普查主要数据公报（第一号至第三号）。
政策解读：通过《三峡日报》、宜昌电视台等媒体解读经济运行情况«20余篇|interp»，局领导参加“行风热线”直播访谈«2期|o»。
依申请公开：办理答复依申请公开申请«5件|clo»，其中«4件|clo|f=t3.granted.total»予以公开，«1件|clo|f=t3.unavailable.not_held.total+t3.unavailable.needs_creation.total+t3.unavailable.unclear.total»因信息不存在告知申请人。
复议诉讼：无。
统计执法：开展统计执法检查«28家|o»，立案查处统计违法案件«6起|o»，罚款«12.5万元|o»，并在网站公开处罚结果。
网站运维：局门户网站全年发布统计信息«612条|items»，开设“统计数据”“统计分析”等栏目«9个|o»。
""",
    notes="No tables. 第四次全国经济普查 and 第一号至第三号 are ordinals.",
    tail="""
五、存在的主要问题及改进情况
统计数据解读的深度、广度还不够，数据发布形式较为单一。2020年，我局将丰富数据可视化产品，加强对重要统计数据的解读，开展统计开放日活动«1次|o|y2020»。
""")
# ---------------------------------------------------------------- f22
doc(name="f22", year=2023,
    title="厦门市思明区教育局2023年政府信息公开工作年度报告",
    body="""
一、总体情况
依申请公开方面，2023年全年共有«27件|rec»政府信息公开申请提交至本局，数量为近三年最高。经审查办理，截至年底已作出答复«25件|clo»，其中：予以公开«15件|clo|f=t3.granted.total»，部分公开«4件|clo|f=t3.partial.total»，不予公开«2件|clo|f=t3.denied.state_secret.total+t3.denied.prohibited.total+t3.denied.security.total+t3.denied.third_party.total+t3.denied.internal.total+t3.denied.process.total+t3.denied.enforcement.total+t3.denied.query.total»，无法提供«4件|clo|f=t3.unavailable.not_held.total+t3.unavailable.needs_creation.total+t3.unavailable.unclear.total»；尚在办理期限内的«2件|o»结转2024年。
复议诉讼方面，申请人对本局答复不服申请行政复议的有«3件|rev»，复议机关维持«2件|rev|f=t4.review.upheld»、责令重新答复«1件|cor»。
主动公开方面，发布招生入学政策及解读«46条|items»，学位预警信息«1次|items»，区属中小学校«58所|o»全部开设信息公开专栏。“思明教育”公众号发布信息«1186条|items»。
培训方面，对区属学校信息公开联络员开展培训«2期|ts»，共«116人|ta»参加。
""",
    t3=dict(new=27, carried_in=0, granted=15, partial=4, **{"denied.third_party": 2, "unavailable.not_held": 4}, carried_out=2),
    t4=dict(review=(2, 1, 0, 0)),
    notes="近三年 is not a quantity (vague period). 责令重新答复1件 → corrected.",
    tail="""
五、存在的主要问题及改进情况
一是学校信息公开专栏内容更新不及时；二是个别答复未充分说明理由，导致行政复议被责令重新答复。2024年，我局将对全区中小学信息公开专栏开展半年«一次|o|y2024»的检查，并组织依申请公开办理人员专题培训。
""")
# ---------------------------------------------------------------- f23
doc(name="f23", year=2022,
    title="常州市应急管理局2022年政府信息公开工作年度报告",
    body="""
一、总体情况
2022年，市应急管理局依据《条例》第十九条、第二十条规定，重点公开安全生产和防灾减灾信息。
一是突出重点领域。公开安全生产行政处罚信息«132条|items»，发布自然灾害预警信息«56次|items»、安全生产事故调查报告«4份|items»。二是推进“三个一”公开载体建设。三是强化队伍建设。
依申请公开：2022年本局共接到政府信息公开申请«17件|rec|f=t3.new.total+t3.carried_in.total»，全年累计办结«17件|clo»。
复议诉讼：本局因政府信息公开引发的行政复议案件«1起|rev»，行政诉讼案件«1起|suit»，均维持原答复。
培训：全年举办安全生产执法人员政务公开培训班共«十二期|ts»，培训«1,460人次|ta»；另开展应急科普“五进”活动«230余场|o»。
平台：局网站访问量«47.6万次|vis»；“常州应急”公众号关注用户«12万余人|o»。
另外，2021年本局受理的政府信息公开申请为«11件|rec|y2021»，2022年比2021年多«6件|o|d»。
""",
    t3=dict(new=16, carried_in=1, granted=9, partial=3, **{"unavailable.not_held": 4, "not_processed.duplicate": 1}, carried_out=0),
    t4=dict(review=(1, 0, 0, 0), suit_after_review=(1, 0, 0, 0)),
    notes="全年累计办结17件: a total within the report year keeps its type even when written with 累计 (SCHEMA §3) → requests.closed, not cumulative. 共接到申请17件 with new 16 + carried-in 1: a received count equal to new + carried_in is consistent without a 上年结转 cue (agencies often count all they handled), never an accusation.",
    tail="""
五、存在的主要问题及改进情况
一是执法信息公开的完整性有待提高；二是应急科普信息的互动性不强。2023年，我局将按照“谁执法谁公示”原则，推动执法信息全量公开，进一步提升应急科普的覆盖面。
""")
# ---------------------------------------------------------------- f24
doc(name="f24", year=2020,
    title="安吉县财政局2020年政府信息公开工作年度报告",
    body="""
一、总体情况
2020年，县财政局以预决算公开为重点，推进财政资金透明。
预决算公开：督促全县«86个|o|j»预算单位在规定时间内公开部门预算和决算，公开率«100%|o|j»；公开县级一般公共预算收入«58.6亿元|o»，较上年增长«4.2%|o|d»。
惠企资金公开：公开直达资金分配信息«37批次|items»，涉及资金«9.37亿元|o»。
依申请公开：本局全年新收政府信息公开申请«6件|rec»，另有上年结转«1件|rec|f=t3.carried_in.total»；全部办结，其中予以公开«3件|clo|f=t3.granted.total»，不予公开«1件|clo|f=t3.denied.state_secret.total+t3.denied.prohibited.total+t3.denied.security.total+t3.denied.third_party.total+t3.denied.internal.total+t3.denied.process.total+t3.denied.enforcement.total+t3.denied.query.total»，本机关不掌握«3件|clo|f=t3.unavailable.not_held.total»。
复议诉讼：本年度无政府信息公开行政复议、行政诉讼案件。
宣传培训：开展财政政务公开业务培训«1次|ts»，通过“安吉财政”公众号发布政策解读«14篇|interp»，制作解读视频«两个|interp»。
""",
    t3=dict(new=6, carried_in=1, granted=3, **{"denied.internal": 1, "unavailable.not_held": 3}, carried_out=0),
    t4=dict(),
    notes="",
    tail="""
五、存在的主要问题及改进情况
部分预算单位公开的预决算说明过于简单，绩效信息公开不够充分。2021年，我局将制定预决算公开操作指引，对全县预算单位公开情况开展专项检查«1次|insp|j|y2021»。
""")
# ---------------------------------------------------------------- f25
doc(name="f25", year=2021,
    title="南通经济技术开发区管理委员会2021年政府信息公开工作年度报告",
    body="""
一、总体情况
2021年，开发区管委会以优化营商环境为目标，推动涉企政策公开和政务服务公开。
依申请公开情况：本年度新收申请«9件|rec»，加上上年结转的«1件|rec|f=t3.carried_in.total»，合计«10件|rec|f=t3.new.total+t3.carried_in.total»，已全部答复办结。申请主体中企业«3家|o»、个人«6名|o»。
复议诉讼情况：因政府信息公开被申请行政复议«1起|rev»，经复议被确认违法«1起|cor»。
主动公开情况：公开招商引资、产业扶持等涉企政策«64件|items»，发布项目环评公示«29项|items»；举办政策发布会«3场|press»、企业家座谈会«5次|o»。全年兑现产业扶持资金«2.35亿元|o»，惠及企业«逾400家|o»。
平台建设：开发区门户网站全年访问«约85万人次|vis»，开通“南通开发区”视频号«1个|nm»。
其他：邮政编码226009。
""",
    t3=dict(new=9, carried_in=1, granted=5, partial=1, **{"unavailable.not_held": 3, "not_processed.duplicate": 1}, carried_out=0),
    t4=dict(review=(0, 1, 0, 0)),
    tail="""
五、存在的主要问题及改进情况
信息公开的主动性不够。2022年将新增公开专栏«2个|o|y2022»，力争依申请公开办理满意率达到«95%以上|o|y2022»。
""")
