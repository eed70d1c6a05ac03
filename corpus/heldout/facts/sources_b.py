# Held-out documents h11–h20 (see build.py for the marker syntax).
DOCS = []

DOCS.append(dict(id="h11", year=2020, script="s",
tables=dict(seed=11, t2=dict(normative=(9, 9, 128), rules=(1, 1, 17)),
            new=(96, 11, 0, 1, 4, 2), cin=(5, 1, 0, 0, 0, 0),
            res={"granted": (30, 4, 0, 1, 1, 1), "partial": (12, 2, 0, 0, 1, 0),
                 "denied.third_party": 2, "denied.internal": 1, "denied.process": 3,
                 "unavailable.not_held": (29, 3, 0, 0, 1, 1), "unavailable.needs_creation": 2,
                 "not_processed.complaint": 7, "not_processed.duplicate": 4, "other_handling": 5},
            t4=dict(review=(4, 1, 0, 2), suit_direct=(2, 0, 1, 1), suit_after_review=(1, 0, 0, 0))),
notes="City government office: 市政府 rules/normative documents are self. 共受理120件 incl. carried-over vs 114+6=120 consistent; 办结111件 vs table 110 deliberately disagrees.",
text="""
临江市人民政府办公室2020年政府信息公开工作年度报告
一、总体情况
2020年，市政府办公室在市委、市政府的坚强领导下，统筹疫情防控和经济社会发展，扎实推进政务公开工作。
（一）主动公开情况。依托市政府门户网站主动公开政府信息{6351条|items|政府信息|}，其中市政府及市政府办公室文件{214件|items|市政府及市政府办公室文件|}，人事任免信息{83条|items|人事任免信息|}。全年市政府制定规章{1部|rules|规章|}，出台规范性文件{九件|norm|规范性文件|}，均在政府公报和门户网站同步发布。出版《临江市人民政府公报》{12期|gaz|政府公报|}，赠阅{1.8万册|other|政府公报|}。围绕复工复产等主题举办新闻发布会{31场|press|新闻发布会|}，以图文、短视频等形式解读政策{67件|interp|解读|}。
（二）依申请公开情况。全年共受理政府信息公开申请{120件|recv|政府信息公开申请|inc}，其中本年新收{114件|recv|新收申请|}，上年结转{6件|other|上年结转申请|}。从申请方式看，通过网上平台提交的占{七成以上|other|网上平台提交申请|}。全年办结{111件|closed|申请|}，其中予以公开{37件|closed||o=granted}，部分公开{15件|closed||o=partial}，不予公开{6件|closed||o=denied}，无法提供{36件|closed||o=unavailable}，不予处理{11件|closed||o=not_processed}，其他处理{5件|closed||o=other_handling}。
（三）政府信息管理情况。对市政府{1979年|other||}至2019年制发的规范性文件进行全面清理，共清理{1563件|other|规范性文件|}，宣布失效和废止{214件|other|规范性文件|}。
（四）平台建设情况。门户网站全年访问量{2380万人次|visits|访问量|}，比上年增加{410万人次|other|访问量|d}。“临江发布”政务微信、微博共推送信息{9800余条|items|信息|}。在“市长信箱”答复群众来信{1926件|resp|群众来信|}。
（五）监督保障情况。把政务公开纳入全市绩效考核，分值由{2分|other|分值|y=2019}提高到{4分|other|分值|}。开展政务公开专项督查{2次|insp|专项督查|}，组织专题培训{3场|tsess|专题培训|}，培训{400余人次|tatt|培训|}。全年市政府作为被申请人的政府信息公开行政复议{7件|rev|行政复议|}，其中维持{4件|rev||o=upheld}、纠正{1件|corr|纠正|}；行政诉讼{5件|suit|行政诉讼|}。
<<TABLES>>
五、存在的主要问题及改进情况
政策解读的形式还比较单一。下一步，要在“十四五”开局之年进一步完善解读机制。
""".replace("对市政府{1979年|other||}至2019年", "对市政府1979年至2019年")))

