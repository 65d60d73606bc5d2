# ruff: noqa: E501 -- a table of sentences; wrapping them would only make them harder to check
"""English for the UI strings (the source strings are Chinese). Used by tools/update_translations.py."""

EN = {
    "各方当事人的责任": "Each party's responsibilities",
    "如：出资业主负责按期付款，一楼业主配合施工": "e.g. the paying owners pay on time; the ground-floor owners let the works proceed",
    "共 {n} 位共有人": "{n} co-owners",
    "另有 {n} 套": "{n} more flat(s)",
    "未表决": "Not voted",
    "导入业主名册…": "Import owner roster…",
    "保存本次统计": "Save this tally",
    "键盘：1 同意，2 不同意，3 弃权，自动跳到下一户": "Keys: 1 agree, 2 disagree, 3 abstain; moves to the next owner",
    "签署日期": "Signed on",
    "实时统计": "Live tally",
    "已保存统计（记录号 {id}）": "Tally saved (record {id})",
    "{room} 室 {owner}：{vote}": "Flat {room}, {owner}: {vote}",
    "选择业主名册": "Choose an owner roster",
    "名册 (*.xlsx *.xls *.csv)": "Rosters (*.xlsx *.xls *.csv)",
    "已导入 {n} 行": "{n} rows imported",
    "名册有错误，未导入": "The roster has errors; nothing was imported",
    "搜索：案件编号、地址、业主姓名、电话、证件号后四位": "Search: case number, address, owner, phone, last 4 of ID",
    "全部阶段": "All stages",
    "登记新案件…": "New case…",
    "上一页": "Previous",
    "下一页": "Next",
    "共 {total} 件，第 {first}–{last} 件": "{total} cases, showing {first}–{last}",
    "案件编号": "Case number",
    "阶段": "Stage",
    "社区": "Community",
    "地址": "Address",
    "层数": "Floors",
    "户数": "Flats",
    "受理日期": "Opened",
    "阶段期限": "Stage due",
    "（超期）": " (overdue)",
    "案件 {no}": "Case {no}",
    "时间": "Time",
    "用户": "User",
    "操作": "Action",
    "内容": "Details",
    "概况": "Overview",
    "住户与表决": "Owners and votes",
    "进度": "Progress",
    "公示与异议": "Public notice and objections",
    "纠纷": "Disputes",
    "费用与补贴": "Costs and subsidy",
    "日志": "Log",
    "打印表单…": "Print form…",
    "打印全部业主意见征询表": "Print all owners' consultation forms",
    "无法完成操作": "Could not complete",
    "<p>公示：{a} 张贴，至 {b} 止；地点：{p}</p>": "<p>Notice posted {a}, runs until {b}; places: {p}</p>",
    "<p>尚未公示。</p>": "<p>No notice posted yet.</p>",
    "<p>没有异议。</p>": "<p>No objections.</p>",
    "<p>没有纠纷。</p>": "<p>No disputes.</p>",
    "可得补贴 ¥{a}": "Eligible subsidy ¥{a}",
    "不符合补贴条件：{r}": "Not eligible: {r}",
    "已拨付 ¥{a}（{d}，凭证 {v}）": "Paid ¥{a} ({d}, voucher {v})",
    "尚未拨付": "Not paid yet",
    "首次使用：设置办事处和管理员": "First use: the office and its administrator",
    "例如：济南市历下区文东街道办事处": "e.g. Wendong Sub-district Office, Lixia District, Jinan",
    "盖章处文字，可留空": "Text of the seal box, may be empty",
    "姓名": "Name",
    "办事处名称": "Office name",
    "印章文字": "Seal text",
    "管理员用户名": "Administrator user name",
    "管理员姓名": "Administrator name",
    "密码（至少 8 位）": "Password (at least 8 characters)",
    "再次输入密码": "Password again",
    "完成": "Finish",
    "取消": "Cancel",
    "这是第一次打开这个数据库。请填写办事处信息并创建管理员账户。": "This database is opened for the first time. Enter the office and create the administrator account.",
    "登录 CaseDesk": "Log in to CaseDesk",
    "用户名": "User name",
    "密码": "Password",
    "登录": "Log in",
    "CaseDesk 加装电梯案件管理": "CaseDesk elevator retrofit cases",
    "工作台": "Work queue",
    "案件": "Cases",
    "调解": "Mediation",
    "报表": "Reports",
    "设置": "Settings",
    "“{t}”页面将在后续版本提供；可先使用命令行（casedesk --help）。": 'The "{t}" page comes in a later version; meanwhile use the command line (casedesk --help).',
    "用户：{user}（{role}）    数据库：{db}    版本 {ver}": "User: {user} ({role})    Database: {db}    Version {ver}",
    "登记新案件": "New case",
    "区": "District",
    "街道": "Sub-district",
    "小区": "Compound",
    "楼号": "Building",
    "单元": "Unit",
    "地上层数": "Floors above ground",
    "检查推进条件": "Check conditions",
    "推进到下一阶段": "Advance to the next stage",
    "尚未满足的条件：": "Conditions not yet met:",
    "当前阶段：{stage}（{since} 起，期限 {due}）": "Stage: {stage} (since {since}, due {due})",
    "条件均已满足，可以推进": "All conditions are met; the case can advance",
    "街道名称（留空为全部）": "Sub-district (empty for all)",
    "生成月度报表": "Build monthly report",
    "月份": "Month",
    "正在生成……": "Building…",
    "已生成：{p}": "Written: {p}",
    "超期": "Overdue",
    "7 日内到期": "Due within 7 days",
    "受阻": "Blocked",
    "表决需核实": "Vote needs verification",
    "超期 {a} 件，7 日内到期 {b} 件，受阻 {c} 件，需核实 {d} 件": "{a} overdue, {b} due within 7 days, {c} blocked, {d} to verify",
    "全部社区": "All communities",
    "全部表决规则": "All rule sets",
    "只看逾期": "Overdue only",
    "导入业主名册 — {file}": "Import owner roster — {file}",
    "行号": "Row",
    "问题": "Problems",
    "只显示有错误的行": "Show only rows with errors",
    "只显示有提醒的行": "Show only rows with warnings",
    "全部导入": "Import all",
    "共 {rows} 行，发现 {errors} 处错误、{warnings} 处提醒。名册按“全部或全不”导入：请在原表格中改正标红的行后重新选择文件，本次不会写入任何数据。": (
        "{rows} rows: {errors} errors and {warnings} warnings. A roster is imported all or nothing: correct "
        "the rows marked red in the spreadsheet and choose the file again. Nothing has been written."
    ),
    "共 {rows} 行，检查通过（{warnings} 处提醒，标黄）。导入后：新增 {created} 户、更新 {updated} 户、新增产权人 {owners} 人、记录意见 {ballots} 份。": (
        "{rows} rows checked ({warnings} warnings, marked yellow). Importing adds {created} flats, updates "
        "{updated}, adds {owners} owners and records {ballots} opinions."
    ),
    "（仅预览前 {n} 行）": " (preview shows the first {n} rows)",
    "版本": "Version",
    "数据库": "Database",
    "数据文件夹": "Data folder",
    "日志文件": "Log file",
    "程序文件夹": "Program folder",
    "运行环境": "Runtime",
    "关于 CaseDesk": "About CaseDesk",
    "<h3>CaseDesk 既有住宅增设电梯案件管理</h3>": "<h3>CaseDesk — elevator retrofit case management</h3>",
    "界面与打印字体：思源黑体 Noto Sans SC（SIL 开放字体许可证 1.1）": "Screen and print font: Noto Sans SC (SIL Open Font License 1.1)",
    "复制": "Copy",
    "帮助": "Help",
    "关于 CaseDesk…": "About CaseDesk…",
    "部分达成": "Partial agreement",
    "保存协议": "Save agreement",
    "打印调解协议书": "Print mediation agreement",
    "当事人": "Parties",
    "纠纷主要事实": "Main facts of the dispute",
    "争议事项": "Matters in dispute",
    "达成协议的内容": "Terms agreed",
    "履行方式": "Manner of performance",
    "履行期限": "Performance deadline",
    "签订日期": "Signed on",
    "协议已保存": "Agreement saved",
    "清除筛选": "Clear filter",
    "正在查看：{t}": "Showing: {t}",
    "主要指标（点击数字查看案件）": "Headline figures (click a number to see its cases)",
    "开工（台）": "Construction started (units)",
    "竣工验收（台）": "Accepted (units)",
    "补贴拨付（元）": "Subsidy paid (yuan)",
    "各阶段在办案件": "Active cases by stage",
    "当前超期": "Overdue now",
    "{scope} 加装电梯工作概况（{month}）": "{scope}: elevator retrofits at a glance ({month})",
    "年度目标：开工 {a} 台（已完成 {p}），验收 {b} 台（已完成 {q}）": "Annual targets: {a} starts ({p} done), {b} acceptances ({q} done)",
    "未设定年度目标（设置 → 年度目标）": "No annual targets set (Settings → Annual targets)",
    "纠纷：本月新增 {a} 件，办结 {b} 件，超过调解期限 {c} 件。本年主要类别：{d}": "Disputes: {a} new this month, {b} closed, {c} past the mediation limit. Main categories this year: {d}",
    "调解笔录": "Meeting notes",
    "调解协议": "Agreement",
    "回访": "Follow-up",
    "待办（按期限）": "To do (by deadline)",
    "已超期": "Overdue",
    "待回访（已达成协议）": "Awaiting follow-up (agreed)",
    "全部": "All",
    "编号": "Number",
    "期限": "Deadline",
    "状态": "Status",
    "事由": "Subject",
    "共 {n} 件": "{n} in all",
    "（尚无结果）": "(no outcome yet)",
    "插入笔录模板": "Insert note template",
    "保存笔录": "Save notes",
    "打印调解笔录": "Print meeting record",
    "地点": "Place",
    "调解员": "Mediators",
    "记录人": "Recorder",
    "结果": "Outcome",
    "已恢复未保存的草稿（{t}）": "Unsaved draft restored ({t})",
    "草稿已自动保存 {t}": "Draft saved automatically at {t}",
    "（各方当事人）": "(the parties)",
    "已有 {n} 次会议；最近一次 {t}（第 {v} 版）": "{n} meetings; latest {t} (version {v})",
    "尚无会议记录": "No meetings yet",
    "笔录已保存（会议 {id}）": "Notes saved (meeting {id})",
    "每月开工与验收（台）": "Starts and acceptances per month (units)",
    "开工": "Started",
    "验收": "Accepted",
    "刷新概况": "Refresh",
    "协议已履行完毕": "Agreement fully performed",
    "记录回访": "Record visit",
    "回访日期": "Visit date",
    "回访情况": "Findings",
    "回访已记录": "Visit recorded",
    "理由（必填，记入案件日志）": "Reason (required; recorded in the case log)",
    "理由": "Reason",
    "请填写理由": "Please give a reason",
    "主管操作…": "Supervisor…",
    "指定表决规则…": "Set the rule set…",
    "免交材料…": "Waive a document…",
    "重新打开案件…": "Reopen the case…",
    "按表决日期与区自动确定": "Automatic, by vote date and district",
    "指定表决规则": "Set the rule set",
    "表决规则": "Rule set",
    "免交材料": "Waive a document",
    "材料": "Document",
    "重新打开案件": "Reopen the case",
    "办事处": "Office",
    "办事处名称（打印在每页页眉）": "Office name (printed in every page header)",
    "印章文字（表单盖章处）": "Seal text (on the forms' seal box)",
    "案件编号格式": "Case number pattern",
    "纠纷编号格式": "Dispute number pattern",
    "公示期（天）": "Notice period (days)",
    "调解期限（天）": "Mediation time limit (days)",
    "阶段时限（如 street_review=15,planning=30）": "Stage time limits (e.g. street_review=15,planning=30)",
    "备份文件夹（留空为数据库旁的 backups）": "Backup folder (empty: 'backups' beside the database)",
    "保存设置": "Save settings",
    "立即备份数据库": "Back up the database now",
    "设置已保存": "Settings saved",
    "已备份到：{p}": "Backed up to: {p}",
    "{users} 刚刚修改了数据，列表已更新": "{users} just changed data; the lists are up to date",
    "{users} 刚刚修改了此案件。按 F5 刷新后再继续修改，以免保存时被拒绝。": "{users} just changed this case. Press F5 to reload before editing further, or your save will be refused.",
    "日期": "Date",
    "类型": "Type",
    "名称": "Name",
    "来源": "Source",
    "放假": "Holiday",
    "调休上班": "Adjusted working day",
    "如：春节": "e.g. Spring Festival",
    "添加": "Add",
    "删除所选（仅本办事处添加的）": "Delete selected (office entries only)",
    "年度": "Year",
    "从": "From",
    "到": "to",
    "内置国务院公布的 2017–2027 年节假日安排；新一年的安排公布后，在此补充调休上班日等。公示期按此日历计算（民法典第二百零一、二百零三条）。": "The State Council's holiday schedules for 2017–2027 are built in; when a new year's schedule is announced, add its adjusted working days here. Notice periods are counted on this calendar (Civil Code arts. 201, 203).",
    "内置": "Built-in",
    "本办事处": "This office",
    "已设置 {n} 天": "{n} day(s) set",
    "请先选择一天": "Select a day first",
    "改派调解员…": "Reassign mediator…",
    "请先在列表中选择一件纠纷": "Select a dispute in the list first",
    "改派调解员": "Reassign mediator",
    "新调解员": "New mediator",
    "<h3>表决规则按日期和区自动确定</h3><ul><li>莱芜区、钢城区：《济南市既有多层住宅增设电梯规定》；</li><li>表决日期在 2021-01-01 之前（试点各区）：试行办法；</li><li>2021-01-01 起：《民法典》第二百七十八条（双三分之二参与、双四分之三同意）。</li></ul><p>规则由法律规定，不能在此修改；个别案件确需改用其他规则的，由主管在案件的“主管操作”中指定并填写理由，理由记入案件日志。</p>": "<h3>The rule set follows from the vote date and the district</h3><ul><li>Laiwu and Gangcheng districts: the Jinan Provisions on adding elevators to existing multi-storey housing;</li><li>votes before 2021-01-01 (trial districts): the trial measures;</li><li>from 2021-01-01: Civil Code art. 278 (two-thirds participation, three-quarters agreement, by area and by heads).</li></ul><p>The rules are law and cannot be changed here. Where a case must use another rule set, a supervisor chooses it under the case's 'Supervisor actions' with a reason, which goes into the case log.</p>",
    "账户与社区": "Accounts and communities",
    "年度目标": "Annual targets",
    "节假日": "Holidays",
    "街道盖章同意…": "Street stamp: approve…",
    "改派经办人…": "Reassign clerk…",
    "只有处于“街道审核”阶段的案件才能盖章": "Only a case in Street review can be stamped",
    "街道盖章同意": "Street stamp: approve",
    "改派经办人": "Reassign clerk",
    "新经办人": "New clerk",
    "开工目标（台）": "Start target (units)",
    "验收目标（台）": "Acceptance target (units)",
    "保存目标": "Save targets",
    "（全区）": "(whole district)",
    "第 {n} 行的目标不是整数": "The target in row {n} is not a whole number",
    "已保存 {n} 项目标": "{n} target(s) saved",
    "新建账户": "New account",
    "修改账户 {u}": "Edit account {u}",
    "启用": "Active",
    "用户名（登录用）": "User name (for logging in)",
    "角色": "Role",
    "负责社区（社区工作人员、调解员）": "Communities (clerks, mediators)",
    "负责社区": "Communities",
    "新建账户…": "New account…",
    "修改…": "Edit…",
    "重设密码": "Reset password",
    "已停用": "Disabled",
    "请先选择一个账户": "Select an account first",
    "已保存账户 {u}": "Account {u} saved",
    "账户 {u} 的密码：{p}\n请当面交给本人，首次登录后由本人保管。此密码不会再次显示。": "Password for {u}: {p}\nHand it to the person directly; from then on they keep it. It will not be shown again.",
    "账户 {u} 已设置新密码": "Account {u} has a new password",
    "新密码": "New password",
    "正在打开数据库，请稍候……": "Opening the database, please wait…",
    "正在打开数据库……": "Opening the database…",
    "数据库无法打开，程序将退出。": "The database cannot be opened; CaseDesk will now close.",
}