DOCS.append(dict(id="h12", year=2024, script="s",
tables=dict(seed=12, t2=dict(normative=(0, 0, 0), rules=(0, 0, 0)),
            new=(1, 0, 0, 0, 0, 0), cin=(0, 0, 0, 0, 0, 0),
            res={"granted": 1},
            t4=dict()),
notes="Township, Chinese numerals. 受理申请1件 consistent; 行政复议 claim 1件 vs blank table 四 (0) deliberately disagrees.",
text="""
云岭县石门乡人民政府2024年政府信息公开工作年度报告
一、总体情况
2024年，石门乡认真贯彻落实县委、县政府关于政务公开工作的各项部署，结合乡村振兴工作实际，推进乡村两级政务公开。
（一）主动公开。在县政府信息公开平台乡镇专栏公开信息{一百二十六条|items|信息|}，在乡政务公开栏公开各类事项{四十余项|items|事项|}。公开低保、特困供养对象{三百一十二户|other|低保、特困供养对象|}，发放各类惠民补贴{约630万元|other|惠民补贴|}。
（二）依申请公开。全年受理政府信息公开申请{一件|recv|政府信息公开申请|}，为自然人申请土地征收补偿信息，已在法定期限内予以公开。
（三）政府信息管理。乡党政综合办公室明确{两名|other|工作人员|}工作人员负责政务公开工作，对公开信息实行“一审二核三签发”。
（四）平台建设。全乡{九个|other|村|}村的村务公开栏均已更新改造。“石门乡”微信公众号发布信息{二百余条|items|信息|}。
（五）监督保障。乡纪委开展村务公开专项检查{两轮|insp|专项检查|}，组织乡村干部培训{一次|tsess|培训|}。全年乡政府被申请行政复议{一件|rev|行政复议|}，已维持。
<<TABLES>>
五、存在的主要问题及改进情况
个别村公开不及时。2025年将每月开展{一次|other|检查|y=2025}巡查。
"""))

DOCS.append(dict(id="h13", year=2021, script="t",
tables=dict(seed=13, t2=dict(normative=(4, 2, 33), rules=(0, 0, 0)),
            new=(54, 9, 1, 0, 3, 1), cin=(4, 0, 0, 0, 0, 0),
            res={"granted": (19, 3, 1, 0, 1, 0), "partial": (8, 1, 0, 0, 0, 0),
                 "denied.third_party": 1, "denied.process": 2,
                 "unavailable.not_held": (17, 4, 0, 0, 1, 1), "unavailable.unclear": 2,
                 "not_processed.complaint": 5, "not_processed.confirm": 1,
                 "other_handling.no_supplement": 2, "other_handling.other": (1, 0, 0, 0, 1, 0)},
            t4=dict(review=(2, 0, 1, 0), suit_direct=(1, 1, 0, 0))),
notes="Traditional. received 72 incl. carried-over vs 68+4 consistent; 办结约70件 vs 71 consistent; corrected 1 consistent; 行政复议 2 vs 3 deliberately disagrees.",
text="""
南岭省交通运输厅2021年政府信息公开工作年度报告
一、总体情况
2021年，省交通运输厅全面贯彻落实省委、省政府关于政务公开的决策部署，围绕交通强省建设，进一步提升交通运输领域政务公开质量。
（一）主动公开。全年通过厅门户网站发布信息{4163条|items|信息|}，其中公路建设项目信息{372条|items|公路建设项目信息|}，道路运输行政许可信息{1045条|items|道路运输行政许可信息|}。制发行政规范性文件{4件|norm|行政规范性文件|}，废止{2件|other|行政规范性文件|}。举办新闻发布会{6场|press|新闻发布会|}，通过“一图读懂”等形式解读政策{18件|interp|解读|}，主要负责同志参加“厅长在线”访谈{2期|other|在线访谈|}。
（二）依申请公开。全年受理政府信息公开申请{72件|recv|政府信息公开申请|inc}，其中2020年结转{4件|other|结转申请|}。办结{约70件|closed|申请|}，其中予以公开{24件|closed||o=granted}，部分公开{9件|closed||o=partial}，无法提供{25件|closed||o=unavailable}，不予处理{6件|closed||o=not_processed}。
（三）政府信息管理。对{2000年|other||}以来的厅发文件开展公开属性复核，调整为主动公开{61件|items|文件|}。
（四）平台建设。厅门户网站全年访问量{逾500万人次|visits|访问量|}。“南岭交通”微信公众号、微博、头条号等政务新媒体{5个|media|政务新媒体|}全年发布信息{3200余条|items|信息|}。回应网民咨询{846条|resp|网民咨询|}。
（五）监督保障。组织全省交通运输系统政务公开培训{1期|tsess|培训|}，培训{200余人|tatt|培训|}。对{14个|other|市州交通运输局|j}市州交通运输局开展政务公开考核{1次|insp|考核|}。全年涉及政府信息公开的行政复议{2件|rev|行政复议|}，行政诉讼{2件|suit|行政诉讼|}，其中被纠错{1件|corr|纠错|}。
<<TABLES>>
五、存在的主要问题及改进情况
政策解读的深度仍需加强。2022年将编制交通运输领域基层政务公开标准目录。
""".replace("对{2000年|other||}以来", "对2000年以来")))

DOCS.append(dict(id="h14", year=2022, script="s",
tables=dict(seed=14, t2=dict(normative=(2, 1, 15), rules=(0, 0, 0)),
            new=(41, 3, 0, 0, 1, 0), cin=(2, 0, 0, 0, 0, 0),
            res={"granted": (16, 1, 0, 0, 0, 0), "partial": 3, "denied.third_party": 1,
                 "unavailable.not_held": (14, 2, 0, 0, 1, 0), "not_processed.complaint": 4,
                 "other_handling.no_supplement": 2},
            t4=dict(review=(1, 1, 0, 0), suit_direct=(1, 0, 0, 1), suit_after_review=(0, 0, 1, 0))),
notes="收到处理45件 → requests.received (first verb); vs new 45 consistent. 办结43件 vs 44 deliberately disagrees; 诉讼 3 consistent.",
text="""
平阳县住房和城乡建设局2022年政府信息公开工作年度报告
一、总体情况
2022年，县住建局紧紧围绕住房保障、城市更新、建筑市场监管等重点工作，持续深化政务公开。
（一）主动公开情况。全年在县政府门户网站住建专栏公开信息{358条|items|信息|}，其中保障性住房分配信息{44条|items|保障性住房分配信息|}、老旧小区改造项目信息{27条|items|老旧小区改造项目信息|}、建筑市场“双随机”抽查结果{9期|items|抽查结果|}。制定行政规范性文件{2件|norm|行政规范性文件|}。开展“住建政策进社区”宣讲{15场|other|宣讲|}。
（二）依申请公开情况。本年度收到处理政府信息公开申请{45件|recv|政府信息公开申请|}，上年结转{2件|other|上年结转申请|}；办结{43件|closed|申请|}，其中予以公开{17件|closed||o=granted}，部分公开{3件|closed||o=partial}，不予公开{1件|closed||o=denied}，无法提供{17件|closed||o=unavailable}，不予处理{4件|closed||o=not_processed}。办结的申请中，涉及房屋征收补偿的{19件|closed|涉及房屋征收补偿的申请|nov}，占{44.2%|other|占比|}。
（三）政府信息管理情况。完成城市建设档案数字化{1.2万卷|other|城市建设档案|}。
（四）平台建设情况。“平阳住建”公众号全年推送{286篇|items|推送|}，累计阅读量{近40万次|other|阅读量|c}。办理12345热线工单{1530件|resp|12345热线工单|}，按期办结率{98%|other|办结率|}。
（五）监督保障情况。邀请县司法局开展依申请公开业务培训{1场|tsess|业务培训|}，全局{56名|tatt|干部职工|}干部职工参加。2022年，本局涉及政府信息公开的行政复议{2件|rev|行政复议|}，其中纠正{1件|corr|纠正|}；行政诉讼{3件|suit|行政诉讼|}，{1件|suit|行政诉讼|o=pending}尚未审结。
<<TABLES>>
五、存在的主要问题及改进情况
依申请公开答复质量有待提高，2023年将开展案卷评查。
"""))