# Screens added with the case window's tabs, mediation, places, password and the list pages.
EN.update(
    {
        "（待确认）": " (to be confirmed)",
        "如：质监部门监督检验合格，已办理使用登记": "e.g. passed the quality inspectorate's check; use registration done",
        "{title}：{status}": "{title}: {status}",
        "验收日期": "Acceptance date",
        "备注": "Remarks",
        "验收材料": "Acceptance documents",
        "两项材料须已提交或经主管免交（在“进度”中附上扫描件）；登记后案件进入补贴拨付。": (
            "Both documents must be handed in or waived by a supervisor (attach scans under Progress); "
            "once recorded, the case moves on to subsidy payment."
        ),
        "房号": "Flat",
        "楼层": "Floor",
        "面积(㎡)": "Area (m²)",
        "业主": "Owner",
        "共有/多套": "Co-owned / several flats",
        "意见": "Opinion",
        "撤回意见…": "Withdraw opinion…",
        "键盘：1 同意，2 不同意（可填理由），3 弃权，自动跳到下一户；Delete 撤回意见": (
            "Keys: 1 agree, 2 disagree (a reason may be given), 3 abstain; moves to the next owner; "
            "Delete withdraws an opinion"
        ),
        "不同意理由（可不填）": "Reason for disagreeing (optional)",
        "Enter 记录，Esc 取消": "Enter records, Esc cancels",
        "统计截止": "Count up to",
        "达到": "Met",
        "未达到": "Not met",
        "总计": "Total",
        "参与表决": "Took part",
        "同意": "Agree",
        "不同意": "Disagree",
        "弃权": "Abstain",
        "表决规则：{name}（{why}）": "Rule set: {name} ({why})",
        "统计截止：{d}": "Counted up to: {d}",
        "人数": "Owners",
        "条件": "Condition",
        "差额": "Margin",
        "提示": "Notes",
        "截止日期后签署、未计入：": "Signed after the closing date, not counted:",
        "需核实：": "To verify:",
        "占用专有部分未同意：": "Owners whose exclusive part is used and who have not agreed:",
        "如何通过：": "What it takes to pass:",
        "解释规则：{p}": "Rule explained: {p}",
        "{room} 室 {owner} 不同意，理由：": "Flat {room}, {owner} disagrees; reason:",
        "已取消，{room} 室未记录": "Cancelled; nothing recorded for flat {room}",
        "撤回意见": "Withdraw opinion",
        "撤回 {room} 室 {owner} 的意见（{vote}）？\n撤回后不再计入统计，原意见留档备查。": (
            "Withdraw the opinion of flat {room}, {owner} ({vote})?\n"
            "It will no longer be counted; the original stays on file."
        ),
        "撤回": "Withdraw",
        "不撤回": "Keep it",
        "已撤回 {room} 室 {owner} 的意见": "Opinion of flat {room}, {owner} withdrawn",
        "修改案件信息 {no}": "Edit case details {no}",
        " 层": " floors",
        "本单元已有电梯": "This unit already has an elevator",
        "由业主自行实施时可不填": "May be empty when the owners carry out the work themselves",
        "不动产权证书": "Real estate title certificate",
        "房屋所有权证": "House ownership certificate",
        "购房合同": "Purchase contract",
        "拆迁安置协议": "Resettlement agreement",
        "保存": "Save",
        "楼层数": "Number of floors",
        "国有土地": "State-owned land",
        "列入征收计划": "In an expropriation plan",
        "实施主体": "Implementing party",
        "权属证明": "Proof of ownership",
        "导出 Excel…": "Export to Excel…",
        "把当前筛选出的全部案件（不只是这一页）导出为 Excel 表格": (
            "Export every case matching the current filter (not just this page) to an Excel workbook"
        ),
        "打印列表": "Print list",
        "把当前筛选出的全部案件生成 PDF 以便打印": "Make a PDF of every case matching the current filter, for printing",
        "案件列表-{d}.xlsx": "case-list-{d}.xlsx",
        "导出 Excel": "Export to Excel",
        "Excel 工作簿 (*.xlsx)": "Excel workbook (*.xlsx)",
        "正在导出……": "Exporting…",
        "已导出 {n} 件：{path}": "{n} cases exported: {path}",
        "案件列表-{t}.pdf": "case-list-{t}.pdf",
        "正在生成 PDF……": "Making the PDF…",
        "已生成：{path}": "Written: {path}",
        "此列不能排序": "This column cannot be sorted",
        "确认纠纷类别": "Confirm dispute categories",
        "已勾选的是按事由建议或已登记的类别，请核对后确认：": (
            "The ticked categories are suggested from the subject or already recorded; check them and confirm:"
        ),
        "必交": "Required",
        "附件或说明": "Attachment or note",
        "把扫描件或照片拖到某一行上即可附上": "Drag a scan or photo onto a row to attach it",
        "元，如 500000.00": "yuan, e.g. 500000.00",
        "{n} 层": "Floor {n}",
        "补偿金额（元）": "Compensation (yuan)",
        "添加补偿": "Add compensation",
        "删除所选": "Delete selected",
        "补偿（元）": "Compensation (yuan)",
        "计算": "Calculate",
        "分摊方式": "Sharing method",
        "工程总造价": "Total project cost",
        "免于分摊的楼层": "Floors exempt from sharing",
        "对低层住户的补偿": "Compensation for lower-floor owners",
        "保存分摊表": "Save the sharing table",
        "补偿金额格式不正确：{t}（应为元，最多两位小数）": "Compensation is not a valid amount: {t} (yuan, at most two decimals)",
        "补偿金额不能为负数：{room} 室 {t}": "Compensation cannot be negative: flat {room}, {t}",
        "合计": "Total",
        "纠纷 {no}": "Dispute {no}",
        "打开案件": "Open case",
        "请在左侧列表中选择一件纠纷": "Select a dispute in the list on the left",
        "变更状态…": "Change status…",
        "延长期限…": "Extend time limit…",
        "确认类别…": "Confirm categories…",
        "正在打开纠纷 {no}……": "Opening dispute {no}…",
        "（超期 {n} 天）": " ({n} days overdue)",
        "案件 {case}（{community}）\u3000状态：{status}{blocking}\u3000调解期限：{due}<br>类别：{cats}": (
            "Case {case} ({community})\u3000Status: {status}{blocking}\u3000Mediation limit: {due}<br>Categories: {cats}"
        ),
        "，阻断推进": ", blocks the case",
        "类别": "Category",
        "阻断": "Blocks",
        "调解期限": "Mediation limit",
        "打开": "Open",
        "登记纠纷…": "Record a dispute…",
        "是": "Yes",
        "超期 {n} 天": "{n} days overdue",
        "共 {n} 件纠纷，{m} 件阻断推进": "{n} disputes, {m} blocking the case",
        "没有纠纷。": "No disputes.",
        "已登记纠纷 {no}": "Dispute {no} recorded",
        "延长调解期限": "Extend the mediation limit",
        " 天": " days",
        "双方同意延长的情况（必填）": "How both sides agreed to extend (required)",
        "现期限": "Current limit",
        "延长": "Extend by",
        "新期限": "New limit",
        "请写明双方同意延长的情况": "Describe how both sides agreed to extend",
        "{d} 的表决（{r}）": "Vote of {d} ({r})",
        "通过": "Passed",
        "未通过": "Not passed",
        "元": "yuan",
        "依据的表决": "Vote relied on",
        "本案件还没有按《民法典》共同决定规则（维修资金使用）保存的表决；请先在“住户与表决”中统计并保存。": (
            "This case has no saved vote under the Civil Code's joint-decision rule for using the maintenance fund; "
            "first count and save one under Owners and votes."
        ),
        "使用金额": "Amount used",
        "支取日期": "Drawn on",
        "说明": "Note",
        "请先保存一次按维修资金使用规则通过的表决": "First save a vote passed under the maintenance-fund rule",
        "受理条件与业主代表": "Admission conditions and owner representatives",
        "否": "No",
        "未确认": "Not confirmed",
        "该单元已有电梯": "The unit already has an elevator",
        "每行一人，至多 5 人": "One per line, at most 5",
        "受委托的实施单位（无业主代表时必填）": "Commissioned implementing body (required without owner representatives)",
        "国有土地上的住宅": "Housing on state-owned land",
        "不在征收或城市更新计划内": "Not in an expropriation or urban renewal plan",
        "已有电梯": "Already has an elevator",
        "业主代表": "Owner representatives",
        "业主代表至多 5 人（现填 {n} 人）": "At most 5 owner representatives ({n} entered)",
        "账户": "Account",
        "修改密码…": "Change password…",
        "密码已修改，下次登录请使用新密码": "Password changed; use the new one next time you log in",
        "阻工情况": "Obstruction",
        "登记人": "Recorded by",
        "登记阻工…": "Record an obstruction…",
        "竣工验收…": "Completion acceptance…",
        "施工与验收": "Construction and acceptance",
        "费用分摊…": "Cost sharing…",
        "费用分摊": "Cost sharing",
        "环节": "Step",
        "批准金额（元）": "Approved (yuan)",
        "拨付日期": "Paid on",
        "金额（元）": "Amount (yuan)",
        "凭证号": "Voucher no.",
        "登记补贴环节…": "Record a subsidy step…",
        "登记拨付…": "Record a payment…",
        "补贴": "Subsidy",
        "维修资金使用…": "Use of maintenance fund…",
        "维修资金": "Maintenance fund",
        "—": "—",
        "{t}（{s}）": "{t} ({s})",
        "当前阶段：{stage}\u3000开工日期：{started}\u3000竣工验收日期：{accepted}\n验收材料：{docs}": (
            "Stage: {stage}\u3000Construction started: {started}\u3000Accepted: {accepted}\nAcceptance documents: {docs}"
        ),
        "未验收": "Not accepted yet",
        "没有阻工记录": "No obstructions recorded",
        "案件在“{s}”阶段时才能登记验收": 'Acceptance can only be recorded while the case is in "{s}"',
        "尚未保存费用分摊表。": "No cost-sharing table saved yet.",
        "分摊方式：{m}\u3000工程总造价：¥{t}": "Sharing method: {m}\u3000Total project cost: ¥{t}",
        "已拨付合计 ¥{a}（{n} 笔）": "Paid in all ¥{a} ({n} payments)",
        "政策依据：{basis}\n{eligible}；{paid}": "Policy basis: {basis}\n{eligible}; {paid}",
        "尚未登记": "Not recorded yet",
        "已使用维修资金 ¥{a}": "Maintenance fund used: ¥{a}",
        "未使用维修资金（须先经业主按《民法典》共同决定规则表决通过）。": (
            "Maintenance fund not used (the owners must first approve it by the Civil Code's joint-decision rule)."
        ),
        "{d} 的表决": "Vote of {d}",
        "竣工验收": "Completion acceptance",
        "如 3": "e.g. 3",
        "如 2": "e.g. 2",
        "登记纠纷": "Record a dispute",
        "如：101 室认为电梯遮挡采光": "e.g. flat 101 says the elevator blocks its light",
        "纠纷经过、当事人的诉求": "What happened and what each party asks for",
        "身份": "Role",
        "联系电话": "Phone",
        "再加一方": "Add another party",
        "类别（按事由自动勾选，可修改）": "Categories (ticked from the subject; may be changed)",
        "阻断案件推进（调解结束前不得进入下一阶段）": "Blocks the case (it cannot reach the next stage until mediation ends)",
        "（暂不指定）": "(not yet assigned)",
        "情况说明": "Description",
        "请填写事由": "Please enter the subject",
        "至少登记一方当事人（姓名）": "Record at least one party (name)",
        "查看照片": "View photo",
        "张贴公示…": "Post the notice…",
        "公示": "Public notice",
        "异议人": "Objector",
        "收到日期": "Received on",
        "书面/口头": "Written / oral",
        "答复": "Reply",
        "处理日期": "Settled on",
        "登记异议…": "Record an objection…",
        "答复并处理…": "Reply and settle…",
        "异议": "Objections",
        "尚未公示。表决结果出来后张贴公示，并在此登记。": "No notice posted yet. Post it once the vote result is known, and record it here.",
        "工作日": "working days",
        "日": "days",
        "张贴日期：{posted}\n公示期：{days} {unit}（自张贴次日起算）\n最后一天：{ends}（当日 24 时止）\n张贴地点：{places}\n见证人：{witness}": (
            "Posted on: {posted}\nNotice period: {days} {unit} (counted from the day after posting)\n"
            "Last day: {ends} (until midnight)\nPosted at: {places}\nWitness: {witness}"
        ),
        "公示期已满": "The notice period is over",
        "公示期内，还剩 {n} 天": "Notice period running, {n} days left",
        "现场照片：{name}": "On-site photo: {name}",
        "没有现场照片": "No on-site photo",
        "书面": "Written",
        "口头": "Oral",
        "没有异议。": "No objections.",
        "共 {n} 条；未处理：书面 {w} 条，口头 {o} 条": "{n} in all; not settled: {w} written, {o} oral",
        "该异议已处理": "This objection has been settled",
        "已登记公示：{a} 张贴，公示期最后一天为 {b}（当日 24 时止）。": (
            "Notice recorded: posted {a}; the last day of the notice period is {b} (until midnight)."
        ),
        "没有找到可以打开此文件的程序。文件在：\n{p}": "No program was found to open this file. It is at:\n{p}",
        "电话等，可不填": "Phone etc., optional",
        "如：3号楼2单元501，可不填": "e.g. Building 3, Unit 2, Flat 501; optional",
        "异议的内容和理由": "What the objection says and why",
        "联系方式": "Contact",
        "住址": "Address",
        "书面异议须答复并处理后，案件才能进入下一阶段；口头异议登记在案，同样可以答复。": (
            "A written objection must be replied to and settled before the case can reach the next stage; "
            "an oral objection is put on record and may be replied to as well."
        ),
        "请填写异议人": "Please enter the objector",
        "请填写异议内容": "Please enter the objection",
        "谁在何处以何种方式阻挠施工，施工停了多久": "Who obstructed the work, where and how, and how long work stopped",
        "情况": "Details",
        "请填写阻工情况": "Please describe the obstruction",
        "修改案件信息…": "Edit case details…",
        "查看完整证件号码与电话…": "Show full ID numbers and phones…",
        "规模": "Size",
        "{floors} 层，{flats} 套房屋，专有部分总面积 {area} ㎡": "{floors} floors, {flats} flats, exclusive area {area} m² in all",
        "{stage}（{since} 起）": "{stage} (since {since})",
        "未登记": "Not recorded",
        "{room} 室": "Flat {room}",
        "未能保存。": "Could not save.",
        "概况中已显示最新内容；您没有改动的项已换成最新内容，您改动的项仍是您填写的。核对后按保存。": (
            "The overview now shows the latest details; fields you did not change were updated, fields you "
            "changed keep what you typed. Check them and press Save."
        ),
        "修改密码": "Change password",
        "新密码至少 {n} 位。修改后，下次登录请使用新密码。": (
            "The new password needs at least {n} characters. Use it from your next log-in."
        ),
        "当前密码": "Current password",
        "再次输入新密码": "New password again",
        "两次输入的新密码不一致": "The two new passwords differ",
        "元，如 200000.00": "yuan, e.g. 200000.00",
        "财政拨付凭证号": "Treasury payment voucher no.",
        "拨付金额": "Amount paid",
        "每笔拨付单独登记，不会覆盖之前的记录。": "Each payment is recorded on its own; earlier ones are kept.",
        "请填写凭证号": "Please enter the voucher number",
        "业主证件号码与电话（已记入日志）": "Owners' ID numbers and phones (this look is logged)",
        "证件号码": "ID number",
        "电话": "Phone",
        "仅用于核实业主身份，请勿抄录或外传。": "Only for checking owners' identity; do not copy or pass on.",
        "编号（用于案件编号）": "Code (used in case numbers)",
        "名称，如：文东街道": "Name, e.g. Wendong Sub-district",
        "添加区": "Add district",
        "在所选区下添加街道": "Add a sub-district to the selected district",
        "在所选街道下添加社区": "Add a community to the selected sub-district",
        "所选改为此名称": "Rename the selected one",
        "新办事处请先在此设置所辖的区、街道和社区：登记案件时可从列表中选择，也可在“账户与社区”中把社区分配给社区工作人员。改名不会改变已有的案件编号。": (
            "A new office first sets up its districts, sub-districts and communities here: they can then be "
            "chosen when a case is recorded, and communities given to clerks under Accounts and communities. "
            "Renaming does not change existing case numbers."
        ),
        "已添加区：{n}": "District added: {n}",
        "请先在列表中选择一个区": "Select a district in the list first",
        "已添加街道：{n}": "Sub-district added: {n}",
        "请先在列表中选择一个街道": "Select a sub-district in the list first",
        "已添加社区：{n}": "Community added: {n}",
        "请先在列表中选择要改名的区、街道或社区": "Select the district, sub-district or community to rename first",
        "已改名：{a} → {b}": "Renamed: {a} → {b}",
        "如：单元门口公告栏、小区公告栏": "e.g. notice board at the unit door, compound notice board",
        "见证人或见证单位，如：社区居委会 王主任": "Witness or witnessing body, e.g. Director Wang, residents' committee",
        "未选择（可稍后在“进度”中补交）": "None chosen (can be added later under Progress)",
        "选择照片…": "Choose photo…",
        "不附照片": "No photo",
        "张贴日期": "Posted on",
        "张贴地点": "Posted at",
        "见证人": "Witness",
        "现场照片": "On-site photo",
        "公示期自张贴次日起算，截止日由程序按规则和节假日计算；照片同时登记为“公示现场照片”材料。": (
            "The notice period counts from the day after posting; CaseDesk works out the last day from the rules "
            'and holidays. The photo is also filed as the document "On-site photo of the notice".'
        ),
        "选择公示现场照片": "Choose the on-site photo of the notice",
        "图片或 PDF ({p});;所有文件 (*)": "Images or PDF ({p});;All files (*)",
        "请填写张贴地点": "Please enter where it was posted",
        "登记并行手续": "Record a parallel procedure",
        "文号或编号（可不填）": "Reference number (optional)",
        "手续": "Procedure",
        "文号/编号": "Reference no.",
        "受理条件…": "Admission conditions…",
        "暂停…": "Suspend…",
        "恢复…": "Resume…",
        "撤回…": "Withdraw…",
        "不予通过…": "Reject…",
        "重新开启…": "Reopen…",
        "并行手续…": "Parallel procedures…",
        "经办人": "Clerk",
        "本阶段材料（可把扫描件或照片拖到对应行上）：": "Documents for this stage (drag scans or photos onto their rows):",
        "并行手续（方案设计、管线踏勘、规划预审）：": "Parallel procedures (design, utility survey, planning pre-review):",
        "案件已撤回（{r}），不再推进。如需继续办理，须由主管重新开启。": (
            "The case was withdrawn ({r}) and will not advance. To continue, a supervisor must reopen it."
        ),
        "案件不予通过（{r}），不再推进。": "The case was rejected ({r}) and will not advance.",
        "案件已完成，全部阶段均已办结，无需再推进。": "The case is complete: every stage is done.",
        "案件已暂停（{r}）。恢复后才能推进。": "The case is suspended ({r}). It can advance once resumed.",
        "条件均已满足，可以推进到“{next}”。": 'All conditions are met; the case can advance to "{next}".',
        "推进到“{next}”前还有 {n} 项条件未满足，点击每项右侧的按钮去办理。": (
            '{n} conditions are still unmet before "{next}"; click the button to the right of each to deal with it.'
        ),
        "案件概况": "Case overview",
        "附件…": "Attach…",
        "统计": "Count",
        "打开纠纷": "Open dispute",
        "可选": "Optional",
        "免交理由：{r}": "Waived: {r}",
        "已交纸质材料（{d}）": "Paper copy handed in ({d})",
        "免交…": "Waive…",
        "推进到“{next}”": 'Advance to "{next}"',
        "选择扫描件或照片：{t}": "Choose a scan or photo: {t}",
        "免交：{t}": "Waive: {t}",
        "暂停案件": "Suspend the case",
        "暂停期间不计入本阶段期限。": "Time while suspended does not count towards the stage's time limit.",
        "恢复案件": "Resume the case",
        "恢复后重新计算本阶段期限。": "On resuming, the stage's time limit is worked out again.",
        "撤回案件": "Withdraw the case",
        "撤回后案件不再推进，只有主管可以重新开启。": "A withdrawn case no longer advances; only a supervisor can reopen it.",
        "不予通过": "Reject",
        "不予通过的案件不再推进，只有主管可以重新开启。": "A rejected case no longer advances; only a supervisor can reopen it.",
        "重新开启案件": "Reopen the case",
        "案件回到进行中，从原阶段继续办理。": "The case becomes active again and continues from its stage.",
        "原因（必填，记入案件日志）": "Reason (required; recorded in the case log)",
        "说明（可不填）": "Note (optional)",
        "原因": "Reason",
        "请填写原因": "Please give a reason",
        "{who}（{kind}，{on} 收到）：{detail}": "{who} ({kind}, received {on}): {detail}",
        "向异议人作出的答复和处理结果": "The reply to the objector and how it was settled",
        "请填写答复内容": "Please enter the reply",
        "阶段时限（天，如 街道审核=15, 规划审查=30）": "Stage time limits (days, e.g. Street review=15, Planning review=30)",
        "编号格式中：{district} 为区编号，{street} 为街道编号（见“区、街道与社区”），{year} 为年份，{serial:04d} 为四位序号。": (
            "In number patterns: {district} is the district code, {street} the sub-district code (see Districts, "
            "sub-districts and communities), {year} the year, {serial:04d} a four-digit serial number."
        ),
        "区、街道与社区": "Districts, sub-districts and communities",
        "变更纠纷状态": "Change dispute status",
        "说明（终止调解须写明原因及后续途径）": "Note (ending mediation needs the reason and the next step)",
        "当前状态": "Current status",
        "改为": "Change to",
        "当前状态不能再变更": "The current status cannot change any more",
        "终止调解须写明原因及后续途径（如诉讼）": "Ending mediation needs the reason and the next step (e.g. a lawsuit)",
        "留空则按可得补贴金额": "Empty: the eligible subsidy amount",
        "批准金额": "Approved amount",
        "待我审核": "Awaiting my review",
        "{name}（共 {n} 件，显示前 {k} 件）": "{name} ({n} in all, first {k} shown)",
        "{name}（{n}）": "{name} ({n})",
        "待我审核 {n} 件，": "{n} awaiting my review, ",
        "已生成 PDF": "PDF written",
        "没有找到可以打开 PDF 的程序。文件已保存在：\n{path}": "No program was found to open the PDF. It is saved at:\n{path}",
        "打开文件夹": "Open folder",
        "登记阻工": "Record an obstruction",
        "登记补贴环节": "Record a subsidy step",
        "登记补贴拨付": "Record a subsidy payment",
        "维修资金使用": "Use of maintenance fund",
        "张贴公示": "Post the notice",
        "登记异议": "Record an objection",
        "答复并处理异议": "Reply to and settle the objection",
        "缺": "Missing",
        "已提交": "Handed in",
        "已免交": "Waived",
        "面积（㎡）": "Area (m²)",
        "楼层系数": "Floor factor",
        "分摊金额（元）": "Share (yuan)",
        "应缴（元）": "Due (yuan)",
        "请填写{what}": "Please enter: {what}",
        "{what}格式不正确：{text}（应为元，最多两位小数，如 200000.00）": (
            "{what} is not a valid amount: {text} (yuan, at most two decimals, e.g. 200000.00)"
        ),
        "{what}必须大于 0": "{what} must be more than 0",
    }
)

# The core's N_() texts (context "core"), as the screens show them.
# Kept to what reaches the screens most: the enums' labels, the stages' documents, the guards'
# conditions and the tally's words and rule sets. The rest shows in Chinese until translated.
EN_CORE: dict[str, str] = {
    # Stage, CaseStatus
    "受理登记": "Intake",
    "意见征询": "Owners' consent",
    "公示": "Public notice",
    "街道审核": "Street review",
    "规划审查": "Planning review",
    "施工许可": "Permits",
    "施工": "Construction",
    "竣工验收": "Completion acceptance",
    "补贴拨付": "Subsidy payment",
    "已完成": "Done",
    "进行中": "Active",
    "暂停": "Suspended",
    "已撤回": "Withdrawn",
    "不予通过": "Rejected",
    # Role
    "社区工作人员": "Community clerk",
    "调解员": "Mediator",
    "街道主管": "Street supervisor",
    "管理员": "Administrator",
    # Vote, VoteSource, AreaSource
    "同意": "Agree",
    "不同意": "Disagree",
    "弃权": "Abstain",
    "书面意见表": "Written opinion form",
    "委托代理人": "Authorised agent",
    "名册导入": "Roster import",
    "不动产登记簿": "Real estate register",
    "测绘": "Survey",
    "合同": "Contract",
    # TallyOutcome
    "通过": "Passed",
    "未通过": "Not passed",
    "待核实": "To verify",
    "受阻": "Blocked",
    # DisputeStatus
    "待调解": "Awaiting mediation",
    "调解中": "In mediation",
    "达成协议": "Agreed",
    "部分协议": "Partly agreed",
    "未达成": "No agreement",
    "已终止": "Terminated",
    "已履行": "Performed",
    # DisputeCategory
    "采光通风": "Light and ventilation",
    "噪声": "Noise",
    "隐私": "Privacy",
    "通行": "Access",
    "安全": "Safety",
    "房屋价值": "Property value",
    "费用分摊": "Cost sharing",
    "后加入": "Late joining",
    "补偿": "Compensation",
    "管线": "Utilities",
    "施工扰民": "Construction nuisance",
    "阻挠施工": "Obstructing the work",
    "程序异议": "Procedure",
    "相邻楼栋": "Neighbouring building",
    "运行维护费": "Running costs",
    # PartyRole, meeting outcome
    "异议人": "Objector",
    "申请人": "Applicant",
    "业主代表": "Owner representative",
    "相邻楼栋业主": "Owner in a neighbouring building",
    "施工/安装单位": "Builder / installer",
    "街道工作人员": "Sub-district staff",
    "设计单位": "Designer",
    "其他": "Other",
    "休会": "Adjourned",
    # Guards: the conditions that hold a case in its stage
    "表决统计结果为“{r}”：{s}": 'The tally says "{r}": {s}',
    "补贴尚未拨付（须登记金额、日期和凭证号）": "Subsidy not paid yet (record the amount, date and voucher number)",
    "该单元已有电梯": "The unit already has an elevator",
    "未确认为国有土地上的住宅": "Not confirmed as housing on state-owned land",
    "未确认不在征收或城市更新计划内": "Not confirmed to be outside expropriation and urban renewal plans",
    "未登记业主代表或实施主体": "No owner representatives or implementing party recorded",
    "尚无表决统计": "No tally yet",
    "尚未公示": "No notice posted yet",
    "纠纷 {d} 未解决（阻断）": "Dispute {d} is not resolved (it blocks the case)",
    "层数不足 4 层（{n} 层），不符合增设电梯条件": "Fewer than 4 floors ({n}): an elevator cannot be added",
    "业主代表不得超过 5 人（现 {n} 人）": "At most 5 owner representatives ({n} now)",
    "尚有 {n} 条异议未处理": "{n} objections not settled yet",
    "缺少材料：{t}": "Missing document: {t}",
    "公示期未满，截止 {d}": "The notice period is not over; it ends {d}",
    # Parallel procedures and documents
    "方案设计": "Design",
    "管线踏勘": "Utility survey",
    "规划预审": "Planning pre-review",
    "增设电梯申请书": "Application to add an elevator",
    "房屋权属证明（不动产权证或竣工规划核实）": "Proof of ownership (title certificate or planning completion check)",
    "业主代表推选书或实施主体委托书": "Election of owner representatives or mandate of the implementing party",
    "业主意见征询表（每户）": "Owners' consultation forms (one per flat)",
    "表决结果统计表": "Tally of the vote",
    "初步方案与实施方案": "Outline and implementation plan",
    "增设电梯协议书": "Elevator agreement",
    "授权委托书（代签时）": "Power of attorney (when signed by an agent)",
    "公示内容（方案与表决结果）": "Notice text (plan and vote result)",
    "公示现场照片": "On-site photo of the notice",
    "街道审核申报表": "Street review application",
    "申报材料真实性承诺书": "Declaration that the documents are true",
    "规划设计方案": "Planning design",
    "规划审查意见": "Planning review opinion",
    "施工图审查合格书": "Construction drawing approval",
    "施工许可证": "Construction permit",
    "消防设计备案": "Fire design filing",
    "特种设备安装告知书": "Special equipment installation notice",
    "管线踏勘记录": "Utility survey record",
    "施工完成报告": "Construction completion report",
    "电梯监督检验报告": "Elevator inspection report",
    "竣工验收记录": "Completion acceptance record",
    "补贴申请表": "Subsidy application",
    "电梯使用登记证": "Elevator use registration certificate",
    # The tally
    "本单元没有登记房屋，无法表决": "The unit has no flats recorded; there is nothing to vote on",
    "没有可计入的面积": "No area to count",
    "恰好达到": "Exactly met",
    "没有可计入的人数": "No owners to count",
    "同意面积占参与表决面积": "Agreeing area of the area taking part",
    "同意面积": "Agreeing area",
    "参与表决面积": "Area taking part",
    "同意人数占参与表决人数": "Agreeing owners of the owners taking part",
    "同意人数": "Agreeing owners",
    "参与表决人数": "Owners taking part",
    "表决未通过：{why}": "The vote did not pass: {why}",
    "有意见表未填写签署日期，已计入，请核实": "An opinion form has no signing date; it was counted, please check it",
    "还差 {x} ㎡": "{x} m² short",
    "还差 {n} 人": "{n} owner(s) short",
    "总面积": "Total area",
    "总人数": "All owners",
    "无人参与表决": "Nobody took part",
    "同意面积占总面积": "Agreeing area of the total area",
    "同意人数占总人数": "Agreeing owners of all owners",
    "表决通过：符合{rule}": "The vote passed under {rule}",
    "结果待核实：{rooms} 的意见不一致或需核实，核实前不能确定表决结果": (
        "Result to verify: the opinions of {rooms} differ or need checking; the result is open until they are checked"
    ),
    "表决比例已达到，但电梯占用 {rooms} 室专有部分，须该业主同意": (
        "The shares are met, but the elevator uses the exclusive part of flat {rooms}, whose owner must agree"
    ),
    "；另须先处理 {n} 条书面异议": "; {n} written objections must be settled first",
    "其余尚未表决的业主全部同意也不能通过，须争取已表态业主改变意见{note}": (
        "Even if every owner yet to vote agrees it cannot pass; owners who have voted must change their minds{note}"
    ),
    "超出 {x} ㎡": "{x} m² over",
    "超出 {n} 人": "{n} owner(s) over",
    "无未处理的书面异议": "No unsettled written objection",
    "{rooms} 室的专有部分被占用且业主未同意，须先取得其同意{note}": (
        "The exclusive part of flat {rooms} is used and its owner has not agreed; that consent comes first{note}"
    ),
    "{room} 室没有登记业主，按一人计": "Flat {room} has no recorded owner; counted as one person",
    "{room} 室有一张非登记业主签署的意见，未计入": "Flat {room} has an opinion signed by someone not on record; not counted",
    "无": "None",
    "再有 {n} 位业主同意即可通过，建议优先征询：{rooms}{note}": "{n} more owners agreeing would pass it; ask first: {rooms}{note}",
    "未处理书面异议 {n} 条": "{n} written objections not settled",
    "业主表决比例已达到{note}": "The owners' shares are met{note}",
    "{name}（{room} 室）未登记证件号码，无法与其他房屋合并，单独计为一人": (
        "{name} (flat {room}) has no ID number on record, so cannot be matched with other flats; counted as one person"
    ),
    "尚有 {n} 条书面异议未处理": "{n} written objections not settled yet",
    # The case log's actions (core/audit.py)
    "其他操作": "Other action",
    "系统": "System",
    "登记案件": "Case registered",
    "修改案件信息": "Case details changed",
    "查看完整证件号码和电话": "Full ID numbers and phones viewed",
    "进入下一阶段": "Advanced to the next stage",
    "暂停案件": "Case suspended",
    "恢复案件": "Case resumed",
    "撤回案件": "Case withdrawn",
    "重新开启案件": "Case reopened",
    "登记受理条件": "Admission conditions recorded",
    "登记并行手续": "Parallel procedure recorded",
    "登记施工受阻": "Obstruction recorded",
    "指定表决规则": "Rule set chosen",
    "转交案件": "Case reassigned",
    "材料已齐": "Document handed in",
    "免交材料": "Document waived",
    "张贴公示": "Notice posted",
    "登记异议": "Objection recorded",
    "处理异议": "Objection settled",
    "导入业主名册": "Owner roster imported",
    "更新住户信息": "Owner details updated",
    "登记表决意见": "Opinion recorded",
    "修改表决意见": "Opinion changed",
    "撤回表决意见": "Opinion withdrawn",
    "保存表决统计": "Tally saved",
    "立案纠纷": "Dispute opened",
    "变更纠纷状态": "Dispute status changed",
    "延长调解期限": "Mediation limit extended",
    "确认纠纷类别": "Dispute categories confirmed",
    "转交纠纷": "Dispute reassigned",
    "回访": "Follow-up",
    "保存调解记录": "Mediation record saved",
    "签订调解协议": "Mediation agreement signed",
    "保存费用分摊": "Cost sharing saved",
    "使用维修资金": "Maintenance fund used",
    "申请补贴": "Subsidy applied for",
    "审核补贴": "Subsidy reviewed",
    "批准补贴": "Subsidy approved",
    "发放补贴": "Subsidy paid",
    "打印表单": "Form printed",
    "打印月度报表": "Monthly report printed",
    "打印案件列表": "Case list printed",
    "导出 Excel": "Exported to Excel",
    "修改办事处设置": "Office settings changed",
    "创建账户": "Account created",
    "修改账户": "Account changed",
    "重设密码": "Password reset",
    "修改本人密码": "Own password changed",
    "登录失败": "Log-in failed",
    "锁定期间尝试登录": "Log-in tried while locked",
    "多次失败后登录成功": "Logged in after failed tries",
    "设置年度目标": "Annual targets set",
    "设置节假日": "Holiday set",
    "删除节假日": "Holiday deleted",
    "添加区": "District added",
    "重命名区": "District renamed",
    "添加街道": "Sub-district added",
    "重命名街道": "Sub-district renamed",
    "添加社区": "Community added",
    "重命名社区": "Community renamed",
    "生成演示数据": "Demo data made",
    "导入业主名册 {file}：{rows} 行": "Owner roster {file}: {rows} rows",
    # Case work (core/services/workflow.py): side moves, refusals, the work queue's reasons
    "恢复": "Resume",
    "撤回": "Withdraw",
    "重新开启": "Reopen",
    "未处理": "Not settled",
    "已处理": "Settled",
    "须填写原因": "A reason is required",
    "业主代表不得超过 5 人": "At most 5 owner representatives",
    "免交材料须填写理由": "Waiving a document needs a reason",
    "未配置材料存放文件夹": "No folder is set up for documents",
    "异议人和异议内容不能为空": "The objector and the objection cannot be empty",
    "须填写异议处理答复": "The reply to the objection is required",
    "案件已完成": "The case is complete",
    "登记受理条件与业主代表": "Admission conditions and owner representatives recorded",
    "该异议已处理": "This objection has been settled",
    "{stage}（期限 {due}）": "{stage} (due {due})",
    "{case} 不能进入“{to}”：{why}": '{case} cannot move on to "{to}": {why}',
    "没有这个并行手续：{k}（可选：{all}）": "No such parallel procedure: {k} (choose from: {all})",
    "编号 {n}": "No. {n}",
    "公示张贴日期 {d} 晚于今天（{t}）：请在张贴后再登记": "The posting date {d} is after today ({t}): record it once posted",
    "公示张贴日期 {d} 早于案件登记日期 {o}": "The posting date {d} is before the case was registered ({o})",
    "公示张贴日期 {d} 早于所公示的表决（{v}）：表决结果出来后才能公示": (
        "The posting date {d} is before the vote it announces ({v}): the notice comes after the result"
    ),
    "材料齐备：{t}": "Document handed in: {t}",
    "{first} 等 {n} 项": "{first} and others ({n} in all)",
    "已暂停": "Suspended",
    "案件处于“{s}”状态，不能推进": 'The case is "{s}" and cannot advance',
    "只能从“{a}”推进到下一阶段“{b}”，不能跳到“{c}”": 'From "{a}" the case can only advance to "{b}", not jump to "{c}"',
    "日期 {d} 早于进入本阶段的日期 {e}": "The date {d} is before the case entered this stage ({e})",
    "案件当前为“{s}”，不能执行此操作": 'The case is "{s}"; this cannot be done now',
    "{k}：{r}": "{k}: {r}",
    "并行手续：{k}": "Parallel procedure: {k}",
    "“{s}”阶段没有材料 {c}（可选：{codes}）": 'Stage "{s}" has no document {c} (choose from: {codes})',
    "“{s}”阶段没有材料 {c}": 'Stage "{s}" has no document {c}',
    "主管免交材料：{t}（{r}）": "Waived by a supervisor: {t} ({r})",
    "公示：{a} 张贴，至 {b} 止": "Notice: posted {a}, runs until {b}",
    "登记异议：{who}": "Objection recorded: {who}",
    "找不到异议 {id}": "Objection {id} not found",
    "处理日期 {d} 早于收到异议的日期 {r}": "The settling date {d} is before the objection was received ({r})",
    "异议已处理：{r}": "Objection settled: {r}",
    "最近保存的表决统计为“{o}”，核实后请重新统计": 'The last saved tally is "{o}"; count again once checked',
    "{a} → {b}": "{a} → {b}",
    "已暂停：{r}": "Suspended: {r}",
    "超期 {n} 天：{hold}": "{n} days overdue: {hold}",
    "待街道审核，已等 {n} 天：{hold}": "Awaiting street review for {n} days: {hold}",
    "今天到期：{hold}": "Due today: {hold}",
    "{n} 天后到期：{hold}": "Due in {n} days: {hold}",
    "附件“{name}”不在材料文件夹中：{path}": 'The attachment "{name}" is not in the documents folder: {path}',
    "找不到附件 {id}": "Attachment {id} not found",
    "电梯使用登记": "Elevator use registration",
    "特种设备安全法第三十三条：投入使用前或者投入使用后三十日内": (
        "Special Equipment Safety Law art. 33: before use, or within thirty days of it"
    ),
    "安装技术资料移交使用单位": "Installation records handed to the user",
    "特种设备安全法第二十四条：验收后三十日内": "Special Equipment Safety Law art. 24: within thirty days of acceptance",
    # Reports page figures (core/services/dashboard.py)
    "本月": "This month",
    "本年": "This year",
    "累计": "In all",
    "当前超期": "Overdue now",
    "开工（{p}）": "Construction started ({p})",
    "竣工验收（{p}）": "Completion accepted ({p})",
    "补贴拨付（{p}）": "Subsidy paid ({p})",
    # Printed forms (core/services/forms.py): the print menu and its refusals
    "业主意见征询表": "Owners' consultation form",
    "异议登记及处理表": "Objections and how they were settled",
    "街道审核申报表及真实性承诺": "Street review application and declaration",
    "调解笔录": "Mediation record",
    "调解协议书": "Mediation agreement",
    "费用分摊表": "Cost-sharing table",
    "增设电梯初步方案及实施方案（含设计图纸）": "Outline and implementation plan (with drawings)",
    "业主表决结果统计表": "Tally of the owners' vote",
    "费用分摊方案": "Cost-sharing plan",
    "主管批准免交": "Waived by a supervisor",
    "系统（命令行）": "System (command line)",
    "尚未登记公示，请先在“公示与异议”中登记张贴日期和地点": (
        "No notice recorded: first record its posting date and places under Public notice and objections"
    ),
    "案件还没有房屋，请先导入业主名册": "The case has no flats yet: import the owner roster first",
    "低层业主补偿方案": "Compensation plan for lower floors",
    "尚未保存费用分摊表，请先在“费用与补贴”中计算并保存": (
        "No cost-sharing table saved: first calculate and save it under Costs and subsidy"
    ),
    "案件尚未通过竣工验收，不能打印补贴申请表": "The case has not passed completion acceptance: no subsidy application yet",
    "打印表单时尚无保存的表决统计，自动保存": "No saved tally when the form was printed; saved automatically",
    "没有这种表单：{k}（可选：{all}）": "No such form: {k} (choose from: {all})",
    "调解笔录仅调解员和街道主管可以查看和打印": "Only mediators and street supervisors may see and print mediation records",
    "该案件没有纠纷记录：{n}": "The case has no dispute {n}",
    "纠纷 {no} 尚未登记调解协议": "Dispute {no} has no agreement recorded yet",
    "打印{name}": "Print: {name}",
    "该案件没有第 {id} 号表决统计记录": "The case has no tally record {id}",
    "共 {n} 条，未处理 {m} 条": "{n} in all, {m} not settled",
    # Disputes (core/services/disputes.py): field names in refusals, refusals, history lines
    "纠纷标题": "Dispute subject",
    "纠纷情况": "Dispute description",
    "立案日期": "Opened on",
    "调解地点": "Place of mediation",
    "记录人": "Recorder",
    "各方意见": "Each side's view",
    "调解方案": "Proposed settlement",
    "调解时间": "Time of mediation",
    "纠纷标题不能为空": "The dispute's subject cannot be empty",
    "至少登记一方当事人": "Record at least one party",
    "延长调解期限须填写天数和双方同意的情况": "Extending the limit needs the days and how both sides agreed",
    "调解笔录仅调解员和街道主管可以填写": "Only mediators and street supervisors may write mediation records",
    "下次调解日期": "Next meeting date",
    "协议内容": "Terms of the agreement",
    "当事人": "Parties",
    "纠纷事实": "Facts of the dispute",
    "争议事项": "Matters in dispute",
    "履行方式": "Manner of performance",
    "履行期限不能早于签订日期": "The performance deadline cannot be before the signing date",
    "调解笔录仅调解员和街道主管可以查看": "Only mediators and street supervisors may see mediation records",
    "街道人民调解委员会": "Sub-district people's mediation committee",
    "只有施工阶段才能登记施工受阻": "An obstruction can only be recorded during construction",
    "终止调解须写明原因及后续途径（如诉讼）": "Ending mediation needs the reason and the next step (e.g. a lawsuit)",
    "找不到这次调解记录": "This mediation record was not found",
    "当事人姓名": "Party's name",
    "当事人房号": "Party's flat",
    "当事人联系方式": "Party's contact",
    "找不到纠纷：{no}": "Dispute not found: {no}",
    "该纠纷不在您的负责范围内：{no}": "This dispute is not among yours: {no}",
    "找不到案件：{case_no}": "Case not found: {case_no}",
    "该案件不在您的负责范围内：{case_no}": "This case is not among yours: {case_no}",
    "纠纷 {no}：{t}": "Dispute {no}: {t}",
    "尚未达成协议，不能登记为已履行": "There is no agreement yet, so it cannot be marked performed",
    "纠纷状态不能从“{a}”变为“{b}”": 'A dispute cannot go from "{a}" to "{b}"',
    "{no}：{a} → {b}": "{no}: {a} → {b}",
    "调解期限延长 {n} 天：{r}": "Mediation limit extended by {n} days: {r}",
    "首次调解": "First meeting",
    "{no} 调解记录第 {v} 版": "{no} mediation record, version {v}",
    "调解协议书缺少：{x}": "The agreement lacks: {x}",
    "签订调解协议 {no}": "Mediation agreement {no} signed",
    "回访：{f}": "Follow-up: {f}",
    "施工受阻：{d}": "Work obstructed: {d}",
    # Cases (core/services/cases.py)
    "楼层数": "Number of floors",
    "已有电梯": "Already has an elevator",
    "国有土地": "State-owned land",
    "列入征收计划": "In an expropriation plan",
    "实施主体": "Implementing party",
    "权属证明": "Proof of ownership",
    "备注": "Remarks",
    "受理日期": "Opened",
    "案件 {no} 已被 {who} 于 {at} 修改（{what}）。您看到的是旧版本，未保存任何内容；请重新打开后再改。": (
        "Case {no} was changed by {who} at {at} ({what}). You were looking at an older version and nothing "
        "was saved; open it again and redo the change."
    ),
    "区": "District",
    "街道": "Sub-district",
    "社区": "Community",
    "小区": "Compound",
    "楼号": "Building",
    "单元": "Unit",
    "案件 {no} 已被他人修改，请重新打开后再保存": "Case {no} was changed by someone else; open it again before saving",
    "不能修改这些字段：{f}": "These fields cannot be changed: {f}",
    "楼层数应在 1 到 {max} 之间": "The number of floors must be between 1 and {max}",
    "楼层数应在 1 到 {max} 之间：{floors}": "The number of floors must be between 1 and {max}: {floors}",
    "该单元已有案件：{case_no}（{b}号楼{u}单元），不能重复登记": (
        "This unit already has a case: {case_no} (building {b}, unit {u}); it cannot be registered twice"
    ),
    "该社区不在您的负责范围内：{c}": "This community is not among yours: {c}",
    "登记案件 {no}": "Case {no} registered",
    "{field}不能为空": "{field} cannot be empty",
    "修改案件信息：{f}": "Case details changed: {f}",
    # Votes and tallies (core/services/consent.py)
    "签署日期": "Signed on",
    "找不到案件": "Case not found",
    "本次统计指定": "Chosen for this tally",
    "签署日期不能晚于今天": "The signing date cannot be after today",
    "委托代理人签署须填写代理人姓名": "A form signed by an agent needs the agent's name",
    "案件指定": "Set for the case",
    "{room} 室的业主中没有 {owner}": "{owner} is not an owner of flat {room}",
    "本案件没有 {room} 室": "This case has no flat {room}",
    "{room} 室没有登记业主，请先导入名册或登记业主": "Flat {room} has no owner recorded; import the roster or record the owner first",
    "{room} 室的业主中没有这位业主": "This person is not an owner of flat {room}",
    "找不到表决统计记录 {id}": "Tally record {id} not found",
    "{room} 室有多位共有人（{names}），请指明是哪一位": "Flat {room} has several co-owners ({names}); say which one",
    "{room} 室 {name}：{vote}": "Flat {room}, {name}: {vote}",
    "{room} 室 {name} 没有有效的表决意见": "Flat {room}, {name} has no valid opinion",
    "{room} 室 {name} 撤回表决意见": "Flat {room}, {name}: opinion withdrawn",
    "表决规则：{a} → {b}（{why}）": "Rule set: {a} → {b} ({why})",
    "保存表决统计：{r}（{rule}，截止 {d}）": "Tally saved: {r} ({rule}, up to {d})",
    "自动": "Automatic",
    # Cost sharing and the maintenance fund (core/services/costshare.py)
    "按专有部分面积（民法典第二百八十三条）": "By exclusive area (Civil Code art. 283)",
    "按楼层系数 × 面积": "By floor factor × area",
    "出资户平均": "Equal among paying flats",
    "业主约定比例": "Ratios agreed by the owners",
    "分摊总额必须大于 0": "The total to share must be more than 0",
    "使用金额必须大于 0": "The amount used must be more than 0",
    "使用维修资金须先有按《民法典》共同决定规则（维修资金使用）通过的表决": (
        "Using the maintenance fund needs a vote passed under the Civil Code's joint-decision rule first"
    ),
    "分摊方式应为 {m}": "The sharing method must be {m}",
    "补偿金额不能为负数：{r}": "Compensation cannot be negative: {r}",
    "补偿对象房号不存在：{r}": "No such flat to compensate: {r}",
    "找不到本案件的表决统计记录 {id}": "This case has no tally record {id}",
    "使用维修资金 ¥{a}": "Maintenance fund used: ¥{a}",
    "费用分摊表：{m}，总额 ¥{t}": "Cost-sharing table: {m}, total ¥{t}",
    # Subsidy (core/services/subsidy.py, core/money/subsidy.py)
    "申请": "Application",
    "审核": "Review",
    "批准": "Approval",
    "拨付": "Payment",
    "补贴金额必须大于 0": "The subsidy must be more than 0",
    "须填写拨付凭证号": "The payment voucher number is required",
    "补贴环节应为 {steps}": "The subsidy step must be {steps}",
    "案件尚未通过竣工验收（当前阶段：{stage}），不能登记补贴拨付": (
        "The case has not passed completion acceptance (stage: {stage}); no subsidy payment can be recorded"
    ),
    "凭证号 {v} 已登记过，同一笔拨付不能重复登记": "Voucher {v} is already recorded; a payment cannot be recorded twice",
    "补贴拨付 ¥{amount}（凭证 {v}）": "Subsidy paid ¥{amount} (voucher {v})",
    "补贴：{step}": "Subsidy: {step}",
    "《济南市既有住宅增设电梯财政补助资金实施细则》（2018）": (
        "Jinan rules on public subsidies for adding elevators to existing housing (2018)"
    ),
    "济南市 2021 年起补助（按 2018 年标准暂定，待文件确认）": (
        "Jinan subsidy from 2021 (provisionally at the 2018 rates, awaiting the official text)"
    ),
    "山东省 2017 年试点：造价 40%，每台最高 25 万元": "Shandong 2017 pilot: 40% of the cost, at most ¥250,000 per elevator",
    "层数不足 4 层": "Fewer than 4 floors",
    "原已有电梯": "Already had an elevator",
    "不是国有土地上的住宅": "Not housing on state-owned land",
    "位于征收计划范围内": "Within an expropriation plan",
    "须先登记工程总造价": "Record the total project cost first",
    "{d} 不在本政策适用区域": "{d} is outside this policy's area",
    "建成年份 {y} 晚于 {d}": "Built in {y}, after {d}",
    "须在 {d} 前取得审批": "Approval needed before {d}",
    # Places (core/services/places.py)
    "{what}名称不能为空": "The {what} name cannot be empty",
    "{what}名称不能超过 {n} 个字：{name}": "The {what} name cannot be longer than {n} characters: {name}",
    "没有这个区：{name}": "No such district: {name}",
    "{d}没有这个街道：{name}": "{d} has no sub-district {name}",
    "{s}没有这个社区：{name}": "{s} has no community {name}",
    "重命名 {a} → {b}": "Renamed {a} → {b}",
    "已有这个区：{name}": "This district exists already: {name}",
    "添加区 {name}": "District {name} added",
    "{d}已有这个街道：{name}": "{d} has this sub-district already: {name}",
    "添加街道 {d}{name}": "Sub-district added: {d} {name}",
    "{s}已有这个社区：{name}": "{s} has this community already: {name}",
    "添加社区 {s}{name}": "Community added: {s} {name}",
    "已有这个街道：{name}": "This sub-district exists already: {name}",
    "已有这个社区：{name}": "This community exists already: {name}",
    # Accounts and log-in (core/services/users.py)
    "用户名或密码不正确": "Wrong user name or password",
    "用户名不能为空": "The user name cannot be empty",
    "密码至少 8 位": "The password needs at least 8 characters",
    "请输入用户名": "Please enter the user name",
    "内置的系统账户没有密码": "The built-in system account has no password",
    "新密码不能与当前密码相同": "The new password must differ from the current one",
    "当前密码不正确": "The current password is wrong",
    "用户名已存在：{name}": "This user name exists already: {name}",
    "创建账户 {name}（{role}）": "Account {name} created ({role})",
    "连续 {n} 次登录失败，此用户名已暂时锁定。请 {m} 分钟后再试，或请管理员重设密码。": (
        "{n} failed log-ins in a row: this user name is locked for now. Try again in {m} minutes, or ask "
        "the administrator to reset the password."
    ),
    "用户名或密码不正确。此用户名已暂时锁定 {m} 分钟；忘记密码请联系管理员重设。": (
        "Wrong user name or password. This user name is locked for {m} minutes; if you forgot the password, "
        "ask the administrator to reset it."
    ),
    "用户名或密码不正确。再错 {n} 次，此用户名将暂时锁定 {m} 分钟。": (
        "Wrong user name or password. {n} more wrong tries will lock this user name for {m} minutes."
    ),
    "新密码至少 {n} 位": "The new password needs at least {n} characters",
    "登录失败：{name}（{why}）": "Log-in failed: {name} ({why})",
    "没有这个用户：{name}": "No such user: {name}",
    "{name} 修改了自己的密码": "{name} changed their own password",
    "账户锁定期间尝试登录：{name}": "Log-in tried while locked: {name}",
    "密码不正确": "Wrong password",
    "没有这个可用的账户": "No such active account",
    "{n} 次失败后登录成功：{name}": "Logged in after {n} failed tries: {name}",
    # Rosters (core/roster/parse.py, reader.py): the problems the import wizard lists by row
    "表头": "Header",
    "房号不能为空": "The flat number cannot be empty",
    "业主姓名不能为空": "The owner's name cannot be empty",
    "有表决意见但未填签署日期": "An opinion without a signing date",
    "填了签署日期但没有表决意见，按未表决处理": "A signing date without an opinion: counted as not voted",
    "未填证件号码：无法识别一人多套，此行单独计为一人": (
        "No ID number: owners of several flats cannot be recognised, so this row counts as one person"
    ),
    "勾选的意见与表决意见列不一致": "The ticked opinion differs from the opinion column",
    "名册没有数据行": "The roster has no data rows",
    "按开发建设单位未售房屋计（SPC 第九条：开发商未售房屋合计为一人）": (
        "Counted as the developer's unsold flats (SPC art. 9: the developer's unsold flats count as one person)"
    ),
    "第 {row} 行": "Row {row}",
    "重复的列": "Repeated column",
    "面积中有逗号：{v}。小数点请用“.”（如 85.5），也不要用千位分隔符": (
        'The area has a comma: {v}. Use "." for decimals (e.g. 85.5) and no thousands separator'
    ),
    "面积必须大于 0": "The area must be more than 0",
    "证件号码被 Excel 存成了数字（读到 {v}），超过 15 位的数字已被改动，无法还原：请在 Excel 中把这一列的单元格格式设为“文本”，再重新输入这些号码": (
        "Excel stored the ID number as a number (read {v}); digits beyond 15 were changed and cannot be "
        "restored. In Excel, format this column's cells as Text and type the numbers again"
    ),
    "共有人 {n} 位，证件号码 {m} 个，无法一一对应：请每人一行，或按姓名顺序各填一个号码": (
        "{n} co-owners but {m} ID numbers, which cannot be paired: one row per person, or one number per "
        "name in the same order"
    ),
    "共有人 {n} 位，联系电话 {m} 个，无法一一对应": "{n} co-owners but {m} phone numbers, which cannot be paired",
    "同一行勾选了多个意见（{v}）：每户只能有一个意见": "Several opinions ticked in one row ({v}): one opinion per flat",
    "未知的列，已忽略": "Unknown column, ignored",
    "合计行之后的 {n} 行不是名册内容，未读取": "{n} rows after the total row are not part of the roster and were not read",
    "楼层应为 1 到 {max} 的整数：{v}": "The floor must be a whole number from 1 to {max}: {v}",
    "楼层应为整数：{v}": "The floor must be a whole number: {v}",
    "表决意见应为 同意 / 不同意 / 弃权 或留空：{v}": "The opinion must be 同意 / 不同意 / 弃权 or empty: {v}",
    "日期格式应为 YYYY-MM-DD 或 YYYY/M/D：{v}": "Dates must be YYYY-MM-DD or YYYY/M/D: {v}",
    "占用专有部分应为 是 / 否：{v}": "Exclusive part used must be 是 / 否: {v}",
    "缺少必填列（也可用英文列名 {alias}）": "A required column is missing (the English name {alias} also works)",
    "合计面积 {a} ㎡ 与各户面积之和 {b} ㎡ 不一致，请核对": "The total area {a} m² differs from the flats' sum {b} m²; please check",
    "楼层 {f} 高于本单元层数 {n}": "Floor {f} is above the unit's {n} floors",
    "（空）": "(empty)",
    "面积应为大于 0、最多两位小数的平方米数：{v}": "The area must be square metres above 0 with at most two decimals: {v}",
    "面积来源应为 不动产登记簿 / 测绘 / 合同：{v}": "The area source must be 不动产登记簿 / 测绘 / 合同: {v}",
    "签署日期晚于今天：{v}": "Signed after today: {v}",
    "统一社会信用代码校验位不正确，请核对：{v}": "The unified social credit code's check digit is wrong; please check: {v}",
    "证件号码不是 18 位身份证号或统一社会信用代码，请核对：{v}": (
        "The ID number is neither an 18-digit ID card number nor a unified social credit code; please check: {v}"
    ),
    "应打“√”或留空：{v}": 'Tick "√" or leave empty: {v}',
    "同一业主在 {room} 室重复出现": "The same owner appears twice in flat {room}",
    "内容过长（{n} 个字符）": "Too long ({n} characters)",
    "面积 {v} ㎡ 不像一套房屋的面积（应在 {lo} 到 {hi} ㎡ 之间），请核对": (
        "An area of {v} m² does not look like a flat's (it should be {lo} to {hi} m²); please check"
    ),
    "身份证号校验位不正确，请核对：{v}": "The ID card number's check digit is wrong; please check: {v}",
    "与第 {r} 行同一房号 {room} 的楼层不一致（{a} / {b}）": "Floor differs from row {r} for the same flat {room} ({a} / {b})",
    "与第 {r} 行同一房号 {room} 的面积不一致（{a} / {b}）": "Area differs from row {r} for the same flat {room} ({a} / {b})",
    "证件号码与第 {r} 行相同但姓名不同（{a} / {b}），按同一人计": (
        "Same ID number as row {r} but a different name ({a} / {b}); counted as one person"
    ),
    "名册行数过多（超过 {max} 行），一个单元的名册不应这么多": "Too many rows (over {max}); one unit's roster cannot be that long",
    "名册是空的：没有表头，也没有数据行": "The roster is empty: no header and no data rows",
    "无法识别文件编码：请另存为 UTF-8 或 GB18030（GBK）编码的 CSV": (
        "The file's encoding is not recognised: save it as CSV in UTF-8 or GB18030 (GBK)"
    ),
    "找不到文件：{path}": "File not found: {path}",
    "文件过大（超过 20 MB），请检查是否选错了文件：{path}": "The file is too large (over 20 MB); is it the right one? {path}",
    "Excel 文件解压后过大，已拒绝读取": "The Excel file is too large once unpacked; not read",
    "工作表超过 {max} 行，不像一个单元的业主名册，已拒绝读取": (
        "The sheet has over {max} rows, too many for one unit's roster; not read"
    ),
    "CSV 文件格式错误（第 {n} 行附近）：{err}": "The CSV file is malformed (near line {n}): {err}",
    "无法读取 Excel 文件（{err}）：请确认文件未损坏，且是 .xlsx 格式": (
        "The Excel file cannot be read ({err}): check that it is not damaged and is .xlsx"
    ),
    "无法读取 .xls 文件（{err}）：可在 Excel 中另存为 .xlsx 后再导入": (
        "The .xls file cannot be read ({err}): save it as .xlsx in Excel and import that"
    ),
    "名册取自工作表“{title}”": 'Roster read from the sheet "{title}"',
    "不支持的文件类型 {ext}：请使用 .xlsx、.xls 或 .csv": "File type {ext} is not supported: use .xlsx, .xls or .csv",
    "从此行起连续 {n} 行空白，其后的内容没有读取": "{n} blank rows from here; what follows was not read",
    # Settings (core/services/admin.py, office.py)
    "年份应在 2017 到 2100 之间": "The year must be between 2017 and 2100",
    "目标数不能为负数": "A target cannot be negative",
    "类型应为“放假”或“调休上班”": "The type must be Holiday or Adjusted working day",
    "日期范围无效（最多 31 天）": "Invalid date range (at most 31 days)",
    "改派须填写理由": "Reassigning needs a reason",
    "不能停用自己正在使用的账户": "You cannot disable the account you are using",
    "至少要保留一个管理员账户": "At least one administrator account must remain",
    "{name} 不能承办此项工作（角色：{role}）": "{name} cannot take this work (role: {role})",
    "重设 {name} 的密码": "Password of {name} reset",
    "没有这个社区：{name}": "No such community: {name}",
    "{year} 年目标 {place}：开工 {a}，验收 {b}": "{year} targets for {place}: {a} starts, {b} acceptances",
    "节假日：{a} 至 {b} {k} {n}": "Holidays: {a} to {b} {k} {n}",
    "{d} 不是本办事处添加的日期（内置日历不能删除）": "{d} was not added by this office (the built-in calendar cannot be deleted)",
    "删除节假日设置：{d}": "Holiday deleted: {d}",
    "纠纷 {no} 改派调解员 {name}：{reason}": "Dispute {no} reassigned to mediator {name}: {reason}",
    "修改账户 {name}": "Account {name} changed",
    "没有这个街道：{name}": "No such sub-district: {name}",
    "改派经办人为 {name}：{reason}": "Clerk changed to {name}: {reason}",
    "办事处名称": "Office name",
    "印章文字": "Seal text",
    "案件编号格式": "Case number pattern",
    "纠纷编号格式": "Dispute number pattern",
    "公示期": "Notice period",
    "调解期限": "Mediation limit",
    "阶段时限": "Stage time limits",
    "备份文件夹": "Backup folder",
    "办事处名称不能为空": "The office name cannot be empty",
    "不能修改的设置：{k}": "Settings that cannot be changed: {k}",
    "{k}应为 1 到 365 的天数：{v}": "{k} must be 1 to 365 days: {v}",
    "修改办公室设置：{keys}": "Office settings changed: {keys}",
    # A document's state on 进度
    "未交": "Missing",
    "已交": "Handed in",
    "免交": "Waived",
    # Policies.describe(), under the tally
    "弃权计入参与表决：{v}": "Abstentions count as taking part: {v}",
    "共有人意见不一致的房屋列为待核实：{v}": "Flats whose co-owners disagree are to verify: {v}",
    "一人多套意见不一致列为待核实：{v}": "An owner of several flats voting differently is to verify: {v}",
    "截止日期后签署的意见不计入：{v}": "Opinions signed after the closing date are not counted: {v}",
    "占用专有部分须该业主同意：{v}": "Using an exclusive part needs its owner's consent: {v}",
    "是": "yes",
    "否": "no",
    # Rule sets
    "济南市既有住宅增设电梯办法（2021年起）": "Jinan measures for adding elevators to existing housing (from 2021)",
    "《民法典》第二百七十八条第一款第七项、第二款：专有部分面积占比三分之二以上且人数占比三分之二以上的业主参与表决，并经参与表决专有部分面积四分之三以上且参与表决人数四分之三以上的业主书面同意": (
        "Civil Code art. 278 (1) 7 and (2): owners with two-thirds or more of the exclusive area and two-thirds or "
        "more of the owners take part, and owners with three-quarters or more of the area taking part and "
        "three-quarters or more of those taking part agree in writing"
    ),
    "济南市既有住宅增设电梯办法（试行，2017）": "Jinan measures for adding elevators to existing housing (trial, 2017)",
    "试行期实践：本单元全体业主同意且无书面异议（一票否决）": (
        "Trial practice: every owner of the unit agrees and there is no written objection (one veto suffices)"
    ),
    "济南市既有多层住宅增设电梯规定（莱芜区、钢城区，2019修订）": (
        "Jinan provisions on adding elevators to existing multi-storey housing (Laiwu, Gangcheng; 2019 revision)"
    ),
    "第七条、第十一条：本单元专有部分面积三分之二以上且人数三分之二以上的业主书面同意，公示期满无未解决的书面异议": (
        "Arts. 7 and 11: owners with two-thirds or more of the unit's exclusive area and two-thirds or more of the "
        "owners agree in writing, and no written objection is unresolved when the notice period ends"
    ),
    "《民法典》共同决定其他事项（维修资金使用）": "Civil Code joint decision on other matters (use of the maintenance fund)",
    "《民法典》第二百七十八条第二款：三分之二以上参与表决，并经参与表决专有部分面积过半数且参与表决人数过半数的业主同意": (
        "Civil Code art. 278 (2): two-thirds or more take part, and owners with more than half of the area taking "
        "part and more than half of those taking part agree"
    ),
    "2021-01-01 起适用《民法典》第二百七十八条": "From 2021-01-01 Civil Code art. 278 applies",
    "过半数": "more than half",
    "更换表决规则须填写理由": "Changing the rule set needs a reason",
    "超过{f}": "more than {f}",
    "{f}以上": "{f} or more",
    "主管指定：{r}": "Set by a supervisor: {r}",
    "{d}适用《济南市既有多层住宅增设电梯规定》": "{d}: the Jinan provisions on multi-storey housing apply",
    "表决日期 {d} 早于 2021-01-01，适用试行办法": "Vote date {d} is before 2021-01-01: the trial measures apply",
    "没有这个表决规则：{code}（可选：{codes}）": "No such rule set: {code} (choose from: {codes})",
}