DOCS.append(dict(id="h15", year=2023, script="s",
tables=dict(seed=15, t2=dict(normative=(3, 0, 47), rules=(0, 0, 0)),
            new=(175, 22, 0, 0, 5, 1), cin=(8, 2, 0, 0, 0, 0),
            res={"granted": (52, 7, 0, 0, 2, 0), "partial": (21, 3, 0, 0, 1, 0),
                 "denied.third_party": 3, "denied.process": 4, "denied.enforcement": 1,
                 "unavailable.not_held": (58, 8, 0, 0, 1, 1), "unavailable.needs_creation": 4,
                 "unavailable.unclear": 3, "not_processed.complaint": 10, "not_processed.duplicate": 6,
                 "not_processed.confirm": 2, "other_handling.no_supplement": 4,
                 "other_handling.other": (3, 1, 0, 0, 0, 0)},
            t4=dict(review=(8, 2, 1, 2), suit_direct=(4, 0, 3, 3), suit_after_review=(1, 0, 0, 1))),
notes="District government; 全区 counts jurisdiction, 区政府 counts self. 区政府新收203件 vs 203 consistent; 办结196件 vs table 195 deliberately disagrees; 2022年 comparison not_comparable.",
text="""
滨海市东湖区人民政府2023年政府信息公开工作年度报告
一、总体情况
2023年，东湖区人民政府坚持以习近平新时代中国特色社会主义思想为指导，全面落实《条例》各项要求，以公开促落实、强监管、优服务。
（一）主动公开情况。全区各级行政机关全年主动公开政府信息{3.6万余条|items|政府信息|j}，其中区政府门户网站发布{18427条|items|信息|}。区政府印发行政规范性文件{3件|norm|行政规范性文件|}，区政府各部门制发行政规范性文件{21件|norm|行政规范性文件|j}。区政府召开常务会议{28次|other|常务会议|}，审议议题{136项|other|议题|}，会后及时发布图解{28期|interp|图解|}。全区共召开新闻发布会{19场|press|新闻发布会|j}。
（二）依申请公开情况。区政府本级新收政府信息公开申请{203件|recv|政府信息公开申请|}，较2022年的{176件|recv|申请|y=2022}有所上升；加上上年结转{10件|other|上年结转申请|}，办结{196件|closed|申请|}，结转下年度继续办理{18件|other|结转下年度申请|}。全区{12个|other|街道|j}街道和{35个|other|区直部门|j}区直部门共收到申请{862件|recv|申请|j}，同比增长{6.3%|other|申请|j d}。
（三）政府信息管理情况。督促各街道、各部门开展公开属性源头认定，全区发文中主动公开比例达到{92.6%|other|主动公开比例|j}。
（四）平台建设情况。区政府门户网站全年访问量{约412万次|visits|访问量|}。全区政务新媒体{84个|media|政务新媒体|j}，其中区政府“东湖发布”微信公众号粉丝数{36.8万|other|粉丝数|}。区长信箱全年办结群众来信{2314件|resp|群众来信|}。
（五）监督保障情况。区政府办公室组织开展政务公开专题培训{4场|tsess|专题培训|}，培训{560人次|tatt|培训|}。开展季度检查{4次|insp|季度检查|}，督促各单位整改问题{73个|other|问题|j}。全年区政府作为被申请人的政府信息公开行政复议案件{13件|rev|行政复议|}，其中维持{8件|rev||o=upheld}，纠正{2件|corr|纠正|}；行政诉讼案件{12件|suit|行政诉讼|}。
<<TABLES>>
五、存在的主要问题及改进情况
部分街道公开内容更新滞后。2024年将在全区推广“政务公开+”工作模式，力争实现{100%|other|覆盖率|j y=2024}覆盖。
"""))

DOCS.append(dict(id="h16", year=2019, script="s", tables=None,
notes="No tables.",
text="""
江城市公安局2019年政府信息公开工作年度报告
一、总体情况
2019年，市公安局按照市委、市政府统一部署，以新修订的《条例》施行为契机，推进警务公开。
（一）主动公开情况。通过市公安局门户网站和“平安江城”政务新媒体矩阵发布警务信息{2.1万条|items|警务信息|}，其中户政、出入境、交管等办事指南{386项|items|办事指南|}。全市公安机关累计办理户籍业务{47.3万笔|other|户籍业务|j c}。举办警情通报会和新闻发布会{12次|press|警情通报会和新闻发布会|}。
（二）依申请公开情况。全年收到政府信息公开申请{68件|recv|政府信息公开申请|}，其中涉及交通事故处理的{近30件|recv|涉及交通事故处理的申请|nov}。已答复{64件|closed|申请|}，{4件|other|申请|}因申请人主动撤回终止。
（三）政府信息管理情况。全年复核拟公开信息{近3000条|other|拟公开信息|}，未发生泄密事件。
（四）平台建设情况。“平安江城”政务新媒体矩阵共有账号{23个|media|账号|}，其中微博{6个|media|微博|}、微信公众号{11个|media|微信公众号|}、抖音号{6个|media|抖音号|}，粉丝总数{超百万|other|粉丝|}。
（五）监督保障情况。开展警务公开专项督查{3次|insp|专项督查|}，组织培训{2期|tsess|培训|}，培训民警{300余名|tatt|民警|}。全年政府信息公开行政复议{3件|rev|行政复议|}，行政诉讼{2件|suit|行政诉讼|}。
五、存在的主要问题及改进情况
公开的及时性有待提高。联系电话：0716-8123110，邮编434000。
"""))

DOCS.append(dict(id="h17", year=2020, script="fw",
tables=dict(seed=17, t2=dict(normative=(2, 2, 11), rules=(0, 0, 0)),
            new=(26, 2, 0, 0, 0, 0), cin=(0, 0, 0, 0, 0, 0),
            res={"granted": (12, 1, 0, 0, 0, 0), "partial": 2, "unavailable.not_held": (7, 1, 0, 0, 0, 0),
                 "not_processed.duplicate": 2},
            t4=dict(review=(1, 0, 0, 0))),
notes="Full-width digits. 收到28件 consistent; 办结26件 vs table 25 deliberately disagrees; 无法提供 8 consistent.",
text="""
金溪县人力资源和社会保障局2020年政府信息公开工作年度报告
一、总体情况
2020年，县人社局围绕“六稳”“六保”工作，做好就业创业、社会保险、劳动关系等领域信息公开。
（一）主动公开情况。全年主动公开信息{423条|items|信息|}，其中就业岗位信息{189条|items|就业岗位信息|}，发布岗位{6200余个|other|岗位|}；社保减免政策信息{35条|items|社保减免政策信息|}，为企业减免社保费{1.37亿元|other|社保费|}。制发规范性文件{2件|norm|规范性文件|}。制作政策解读短视频{4个|interp|政策解读短视频|}。
（二）依申请公开情况。全年收到政府信息公开申请{28件|recv|政府信息公开申请|}，同比下降{12.5%|other|申请|d}。办结{26件|closed|申请|}，其中予以公开{13件|closed||o=granted}，部分公开{2件|closed||o=partial}，无法提供{8件|closed||o=unavailable}，不予处理{2件|closed||o=not_processed}。
（三）政府信息管理情况。建立信息发布审核台账，全年审核信息{430余条|other|信息|}。
（四）平台建设情况。“金溪人社”微信公众号全年推送{192期|items|推送|}，服务群众{约5万人次|other|群众|}。
（五）监督保障情况。组织信息公开业务培训{2次|tsess|业务培训|}，参训{86人次|tatt|参训|}。全年因信息公开被申请行政复议{1件|rev|行政复议|}，维持{1件|rev||o=upheld}，无行政诉讼。
<<TABLES>>
五、存在的主要问题及改进情况
信息公开的主动性还需增强。
"""))

DOCS.append(dict(id="h18", year=2024, script="s",
tables=dict(seed=18, t2=dict(normative=(0, 0, 0), rules=(0, 0, 0)),
            new=(6, 0, 0, 0, 0, 0), cin=(1, 0, 0, 0, 0, 0),
            res={"granted": 3, "unavailable.not_held": 2, "not_processed.complaint": 1},
            t4=dict(review=(0, 0, 0, 1))),
notes="Street office. 收到7件 claim vs new 6 deliberately disagrees (text does not say incl. carried-over); review 1 pending consistent.",
text="""
青山区红星街道办事处2024年政府信息公开工作年度报告
一、总体情况
2024年，红星街道以党建引领基层治理为抓手，推进街道政务公开标准化规范化建设。
（一）主动公开情况。在区政府门户网站街道专栏公开信息{132条|items|信息|}，在街道便民服务中心电子屏滚动发布信息{260余条|items|信息|}。公开城市低保、临时救助等信息{24条|items|城市低保、临时救助等信息|}，涉及救助资金{41.6万元|other|救助资金|}。
（二）依申请公开情况。全年收到政府信息公开申请{7件|recv|政府信息公开申请|}，均为自然人申请。办结{6件|closed|申请|}，其中予以公开{3件|closed||o=granted}，无法提供{2件|closed||o=unavailable}，不予处理{1件|closed||o=not_processed}；结转下年度{1件|other|结转下年度申请|}。
（三）政府信息管理情况。对街道{6个|other|社区|}社区公开栏进行统一规范。
（四）平台建设情况。“红星街道”微信公众号发布信息{318条|items|信息|}，回复居民留言{97条|resp|居民留言|}。
（五）监督保障情况。组织社区工作人员开展政务公开培训{2次|tsess|培训|}，参训{70余人次|tatt|参训|}。全年被申请行政复议{1件|rev|行政复议|}，截至报告发布时尚未审结。
<<TABLES>>
五、存在的主要问题及改进情况
社区公开栏内容更新不够及时。
"""))