# The rest of the core's N_() texts (issue 24): errors of the database, backups and checks, the
# exported list, the case file, dispute titles made from a roster, settings, and the demo's words.
EN_CORE.update(
    {
        # Backups, restore, integrity (core/backup.py, core/integrity.py, core/db/)
        "从备份恢复数据库": "Database restored from a backup",
        "权限不足：只有管理员可以备份、恢复或迁移整个数据库（其中有各社区业主的完整证件号码和调解笔录）。当前：{role}": (
            "Not permitted: only an administrator may back up, restore or move the whole database (it holds "
            "every community's full owner ID numbers and mediation records). Current role: {role}"
        ),
        "数据库文件不存在：{p}": "The database file does not exist: {p}",
        "文件已存在：{p}。为免覆盖其他数据，未备份；确需替换请加 --force，或换一个文件名": (
            "The file exists already: {p}. Not backed up, so as not to overwrite other data; to replace it "
            "add --force, or choose another file name"
        ),
        "找不到备份文件：{p}": "Backup file not found: {p}",
        "备份文件来自更新版本的 CaseDesk（结构版本 {v}），本程序不能恢复": (
            "The backup comes from a newer CaseDesk (schema version {v}); this program cannot restore it"
        ),
        "无法写入备份（{err}）：请检查磁盘空间和文件夹权限": (
            "The backup cannot be written ({err}): check the disk space and the folder's permissions"
        ),
        "不是 CaseDesk 数据库文件：{p}": "Not a CaseDesk database file: {p}",
        "备份文件已损坏（{err}），未恢复": "The backup file is damaged ({err}); nothing was restored",
        "备份文件已损坏（{r}），未恢复": "The backup file is damaged ({r}); nothing was restored",
        "从备份恢复数据库：{f}（原数据库另存为：{old}）": (
            "Database restored from the backup {f} (the previous database was kept as: {old})"
        ),
        "从备份恢复": "restore from a backup",
        "无法创建数据库文件夹 {dir}：{err}": "The database folder {dir} cannot be created: {err}",
        "{file} 不是 CaseDesk 数据库，或文件已损坏。请检查文件路径；如果这是办公室的数据库，请用“casedesk restore”从备份恢复。": (
            "{file} is not a CaseDesk database, or the file is damaged. Check the path; if this is the "
            'office\'s database, restore it from a backup with "casedesk restore".'
        ),
        "另一位同事刚刚同时修改了相同的数据。本次操作未保存任何内容，请刷新后重试。": (
            "A colleague changed the same data at the same moment. Nothing of this was saved; refresh and try again."
        ),
        "数据库正被另一个程序长时间占用，请稍后重试。本次操作未保存。": (
            "Another program has been holding the database for a long time; try again later. Nothing was saved."
        ),
        "无法连接数据库服务器（{err}）。请检查网络和服务器；本次操作未保存。": (
            "The database server cannot be reached ({err}). Check the network and the server; nothing was saved."
        ),
        "CaseDesk 桌面程序": "the CaseDesk desktop program",
        "另一个程序（未留下姓名）": "another program (it left no name)",
        "数据库文件已损坏{p}（{d}）。本次操作未保存任何内容。请停止在此文件上工作，关闭所有 CaseDesk 程序，然后由管理员用“casedesk restore 备份文件”从最近一份完好的备份恢复（备份文件夹中按日期命名）；损坏的文件会先另存一份，以便技术支持抢救。": (
            "The database file is damaged{p} ({d}). Nothing of this was saved. Stop working on this file and "
            'close every CaseDesk program; then an administrator restores the latest good backup with "casedesk '
            'restore BACKUP-FILE" (the backup folder names them by date). The damaged file is kept aside first, '
            "so that technical support can try to rescue it."
        ),
        "{user}（电脑 {host}，{program}，自 {since} 起）": "{user} (computer {host}, {program}, since {since})",
        "命令行 {cmd}": "the command {cmd}",
        "数据库正被使用，不能{doing}：{who}。请先关闭这些 CaseDesk 窗口和命令，再重试；数据未作任何改动。": (
            "The database is in use, so it cannot {doing}: {who}. Close these CaseDesk windows and commands "
            "first, then try again; no data was changed."
        ),
        "备份副本的行数与数据库不一致，未保存；原有备份保持不变": (
            "The backup copy's row counts differ from the database's; it was not kept, and the earlier backup "
            "is unchanged"
        ),
        "备份目标是一个文件夹：{p}。请指定文件名，例如 {p}/备份.sqlite3": (
            "The backup target is a folder: {p}. Give a file name, e.g. {p}/backup.sqlite3"
        ),
        "备份目标就是数据库文件本身：{p}。请指定另一个文件名": (
            "The backup target is the database file itself: {p}. Give another file name"
        ),
        "备份副本未通过检查（{d}），未保存；原有备份保持不变": (
            "The backup copy failed its check ({d}); it was not kept, and the earlier backup is unchanged"
        ),
        "文件已存在：{p}。未备份": "The file exists already: {p}. Not backed up",
        "无法写入备份（{err}）：请检查磁盘空间和文件夹权限。未生成备份文件": (
            "The backup cannot be written ({err}): check the disk space and the folder's permissions. No "
            "backup file was made"
        ),
        "数据库位于网络共享文件夹（{path}）。多台电脑通过共享同时写入会损坏数据，请把数据库放在本机磁盘；多人共用请改用 PostgreSQL 服务器。": (
            "The database is on a network share ({path}). Several PCs writing through a share damage the data: "
            "keep the database on this PC's disk, and use a PostgreSQL server for a shared office."
        ),
        "数据库位于映射的网络驱动器（{path}）。请把数据库放在本机磁盘。": (
            "The database is on a mapped network drive ({path}). Keep the database on this PC's disk."
        ),
        "数据库位于网络文件系统（{fs}：{path}）。请把数据库放在本机磁盘。": (
            "The database is on a network file system ({fs}: {path}). Keep the database on this PC's disk."
        ),
        "不支持 {kind} 数据库。CaseDesk 只使用 SQLite 文件或 PostgreSQL 服务器（postgresql+psycopg://…）": (
            "{kind} databases are not supported. CaseDesk uses an SQLite file or a PostgreSQL server "
            "(postgresql+psycopg://…)"
        ),
        "PostgreSQL 地址请写成 postgresql+psycopg://用户@服务器/数据库（当前为 {url}）": (
            "Write a PostgreSQL address as postgresql+psycopg://user@server/database (now: {url})"
        ),
        "{path} 是一个文件夹，不是数据库文件。请在 --db 后给出文件名，例如 {path}/casedesk.sqlite3": (
            "{path} is a folder, not a database file. Give a file name after --db, e.g. {path}/casedesk.sqlite3"
        ),
        "数据库位于云同步文件夹（{path}）。同步软件可能在写入中途复制文件而损坏数据，请把数据库放在本机的非同步文件夹。": (
            "The database is in a cloud-synchronised folder ({path}). Synchronising software may copy the file "
            "in the middle of a write and damage the data: keep the database in a folder on this PC that is not "
            "synchronised."
        ),
        "无法识别的数据库地址：{url}。请给出数据库文件路径，或 postgresql+psycopg://用户@服务器/数据库": (
            "Database address not recognised: {url}. Give the path of a database file, or "
            "postgresql+psycopg://user@server/database"
        ),
        "数据库由更新版本的 CaseDesk 创建（结构版本 {rev}），本程序无法打开。请安装最新版本；数据库未作任何改动。": (
            "The database was made by a newer CaseDesk (schema version {rev}); this program cannot open it. "
            "Install the latest version; the database was not changed."
        ),
        "数据库缺少结构版本记录，但表 {tables} 中已有数据，本程序不能确定它的结构，未作任何改动。请用“casedesk restore”从备份恢复，或联系技术支持。": (
            "The database has no schema version, yet the tables {tables} hold data, so its structure is unknown; "
            'nothing was changed. Restore it from a backup with "casedesk restore", or ask technical support.'
        ),
        "本机没有 pg_dump，无法备份 PostgreSQL 数据库。请在服务器或装有 PostgreSQL 客户端的电脑上运行：{cmd}（恢复用 pg_restore）。": (
            "pg_dump is not installed here, so the PostgreSQL database cannot be backed up. Run this on the "
            "server or on a PC with the PostgreSQL client: {cmd} (pg_restore restores it)."
        ),
        "pg_dump 备份失败：{err}": "The pg_dump backup failed: {err}",
        "搜索内容太长（{n} 字，最多 {limit} 字）。请输入案件编号、地址或姓名的一部分。": (
            "The search is too long ({n} characters, at most {limit}). Type part of a case number, an address "
            "or a name."
        ),
        "目标数据库与当前数据库相同": "The target database is the current database",
        "无法连接目标数据库：{err}": "The target database cannot be reached: {err}",
        "校验失败：表 {t} 源 {a} 行，目标 {b} 行或内容不一致；目标数据库未作改动。": (
            "Check failed: table {t} has {a} rows in the source and {b} in the target, or their contents "
            "differ; the target database was not changed."
        ),
        "材料文件校验失败：{f}（{sha}）": "Document file failed its check: {f} ({sha})",
        "材料文件缺失：{f}（{sha}）": "Document file missing: {f} ({sha})",
        "目标数据库不是空的（表 {t} 中已有数据）。为免覆盖，未做任何改动；请提供一个新建的空数据库。": (
            "The target database is not empty (table {t} holds data). Nothing was changed, so as not to "
            "overwrite it; give a newly created, empty database."
        ),
        "数据库完整性检查：{r}": "Database integrity check: {r}",
        "外键错误：表 {t} 第 {r} 行引用了不存在的 {p}": "Foreign key error: table {t}, row {r} refers to a missing {p}",
        "材料文件缺失：{f}（编号 {id}）": "Document file missing: {f} (no. {id})",
        "材料文件已被改动或损坏：{f}（编号 {id}）": "Document file changed or damaged: {f} (no. {id})",
        "找不到文件：{p}": "File not found: {p}",
        "文件过大（超过 200 MB）：{p}": "The file is too large (over 200 MB): {p}",
        # Typed text (core/domain/textinput.py)
        "{field}不能为空，请填写后再保存。": "{field} cannot be empty; fill it in before saving.",
        "{field}太长（{n} 字，最多 {limit} 字），请删减后再保存。": (
            "{field} is too long ({n} characters, at most {limit}); shorten it before saving."
        ),
        "{field} {day} 不合理：应在 {first} 至 {last} 之间，请检查年份。": (
            "{field} {day} is implausible: it should be between {first} and {last}; check the year."
        ),
        "{field}含有不可见的控制字符（U+{code:04X}），请重新输入这段文字。": (
            "{field} holds an invisible control character (U+{code:04X}); type this text again."
        ),
        # The exported and printed case list (core/export.py, core/reports/case_list.py)
        "案件编号": "Case no.",
        "地址": "Address",
        "层数": "Floors",
        "户数": "Flats",
        "阶段": "Stage",
        "表决规则": "Rule set",
        "进入本阶段": "Entered the stage",
        "阶段期限": "Stage due",
        "超期天数": "Days overdue",
        "案件列表": "Case list",
        "全部案件": "All cases",
        "案件": "Case",
        "房屋与业主": "Flats and owners",
        "表决": "Votes",
        "纠纷": "Disputes",
        "补贴": "Subsidy",
        "逾期": "Overdue",
        "表决需核实": "Vote to verify",
        "开工": "Construction started",
        "{f}（{d} 导出）": "{f} (exported {d})",
        "阶段：{s}": "Stage: {s}",
        "状态：{s}": "Status: {s}",
        "表决规则：{r}": "Rule set: {r}",
        "期限在 {a} 至 {b}": "Due between {a} and {b}",
        "搜索“{t}”": 'Search "{t}"',
        "导出 Excel：{f}": "Exported to Excel: {f}",
        "{a} 至 {b}": "{a} to {b}",
        "{b} 以前": "up to {b}",
        "导出案件列表：{f}（{d}，{n} 件）": "Case list exported: {f} ({d}, {n} cases)",
        "打印案件列表：{d}（{n} 件）": "Case list printed: {d} ({n} cases)",
        "筛选：{f}\u3000\u3000共 {n} 件\u3000\u3000打印日期：{d}": "Filter: {f}    {n} cases    Printed on {d}",
        # Cost sharing (core/money/sharing.py)
        "金额不能为负数": "An amount cannot be negative",
        "没有分摊对象：所有住户的分摊系数都是 0": "Nobody to share with: every flat's factor is 0",
        "还没有已出资的住户，无法计算后加入费用": "No flat has paid yet, so a late joiner's cost cannot be worked out",
        "分摊表中有不存在的房号：{r}": "The sharing table has flats that do not exist: {r}",
        # The blank roster template (core/roster/template.py)
        "填表说明": "How to fill in this form",
        "1. 每位业主一行；同一套房屋有多位共有人时，每人一行，房号、楼层、面积相同。": (
            "1. One row per owner; when a flat has several co-owners, one row each, with the same flat number, "
            "floor and area."
        ),
        "2. 房号只填号码，如 301；楼层填整数；专有部分面积填平方米数，最多两位小数，小数点用“.”。": (
            "2. The flat number is just the number, e.g. 301; the floor is a whole number; the exclusive area is "
            'in square metres with at most two decimals, using "." as the decimal point.'
        ),
        "3. 证件号码一列已设为文本格式：请直接输入 18 位身份证号或统一社会信用代码，不要改成数字格式。": (
            "3. The ID number column is formatted as text: type the 18-digit ID card number or unified social "
            "credit code as it is, and do not change the column to a number format."
        ),
        "4. 表决意见从下拉框选择：同意 / 不同意 / 弃权；未表决留空。": (
            "4. Choose the opinion from the drop-down: 同意 (agree) / 不同意 (disagree) / 弃权 (abstain); "
            "leave it empty if the owner has not voted."
        ),
        "5. 签署日期写成 2026-03-02；不同意时请填写意见理由。": (
            "5. Write the signing date as 2026-03-02; give the reason when the owner disagrees."
        ),
        "6. 占用专有部分：电梯占用该户专有部分时选“是”。": (
            '6. Exclusive part used: choose "是" (yes) when the elevator uses part of this flat.'
        ),
        "7. 请不要合并单元格、插入合计行或修改表头。": "7. Do not merge cells, insert total rows or change the header.",
        "业主名册": "Owner roster",
        "请从下拉框中选择": "Choose from the drop-down",
        "{address} 业主名册": "Owner roster of {address}",
        # Permissions (core/services/actor.py)
        "权限不足：此操作需要{roles}角色（当前：{role}）": "Not permitted: this needs the role {roles} (current: {role})",
        # The demo city (core/services/demo.py): its words are stored as data
        "单元数应在 1 到 {max} 之间": "The number of units must be between 1 and {max}",
        "存在未解决的业主纠纷": "An owners' dispute is unresolved",
        "小区公告栏、本单元楼道口": "Compound notice board, the unit's entrance",
        "社区居委会": "Community residents' committee",
        "经社区协调，双方达成一致": "The community mediated and both sides agreed",
        "生成演示数据：{n} 个单元（种子 {seed}）": "Demo data made: {n} units (seed {seed})",
        "业主意见无法统一，申请撤回": "The owners could not agree; withdrawal requested",
        "第 {n} 次调解。": "Mediation meeting no. {n}.",
        # Disputes opened by the roster, the notice and the works (core/services/disputes.py)
        "{room} 室业主不同意加装电梯": "The owner of flat {room} disagrees with adding the elevator",
        "由 {room} 室不同意意见自动生成": "Opened automatically from flat {room}'s disagreement",
        "{room} 室共有人意见不一致": "The co-owners of flat {room} disagree with each other",
        "由 {room} 室共有人意见不一致自动生成": "Opened automatically because the co-owners of flat {room} disagree",
        "{name} 在多套房屋上意见不一致": "{name} voted differently on several flats",
        "由 {rooms} 室同一业主意见不一致自动生成": (
            "Opened automatically because one owner voted differently on flats {rooms}"
        ),
        "电梯占用 {room} 室专有部分，业主未同意": (
            "The elevator uses the exclusive part of flat {room}, and its owner has not agreed"
        ),
        "由 {room} 室专有部分被占用且未同意自动生成": (
            "Opened automatically because the exclusive part of flat {room} is used without its owner's consent"
        ),
        "{who} 对公示提出书面异议": "{who} objected to the public notice in writing",
        "由 {who} 的书面异议（{d}）自动生成": "Opened automatically from {who}'s written objection ({d})",
        "施工受阻（{d}）": "Work obstructed ({d})",
        "由 {d} 施工阻挠记录自动生成": "Opened automatically from the obstruction recorded on {d}",
        "阻挠人（待核实）": "Obstructing person (to verify)",
        "时间：{held_at}\n地点：{place}\n调解员：{mediators}\u3000记录人：{recorder}\n参加人员：{attendees}\n\n一、调解员告知双方权利义务（人民调解法第二十三条），双方确认自愿接受调解。\n二、各方陈述：\n  申请方：\n  被申请方：\n三、争议焦点：\n四、调解方案与各方意见：\n五、结果（达成协议 / 部分协议 / 未达成 / 休会）：\n六、下次调解时间：\n": (
            "Time: {held_at}\nPlace: {place}\nMediators: {mediators}   Recorder: {recorder}\n"
            "Present: {attendees}\n\n1. The mediator told both sides their rights and duties (People's "
            "Mediation Law art. 23); both sides confirm they accept mediation of their own free will.\n"
            "2. Statements:\n  Applicant:\n  Respondent:\n3. Points in dispute:\n"
            "4. Proposed settlement and each side's view:\n"
            "5. Result (agreed / partly agreed / no agreement / adjourned):\n6. Next meeting:\n"
        ),
        # The case file (core/services/dossier.py)
        "待处理": "Pending",
        "已答复": "Answered",
        "（调解记录仅调解员和主管可阅，本案卷未收录）": (
            "(Mediation records are for mediators and supervisors only; not included in this case file)"
        ),
        "工作日": "working days",
        "自然日": "calendar days",
        "一致": "Matches",
        "不一致": "Does not match",
        "文件缺失": "File missing",
        "公示记录（公示期与张贴照片）": "Public notice record (notice period and posting photos)",
        "异议及答复": "Objections and replies",
        "纠纷、调解会议与调解协议": "Disputes, mediation meetings and mediation agreements",
        "操作日志摘录": "Extract of the case log",
        "附件清单（SHA-256）": "List of attachments (SHA-256)",
        "联系电话完整显示（已记录查看）": "Phone numbers shown in full (the viewing is logged)",
        "证件号码、联系电话已部分遮蔽": "ID numbers and phone numbers partly masked",
        "附件": "Attachment",
        "{d} 日（{u}）": "{d} days ({u})",
        "尚未公示，也未收到异议": "No public notice posted and no objection received yet",
        "打印案卷（{n} 页）": "Case file printed ({n} pages)",
        "此类文件无法附入 PDF，见附件清单": "This kind of file cannot be put into the PDF; see the list of attachments",
        "案件尚未进入“{s}”阶段": 'The case has not reached the stage "{s}" yet',
        "图片无法读取，见附件清单": "The picture cannot be read; see the list of attachments",
        "PDF 文件无法读取，见附件清单": "The PDF file cannot be read; see the list of attachments",
        "期限：{d}": "Due: {d}",
        # Printed forms (core/services/forms.py)
        "已提交": "Handed in",
        "缺": "Missing",
        # Office settings (core/services/office.py)
        "编号格式必须包含序号 {{serial}}：{p}": "A number pattern must contain the serial number {{serial}}: {p}",
        "阶段时限应写作“阶段=天数”，如“街道审核=15, 规划审查=30”（阶段：{all}）：{p}": (
            'Write stage time limits as "stage=days", e.g. "街道审核=15, 规划审查=30" (stages: {all}): {p}'
        ),
        "编号格式无效（可用 {{district}} {{street}} {{year}} {{serial:04d}}）：{p}": (
            "Invalid number pattern (you can use {{district}} {{street}} {{year}} {{serial:04d}}): {p}"
        ),
        # The monthly report (core/services/report_data.py)
        "全市": "Whole city",
        "开工（台）": "Construction started (elevators)",
        "竣工验收（台）": "Completion accepted (elevators)",
        "月份格式应为 YYYY-MM：{m}": "A month is written YYYY-MM: {m}",
        "打印月度报表 {m}（{scope}）": "Monthly report {m} printed ({scope})",
        "没有这个街道：{s}": "No such sub-district: {s}",
        "没有这个区：{d}": "No such district: {d}",
        # Roster import (core/services/roster_import.py)
        "名册有 {n} 处错误，未导入任何数据": "The roster has {n} errors; nothing was imported",
        "名册更新 {room} 室": "Flat {room} updated from the roster",
        "无法写入文件 {path}：{err}": "The file {path} cannot be written: {err}",
        "名册中没有 {room} 室，保留原有记录": "The roster has no flat {room}; its records are kept",
        # First start (core/services/setup.py)
        "请填写办事处名称": "Please enter the office's name",
        "两次输入的密码不一致": "The two passwords differ",
        "已有账户，无需再次初始化": "Accounts exist already; there is no need to set up again",
        # The tally's clauses and the rule sets' formulas (core/consent/engine.py, rules.py)
        "三分之二": "two-thirds",
        "四分之三": "three-quarters",
        "二分之一": "one half",
        "{label}（{threshold}）": "{label} ({threshold})",
        "{label}，{margin}": "{label}, {margin}",
        "参与表决面积 × {den} ≥ 总面积 × {num}": "area taking part × {den} ≥ total area × {num}",
        "参与表决人数 × {den} ≥ 总人数 × {num}": "owners taking part × {den} ≥ all owners × {num}",
        "同意面积 × {den} {op} 参与表决面积 × {num}": "agreeing area × {den} {op} area taking part × {num}",
        "同意人数 × {den} {op} 参与表决人数 × {num}": "agreeing owners × {den} {op} owners taking part × {num}",
        "同意面积 = 总面积": "agreeing area = total area",
        "同意人数 = 总人数": "agreeing owners = all owners",
        "同意面积 × {den} {op} 总面积 × {num}": "agreeing area × {den} {op} total area × {num}",
        "同意人数 × {den} {op} 总人数 × {num}": "agreeing owners × {den} {op} all owners × {num}",
        # Amounts and areas typed in (core/domain/units.py), holidays, file types
        "面积格式不正确：{v}（应为最多两位小数的平方米数）": (
            "The area is not written correctly: {v} (it should be square metres with at most two decimals)"
        ),
        "金额格式不正确：{v}": "The amount is not written correctly: {v}",
        "放假": "Holiday",
        "调休上班": "Adjusted working day",
        "（无扩展名）": "(no extension)",
        # The built-in holiday calendar (core/workflow/holidays.py)
        # The marks between a list's items (core/i18n.py LIST_SEPARATORS)
        "、": ", ",
        "，": ", ",
        "；": "; ",
        "元旦": "New Year's Day",
        "春节": "Spring Festival",
        "春节（延长）": "Spring Festival (extended)",
        "清明节": "Qingming Festival",
        "劳动节": "Labour Day",
        "端午节": "Dragon Boat Festival",
        "中秋节": "Mid-Autumn Festival",
        "国庆节": "National Day",
        "国庆节、中秋节": "National Day and Mid-Autumn Festival",
        "中秋节、国庆节": "Mid-Autumn Festival and National Day",
    }
)