DOCS.append(dict(id="h19", year=2022, script="s",
tables=dict(seed=19, new=(37, 4, 0, 0, 2, 0), cin=(3, 0, 0, 0, 0, 0),
            res={"granted": (18, 2, 0, 0, 1, 0), "partial": 4, "denied.internal": 1,
                 "unavailable.not_held": (11, 2, 0, 0, 1, 0), "not_processed.complaint": 2,
                 "other_handling.no_supplement": 1},
            t4=dict(review=(2, 0, 0, 0), suit_direct=(0, 0, 1, 0))),
notes="No table 二: 规范性文件 counts are unverifiable. 受理46件 incl. carried-over vs 43+3=46 consistent; 部分公开 5 vs 4 deliberately disagrees.",
text="""
西陵市财政局2022年政府信息公开工作年度报告
一、总体情况
2022年，市财政局认真落实预决算公开各项要求，推进财政资金分配和使用情况公开。
（一）主动公开情况。全年在局门户网站公开信息{1028条|items|信息|}，其中预决算信息{164条|items|预决算信息|}。督促{86个|other|市直部门|j}市直部门和{7个|other|县（市、区）|j}县（市、区）按时公开部门预决算，公开率{100%|other|公开率|j}。局印发行政规范性文件{5件|norm|行政规范性文件|}。全市一般公共预算收入{212.46亿元|other|一般公共预算收入|j}。发布政策解读{12篇|interp|政策解读|}。
（二）依申请公开情况。全年受理政府信息公开申请{46件|recv|政府信息公开申请|inc}（含上年结转{3件|other|上年结转申请|}），办结{43件|closed|申请|}，其中予以公开{21件|closed||o=granted}，部分公开{5件|closed||o=partial}，不予公开{1件|closed||o=denied}。
（三）政府信息管理情况。对预决算公开情况开展检查{2次|insp|检查|}，发现并督促整改问题{31个|other|问题|j}。
（四）平台建设情况。局网站全年访问量{67万人次|visits|访问量|}。
（五）监督保障情况。举办全市财政系统预决算公开培训{1期|tsess|培训|}，培训{150余人|tatt|培训|}。全年行政复议{2件|rev|行政复议|}，均维持；行政诉讼{1件|suit|行政诉讼|}。
<<TABLES>>
五、存在的主要问题及改进情况
部分部门预算公开细化程度不够。
"""))

DOCS.append(dict(id="h20", year=2021, script="s", tables=None,
notes="No tables; county government report.",
text="""
阳山县人民政府2021年政府信息公开工作年度报告
一、总体情况
2021年是“十四五”规划开局之年。县政府深入贯彻《条例》，推进政务公开与政务服务深度融合。
（一）主动公开。全县主动公开政府信息{1.45万条|items|政府信息|j}，县政府门户网站发布{9621条|items|信息|}。县政府出台行政规范性文件{6件|norm|行政规范性文件|}，较2020年的{4件|norm|行政规范性文件|y=2020}增加{2件|other|行政规范性文件|d}。召开新闻发布会{5场|press|新闻发布会|}，开展政策解读{42条|interp|政策解读|}。
（二）依申请公开。县政府全年收到政府信息公开申请{39件|recv|政府信息公开申请|}，办结{37件|closed|申请|}。全县各乡镇、各部门共收到申请{147件|recv|申请|j}。
（三）政府信息管理。指导{14个|other|乡镇|j}乡镇完成基层政务公开标准目录编制，梳理公开事项{2600余项|other|公开事项|j}。
（四）平台建设。县政府门户网站全年访问量{120万余次|visits|访问量|}。
（五）监督保障。组织全县政务公开培训{2场|tsess|培训|}，培训{260人次|tatt|培训|}；开展政务公开考核{1次|insp|考核|}。全年县政府政府信息公开行政复议{4件|rev|行政复议|}，行政诉讼{1件|suit|行政诉讼|}，被纠错{1件|corr|纠错|}。
五、存在的主要问题及改进情况
基层公开能力仍然不足。2022年将开展“政务公开进村居”活动，覆盖全县{186个|other|村（居）|j}村（居）。
"""))