EN.update(
    {
        "打印案卷": "Print case file",
        "封面、目录、全部表单、公示照片、异议与答复、调解记录、附件、操作日志和附件校验清单，合成一个 PDF": (
            "Cover, contents, every form, notice photos, objections and replies, mediation records, "
            "attachments, the log and the attachment checklist, in one PDF"
        ),
    }
)

EN.update({"环境问题": "Problem with the environment"})

EN.update(
    {
        "状态记录": "Status history",
        "调解会议": "Mediation meetings",
        "协议": "Agreements",
        "（阻塞推进）": " (blocks the case)",
        "第 {n} 版": "version {n}",
    }
)

EN.update({"打印案卷（完整显示联系电话）": "Print case file (full phone numbers)"})

# The roster import wizard's column step, preview and template (issue 22).
EN.update(
    {
        "列对应：以下列程序认不出，请指定它们对应的内容": "Columns: these were not recognised; say what each one holds",
        "按此对应重新检查": "Check again with these columns",
        "下载空白名册模板…": "Download a blank roster template…",
        "证件号码已设为文本、表决意见为下拉框的空白名册，可发给社区照此填写": "A blank roster with ID numbers formatted as text and a drop-down for the opinion, to send to the community",
        "必须改正才能导入（{n} 处）": "Must be fixed before importing ({n})",
        "提醒，不妨碍导入（{n} 处）": "Warnings, no obstacle to importing ({n})",
        "将保存为": "Will be stored as",
        "（未指定：忽略并提醒）": "(not assigned: ignored with a warning)",
        "不导入此列": "Do not import this column",
        "{word}（打勾列）": "{word} (tick column)",
        "{room}室": "Flat {room}",
        "{floor}层": "floor {floor}",
        "（工作表：{sheet}）": " (sheet: {sheet})",
        "正在按新的列对应重新检查…": "Checking again with the new columns…",
        "已按新的列对应重新检查": "Checked again with the new columns",
        "保存空白名册模板": "Save blank roster template",
        "业主名册模板.xlsx": "roster-template.xlsx",
        "Excel 工作簿 (*.xlsx)": "Excel workbook (*.xlsx)",
        "已保存空白名册模板：{path}": "Blank roster template saved: {path}",
    }
)

# Punctuation that belongs to the text it sits in (issue 24): a dispute's details and the About box.
EN.update(
    {
        "{name}（{details}）": "{name} ({details})",
        "{on}：{change}（{who}）": "{on}: {change} ({who})",
        "：{note}": ": {note}",
        "（{what}）": " ({what})",
        "{on}：{terms}（履行期限 {deadline}）": "{on}: {terms} (to be performed by {deadline})",
        "{on}（{who}）：{findings}": "{on} ({who}): {findings}",
        "案件：{case}（{community}）　状态：{status}{blocking}　期限：{due}{overdue}": (
            "Case: {case} ({community})   Status: {status}{blocking}   Deadline: {due}{overdue}"
        ),
        "类别：{c}": "Categories: {c}",
        "<b>{label}：</b>{value}": "<b>{label}:</b> {value}",
        "{label}：{value}": "{label}: {value}",
        "（安装版）": " (installed)",
        "第 {row} 行": "Row {row}",
        "{where}[{column}]：{message}": "{where} [{column}]: {message}",
        "{where}：{message}": "{where}: {message}",
    }
)
